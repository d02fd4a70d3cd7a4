"""Weekdays that the sentence holds to be still to come, whatever day the report is from.

News names a day that is waited for ("traders are anxiously awaiting the crop report late Monday",
"investors are waiting for the jobs data on Friday") or a day named as a deadline or a fixture
("Wednesday is the deadline for claims", "Friday marks the last day of the sale") before it comes:
what is done is told in the past ("were waiting ... on Monday", "Wednesday was the deadline"). The
present of waiting or of the copula is all the sentence gives, and the tense reader cannot weigh it
when an adverb stands in the progressive or the verb is several words off; in a Sunday paper the
bare weekday would otherwise fall in the week just ended.
"""

from __future__ import annotations

import re

from timeline.calendar_words import WEEKDAY_NAME_PATTERN
from timeline.tagger.context import Context

# A present progressive of waiting in the weekday's own clause, a few words before it: no saying, no
# new clause, and no past participle ("awaiting results of tests conducted on Monday": the tests' day)
_WAITING = re.compile(
    r"(?i)\b(?:am|is|are|['’]re|['’]m)\s(?:(?:still|now|already|[a-z]+ly)\s){0,2}"
    r"(?:waiting|awaiting|expecting|anticipating|bracing|looking\sforward)\b"
    r"(?P<rest>(?:\s(?!(?:said|says|told|that|which|who|when|after|since|because|while|but|and)\b)[\w'’-]+){0,9}?)"
    r"\s(?:on\s)?(?:(?:late|early)\s)?$")
_PAST_PARTICIPLE = re.compile(r"(?i)\b(?!(?:scheduled|expected|planned|proposed|needed|related|based|limited)\b)[a-z]{3,}ed\b")

# A weekday opening its clause, with a present copula that names it a deadline or a fixture
_DUE_AFTER = re.compile(
    r"\s(?:is|marks)\s(?:(?:also|now|still)\s)?(?:(?:the|a|an)\s)?(?:[\w'’-]+\s){0,2}?"
    r"(?:deadline|due\sdate|cut-?off|closing\sdate|target\sdate|last\sday|final\sday|first\sday|opening\sday|"
    r"start|opening|day|date)\b")
_CLAUSE_OPEN = re.compile(r"(?:^|[.!?:;]['\"’”]?\s+|\n|\b(?:and|but)\s)$")
_WEEKDAY_START = re.compile(rf"(?:{WEEKDAY_NAME_PATTERN})\b")


def awaited(cx: Context, start: int, end: int) -> bool:
    """Is the weekday at ``start:end`` what a present progressive of waiting ("are awaiting ...
    on Monday") looks forward to?"""
    left = re.split(r"[.!?;\n]\s", cx.text[max(0, start - 160):start])[-1]
    m = _WAITING.search(left)
    return bool(m) and not _PAST_PARTICIPLE.search(m["rest"])


def named_due(cx: Context, start: int, end: int) -> bool:
    """Is the weekday at ``start:end`` the subject of a present copula naming it a deadline or a
    fixture ("Wednesday is the deadline for ...", "Friday marks the last day")?"""
    day = _WEEKDAY_START.match(cx.text, start)
    return bool(day) and day.end() == end and bool(_CLAUSE_OPEN.search(cx.text[max(0, start - 6):start])) \
        and bool(_DUE_AFTER.match(cx.text, end))
