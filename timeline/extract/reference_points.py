"""Dates a sentence measures its happening from, which are not when it happened.

"Lawmakers released a letter ahead of hearings on Tuesday", "in the run-up to the June 23 summit": the date
belongs to the occasion the happening is told before, which has not come yet when it happens
(:func:`ahead_of`). A happening noun there ("ahead of the April 20 explosion") is its own statement
(:func:`timeline.extract.happenings.happening_of`); any other occasion dates nothing in the sentence.

"has been at a standstill since April", "who has been running the depot since May", "a drug in development since
2006": a state told from its start, background a timeline cannot place (:func:`state_since`). What began it, told
beside the date, is a happening and keeps it ("has been flowing since April 22, when the rig blew up"). Holding a
post ("has been chairman since 2004", "had run the service since July") may mark when it was taken, and stays; so
does a passive, which tells the act that began the state ("has been closed since Monday").
"""

from __future__ import annotations

import re

from timeline.extract.restrictive import FINITE_VERB

__all__ = ["ahead_of", "state_since"]

#: The phrases that tell a happening as coming before an occasion.
_AHEAD = re.compile(r"(?i)\b(?:ahead\s+of|in\s+the\s+(?:run|lead|build)[\s-]?up\s+to|in\s+advance\s+of|"
                    r"in\s+preparation\s+for)\s+")
#: "ahead of schedule", "ahead of expectations", "ahead of its rivals": a measure of pace or rank, no occasion; a
#: date after it is the clause's ("capped the well ahead of schedule on Tuesday").
_PACE = re.compile(r"(?i)(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:schedule|time|expectations?|forecasts?|estimates?|"
                   r"targets?|plans?|the\s+curve|the\s+pack|the\s+game|the\s+competition|rivals|peers|others|"
                   r"everyone|inflation)\b")
#: Between the phrase and the date: the occasion's noun phrase, with no clause of its own ("ahead of a meeting with
#: Hayward on Monday", "ahead of Saturday's vote"); a verb, a clause mark or a conjunction ends the occasion.
_BREAK = re.compile(r"(?i)[,;:()—–\"“”]|\s--\s|\b(?:and|but|or|that|which|who|when|while|as|after|before|"
                    r"is|are|was|were|has|have|had|will|would|said|says|told)\b")
_OCCASION_WORDS = 8


def ahead_of(text: str, sentence_start: int, start: int) -> bool:
    """Whether the date at ``start`` dates the occasion a happening is told ahead of ("ahead of hearings on
    Tuesday", "in the run-up to the November election")."""
    for m in _AHEAD.finditer(text, sentence_start, start):
        # "ahead of hearings on Thursday and Friday": the second date is coordinated with the first, in the occasion
        occasion = re.sub(r"(?i)\s(?:and|or)\s+$", " ", text[m.end():start])
        if (len(occasion.split()) <= _OCCASION_WORDS and _BREAK.search(occasion) is None
                and FINITE_VERB.search(occasion) is None and _PACE.match(occasion) is None):
            return True
    return False


#: A perfect of being in a state, told by a progressive or a phrase of place or condition: "has been flowing", "has
#: been at a standstill", "has only been in the job". A passive ("has been closed", "has been shut in") tells the act
#: that began the state, which may be news, and stays.
_BEEN_IN = re.compile(r"(?i)\b(?:has|have|had|['’]s|['’]ve|['’]d)\s+(?:\w+ly\s+|also\s+|only\s+|now\s+|not\s+|never\s+)*"
                      r"been\s+(?:\w+ly\s+)?(?:(?!(?:bring|sing|thing|spring|string)\b)[a-z]{2,}ing|at|in|on|under|"
                      r"out\s+of|off|without)\b")
#: A state told without a verb: "a drug in development since 2006", "the ban in force since January".
_STANDING = re.compile(r"(?i)\b(?:in\s+(?:force|place|office|power|development|charge|operation|use|effect|business|"
                       r"the\s+(?:job|post|role|office))|on\s+(?:hold|the\s+market|sale))\s+(?:ever\s+)?since\s+$")
_SINCE = re.compile(r"(?i)\b(?:ever\s+)?since\s+$")
#: What began the state, told beside its date: "since April 22, when the rig blew up".
_WHEN_AFTER = re.compile(r"(?i)\s*,?\s*(?:when|after|as)\b")
_CLAUSE_END = re.compile(r"[,;:()—–]|\s--\s|\b(?:but|and|while|although|though|because)\b")
_HARD_MARK = re.compile(r"[;:()—–]|\s--\s")
#: "Since 2004, he has been ...": the subject after the opening's comma, and its verb.
_AFTER_OPENING = re.compile(r"\s*,\s*(?:[\w'’.-]+\s+){1,4}?(?=(?:has|have|had)\b)")
#: What ends the state's clause before "since": a conjunction, a relative pronoun, a saying.
_BETWEEN_STATE = re.compile(r"(?i)\b(?:and|but|who|which|that|when|while|after|before|said|says|told)\b")
_STATE_REACH = 90


def state_since(text: str, sentence_start: int, start: int, end: int, sentence_end: int) -> bool:
    """Whether the date at ``text[start:end]`` is only where a state told in its clause began ("has been chairman
    since 2004"): no happening of that date."""
    opened = _SINCE.search(text, max(sentence_start, start - 12), start)
    if opened is None or _WHEN_AFTER.match(text, end):
        return False
    if _STANDING.search(text, max(sentence_start, start - 40), start):
        return True
    # The state's verb: the last one before "since", with no other verb or clause between ("Utsler, who has been
    # running the post in Houma, La., since April"); or, when "Since 2004," opens the sentence, the first after it.
    since = opened.start()
    bound = max([m.end() for m in _HARD_MARK.finditer(text, sentence_start, since)], default=sentence_start)
    if not text[bound:since].strip(" \t\"“‘("):
        comma = _AFTER_OPENING.match(text, end, sentence_end)
        if comma is None:
            return False
        stop = _CLAUSE_END.search(text, comma.end(), sentence_end)
        return _BEEN_IN.match(text, comma.end(), stop.start() if stop else sentence_end) is not None
    verbs = list(_BEEN_IN.finditer(text, bound, since))
    if not verbs:
        return False
    between = text[verbs[-1].end():since]
    return not (len(between) > _STATE_REACH or _BETWEEN_STATE.search(between) or FINITE_VERB.search(between))
