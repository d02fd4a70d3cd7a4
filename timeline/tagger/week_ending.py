"""A week named by its last day: "in the week ending April 26", "the week ended May 8", "the week to
Saturday".

Statistics offices and companies report weeks by their closing day; the expression is that week,
not the day, and TimeML spans it whole ("the week ending April 26"). Its value is the ISO week
holding most of the seven days that end there: the week of the day three days before the last
(a week ending on a Monday is mostly the ISO week before it).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from timeline.tagger import values as V

if TYPE_CHECKING:
    from timeline.tagger import Timex

__all__ = ["widen_week_endings"]

_WEEK_ENDING_BEFORE = re.compile(r"(?i:the|a)\s(?i:week)\s(?i:ending|ended|to)\s(?:(?i:on)\s)?$")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d$")


def widen_week_endings(text: str, found: list[Timex]) -> list[Timex]:
    """Each day after "the week ending/ended/to" as the week it closes, spanned from "the"."""
    out = []
    for t in found:
        before = _WEEK_ENDING_BEFORE.search(text, max(0, t.start - 24), t.start)
        if before is not None and t.type == "DATE" and _DAY_VALUE.match(t.value) and not t.mod \
                and (not out or out[-1].end <= before.start()):
            last = dt.date.fromisoformat(t.value)
            t = replace(t, start=before.start(), text=text[before.start():t.end],
                        value=V.week(last - dt.timedelta(days=3)))
        out.append(t)
    return out
