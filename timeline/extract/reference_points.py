"""Dates a sentence measures its happening from, which are not when it happened.

"Lawmakers released a letter ahead of hearings on Tuesday", "in the run-up to the June 23 summit": the date
belongs to the occasion the happening is told before, which has not come yet when it happens
(:func:`ahead_of`). A happening noun there ("ahead of the April 20 explosion") is its own statement
(:func:`timeline.extract.happenings.happening_of`); any other occasion dates nothing in the sentence. A date that is
the whole occasion ("ahead of the weekend", "ahead of Friday") says when it happened, just before.

"has been at a standstill since April", "a drug in development since 2006", "the ban, in force since January": a
condition told from its start, background a timeline cannot place (:func:`state_since`). What began it, told beside
the date, is a happening and keeps it ("at a standstill since April 22, when the plant flooded"). Holding a post
("has been chairman since 2004", "who has been running the depot since May") may mark when it was taken, and an
activity ("on strike since Monday", "has been pumping since May") when it began; both stay, and so does a passive,
which tells the act that began the state ("has been closed since Monday").

"can't allow things to go on until midnight", "we will not wait until August": a limit that a negated going-on never
reaches; nothing happens at it (:func:`unreached_limit`). A negated change told with its limit ("will not be sealed
until August", "won't stop until Sunday") happens then, and keeps the date; so does a going-on that is not denied
("schools will stay closed until May 6"), dated by its end."""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, WILL_WOULD, auxiliaries
from timeline.extract.restrictive import FINITE_VERB

__all__ = ["ahead_of", "state_since", "unreached_limit"]

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
                    r"" + auxiliaries(BE_FINITE, HAVE_FORMS, WILL_WOULD) + r"|said|says|told)\b")
_OCCASION_WORDS = 8
#: What the phrase may put before the occasion's noun: "the", "his official", "next month's".
_OCCASION_OPENING = re.compile(r"(?i)^(?:(?:the|a|an|its|his|her|their|this|that|next|last|current|official)\s+)*"
                               r"(?:(?:on|in|at|of|for|during)\s+)?$")
#: A noun after the date, whose modifier the date is: "Saturday night's memorial concert", "the June 23 summit",
#: "next month's Michael Forever concert".
_NOUN_NEXT = re.compile(r"(?:['’]s)?\s+(?:[A-Z][\w'’-]*\s+){0,3}(?!(?:and|or|but|to|in|on|at|for|with|by|as|of|from|"
                        r"after|before|when|that|which|who|ago|later|earlier|" + auxiliaries(BE_FINITE, HAVE_FORMS, WILL_WOULD) + r"|"
                        r"said|says|the|a|an|its|his|her|their|this|he|she|it|they|we)\b)[a-z][a-z-]*(?<!ed)(?<!ly)\b")


def ahead_of(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` dates the occasion a happening is told ahead of ("ahead of hearings
    on Tuesday", "in the run-up to the November election")."""
    for m in _AHEAD.finditer(text, sentence_start, start):
        # "ahead of hearings on Thursday and Friday": the second date is coordinated with the first, in the occasion
        occasion = re.sub(r"(?i)\s(?:and|or)\s+$", " ", text[m.end():start])
        if (len(occasion.split()) <= _OCCASION_WORDS and _BREAK.search(occasion) is None
                and FINITE_VERB.search(occasion) is None and _PACE.match(occasion) is None
                and (_OCCASION_OPENING.match(occasion) is None or _NOUN_NEXT.match(text, end) is not None)):
            return True
    return False


#: A condition told from its start: "at a standstill", "in development", "on hold", "in force". What follows it up to
#: "since" adds to it and opens no clause ("in development under a contract with the agency since 2006").
_CONDITION = re.compile(r"(?i)\b(?:at\s+a\s+(?:standstill|halt|virtual\s+standstill)|in\s+(?:development|limbo|force|"
                        r"place|effect|operation|use|decline|business|mothballs|the\s+works)|on\s+(?:hold|ice|the\s+market|"
                        r"sale|the\s+drawing\s+board|the\s+back\s+burner|the\s+shelf)|"
                        r"out\s+of\s+(?:service|action|work|commission|business|use)|"
                        r"under\s+(?:construction|review|development|consideration|discussion))\b"
                        r"(?P<rest>(?:\s+(?!(?:and|but|or|who|which|that|when|while|after|before|said|says|told)\b)"
                        r"[^\s,;:.!?()]+){0,6}?)\s+(?:ever\s+)?since\s+$")
#: What began the state, told beside its date: "since April 22, when the rig blew up".
_WHEN_AFTER = re.compile(r"(?i)\s*,?\s*(?:when|after|as)\b")


def state_since(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is only where a condition told before it began ("has been at a
    standstill since April", "in development since 2006"): no happening of that date."""
    condition = _CONDITION.search(text, max(sentence_start, start - 120), start)
    return (condition is not None and FINITE_VERB.search(condition.group("rest")) is None
            and _WHEN_AFTER.match(text, end) is None)


#: A denial ("not", "can't", "refuse to") over a going-on verb whose limit the date is, with no clause between:
#: "can't allow things to go on until", "will not wait until", "won't let the strike drag on until".
_UNREACHED = re.compile(r"(?i)(?:\b(?:not|never)|n['’]t|\brefus(?:e|es|ed|ing)\s+to)\s+(?:[\w'’-]+\s+){0,5}?"
                        r"(?:go(?:es)?\s+on|going\s+on|continu(?:e|es|ing)|carry\s+on|drag\s+on|wait|last|persist|"
                        r"linger|keep\s+going)\s+(?:[\w'’-]+\s+){0,3}?(?:until|till)\s+$")


def unreached_limit(text: str, sentence_start: int, start: int) -> bool:
    """Whether the date at ``text[start:]`` is the limit of a going-on the sentence denies ("can't allow things to go
    on until midnight"): nothing happens at it."""
    denied = _UNREACHED.search(text, max(sentence_start, start - 100), start)
    return denied is not None and re.search(r"[,;:]|\b(?:and|but|or|when|which|that)\b", denied.group(0)) is None
