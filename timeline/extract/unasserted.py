"""Clauses that assert nothing happened: conditions, counterfactuals and a speech's courtesies.

"if they develop symptoms within the next week", "even if the spill is capped later this summer": a condition's
time is when something may happen. "would have filled 1.6 million gas tanks": the perfect conditional tells what
did not happen. "Thank you for joining us tonight": a speaker's courtesy to the audience, no news; nor is "Below are
our first thoughts on tomorrow's trip", the page's pointer to what follows. A date in
such a clause dates nothing (:mod:`.anchors` leaves it out); a happening the clause names keeps its own date.
"Hopefully next year it will.", "And by Friday they had.": a sentence that ends on its auxiliary leaves its verb to
the sentence before; alone it tells nothing (:func:`elliptical`).
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, DO_FORMS, HAVE_FORMS, MODAL_VERBS, auxiliaries
from timeline.english_verbs import IRREGULAR_PAST_WORDS
from timeline.extract.happenings import PARTICIPLE_WORDS
from timeline.extract.saying_words import SAY_TELL, alternation, spoken

__all__ = ["describes", "elliptical", "in_condition", "in_counterfactual", "in_courtesy", "unkept_plan"]


#: A counterfactual condition: "If this had happened ...", "Had the well been capped ...".
#: "If they'd let us fish today", "Had I known what I know today": a supposition's clause, up to the date.
#: A subject pronoun after "had" or "were" is the inversion's ("would have acted had they known"), whole words
#: only ("were held", "had headed" are verbs); "had it" and "had the" are as often a plain past ("had its first
#: patient on Friday", "had the well under control"): the inversion's only where a clause opens or after a
#: perfect of "would" ("would have survived had the crew acted").
_CONDITIONAL = re.compile(r"(?i)(?:^|(?<=[\s“\"‘(,]))(?:(?:if|unless)\s[^,;:]*?(?:\b(?:had|were|would|could|might)\b|"
                          r"\w['’]d\b)|were\s+(?:it|they|he|she|we)\b|had\s+(?:they|he|she|we|I|you)\b)[^,;:]*$"
                          r"|(?i:(?:^|[,“\"‘(—–]\s*|\b(?:would|could|might)(?:n['’]t)?\s+have\s[^,;:]*?)had\s+(?:it|the)\b)[^,;:]*$")
#: An open condition's clause, up to the date: "if they develop symptoms within the next week", "if the oil kept
#: coming next year". English puts a condition's time in its own clause; that time is when something may happen.
#: "incomplete, if not inaccurate, documents", "few, if any": an elliptical "if" that qualifies a word, no clause.
#: The clause ends where a quotation closes or another clause opens ("... when he started work in 2008", "if all
#: went to plan but the expectation is that it will be August": "but" opens the asserted clause).
_CONDITION = re.compile(r"(?i)(?:^|(?<=[\s“\"‘(,—–-]))(?:if|unless)\s(?!not\b|any\b|ever\b|at\s+all\b|anything\b|so\b|"
                        r"only\b|need\s+be\b|necessary\b|possible\b)(?:(?!\b(?:when|while|because|since|after|as|but)\b)"
                        r"[^,;:—–()”\"])*$")
#: "asked if", "unclear if", "to see if": "if" for "whether", an open question's content, not a supposition;
#: "as if" is a simile's.
_WHETHER_BEFORE = re.compile(r"(?i)\b(?:ask|asks|asked|asking|know|knows|knew|see|sees|saw|wonder|wonders|wondered|"
                             r"decide|decides|decided|determine|determined|check|checked|clear|unclear|sure|unsure|doubt|"
                             r"question|tell|told|say|said|learn|find|found|as|whether)\s+$")
#: A deadline set as a condition stays: "if they mail an offer by Nov. 22", "unless Congress acts before Friday".
_DEADLINE_BEFORE = re.compile(r"(?i)\b(?:by|before|until|till|no\s+later\s+than)\s+(?:the\s+)?$")
#: "if the leak continues until August", "if the ban lasts till June": "until" after a verb of lasting tells how long
#: the supposed state goes on, no deadline, and the date is the supposition's.
_LASTING_UNTIL = re.compile(r"(?i)\b(?:continue|continues|last|lasts|persist|persists|go(?:es)?\s+on|remain|remains|"
                            r"stay|stays|drags?\s+on)\s+(?:until|till)\s+(?:the\s+)?$")


#: "The oil spilled so far would have filled 1.6 million gas tanks", "the grain would have fed the city for a year in
#: 2020": the perfect conditional tells what did not happen; its clause's date dates nothing ("said it would have
#: sold the fields by June" sets a deadline, and stays).
_WOULD_HAVE = re.compile(r"(?i)\bwould(?:\s+not|n['’]t)?\s+(?:have|['’]ve)\s+(?:been\s+)?(?:[a-z]{3,}ed|" + PARTICIPLE_WORDS + r")\b")


_TOLD_BETWEEN = re.compile(r"(?i)\b(?:" + alternation(spoken("say", "tell", "argue", "claim", "insist", base=True, ing=True))
                           + r"|that|whether|because|who|which)\b")


_RELATIVE_OPENS = re.compile(r"(?i)\b(?:that|which|who)\s+$")


#: "BP did not know the rig would explode, otherwise there would be 11 workers still alive today": "otherwise" joining
#: a clause (after a comma, a semicolon or "or") supposes the contrary of what was said; its conditional tells what
#: did not happen. ("To do otherwise would be speculation" and "otherwise healthy" join no clause.)
_OTHERWISE = re.compile(r"\b[Oo]therwise\b(?=,?\s+(?:(?:[\w'’-]+\s+){1,6}?(?:would|could|might)\b|[\w'’-]+['’]d\b))")
#: What stands before such an "otherwise": the clause's opening, a comma, a semicolon or "or".
_OTHERWISE_JOINS = re.compile(r"(?:^|[,;]|\bor)\s*$")


def in_counterfactual(text: str, sentence_start: int, pos: int, sentence_end: int) -> bool:
    """Whether the date at ``pos`` lies in a clause told in the perfect conditional, or in one that "otherwise" opens
    in the conditional, which say nothing happened."""
    # A clause runs between semicolons, colons, dashes and brackets: "the plan -- announced in March -- would have
    # authorized drilling" tells the announcement in an aside, which happened.
    marks = (";", ":", " -- ", "—", "–", "(", ")")
    start = max([text.rfind(m, sentence_start, pos) for m in marks] + [sentence_start])
    stops = [i for m in marks if (i := text.find(m, pos, sentence_end)) >= 0]
    end = min(stops, default=sentence_end)
    if _DEADLINE_BEFORE.search(text, max(start, pos - 20), pos):
        return False
    if any(_OTHERWISE_JOINS.search(text[start:m.start()]) for m in _OTHERWISE.finditer(text, start, pos)):
        return True
    # "BP stood by its decision on Wednesday, saying the plan would not have stopped the explosion": the conditional is
    # a told clause's; the date is the telling's.
    # "passed legislation that would have strengthened oversight last year": a relative clause's conditional says what
    # the thing named would have done; the main clause's date stays.
    return any(_TOLD_BETWEEN.search(text, min(pos, m.start()), max(pos, m.start())) is None
               and _RELATIVE_OPENS.search(text, max(start, m.start() - 12), m.start()) is None
               for m in _WOULD_HAVE.finditer(text, start, end))


#: A plan told in the past perfect or with "supposed to": "They had hoped to begin the test Monday", "had been
#: scheduled to end Sunday", "was supposed to open last week"; "was originally due to" says the same. ("was due to
#: meet Monday" is a plan still standing, and stays; so does an occasion that "had been scheduled for July", which is
#: a dated occasion of its own.)
_UNKEPT = re.compile(r"(?i)\b(?:had\s+(?:\w+ly\s+|earlier\s+)?(?:hoped|planned|intended|wanted|aimed|meant)|"
                     r"had\s+been\s+(?:\w+ly\s+)?(?:scheduled|set|slated|due|expected|planned|supposed|meant|hoping|"
                     r"planning|intending|aiming)|(?:was|were)\s+(?:\w+ly\s+)?supposed|"
                     r"(?:was|were)\s+(?:originally|initially)\s+(?:due|scheduled|set|slated|planned|expected))\s+to\s+(?!be\b)[a-z]")
#: A plan still standing when told: "was due to begin on Tuesday".
_DUE = re.compile(r"(?i)\b(?:was|were)\s+(?:due|scheduled|set|slated|expected)\s+to\s+(?!be\b)[a-z]")
#: What ends the plan's clause before its date: the date after it is another clause's ("but delayed it until
#: Tuesday").
_PLAN_ENDS = re.compile(r"(?i)[,;:()—–]|\s--\s|\b(?:but|however|yet|instead|although|though|until|after|when|"
                        r"and\s+(?:then|now|later)|said|says)\b")
#: The sentence telling that the plan was not kept: a contrast, or what was done to it instead ("but delayed it until
#: Tuesday", "decided to extend testing of the cap that had been scheduled to end Sunday"). A past perfect alone
#: only hints at it ("The offer had been set to expire on Friday" may go on to say it was kept), and a plan still
#: standing needs the contrast after it ("was due to start on Thursday, but the jury took longer").
_NOT_KEPT = re.compile(r"(?i)\b(?:but|however|instead|delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|put\s+off|"
                       r"cancel(?:s|l?ed|l?ing)?|call(?:s|ed|ing)?\s+off|scrap(?:s|ped|ping)?|push(?:es|ed|ing)?\s+back|"
                       r"extend(?:s|ed|ing)?|abandon(?:s|ed|ing)?)\b")
_BUT_NEXT = re.compile(r"(?i)[^,;:.!?]{0,60}?(?:,\s*|\s+)(?:but|however)\b")


#: "an extension from the original Saturday cutoff", "the earlier March 3 deadline": a date set once and since
#: replaced, which is when nothing happened.
_SUPERSEDED = re.compile(r"(?i)\b(?:original|initial|previous|earlier|old|first)\s+$")
_DEADLINE_NEXT = re.compile(r"(?i)(?:['’]s)?\s+(?:deadline|cutoff|cut-off|date|target|schedule|timetable|plan)\b")


def unkept_plan(text: str, sentence_start: int, pos: int, end: int, sentence_end: int) -> bool:
    """Whether the date at ``text[pos:end]`` lies in a plan the sentence tells as not kept, or names a deadline since
    replaced: the date is when it did not happen."""
    if _SUPERSEDED.search(text, max(sentence_start, pos - 12), pos) and _DEADLINE_NEXT.match(text, end):
        return True
    for m in _UNKEPT.finditer(text, sentence_start, pos):
        if _PLAN_ENDS.search(text, m.end(), pos) is None and _NOT_KEPT.search(text, sentence_start, sentence_end):
            return True
    return any(_PLAN_ENDS.search(text, m.end(), pos) is None and _BUT_NEXT.match(text, pos, sentence_end)
               for m in _DUE.finditer(text, sentence_start, pos))


def in_condition(text: str, sentence_start: int, pos: int) -> bool:
    """Whether the date at ``pos`` lies in a condition's clause: the condition is supposed, so nothing happened then."""
    before = text[sentence_start:pos]
    if _CONDITIONAL.search(before):
        return True
    condition = _CONDITION.search(before)
    return (condition is not None and _WHETHER_BEFORE.search(before, 0, condition.start()) is None
            and (_DEADLINE_BEFORE.search(before) is None or _LASTING_UNTIL.search(before) is not None))


#: "Thank you all for being here today", "Good evening, and thank you for joining us tonight", "Happy new year to
#: everyone celebrating tonight": the formulas a speaker greets or thanks an audience with, from the opening of a
#: sentence or quotation to the date; "Good Morning America" names a programme.
_COURTESY = re.compile(r"(?i)[\s“\"‘]*(?:(?:and\s+)?(?:thank\s+you|thanks)\b(?:\s+(?:all|everyone|so\s+much|very\s+"
                       r"much|again))*\s+for\b|good\s+(?:morning|afternoon|evening|night)\b(?!\s+(?-i:[A-Z]))|"
                       r"happy\s+new\s+year\b|merry\s+christmas\b)[^.!?”\"]*$")


#: "Below are our first thoughts on what the President's trip tomorrow means", "Here is one of his tweets from today:
#: ...": the page pointing its reader at what follows, up to the date (not past a colon, after which what is shown
#: speaks for itself). It may follow a heading run into it ("First thoughts on the press conference Below are ...").
#: Only a capitalised "Here"/"Below" opens it: "the question here is whether ..." is a clause of the story; after an
#: opening phrase and its comma the pointer is lower-case ("To show how the flow changed, here are two pictures from
#: today and yesterday", "For those who missed it, here is the speech from Tuesday").
_PRESENTING = re.compile(r"(?:^|(?<=[\s“\"‘]))(?:Here|Below)\s+(?:is|are)\b|(?:^|(?<=[\s“\"‘]))Here['’]s\b|"
                         r"(?<=,\s)(?:here|below)\s+(?:is|are)\s+(?:the|a|an|two|three|some|our|his|her|their|its)\b")


def in_courtesy(text: str, sentence_start: int, pos: int) -> bool:
    """Whether the date at ``pos`` lies in a speaker's greeting or thanks to the audience, or in the page's pointer to
    what follows it: words to the reader, no news."""
    quote = max(text.rfind("“", sentence_start, pos), text.rfind('"', sentence_start, pos))
    if _COURTESY.match(text, sentence_start, pos) is not None or (
            quote >= 0 and _COURTESY.match(text, quote + 1, pos) is not None):
        return True
    pointer = list(_PRESENTING.finditer(text, sentence_start, pos))
    return bool(pointer) and not re.search(r"[:.!?]", text[pointer[-1].end():pos])


#: A clause that stops on its auxiliary or modal, its verb left to the sentence before: "Next year it will.", "By
#: Friday they had not.", "Maybe tomorrow we can, too." English drops the repeated verb phrase after an auxiliary
#: (VP ellipsis); the words left say when, not what. The subject is a pronoun and the auxiliary lower case: "hearings
#: in May." ends on a month, "against his will." on a noun.
_ELLIPSIS = re.compile(r"\b(?:[Ii]t|[Tt]hey|[Hh]e|[Ss]he|[Ww]e|I|[Yy]ou|[Tt]here|[Tt]hat|[Tt]his|[Ww]ho)\s+"
                       r"(?:" + auxiliaries(HAVE_FORMS, DO_FORMS, MODAL_VERBS) + r"|"
                       r"" + auxiliaries(BE_FINITE) + r")(?:\s+not|n['’]t)?(?:\s*,?\s+(?:too|either|again|as\s+well))?"
                       r"[\s\"”’'.!)]*$")
#: Short enough to be a reply or an aside, not a sentence whose last clause merely ends so ("... than it did").
_ELLIPSIS_WORDS = 10


def elliptical(sentence: str) -> bool:
    """Whether ``sentence`` stops on an auxiliary whose verb it leaves to the sentence before ("Hopefully next
    year it will.")."""
    words = sentence.split()
    if len(words) > _ELLIPSIS_WORDS or _ELLIPSIS.search(sentence) is None:
        return False
    # "... than it did", "as they have": a comparison's second term, the sentence's verb is elsewhere in it.
    return re.search(r"(?i)\b(?:than|as|so|nor|neither)\s+(?:[\w'’-]+\s+){0,2}\S+[\s\"”’'.!)]*$", sentence) is None


#: An aside between commas after the subject: "The oyster, a delicacy to some, is ...".
_APPOSITIVE = re.compile(r",[^,;:]{1,90},")
#: A main clause that only says what something is, in the present: "The oyster is also the backbone of marine life
#: along the coast", "Illustrating a story with photographs can be more challenging than ...". A copula with a
#: noun or adjective after it describes or evaluates; the passive ("is expected", "are closed"), the progressive
#: ("is spreading"), "is to"/"is due" and "is set" tell a happening or a plan, and stay.
_DESCRIPTION = re.compile(
    r"^[\s“\"‘]*(?P<subject>[^,;:“\"]{1,80}?)\s+(?:is|are|(?:can|could|may|might|will|would)\s+be)\s+"
    r"(?:also\s+|still\s+|often\s+|now\s+|not\s+|all\s+|[a-z]+ly\s+)*+"
    r"(?!(?:[a-z]+ed|[a-z]+en|[a-z]+ing|to|due|set|about|going|likely|unlikely|poised|scheduled|expected|made|"
    r"over|up|down|out|back|off|under|gone|done|held|closed|open|shut|dead|missing)\b)[a-z]")
#: Verbs of the subject's own: a subject with one is a clause of its own ("Officials said the rig is ...").
#: "It became clear today that the disaster is ...": a past verb or a subordinator before the copula makes it a
#: subordinate clause's.
_VERB_IN_SUBJECT = re.compile(r"(?i)\b(?:[a-z]{3,}ed|said|says|told|tells|will|would|has|have|had|was|were|that|"
                              r"which|who|whether|if|when|because|"
                              + "|".join(sorted(IRREGULAR_PAST_WORDS, key=len, reverse=True)) + r")\b")


def describes(sentence: str) -> bool:
    """Whether the main clause of ``sentence`` says only what something is or is like, now or always: a
    description or an evaluation, no happening (a figure, "The toll is 40", is a reading of the day and stays)."""
    flat = _APPOSITIVE.sub(" ", sentence, count=1)
    found = _DESCRIPTION.match(flat)
    return (found is not None and _VERB_IN_SUBJECT.search(found.group("subject")) is None
            and re.search(r"\d", sentence) is None and _TOLD_OR_HAPPENING.search(sentence, found.start("subject")) is None)


#: What makes a copular lead news after all: someone said it today ("... is better prepared than ever, the health
#: chief has said", "..., according to analysts,"), a second verb tells what is happening ("is weaker than expected
#: but still causing damage"), or an adverbial clause tells what just happened ("after a commission blamed ...").
_TOLD_OR_HAPPENING = re.compile(r"(?i)\b(?:" + alternation(SAY_TELL, spoken("warn", "announce", "insist"),
                                                             {"reported", "stated"}) + r"|according\s+to)\b|"
                                r"\b(?:but|and|yet)\s+(?:is\s+|are\s+)?(?:still\s+|now\s+|also\s+)?[a-z]{3,}(?:ing|ed)\b|"
                                # "... after a US commission blamed systemic causes": the day's happening, told in a clause
                                r"\b(?:after|when|as|since|following)\s+[^,;:]{0,60}?\b[a-z]{3,}ed\b")
