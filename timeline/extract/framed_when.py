"""A date whose "when" clause tells the happening that the clause before only frames (issue 16).

"BP suffered another blow on Friday when the agency cut its rating", "the conflict flared Thursday when the driller
fired off a letter", "hopes were dashed on Saturday, when crystals blocked the pipes": the main clause judges the day
(a blow, a setback, controversy, a turning point) and the "when" clause says what happened on it. So does a state
that holds on the day ("The firm was the operator of the well in 1979, when oil spilled into the bay", "He was right
last month when he said ...") and a date that is only the edge of a span ("oil has not leaked since July 15, when
crews closed the cap"; "the flow will not stop until August, when the relief wells are done"): the day is the "when"
clause's, and a timeline entry at it is that clause, with its own subject and verb.

A "when" clause that tells a state ("when shares were tanking", "when there were 17 cases") is no happening: the
title stays the sentence's. A date inside a quotation stays with the speaker's words.
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, BE_NONFINITE, HAVE_FORMS, auxiliaries
from timeline.english_verbs import IRREGULAR_PARTICIPLES
from timeline.extract.clauses import sentence_like
from timeline.extract.saying_words import SAID_SAYS, alternation
from timeline.extract.title_gate import title_defect
from timeline.extract.title_referents import actor_kind
from timeline.extract.title_words import main_verb_start
from timeline.extract.titles import write_title

__all__ = ["framed_title"]

#: The "when" right after the date, and the clause it opens ("when asked", "when it comes to" open none).
_WHEN = re.compile(r"\s*,?\s+when\s+(?!(?:asked|questioned|pressed|it\s+comes)\b)")
#: A date that is the edge of a span, not a time at which the clause before happens.
_EDGE = re.compile(r"(?i)\b(?:since|until|till|by|after|before|from|through|between|as\s+of)\s+(?:(?:at\s+least|"
                   r"much|closer|nearer|close|near|to|late|early|mid|the)[\s-]+){0,3}$")
#: Nouns that judge a day rather than tell what happened on it: "suffered a setback", "sparked controversy".
_JUDGING = (r"blow|setback|hit|roadblock|snag|hurdle|boost|reprieve|jolt|shock|knock|skirmish|turning\s+point|"
            r"low\s+point|high\s+point|milestone|peak|climax|crescendo|(?:good|bad)\s+news|glimmer\s+of\s+[a-z\s]{0,20}?news|controversy|"
            r"criticism|attention|outrage|anger|ire|fury|headlines|front\s+pages|alarm|concern|derision|ridicule|"
            r"praise|problems|trouble|frustration|a\s+stir")
_FRAME_VERB = (r"suffered|suffers|took|takes|was\s+dealt|were\s+dealt|received|receives|got|gets|hit|hits|reached|"
               r"reaches|ran\s+into|runs\s+into|lost|loses|won|wins|sparked|sparks|drew|draws|attracted|attracts|"
               r"caused|causes|provoked|provokes|triggered|triggers|stirred|stirs|expressed|expresses|captured|"
               r"captures|grabbed|grabs|made|makes")
#: A frame that judges the day: a verb and its judging noun ("took a further hit", "got a glimmer of good news").
_JUDGED = re.compile(r"(?i)\b(?:" + _FRAME_VERB + r")\s+(?:(?:a|an|another|its|his|her|their|some|new|fresh|"
                     r"further|major|big|huge|serious|legal|first|second|more|much|widespread|sharp|early|late|"
                     r"welcome|rare|small|little)\s+){0,3}(?:" + _JUDGING + r")\b[^,;:]{0,40}$")
#: What only judges how things stand: hopes, woes, a row, a bid ("hopes were dashed", "the row flared",
#: "the real drama will come").
_STANDING = (r"hopes?|fears?|woes|troubles?|concerns?|tensions?|row|dispute|controversy|conflict|feud|crisis|pressure|"
             r"criticism|anger|outrage|scale|confidence|credibility|mood|rhetoric|standoff|saga|drama|efforts?|"
             r"attempts?|bid|plans?|news|moment|breakthrough")
_STANDING_CHANGE = (r"(?:(?:was|were|has\s+been|have\s+been)\s+(?:further\s+|also\s+)?(?:dashed|dampened|raised|"
                    r"undermined|set\s+back|thwarted|derailed|stalled|complicated|boosted|revived|heightened|fuelled|"
                    r"fueled)|increased|grew|mounted|deepened|intensified|escalated|flared|erupted|dimmed|faded|"
                    r"rose|worsened|eased|heated\s+up|boiled\s+over|came\s+to\s+a\s+head|became\s+clearer|began|started|"
                    r"came|will\s+come|comes)")
_STANDS = re.compile(r"(?i)^(?:[\w'’.-]+\s+){0,4}?(?:" + _STANDING + r")\b(?:\s+(?:of|for|over|about|to)\s+[^,;:]{1,80}?)?"
                     r"\s+(?:\w+ly\s+)?" + _STANDING_CHANGE + r"\b[^,;:]{0,40}$")
#: A copula before anything but a participle: what something was on the day ("was the operator", "was right").
_STATE_VERB = re.compile(r"(?i)(?:" + auxiliaries(BE_FINITE) + r")\s+(?!(?:being|been|to|due|expected|set|scheduled|slated|likely|about|"
                         r"going|not\s+\w+ed)\b)(?![a-z]+ed\b)(?!(?:"
                         + "|".join(sorted(IRREGULAR_PARTICIPLES)) + r")\b)")
#: A clause that tells a state, not a happening: "when shares were tanking", "when there were 17 cases", "when he had
#: a cold", "when the plan seemed to work".
_STATE_CLAUSE = re.compile(r"(?i)(?:(?:" + auxiliaries(BE_FINITE) + r"|am|'s)\s+(?!(?:due|expected|set|scheduled|about|going|"
                           r"being\s+\w+ed)\b)(?![a-z]+ed\b)(?!(?:" + "|".join(sorted(IRREGULAR_PARTICIPLES)) +
                           r")\b)|(?:" + auxiliaries(HAVE_FORMS) + r")\s+(?!(?:been|[a-z]+ed|" + "|".join(sorted(IRREGULAR_PARTICIPLES)) +
                           r")\b)|(?:seemed|seems|appeared|appears|looked|looks|remained|remains|stayed|stays|"
                           r"lurked|lurking|used\s+to)\b)")
_REPORT = re.compile(r"(?i)^.*\b(?:" + alternation(SAID_SAYS, {"believe", "believes", "believed", "that"})
                     + r"|told\s+[\w.]+(?:\s+[\w.]+)?)\s+")
_PRONOUN = re.compile(r"(?i)(he|she|his|her|it|its)\b")


def framed_title(said: str, removal: list[tuple[int, int]], actor: str | None) -> str | None:
    """The headline of the "when" clause that the only removed date in ``said`` leads to, when the clause before it
    only frames that day (a judgement, a state, or a span the date bounds) and the "when" clause tells a happening
    with its own subject and verb; None otherwise. ``actor`` is whom the sentence's subject names."""
    if len(removal) != 1:
        return None
    start, end = removal[0]
    when = _WHEN.match(said, end)
    frame = said[:start]
    if when is None or _RANGE.search(said, start, end) or re.search(r"[“”\"]", frame) or said.count("“") > said.count("”"):
        return None  # ("'... until August when the wells are done,' she said": the speaker's words, with their speaker)
    clause = said[when.end():].strip()
    subject_end = main_verb_start(clause)
    if not sentence_like(clause) or subject_end <= 0 or _STATE_CLAUSE.match(clause, subject_end) \
            or _NAMING.match(clause, subject_end) or re.match(r"(?i)there\b|it\s+(?:\w+\s+)?(?:be|is|was|'s)\b", clause) \
            or _LOOSE_PRONOUN.search(clause, subject_end) or _OWNER.search(clause, 0, subject_end):
        # ("when a hurricane left it listing": what "it" stands for is in the frame, which the title leaves out)
        return None
    if len(frame.split()) <= 3 and re.match(r"\W*(?:from|in|on|at|since|until|till|by|after|before|between|back|"
                                             r"during|as\s+of)\b", frame, flags=re.I):
        return None  # ("From 1958, when 70 percent trusted it, the trend drops": the clause after it is the sentence's)
    reported = _REPORT.match(frame)
    inner = frame[reported.end():] if reported else frame
    verb = main_verb_start(inner)
    last = re.split(r"[,;:]\s+|\s+(?:and|but|though)\s+", inner)[-1]
    if re.search(r"\b(?:not|never)\b|n['’]t\b", last) and re.search(r"(?i)\b(?:until|till)\s+\S*\s*$", frame):
        return None  # "the well will not be sealed until August": the sealing is August's, as the frame says
    if not (_EDGE.search(frame) or _JUDGED.search(frame) or _STANDS.search(inner)
            or (verb > 0 and _STATE_VERB.match(inner, verb) and not _EMPTY_SUBJECT.match(inner))):
        return None
    pronoun = _PRONOUN.match(clause)
    if pronoun is None:
        return _publishable(write_title(clause, []))
    # "sparked controversy when he told ...": the pronoun is the frame's subject, when that can be a "he" or an "it"
    subject = _OPENING.sub("", inner[:verb]).strip(" ,") if verb > 0 else ""
    subject = re.sub(r"(?:\s+[a-z]+ly|\s+also|\s+still)+$", "", subject)
    if actor and (not reported or not subject or _PRONOUN.fullmatch(subject)):
        subject = actor
    subject = re.sub(r"^(?:the|a|an)\b", lambda m: m.group(0).capitalize(), subject)  # ("said the builder ...")
    personal = pronoun.group(1).lower() in ("he", "she", "his", "her")
    judged = _JUDGED.search(frame) or _STANDS.search(inner)
    if (not personal and not judged) or (personal and re.search(r"\s[A-Z]", frame[len(frame) - len(inner) + verb:])):
        # ("has used the aircraft since 1979, when it replaced ...": "it" may be the frame's object as well as its
        # subject, unless the frame's only other noun is its judgement; "he" may be another person the frame names)
        return None
    if not subject or _PRONOUN.fullmatch(subject) or not subject[:1].isupper() or (
            re.match(r"(?:The|A|An)\s", subject) and personal) or actor_kind(subject) == ("body" if personal else "person"):
        return None
    owner = pronoun.group(1).lower() in ("his", "her", "its")
    return _publishable(write_title(subject + ("'s" if owner else "") + clause[pronoun.end():], []))


def _publishable(title: str) -> str | None:
    """The "when" clause's title, unless it cannot stand as a headline ("The company's latest attempt founders",
    "This testimony is prepared": whose, only the frame says); the sentence's title then stays."""
    # ("A scientist says three-quarters of the oil is still": a copula whose complement the cut left out says nothing)
    bare_copula = re.search(r"\b(?:" + auxiliaries(BE_FINITE, BE_NONFINITE, without={"being"}) + r"|remains?)(?:\s+(?:still|now|also|already|again|just|only|"
                            r"even|not))?$", title)
    return None if title_defect(title) or bare_copula else title


#: A date that is a span of its own ("from 1998 to 2005, when the company bought parks"): the frame's time, which the
#: "when" clause only fills in.
_RANGE = re.compile(r"\s(?:to|until|till|through|and)\s|\d\s*[-–]\s*\d")
#: A participle that names what comes after it ("a rig called the Deepwater Horizon blew up"): no verb of the clause.
_NAMING = re.compile(r"(?:called|named|dubbed|known|nicknamed|labelled|labeled)\b")
#: A pronoun past the clause's subject that stands for something only the frame names ("sealed it with a cap",
#: "dragged him off the message", "press them to"); one that opens a reported clause ("said it would") is its subject.
_LOOSE_PRONOUN = re.compile(r"\b(?:it|him|them)\b(?!\s+(?:is|was|will|would|could|can|may|might|must|should|has|had|"
                            r"did|does|no|not|[a-z]+ed|[a-z]+s)\b)")
#: A possessive in the clause's subject ("when one of its tankers ran aground"): whose it is, only the frame says.
_OWNER = re.compile(r"\b(?:its|their|his|her)\b")
#: "It was a sad day when ...", "That was a contrast to ...": a judgement with no subject of its own, a column's musing.
_EMPTY_SUBJECT = re.compile(r"(?i)(?:it|that|this)\s")
#: Words before a subject that are none of it: "So", "But now".
_OPENING = re.compile(r"^(?:(?:So|But|And|Yet|Now|Then|Still|now|then)\b[\s,]*)+")
