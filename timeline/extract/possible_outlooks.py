"""What may come in a season or a year ahead is no happening of it (issue 16: not an event).

"A second wave of infections could be expected in the autumn", "the virus might mutate in the southern hemisphere
over its winter", "a drilling process that could take most of the summer", "private capital flows could turn
negative in 2031": a modal of chance ("could", "might", "may") tells what may happen, and a season or a year is the
stretch of time it may happen in. Nothing is told to happen then: a timeline that places "A second wave could be
more severe" in the autumn states an outlook as the season's happening (the gold's convention: "hypotheticals are
deliberately not events"; an expert's warning of an epidemic is a hypothetical).

A day, a week or a month a possibility names is a schedule, and stays: "the device could begin siphoning oil late
Friday", "the kill could start by this weekend" are plans the timeline carries, and so is a forecast of where the
oil goes by a named day. So is a plan told for a season or a year ("the first doses could be given in the autumn",
"BP could reinstate its dividend next year"): a verb that starts, ends, gives or decides an act of someone's
(:data:`_PLANNED_ACTS`) is a schedule, whatever the stretch of time, and so is a result to be met by a deadline
("such deals could help halve costs by the end of 2032": the speaker's target). Only the clause the modal governs
counts: a saying's date before it ("said last year it believed there could be 90bn barrels") and a clause of its own
after it ("there may be no solution until the relief wells are complete later in summer": their completion) are
their own, and so is the thing a comparison sets it against ("could wash away the marshes, much like hurricanes
washed away wetlands in 2005"). A likelihood is a forecast, not a mere chance, and stays: "a pandemic is likely to strike Britain in the
autumn" is the expert's expected happening, which the gold dates by its season (as it keeps "relief well expected
ready in August"). A possibility looked back on ("could have been", "might have even been the virus from 1918") is a
supposition of the past, and a negated one ("may not start until mid-September", "could not work through the
summer") tells when something will not or did not happen: both are left to the modules that read them.
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, CHANCE_MODALS, HAVE_FORMS, WILL_WOULD, auxiliaries
from timeline.extract.saying_words import SAY_FORMS, alternation
from timeline.when import Precision, When

__all__ = ["in_possible_outlook"]

#: The stretches of time an outlook looks to: a season, a half year, a year.
_OUTLOOK_PRECISIONS = frozenset([Precision.SEASON, Precision.HALF, Precision.YEAR])
#: A stretch told as gone by: "last summer", "two winters ago", "the past year", "earlier this year".
_LOOKED_BACK = re.compile(r"(?i)\b(?:last|past|ago|earlier|previous|since)\b")
#: A modal of chance ("could", "may well"). Lower case only: "May" opening a clause is the month.
_CHANCE = auxiliaries(CHANCE_MODALS)
_POSSIBLE = re.compile(r"\b(?:" + _CHANCE + r")(?:\s+well)?\b")
#: What makes a modal no outlook: a perfect ("could have been") or a negation ("may not start").
_NOT_AHEAD = re.compile(r"(?i)\s+(?:(?:also|even|still|yet|now|then)\s+)*(?:have\b|not\b|n['’]t\b|never\b)")
#: "It could be that we'll see a resurgence": the hedge governs the clause after its "that".
_HEDGED_THAT = re.compile(r"(?i)\s+(?:well\s+)?be\s+that\b")
#: Where the modal's clause stops: a quotation's edge, a clause of its own, a saying, another finite verb.
_CLAUSE_EDGE = re.compile(
    r"[;:“”\"()]|\s[-–—]{1,2}\s|(?i:\b(?:than|like|unlike|that|which|who|whom|whose|because|while|although|though|but|when|once|after|"
    r"before|until|till|unless|if|whether|where|" + alternation(SAY_FORMS, {"told", "tells"}) + r"|"
    + auxiliaries(BE_FINITE, HAVE_FORMS, WILL_WOULD) + r")\b)")
#: An act someone schedules: the possibility names when a plan may be carried out, which the timeline keeps.
_PLANNED_ACTS = re.compile(
    r"(?i)\s+(?:to\s+)?(?:(?:also|even|still|now|then|probably|possibly|only|soon|well)\s+)*(?:be\s+)?(?:start|started|begin|begun|"
    r"resume|resumed|restart|restarted|reinstate|reinstated|finish|finished|complete|completed|ready|available|open|opened|"
    r"reopen|reopened|launch|launched|release|released|publish|published|announce|announced|decide|decided|made|given|"
    r"offered|delivered|shipped|approved|signed|held|hold|sell|sold|return\s+to\s+(?:work|service|production)|"
    r"start\s+up|come\s+on\s+line|go\s+ahead)\b")


#: "could help slash costs in half by the end of 1990": a deadline a result is to be met by, the speaker's target.
_DEADLINE = re.compile(r"(?i)\bby\s+(?:the\s+(?:end|close|middle|start|beginning)\s+of\s+)?(?:the\s+)?$")
#: "it may be the second half of 2031 before ...": the date is the complement of the hedge, the end of a wait.
_WAITED_FOR = re.compile(r"(?i)\s+(?:well\s+)?be\s+(?:the\s+)?")
#: A date that opens its clause, after at most a conjunction and a preposition: "In autumn", "But come the winter".
_OPENS_CLAUSE = re.compile(r"(?i)[\s“\"‘'(]*(?:(?:but|and|so|then)\s+)?(?:(?:in|by|during|over|through|come)\s+)?(?:the\s+)?")
#: A fronted date's clause up to its first verb: "In autumn the mutated form could spread", "This winter, flu may".
_FRONTED = re.compile(r",?\s+(?:(?:the|a|an|this|that|these|its|their|our)\s+)?(?:[\w'’-]+\s+){0,4}?"
                      r"(?P<modal>" + _CHANCE + r")\b")


def in_possible_outlook(text: str, sentence_start: int, start: int, end: int, when: When) -> bool:
    """Whether the date at ``start``-``end`` (``when``) is the season or year of what a modal of possibility says may
    happen: "a second wave could strike in the autumn", "In autumn the virus could spread" (a fronted date, the
    modal's clause after it)."""
    if when.precision not in _OUTLOOK_PRECISIONS or _LOOKED_BACK.search(text, max(sentence_start, start - 8), end) or (
            _DEADLINE.search(text, max(sentence_start, start - 30), start)):
        return False
    modals = list(_POSSIBLE.finditer(text, sentence_start, start))
    if modals and not _WAITED_FOR.fullmatch(text, modals[-1].end(), start):
        # ("it may be August before the leak is stopped": when a wait ends, kept with its hedge by :mod:`.anchors`)
        modal = modals[-1]
        reach = _HEDGED_THAT.match(text, modal.end())
        edges = _CLAUSE_EDGE.finditer(text, reach.end() if reach else modal.end(), start)
        # "It could be that we will see ...": the hedge's clause has its own "will".
        if all(reach and edge.group(0).lower() in WILL_WOULD for edge in edges):
            return _looks_ahead(text, modal.end())
    if not _OPENS_CLAUSE.fullmatch(text, sentence_start, start):
        return False
    fronted = _FRONTED.match(text, end)
    return fronted is not None and _CLAUSE_EDGE.search(text, end, fronted.start("modal")) is None and _looks_ahead(
        text, fronted.end())


def _looks_ahead(text: str, modal_end: int) -> bool:
    """Whether the modal ending at ``modal_end`` tells an outlook: not a perfect, a negation or a planned act."""
    return _NOT_AHEAD.match(text, modal_end) is None and _PLANNED_ACTS.match(text, modal_end) is None
