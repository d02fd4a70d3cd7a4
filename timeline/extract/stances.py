"""A stance is no event: "It seems inevitable that the oil will reach the shore by Friday", "That could mean the well
will be reopened on Sunday", "It is unclear whether the talks will resume next week", "There are fears that the leak
could last until August", "Fears are growing that the harvest will fail this year", "Analysts are wondering whether
the merger talks of 2007 could return"; and a live page's entry that only asks ("4pm: So what is actually happening
down there?"); and the writer's guess of what may happen in a year or a season (:mod:`.possible_years`).

The main clause tells how something looks to someone, or what people fear, hope or wonder; what it is about has not
happened, and the stance itself is no act a timeline carries (the censuses' "not-event": speculation, worries, a
bystander's hopes). A date in such a clause dates only the thing looked at. A speaker's own words are a saying ("the
mayor said she was worried the dam could fail on Friday"), and a party's hope ("BP is hoping to cap the well next
week", "BP is hoping the new cap will hold by Friday") tells what it plans or expects, as a statement would: those stay
events, as does a happening the clause names ("the April 20 blast", kept by the caller before it asks here).
"""

from __future__ import annotations

import re

from timeline.calendar_words import WEEKDAY_NAME_PATTERN
from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, auxiliaries
from timeline.extract.possible_years import in_possible_year
from timeline.extract.saying_words import SAY_FORMS, alternation, spoken

__all__ = ["OPENING", "OWN_CLAUSE", "in_stance", "seeming"]

#: What may stand before the main clause: a link word ("Today,"), or a short phrase of time or place ("Around the coast this
#: week,"); a phrase that tells a happening ("With the failure of the top kill on Saturday,") or a clause of its own
#: ("Although the strain seems mild,") has a date of its own.
OPENING = (r"[\s“\"‘]*(?:(?:but|and|still|yet|so|now|however|meanwhile|today|tonight)\b[\s,]*)?"
            r"(?:(?:(?!(?:with|after|since|following|although|though|while|as|when|because|if|despite|amid)\b)"
            r"(?:in|on|at|around|across|along|by|this|last|for|throughout|over|from|near|among)\b"
            r"(?:\s+(?![\w'’-]*(?:ed|ing)\b)[\w'’.-]+){1,8},\s+))?")
#: The time the open question was open, between the word of doubt and its question: "It was unclear Thursday night
#: whether the ships would return", "It is not yet clear today if". The question's date is its own, as without it.
_WHEN_ASKED = (r"(?:(?:on\s+|late\s+|early\s+)?(?:today|tonight|yesterday|(?:this|last)\s+(?:morning|afternoon|evening|"
               r"night|week)|(?:" + WEEKDAY_NAME_PATTERN + r")(?:\s+(?:morning|afternoon|evening|night))?)\s+)?")
#: "It seems inevitable that", "It looked as if", "It is unclear whether", "It remains too early to say how much".
_IMPERSONAL = (r"it\s+(?:(?:seems|seemed|looks|looked|appears|appeared)\s+(?:(?:all\s+but\s+|almost\s+|increasingly\s+|"
               r"highly\s+|very\s+)?(?:inevitable|likely|unlikely|certain|probable|doubtful)\s+(?:that\s+)?[a-z]|as\s+"
               r"(?:if|though)\b)|(?:is|was|remains|remained)\s+(?:still\s+|now\s+)?(?:unclear|not\s+(?:yet\s+)?clear|uncertain|"
               r"not\s+known|unknown|too\s+(?:early|soon)\s+to\s+(?:say|tell))\s+" + _WHEN_ASKED + r"(?:whether|if|when|how\s+"
               r"(?:long|much|many|soon|far)\b))")
#: "There are fears that", "There were growing worries that", "Fears are growing that", "There have been concerns
#: that", "There has been speculation that": a worry or a rumour that has gone on, told in the perfect, is one too.
_WORRIES = (r"(?:there\s+(?:" + auxiliaries(BE_FINITE) + r"|(?:" + auxiliaries(HAVE_FORMS) + r")\s+(?:long\s+|also\s+|already\s+)?been)\s+(?:growing\s+|"
            r"mounting\s+|widespread\s+|also\s+|some\s+|now\s+|still\s+)?"
            r"(?:fears|worries|concerns|doubts|speculation)\s+(?:that|about\s+whether|whether)\b|(?:fears|worries|concerns|doubts)\s+"
            r"(?:are|were|have\s+been|had\s+been)\s+(?:growing|mounting|rising)\s+that\b)")
#: "Health officials are worried it might return", "Analysts are wondering whether": a present mind, with the clause
#: it is about (never a saying, which :data:`_SAYING` keeps; a hope is a party's plan or expectation, and stays).
_MIND = (r"(?:(?!(?:it|there)\b)[\w'’.-]+\s+){1,5}?(?:is|are)\s+(?:still\s+|now\s+|also\s+|increasingly\s+)?"
         r"(?:wondering|worried|concerned|fearful|afraid)\s+(?:that\b|whether\b|if\b|(?:it|they|he|she|this|the|a|"
         r"an|its|their|some|bad|(?-i:[A-Z][\w'’-]*))\s)")
#: "We know that flu viruses can change quickly", "I believe the judge will show mercy in November", "Today we live in
#: a different world", "We estimate the spill will cut growth this year": the writer's (or an unnamed speaker's) own
#: mind or estimate, in the simple present, with nothing done ("I know about the reports today" tells what the speaker
#: has heard, which is news of the day, and stays). A hope or an expectation is a party's plan ("We expect to
#: begin drilling next week"), and stays, as does a past mind ("We were concerned about the sale in 2002") or a
#: speaker's, which :data:`_SAYING` keeps.
_OWN_MIND = (r"(?:I|we)\s+(?:do\s+|really\s+|still\s+|also\s+|now\s+|all\s+|certainly\s+|firmly\s+)?(?:know|believe|think|"
             r"feel|suspect|suppose|guess|wonder|doubt|reckon|fear|estimate|live|respect|suggest)\b(?!\s+(?:about|of)\b)")
#: "Investors have long feared that a cut would come this year", "Analysts have speculated the sale would close in
#: June": a worry or a guess that has gone on, told in the perfect, with what it is about (a schedule it names, "the
#: dividend due this year", is a happening the caller keeps before it asks here).
_LONG_MIND = (r"(?:(?!(?:it|there)\b)[\w'’.-]+\s+){1,5}?(?:has|have)\s+(?:long\s+|also\s+|already\s+|often\s+)?"
              r"(?:fretted|worried|feared|wondered|speculated|agoni[sz]ed)\b")
#: "The developments may mark a turning point", "That could mean the well will be reopened on Sunday", "The move might
#: signal a change of heart": the writer's reading of what a happening may amount to, a guess at its meaning (the
#: censuses' "not-event": speculation); the happening read keeps its own date where it is told.
_READING = (r"(?:(?!(?:it|there)\b)[\w'’.-]+\s+){1,6}?(?:may|might|could)\s+(?:well\s+|also\s+|yet\s+|even\s+|"
            r"ultimately\s+|eventually\s+)?(?:mean|mark|signal|suggest|indicate|herald|spell|be\s+seen\s+as)\b")
_STANCE = re.compile(rf"(?i){OPENING}(?:{_IMPERSONAL}|{_WORRIES}|{_MIND}|(?P<own>{_OWN_MIND})|{_LONG_MIND}|{_READING})")
#: A live page's entry that only asks ("4pm: So what is actually going on down there?", "1947: One more big question:
#: will the president call for a carbon price?"): the newsroom's open question, which its stamp does not make a happening.
_POSED_QUESTION = re.compile(r"(?i)^\s*(?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{4}):\s+(?:[^:?,]{0,60}[:,]\s+)?"
                             r"(?:so\s+|but\s+|and\s+)?(?:what|which|who|why|how|when|where|will|would|should|could|can|is|"
                             r"are|does|do|did)\b[^?]*\?[\s”\"’']*$")
#: A clause of its own after the stance ("..., after the talks collapsed on Monday", "how long repairs take after the crane
#: fell on Tuesday", "the leak, which halted the tests
#: that began on Wednesday"): its date is its own. A concession
#: ("although the coastguard was still awaiting Friday's survey") is the stance's background and stays with it.
OWN_CLAUSE = re.compile(r"(?i)(?:[,;]|\s[—–-]{1,2})\s+(?:after|when|as|because|since|but|and|until|before|once|which|who)\s|"
                         r"\s(?:after|when|because|since|before|once)\s+(?:[\w'’-]+\s+){1,5}?(?:[a-z]{3,}ed|was|were|had)\b")
#: A date told again by a clause of its own right after it: "in 1989, when one of its tankers ran aground".
_WHEN_IT_HAPPENED = re.compile(r"[^,;:.!?]{1,30}?,\s+when\s")
#: A quotation closing after a word or a stop: what follows is no longer the words it quoted.
_QUOTE_CLOSES = re.compile(r"(?<=[\w.,!?'’])[”\"]")
_SAYING = re.compile(r"(?i)\b(?:" + alternation(SAY_FORMS, spoken("tell", "add"), {"stated", "insisted", "announced"})
                     + r"|according\s+to)\b")


#: "The offer of jobs seemed like a lifeline", "That extension looks like a finger reaching out from the patch": how a
#: thing strikes the writer, likened to another, closing the sentence; no act a timeline carries (the census's "an
#: opinion, 'seems like a lifeline'"). A likening with a clause after it ("it looks like the spill will last until
#: August") tells what is expected, and is left to its date.
_SEEMING = re.compile(r"(?i)(?:^[\s“\"‘]*|,\s+)(?:(?!(?:it|there|and|but|which|who|that|if|when|as)\b)[\w'’.-]+\s+){1,16}?"
                      r"(?P<verb>seems|seemed|looks|looked|feels|felt|sounds|sounded)\s+(?:more\s+|less\s+|much\s+)?like\s+"
                      r"(?:a|an|the|some)\s+[^,;:“”\"]*$")


def seeming(sentence: str, pos: int = -1) -> bool:
    """Whether ``sentence`` closes on a main clause that likens its subject to something ("the offer seemed like a
    lifeline"), told by no one's saying and in no quotation: an impression, not a happening. A date at ``pos`` before
    the verb lies in the subject, which names a happening of its own ("The drilling of the well this spring looked
    like a success": the drilling's)."""
    likening = _SEEMING.search(sentence.rstrip(" .!?”\"’"))
    return likening is not None and (pos < 0 or pos > likening.start("verb")) and not _SAYING.search(sentence) \
        and not re.search(r"[“”\"]", sentence)


def in_stance(text: str, sentence_start: int, pos: int, sentence_end: int) -> bool:
    """Whether the date at ``pos`` lies in a sentence whose main clause is a stance (how things look, a fear, a hope
    or a wondering), told by no one's saying, before any clause of its own that follows it; or in a live entry that
    only asks a question."""
    sentence = text[sentence_start:sentence_end]
    if _POSED_QUESTION.match(sentence) or in_possible_year(text, sentence_start, pos, sentence_end) \
            or seeming(sentence, max(pos - sentence_start, 0)):
        return True
    stance = _STANCE.match(sentence)
    if stance is None or _SAYING.search(sentence):
        return False
    if stance.group("own") and re.search(r"[“”\"]", sentence):
        return False  # ('"I think that by Friday we will have it stopped."': a speaker's words, told on from a saying)
    if _WHEN_IT_HAPPENED.match(text, pos, sentence_end):
        return False  # "the outrage aimed at Exxon in 1989, when one of its tankers ran aground": 1989 is the grounding's
    if _QUOTE_CLOSES.search(sentence, stance.end(), pos - sentence_start):
        return False  # ('"We respect their decision" Michael Jackson died in June 2009': the quotation ended the mind)
    own = OWN_CLAUSE.search(sentence, stance.end())
    return own is None or pos - sentence_start < own.start()
