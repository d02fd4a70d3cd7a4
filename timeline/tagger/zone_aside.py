"""A clock time in another zone, in parentheses right after a zoned one: "at 8 p.m. EDT (0001 GMT)",
"at 11 p.m. CET (2200 GMT)".

News wire copy gives the same moment twice; the aside is that instant read on another clock, so
its day is the one the instant falls on there, which is the next day when an American evening
is converted to GMT ("8 p.m. EDT" on the 15th is 0001 GMT on the 16th), not the day just named.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from timeline.tagger import values as V

if TYPE_CHECKING:
    from timeline.tagger.context import Context

# the first clock's zone word, then the opening parenthesis of the aside
_ZONE_THEN_ASIDE = re.compile(r"\b(?P<zone>[A-Z]{2,5})\s?\(\s?$")


def _offset_minutes(offset: str) -> int:
    if offset == "Z":
        return 0
    sign = -1 if offset[0] == "-" else 1
    return sign * (int(offset[1:3]) * 60 + int(offset[4:6]))


def aside_day(cx: Context, start: int, zone: str | None, hour: int, minute: int) -> dt.date | None:
    """The day of a zoned clock time in an aside after another zoned clock, when the two name one
    instant; None otherwise (no aside, a zone unknown, or clocks that do not agree)."""
    if zone is None or cx.clock is None or not 0 < start - cx.clock_pos <= 40:
        return None
    first = _ZONE_THEN_ASIDE.search(cx.text, cx.clock_pos, start)
    if first is None:
        return None
    there, here = V.zone_offset(first["zone"], cx.clock), V.zone_offset(zone, cx.clock)
    if there is None or here is None:
        return None
    moment = cx.clock + dt.timedelta(minutes=_offset_minutes(here) - _offset_minutes(there))
    # writers round ("8 p.m. EDT (0001 GMT)"): the aside must fall within a few minutes of the instant
    for day in (moment.date() - dt.timedelta(days=1), moment.date(), moment.date() + dt.timedelta(days=1)):
        if abs(dt.datetime(day.year, day.month, day.day, hour, minute) - moment) <= dt.timedelta(minutes=5):
            return day
    return None
