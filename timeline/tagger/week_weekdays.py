"""A weekday told with the week it falls in: "on Tuesday last week", "last week, on Tuesday",
"Wednesday to Friday last week", "Friday next week".

The weekday alone resolves to the nearest one in the tense's direction, which is the wrong
week whenever the week is named beside it: in a Wednesday story "Tuesday last week" is eight
days back, not yesterday, and in a Sunday story (whose ISO week began six days before) it is
the Tuesday of the ISO week before the report's, as its "last week" is. TimeML keeps the two
expressions apart (two TIMEX3s), so only the weekday's value moves: to that day of the week
its neighbour resolved to. A run of weekdays joined by "to"/"and"/"through"/"or" before the
week ("Wednesday to Friday last week") all fall in it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from timeline.calendar_words import WEEKDAY_NAME_PATTERN, WEEKDAYS

if TYPE_CHECKING:
    from timeline.tagger import Timex

_WEEK_TEXT = re.compile(r"(?i)(?:last|this|next|the previous|the following) week")
_WEEK_VALUE = re.compile(r"(\d{4})-W(\d\d)$")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
# A weekday written alone, or with its part of the day or an "early"/"late" ("late Tuesday",
# "Tuesday night"): the name is the day the value holds.
_WEEKDAY_TEXT = re.compile(rf"(?:(?i:early|late|earlier|later)\s(?:on\s)?)?(?P<wd>{WEEKDAY_NAME_PATTERN})"
                           r"(?:\s(?i:morning|afternoon|evening|night))?")
# What may stand between a weekday and the week after it ("Tuesday last week", "Tuesday, last
# week") or between the week and a weekday after it ("last week Tuesday", "last week, on Tuesday").
_DAY_THEN_WEEK = re.compile(r",?\s")
_WEEK_THEN_DAY = re.compile(r",?\s(?:on\s)?")
# Between two weekdays of one run ("Wednesday to Friday", "Monday and Tuesday", "Monday-Wednesday").
_RUN_JOIN = re.compile(r"\s?(?:-|–|—)\s?|,?\s(?:to|and|through|or|until|till)\s|,\s")


@dataclass(frozen=True)
class _Week:
    year: int
    number: int

    def day(self, name: str) -> dt.date:
        return dt.date.fromisocalendar(self.year, self.number, WEEKDAYS[name.lower()] + 1)


def _week_of(t: Timex) -> _Week | None:
    if t.type != "DATE" or not _WEEK_TEXT.fullmatch(t.text):
        return None
    m = _WEEK_VALUE.match(t.value)
    return _Week(int(m[1]), int(m[2])) if m else None


def _weekday_name(t: Timex) -> str | None:
    if t.type not in ("DATE", "TIME") or not _DAY_VALUE.match(t.value):
        return None
    m = _WEEKDAY_TEXT.fullmatch(t.text)
    return m["wd"] if m else None


def _moved(t: Timex, week: _Week) -> Timex:
    name = _weekday_name(t)
    return replace(t, value=week.day(name).isoformat() + t.value[10:]) if name else t


def place_weekdays_in_named_weeks(text: str, out: list[Timex]) -> list[Timex]:
    """``out`` with each weekday beside a named week ("Tuesday last week") dated in that week."""
    result = list(out)
    for i, t in enumerate(out):
        week = _week_of(t)
        if week is None:
            continue
        # the weekday after the week ("last week, on Tuesday")
        if i + 1 < len(out) and _weekday_name(out[i + 1]) and _WEEK_THEN_DAY.fullmatch(text, t.end, out[i + 1].start):
            result[i + 1] = _moved(out[i + 1], week)
        # the weekday, or the run of them, before it ("Wednesday to Friday last week")
        j = i - 1
        if j >= 0 and _weekday_name(out[j]) and _DAY_THEN_WEEK.fullmatch(text, out[j].end, t.start):
            while True:
                result[j] = _moved(out[j], week)
                if j == 0 or not _weekday_name(out[j - 1]) or not _RUN_JOIN.fullmatch(text, out[j - 1].end, out[j].start):
                    break
                j -= 1
    return result
