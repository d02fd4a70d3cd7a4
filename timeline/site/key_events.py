"""Key events: the events that at least ``KEY_SOURCES`` independent sources report.

A journalist's first question of a story built from many articles is "what did
everyone report?". Each event's count of independent sources comes from
:func:`timeline.salience.salience` (worked out once per event in
``views.prepare``); this module picks the key events for ``key.html`` and marks
the periods of the overview that hold them, through the overview's ``peaks``
hook, so the marks and the listing come from one rule.
"""

from __future__ import annotations

import bisect
import datetime as dt
from typing import TYPE_CHECKING

from timeline.model import Precision, When
from timeline.salience import KEY_SOURCES

if TYPE_CHECKING:
    from timeline.site.overview import Period
    from timeline.site.views import EventView

#: The key events' listing (further pages are key.p2.html ...: see paging.page_url).
KEY_URL = "key.html"


def key_events(views: list[EventView]) -> list[EventView]:
    """The events reported by at least ``KEY_SOURCES`` independent sources, in timeline order."""
    return [v for v in views if v.source_count >= KEY_SOURCES]


class KeyPeaks:
    """An overview ``peaks`` hook marking the (at most ``most``) periods with the most key events;
    ``counts`` then holds the marked periods' key events by period code (``Overview.peak_counts``).

    A period's code is a When value, so its interval says which key events fall in it
    (by their local start day, as the overview places events)."""

    def __init__(self, keys: list[EventView], most: int) -> None:
        self.starts = sorted(v.local_start.date() for v in keys)  # type: ignore[union-attr]
        self.most = most
        self.counts: dict[str, int] = {}

    def __call__(self, periods: list[Period]) -> list[Period]:
        starts = self.starts
        counted = []
        for p in periods:
            if not p.count:
                continue
            w = When.parse(p.code)
            n = bisect.bisect_left(starts, w.end.date()) - bisect.bisect_left(starts, w.start.date())
            if n:
                counted.append((n, p))
        counted.sort(key=lambda item: -item[0])  # stable: equal counts stay in time order
        chosen = counted[:self.most]
        self.counts = {p.code: n for n, p in chosen}
        return [p for _, p in chosen]


def first_report_text(day: dt.date) -> str:
    """A first report's date as the site shows a day."""
    return When(Precision.DAY, day.year, day.month, day.day).display()

