"""Sentences dated by the sentence before them: "Meanwhile, ...", "At the hearing, ...", "He later said ...".

News prose states a day once and tells the rest of that day's happenings without repeating it:

    The commission began its hearings on Monday. At the hearing, a drilling contractor said ...
    On Wednesday, the chairman told reporters ... He later said he was sorry.
    Rep. Smith said Wednesday that ... The comments came in a hearing in which lawmakers grilled ...

Such a sentence has no date expression, so the tagger gives it nothing; but its opener says it
happened on the occasion just told (or on the same news day), and its verb is in the simple past. It
takes the day of the nearest dated main statement a few sentences before it, when that day is the
story's news (within a week before publication): "He later worked for a butcher" after a date in 1890
is biography, not a day to inherit, and a plan ("Meanwhile, crews will ...") or a state ("Meanwhile,
the Justice Department has started ...") tells no happening of that day.

"The mayor, meanwhile, ordered ..." ties as "Meanwhile, ..." does. Weaker ties need more than the opener. An
occasion the sentence names itself, with no date ("In an interview with NBC, ...", "At a news conference in
Leeds, ...", "Reyes, speaking on a radio programme, said ...") may be another day's: it takes the day only from
an act or a saying its own speaker did that day ("Obama tried on Wednesday to ... In a speech at the university,
Obama said ..."), when that day dates the act or the saying, not what a saying reports ("oil leaked late Sunday,
Allen said"), and when the dated sentence names no other kind of occasion (a meeting on Wednesday, an address the
night before); "In remarks after that meeting" points back at the occasion told and needs no more. "And ..."
adds one more happening to the sentence right before it, and "told another committee" one more occasion of the
kind just told (a round of hearings or of Sunday shows); "His comments came as the agency said ..." tells,
after "as", a happening of the day the comments were made. None of them dates a negated clause or a writer's own
story ("And a splinter hit me ..."). "Moments later, ...", "used Twitter shortly thereafter" tell a moment soon after
the happening just told, and "Gibbs fired back that ...", "In response, ..." a reply to it (a few sentences back at
most): both take the day of an act or a saying, never one named inside a quotation's words ("what happened
yesterday," Barton said). The day is the occasion's, told once: such a mention's confidence is
CONTINUED_CONFIDENCE (:mod:`.implied`), below a stated date's.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.english_auxiliaries import BE_FINITE, auxiliaries
from timeline.extract.title_verbs import IRREGULAR_PAST_FORMS
from timeline.tagger.lexicon import NUMBER_WORDS

#: A verb in the simple past: a regular "-ed" form or one of English's irregular pasts, whose one list is
#: the titles' (title_verbs.py). "was", "were", "had" and "did" tell a state or help another verb, not a
#: happening; "split" and "spread", pasts the same as their base, the titles leave out as too often nouns.
_PAST_VERB = ("(?:[a-z]{2,}ed|" + "|".join(sorted((IRREGULAR_PAST_FORMS - {"was", "were", "had", "did"})
                                                | {"split", "spread"})) + ")")
_SIMPLE_PAST = re.compile(rf"\b{_PAST_VERB}\b")

#: An occasion just told: "the hearing", "the news conference", "the meeting".
_OCCASIONS = (r"(?:hearing|hearings|meeting|briefing|news\s+conference|press\s+conference|conference|session|"
              r"summit|rally|event|ceremony|talks|speech|interview|appearance|vote|debate|trial|testimony)")

#: Not a counted distance ("two hours later", "36 hours later"): :mod:`.offsets` reckons those, maybe into the next day.
_UNCOUNTED = r"(?<!\d\s)" + "".join(rf"(?<!\b{w}\s)" for w in sorted(NUMBER_WORDS) if w not in ("a", "an"))
#: A moment soon after the happening just told, on its day: "Shortly thereafter", "Soon afterwards", "Hours later".
LATER_THAT_DAY = (r"(?:Shortly\s+thereafter|Soon\s+(?:afterwards?|after|thereafter)|(?:Just\s+|Only\s+|A\s+few\s+)?"
                  + _UNCOUNTED + r"(?:[Mm]oments|[Mm]inutes|[Hh]ours)\s+later)")

#: Openers that tie a sentence to the occasion or news day the text just told.
_OPENER = re.compile(
    r"(?:Meanwhile|Later(?:\s+(?:that|in\s+the)\s+(?:day|evening|afternoon|morning))?|Afterwards?|"
    r"Shortly\s+(?:afterwards?|after\s+that))\s*,?\s+(?=[A-Za-z“\"])"

    r"|(?:At|During|After)\s+the\s+(?:same\s+)?(?:[a-z-]+\s+){0,2}" + _OCCASIONS + r"\b[^,.]{0,60},\s+"
    r"|In\s+(?:one|an|another|a\s+(?:later|heated|testy|tense))\s+exchange\b[^,.]{0,60},\s+"
    r"|In\s+(?:his|her|their)\s+(?:testimony|remarks|opening\s+statement|statement\s+to\s+the\s+\w+),\s+"
)
#: Occasions a sentence names for itself: a speech, an interview, a statement, a visit.
_OWN_OCCASIONS = (r"(?:" + _OCCASIONS[3:-1] + r"|remarks|comments|statement|address|programme|program|show|"
                  r"broadcast|visit|tour|news\s+briefing)")
#: "In an interview with NBC,", "At a news conference in Leeds,", "In his weekly address,", "In remarks after that
#: meeting,", "Speaking on a radio programme,", "After meeting the mayor,": an occasion named with no date. "One",
#: "another", "an earlier" occasion is some other day's ("During one tour of the coast, he famously said ...").
_NAMED_OCCASION = re.compile(
    r"(?:(?:In|At|During)\s+(?:an?|his|her|their|its)\s+(?!(?:earlier|previous|recent|separate|past)\b)"
    r"(?:[\w'’.-]+\s+){0,4}?" + _OWN_OCCASIONS + r"|In\s+(?:remarks|comments)|After\s+(?:meeting|visiting|touring)"
    r"|Speaking\s+(?:on|at|to|after|during|in|from|outside|before)\b)\b[^,.;:“\"]{0,80},\s+")
#: "... after that meeting", "... at the same news conference": the named occasion is the one just told.
_THAT_OCCASION = re.compile(r"\b(?:that|the\s+same)\s+(?:[a-z-]+\s+){0,2}" + _OWN_OCCASIONS + r"\b")
#: "The White House, meanwhile, issued ...": "meanwhile" after the subject, as an opener.
_MEANWHILE_AFTER_SUBJECT = re.compile(r"(?P<subject>[A-Z][^,.;:“\"]{1,60}?),\s+meanwhile,\s+")
#: "And the committee met ...": a subject after "And" (not "And yet", "And if", "And in recent days").
_AND = re.compile(r"And\s+(?=(?:the|a|an|his|her|its|their|he|she|they|[A-Z][\w.'’-]*)\s)"
                  r"(?!(?:If|When|While|Though|Although|As|Since|Because|So|Yet|Then|Now|Still|Even|That|This|"
                  r"These|Those|There|It|What|How|Why|Who|In|On|At|By|For|After|Before|During)\b)")
#: ", speaking at a news conference," inside a sentence ("on condition of anonymity" names no occasion).
_SPEAKING = re.compile(r",\s+speaking\s+(?:on|at|to|during|in|after|from|outside|before)\s+(?!condition\b)"
                       r"[^,.;:“\"]{1,80},")
#: "told another committee", "told the same programme": a second occasion of a kind the text just told.
_ANOTHER = re.compile(r"\btold\s+(?:another|a\s+second|the\s+same)\s+(?:[\w'’-]+\s+){0,2}?"
                      r"(?:committee|subcommittee|panel|hearing|programme|program|show|network|channel|interviewer)\b")
#: "He later said", "Svanberg later apologised": a later moment of the occasion just told.
_LATER = re.compile(r"^(?!(?:Although|Though|While|When|If|Because|As|After|Before|Since|Unless|Even)\b)"
                    r"(?:[A-Z][\w.'’-]*\s+){1,4}(?:also\s+)?later\s+" + _PAST_VERB + r"\b")
#: A subject of a few words: "Gibbs", "Interior Secretary Ken Salazar", "The union", "The port minister Ivo Rantala".
_SUBJECT = r"(?:(?:[A-Z][\w.'’-]*|the|of)\s+(?:(?<=The\s)[a-z-]+\s+(?:[a-z-]+\s+)?)?){1,5}"
#: "But hours later, however, Barton apologised", "Moments later, the chairman began", "Soon after, ...": a moment of
#: the same day; a counted distance ("Eleven hours later") is reckoned by :mod:`.offsets`.
_SOON_OPENER = re.compile(r"(?:But\s+)?" + LATER_THAT_DAY + r"(?:,\s+however)?\s*,?\s+(?=[A-Za-z“\"])")
#: "Palin used Twitter shortly thereafter to respond": the moment soon after told after the verb (not a counted one:
#: "was pronounced dead two hours later").
_SOON_AFTER_VERB = re.compile(r"^(?!(?:Although|Though|While|When|If|Because|As|After|Before|Since|Unless|Even)\b)"
                              + _SUBJECT + _PAST_VERB + r"\b[^,.;:“\"]{0,40}?\b(?i:"
                              + LATER_THAT_DAY + r")\b")
#: "Gibbs fired back that ...", "The company hit back", "In response, the mayor ordered ...": a reply to the act or
#: the saying just told, made on its day (news tells a reply of another day with its own date).
_REPLY = re.compile(r"^(?:(?:But|And)\s+)?" + _SUBJECT + r"(?:quickly\s+|swiftly\s+|also\s+|later\s+)?"
                    r"(?:(?:fired|hit|shot)\s+back|countered|retorted|responded(?=\s+(?:to|by|with|that|in|on)\b))\b"
                    # ("In response to the oil disaster, ..." answers no act of one day: only a saying, a paper or a move)
                    r"|^In\s+response(?:\s+to\s+(?:this|that|it|(?:the|his|her|their|its|this|that)\s+(?:[a-z-]+\s+)?"
                    r"(?:speech|statement|report|letter|lawsuit|suit|ruling|decision|comments|remarks|criticism|request|"
                    r"questions?|call|demand|announcement|move|attack|accusations?|charges?|claims?|threat)))?,\s+")
#: "The comments came in a hearing ...": where the happening just told took place.
_CAME = re.compile(r"^The\s+(?:[a-z-]+\s+)?(?:comments|remarks|statement|announcement|testimony|exchange|"
                   r"criticism|warning|admission|apology|appeal|request|call|plea)\s+came\s+(?:in|at|during)\b")
#: "His comments came as the agency said ...", "The move comes as BP reported ...": the clause after "as" tells a
#: happening of the day the statement or the act just told was made.
_CAME_AS = re.compile(r"^(?:The|His|Her|Their|Its|This|That)\s+(?:[a-z-]+\s+)?(?:comments|remarks|statement|"
                      r"announcement|testimony|warning|criticism|move|decision|news|action|order|ruling|call|appeal)"
                      r"\s+(?:came|comes)\s+(?:just\s+)?as\s+(?=[a-zA-Z])")
#: A plan, a state or a question tells no happening of the inherited day.
_NOT_PAST = re.compile(r"\b(?:will|would|could|might|may|should|must|has|have|is|are|am)\s+(?:not\s+)?[a-z]+\b"
                       r"|\?\s*[”\"’']?\s*$")
#: How far back the day may be told, in sentences, and how long before publication it may lie.
WINDOW = 6
NEWS_WEEK = dt.timedelta(days=7)


#: How a sentence is tied to the occasion told before it (:func:`occasion_tie`).
TOLD, NAMED, NEXT, ANOTHER, AS, REPLY, SOON = "told", "named", "next", "another", "as", "reply", "soon"
#: How far back, in sentences, the act or saying a reply answers is told: right before it, or before the quotes
#: that go on with it.
REPLY_WINDOW = 4


def continues_occasion(sentence: str) -> bool:
    """Whether ``sentence`` tells a happening of the occasion or day the sentences before it dated."""
    return bool(occasion_tie(sentence))


def occasion_tie(sentence: str) -> str:
    """How ``sentence`` tells a happening of an occasion the sentences before it dated: :data:`TOLD` (its
    opener points back at it: "At the hearing, ...", "Meanwhile, ..."), :data:`NAMED` (it names an occasion
    of its own, undated: "In an interview with NBC, ..."), :data:`NEXT` ("And ...": one more happening of the
    sentence just before), :data:`ANOTHER` ("told another committee": one more occasion of the kind the text just
    told), :data:`AS` ("His comments came as the agency said ...": the happening of :func:`as_clause`),
    :data:`REPLY` ("Gibbs fired back that ...": a reply to the act or saying just told), :data:`SOON` ("Moments
    later, ...": a moment soon after the happening just told), or "" when
    it tells none."""
    s = sentence.lstrip()
    tie = TOLD
    opener = _OPENER.match(s) or _MEANWHILE_AFTER_SUBJECT.match(s)
    if opener is None and (opener := _NAMED_OCCASION.match(s)) is not None:
        tie = TOLD if _THAT_OCCASION.search(opener.group()) else NAMED
    if opener is None and (opener := _AND.match(s)) is not None:
        tie = NEXT
    if opener is None and (opener := _CAME_AS.match(s)) is not None:
        tie = AS
    if opener is None and (opener := _SOON_OPENER.match(s)) is not None:
        tie = SOON
    if opener is not None:
        rest = opener.group("subject") + " " + s[opener.end():] if "subject" in opener.groupdict() else s[opener.end():]
    elif _LATER.match(s) or _CAME.match(s):
        rest = s
    elif _SOON_AFTER_VERB.match(s):
        tie, rest = SOON, s
    elif (reply := _REPLY.match(s)) is not None:
        tie, rest = REPLY, s[reply.end():] if reply.group().startswith("In response") else s
    elif (speaking := _speaking(s)) or _ANOTHER.search(s):
        # "Reyes, speaking on a radio programme, said ...": the occasion named inside the sentence (not after a
        # quotation's words, perhaps the end of one opened sentences before);
        # "Allen told another committee ...": one more of the occasions just told (a round of hearings or shows).
        tie, rest = (NAMED if speaking else ANOTHER), _SPEAKING.sub(" ", s)
    else:
        return ""
    if rest[:1] in "“\"‘'":  # a quotation's own words: its verb is the speaker's, not the narrative's
        return ""
    clause = _main_clause(rest)
    past = any(not _PARTICIPLE_BEFORE.search(clause, 0, m.start()) for m in _SIMPLE_PAST.finditer(clause))
    if tie == AS and not _VERB_AFTER_SUBJECT.match(clause):
        return ""  # ("comes as BP faces scrutiny, with findings suggesting it failed": a state; the past is a detail's)
    if tie != TOLD and (_NEGATED.search(clause) or _FIRST_PERSON.search(_unquoted(s))):
        return ""  # nothing happened; or the writer's own story ("And a shard hit me in the eye"), a column's
    return tie if past and _NOT_PAST.search(clause) is None else ""


#: A past verb right after a subject of a few words, before any comma: the clause's own ("a committee of MPs raised").
_VERB_AFTER_SUBJECT = re.compile(r"(?:[^\s,]+\s+){1,7}?" + _PAST_VERB + r"\b")
#: A negated main clause tells no happening ("And Democrats were not about to let it pass").
_NEGATED = re.compile(r"\b(?:not|never)\b|n[’']t\b")
#: The writer speaking of himself outside a quotation.
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|us|our)\b")


def _unquoted(sentence: str) -> str:
    """``sentence`` without its quotations."""
    return re.sub(r"[“\"][^”\"]*(?:[”\"]|$)", " ", sentence)


def _speaking(sentence: str) -> bool:
    """Whether ``sentence`` names its occasion inside it (", speaking at a rally,") after no quotation's words."""
    m = _SPEAKING.search(sentence)
    return m is not None and not re.search(r"[“”\"]", sentence[:m.start()])


def named_occasions(sentence: str) -> frozenset[str]:
    """The kinds of occasion ``sentence`` names ("hearing", "press", "meeting", "speech", "broadcast", ...)."""
    return frozenset(kind for kind, words in _KINDS.items() if words.search(sentence))


def other_occasion(sentence: str, told_text: str) -> bool:
    """Whether ``sentence`` names its occasion by another kind than the dated sentence ``told_text`` names its
    own: "Obama met BP's chairman on Wednesday" ... "In his address, Obama said" are two occasions, the address
    perhaps the night before."""
    opener = _NAMED_OCCASION.match(sentence.lstrip())
    ours = named_occasions(opener.group() if opener else sentence)
    theirs = named_occasions(told_text)
    return bool(ours and theirs and not ours & theirs)


#: Occasions by kind, words that name one kind told twice. A news conference follows any occasion, and a visit or
#: a rally holds speeches and meetings: they are no kind of their own here.
_KINDS = {kind: re.compile(r"\b(?:" + words + r")\b", re.IGNORECASE) for kind, words in {
    "hearing": r"hearings?|testimony|testified|testify|committee|subcommittee|panel",
    "meeting": r"meeting|met|meet|talks|summit",
    "speech": r"speech|address|remarks",
    "broadcast": r"interview|programme|program|show|broadcast|television|TV|radio",
}.items()}


def narrated_past(sentence: str) -> re.Match[str] | None:
    """The first verb in the simple past of the main clause of ``sentence``, matched in that clause (the words before it
    are its subject); none when the clause tells no happening: a plan or a state ("has started", "will meet"), a
    negation, a quotation's own words, the writer's own story."""
    s = sentence.lstrip()
    if s[:1] in "“\"‘'" or _FIRST_PERSON.search(_unquoted(s)):
        return None
    clause = _main_clause(s)
    if _NEGATED.search(clause) or _NOT_PAST.search(clause):
        return None
    return next((m for m in _SIMPLE_PAST.finditer(clause) if not _PARTICIPLE_BEFORE.search(clause, 0, m.start())), None)


def beside(sentence: str) -> bool:
    """Whether ``sentence`` tells another happening beside the one told before it ("Meanwhile, crews ...", "The
    mayor, meanwhile, ...", "And the union ..."), not more of the same one."""
    s = sentence.lstrip()
    return bool(re.match(r"Meanwhile\b", s) or _MEANWHILE_AFTER_SUBJECT.match(s) or _AND.match(s))


def tells_a_plan(sentence: str) -> bool:
    """Whether the main clause of a dated ``sentence`` tells a plan or a state ("On Wednesday, he is due to
    meet ..."): its day is no occasion a later sentence can have happened at. A plan told after the happening
    ("Jindal demanded on Friday that BP clean up until the beaches have been restored") is the happening's."""
    clause = _main_clause(sentence)
    past = next((m.start() for m in _SIMPLE_PAST.finditer(clause)
                 if not _PARTICIPLE_BEFORE.search(clause, 0, m.start())), None)
    plan = min((m.start() for m in (_NOT_PAST.search(clause), _DUE.search(clause)) if m is not None), default=None)
    return past is None or (plan is not None and plan < past)


#: "is due to", "is set to", "is expected to": a plan told in the present.
_DUE = re.compile(r"\b(?:" + auxiliaries(BE_FINITE) + r")\s+(?:due|set|expected|scheduled|to)\b")


#: "..., often praised by critics": a participle after a comma or an adverb, no verb of the clause.
#: ("were about to let": after "to" a past form is an infinitive.)
_PARTICIPLE_BEFORE = re.compile(r"(?:,\s+(?:[a-z]+ly\s+|often\s+|long\s+)?|\b(?:[a-z]+ly|often|been|being|to)\s+)$")


def as_clause(sentence: str) -> int:
    """Where the happening of "The move came as BP reported ..." begins in ``sentence`` (0 for none): the words
    before it only say the statement or act just told was made then."""
    m = _CAME_AS.match(sentence)
    return m.end() if m else 0


def after_opener(sentence: str) -> str:
    """``sentence`` without the opener naming the occasion ("At the hearing, "): its words are the occasion's
    own, told in the sentence before, and say nothing about this sentence's happening."""
    s = sentence.lstrip()
    opener = _OPENER.match(s) or _NAMED_OCCASION.match(s) or _AND.match(s)
    return s[opener.end():] if opener else sentence


def _main_clause(rest: str) -> str:
    """The words up to a reported or relative clause ("... said the company is ...", ", which ...")."""
    said = _SAID.search(rest)
    if said is not None:  # what was said keeps its own tense
        rest = rest[:said.end()]
    # (", saying it should never have happened": the saying's words keep their own tense too)
    cut = re.search(r"\b(?:that|which|who|whose|where|because|if|when|while|as)\b|[:“\"]|,\s+(?:saying|adding)\b", rest)
    return rest[:cut.start()] if cut else rest


_SAID = re.compile(r"\b(?:said|told|added|wrote|warned|testified|argued|insisted|acknowledged|conceded|"
                   r"reported|announced|asked|pressed|urged)\b")


def news_day(day: dt.date, published: dt.date) -> bool:
    """Whether ``day`` is the story's news: on or in the week before publication."""
    return published - NEWS_WEEK <= day <= published
