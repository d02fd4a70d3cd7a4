"""A live page's entries, each headed by the clock time it was posted, on a line of its own.

A live page (a UK paper's live blog, a US network's live updates) runs its entries newest first, each under
its time: "13.20 GMT", or with its day, "4:45 p.m. ET, January 12, 2026". An entry's opening report
("Network Rail has closed the line ...", "The governor declared a state of emergency ...") is news of that
moment even when it states no date, the way a story's lead is news of its publication day
(:func:`.lead.lead_mentions`). A page stamp ("Updated 4:52 PM EST, Mon January 12, 2026") heads no entry: its
verb says it dates the page; and a page with fewer than :data:`_ENTRIES_MIN` such heads is no live page.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from timeline.calendar_words import CLOCK_ZONE_PATTERN, MONTH_PATTERN, MONTHS, WEEKDAY_NAME_PATTERN

_CLOCK = r"(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?P<half>[AaPp]\.?[Mm]\.?)?"
_DAY = (rf"(?:(?:{WEEKDAY_NAME_PATTERN}),?\s+)?(?:(?P<month>{MONTH_PATTERN})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})"
        rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{MONTH_PATTERN})\.?,?\s+(?P<year2>\d{{4}}))")
#: An entry's head: a clock time (minutes, or a half of the day), its zone, perhaps its day, and nothing else.
_HEAD = re.compile(rf"^[ \t]*{_CLOCK}(?:\s*(?:{CLOCK_ZONE_PATTERN})\b)?(?:,?\s+{_DAY})?[ \t]*$", re.M)
#: How many entry heads make a live page.
_ENTRIES_MIN = 3


@dataclass(frozen=True, slots=True)
class Entry:
    """One entry of a live page: its text runs from ``start`` to ``end``; it was posted at ``moment`` (local)."""

    start: int
    end: int
    moment: dt.datetime


def live_entries(text: str, published: dt.date) -> list[Entry]:
    """The entries of a live page, or none; an entry whose head gives no day was posted on ``published``."""
    heads = []
    for m in _HEAD.finditer(text):
        if m["minute"] is None and m["half"] is None:
            continue  # a bare number alone on its line is no time
        hour = int(m["hour"]) % 12 + (12 if (m["half"] or "").lower().startswith("p") else 0) if m["half"] else int(
            m["hour"])
        month, day, year = (m["month"], m["day"], m["year"]) if m["month"] else (m["month2"], m["day2"], m["year2"])
        try:
            date = dt.date(int(year), MONTHS[month[:3].lower()], int(day)) if month else published
            heads.append((m.start(), m.end(), dt.datetime.combine(date, dt.time(hour, int(m["minute"] or 0)))))
        except (KeyError, ValueError):
            continue
    if len(heads) < _ENTRIES_MIN:
        return []
    ends = [start for start, _, _ in heads[1:]] + [len(text)]
    return [Entry(end, stop, moment) for (_, end, moment), stop in zip(heads, ends, strict=True)]
