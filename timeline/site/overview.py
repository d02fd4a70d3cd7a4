"""A picture of the whole timeline: how many events fall in each period of its span.

What readers of a timeline expect before they read it (TimelineJS's navigator
is the one they know): an axis over the story's span with the events' density,
the busiest periods marked, each period a link to its place in the listing.
It is drawn at build time as an HTML list of bars (CSS does the drawing), so it
reads without JavaScript, and each bar is a real link with a text name; a
sentence above it says the same in words.

The granularity follows the span (days for a few weeks, then months, quarters,
years, decades, centuries), so the axis never has more than ``MAX_PERIODS``
bars: one element per period, never per event, whatever the timeline's size.

One source for both ways of rendering pages: the templates print
``overview.html(path)`` and the Python mirror (``fast_theme``) calls the same
method; a theme that wants other markup can draw ``overview.periods`` itself.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from timeline.errors import TimelineError
from timeline.model import When
from timeline.site.fast_theme import escape as _escape

if TYPE_CHECKING:
    from timeline.site.views import YearGroup

#: At most this many bars: ~9 px each in the theme's 46rem column.
MAX_PERIODS = 80
#: Bar heights are drawn in this many steps (CSS classes ``ov-l1`` .. ``ov-l10``).
LEVELS = 10
#: How many of the busiest periods are marked and named.
PEAKS = 3


@dataclass(frozen=True, slots=True)
class Unit:
    """A granularity of the axis: how a date maps to a period number and back to a When value."""

    name: str
    #: months per period, 0 for days
    months: int

    def ordinal(self, d: dt.date) -> int:
        if self.months == 0:
            return d.toordinal()
        return (d.year * 12 + d.month - 1) // self.months

    def code(self, n: int) -> str:
        """The period as a When value ("2025-07", "2025-Q4", "202" for the 2020s)."""
        m = self.months
        if m == 0:
            return dt.date.fromordinal(n).isoformat()
        if m == 1:
            return f"{n // 12:04d}-{n % 12 + 1:02d}"
        if m == 3:
            return f"{n // 4:04d}-Q{n % 4 + 1}"
        if m == 12:
            return f"{n:04d}"
        return f"{n:03d}" if m == 120 else f"{n:02d}"

    def major(self, n: int) -> int | None:
        """The larger period a tick on the axis marks (a day's month, a month's year), if any."""
        if self.months == 0:
            d = dt.date.fromordinal(n)
            return d.year * 12 + d.month - 1
        if self.months in (1, 3):
            return n * self.months // 12
        return None


UNITS = (Unit("day", 0), Unit("month", 1), Unit("quarter", 3), Unit("year", 12), Unit("decade", 120),
         Unit("century", 1200))


@functools.lru_cache(maxsize=4096)  # every tag page's overview names the same periods again
def _label(code: str) -> str:
    """A period as the site shows dates ("July 2025", "Fourth quarter of 2025", "2020s")."""
    try:
        return When.parse(code).display()
    except TimelineError:  # a period at the calendar's ends
        return code


@dataclass(slots=True)
class Period:
    """One bar: a period of the span, its events and where they are listed."""

    code: str
    label: str
    count: int
    #: the listing page and element id of the period's first events (None when it has none)
    page: str | None
    anchor: str | None
    #: bar height, 0 (no events) .. LEVELS
    level: int = 0
    #: one of the busiest periods
    peak: bool = False
    #: the axis label under this bar, if any
    tick: str | None = None

    def href(self, here: str) -> str:
        """The link from page ``here`` (a page at the site root): same-page links are fragments only."""
        return f"#{self.anchor}" if self.page == here else f"{self.page}#{self.anchor}"


@dataclass(slots=True)
class Overview:
    unit: Unit
    periods: list[Period]
    count: int
    #: what the sentence calls the marked periods, when not "Busiest <unit>s" (see build's ``peaks``)
    peak_heading: str = ""
    #: when the marks count something else (key events): that count by period code, and its noun
    peak_counts: dict[str, int] | None = None
    peak_noun: str = "event"

    @property
    def peaks(self) -> list[Period]:
        """The marked periods, busiest first."""
        counts = self.peak_counts
        return sorted((p for p in self.periods if p.peak), key=lambda p: -(counts[p.code] if counts else p.count))

    def html(self, here: str, listing: Iterable[Any] = ()) -> Markup:
        """The overview as HTML, for page ``here`` (its links are relative to the site root).

        Bars of periods listed on ``here`` or on the other ``listing`` pages (the pages of
        the same year, each with a ``url``) are marked as where the reader is, unless all are."""
        n = self.count
        periods = self.periods
        unit = self.unit.name
        current = {here, *(page.url for page in listing)}
        listed_on = {p.page for p in periods if p.count}
        mark_here = bool(listed_on & current) and bool(listed_on - current)
        peaks = self.peaks
        text = [f'<p class="ov-text">{n:,} event{"" if n == 1 else "s"} from {_escape(periods[0].label)} to '
                f'{_escape(periods[-1].label)}, by {unit}.']
        if peaks:
            text.append(f" {_escape(self.peak_heading) or 'Busiest ' + unit + ('' if len(peaks) == 1 else 's')}: ")
            counts, noun = self.peak_counts, _escape(self.peak_noun)
            text.append(", ".join(
                f'<a href="{_escape(p.href(here))}">{_escape(p.label)}</a> ({c:,} {noun}{"" if c == 1 else "s"})'
                for p in peaks for c in (counts[p.code] if counts else p.count,)))
            text.append(".")
        text.append("</p>\n")
        out = ['<nav class="ov" aria-labelledby="_ov_h">\n<h2 id="_ov_h" class="ov-h">Overview</h2>\n',
               *text, '<ol class="ov-bars">\n']
        add = out.append
        for p in periods:
            tick = f'<span class="ov-tick" aria-hidden="true">{_escape(p.tick)}</span>' if p.tick else ""
            count = p.count
            if not count:
                add(f'<li class="ov-l0" aria-hidden="true">{tick}</li>\n')
                continue
            page = p.page
            href = _escape(f"#{p.anchor}" if page == here else f"{page}#{p.anchor}")
            name = _escape(f"{p.label}: {count:,} event{'' if count == 1 else 's'}")
            extra = (" ov-peak" if p.peak else "") + (" ov-here" if mark_here and page in current else "")
            add(f'<li class="ov-l{p.level}{extra}"><a href="{href}" title="{name}">'
                f'<span class="ov-sr">{name}</span></a>{tick}</li>\n')
        out.append("</ol>\n</nav>")
        return Markup("".join(out))


def _busiest(periods: list[Period]) -> list[Period]:
    """Up to ``PEAKS`` periods with half as many events again as a typical one (the median of
    those with any): when every period holds about as many, none stands out and none is marked."""
    counts = sorted(p.count for p in periods if p.count)
    typical = counts[len(counts) // 2]
    return sorted((p for p in periods if p.count > typical and p.count >= 1.5 * typical),
                  key=lambda p: -p.count)[:PEAKS]


def _unit_for(first: dt.date, last: dt.date) -> Unit:
    for unit in UNITS:
        if unit.ordinal(last) - unit.ordinal(first) < MAX_PERIODS:
            return unit
    return UNITS[-1]


@functools.lru_cache(maxsize=256)  # tags and years spanning the same periods share one axis
def _axis(unit: Unit, start: int, stop: int) -> tuple[tuple[str, str, str | None], ...]:
    """Each period's (When value, label, axis label or None) from period ``start`` to ``stop``.

    The axis is labelled where a larger period begins (a month, a year), or every k-th period
    for years and coarser, with the first period labelled too when that leaves room."""
    codes = [unit.code(i) for i in range(start, stop + 1)]
    labels = [_label(c) for c in codes]
    n = len(codes)
    gap = max(1, n // 8)
    if unit.major(start) is not None:
        marks = [i for i in range(1, n) if unit.major(start + i) != unit.major(start + i - 1)]
        if unit.months == 0:
            def text(i: int) -> str:
                return _label(codes[i][:7])
        else:
            def text(i: int) -> str:
                return codes[i][:4].lstrip("0") or "0"
    else:
        step = next((k for k in (1, 2, 5, 10, 20, 50, 100) if n / k <= 8), 100)
        marks = [i for i in range(1, n) if (start + i) % step == 0]

        def text(i: int) -> str:
            return labels[i]
    if not marks or marks[0] >= gap:
        marks.insert(0, 0)
    # A label runs right of its bar: none in the axis's last tenth, where it would run past the end.
    marks = [i for i in marks if i < n - max(2, n // 10)] or marks[:1]
    ticks: list[str | None] = [None] * n
    for i in marks:
        ticks[i] = text(i)
    return tuple(zip(codes, labels, ticks, strict=True))


def build(pages: Sequence[tuple[str, list[YearGroup]]],
          peaks: Callable[[list[Period]], list[Period]] | None = None) -> Overview | None:
    """The overview of the events listed on ``pages`` (each ``(url, years)``), in order.

    None when they fall in fewer than two periods of the finest unit: one bar shows nothing.
    ``peaks`` picks the periods to mark (default: the ``PEAKS`` busiest).
    """
    # Each month group's first event's local start; days need every event.
    groups = [(url, y, m) for url, years in pages for y in years for m in y.months if m.events]
    if not groups:
        return None
    # Listings are in timeline order: the first and last events bound the span. (Order is by the
    # instant, dates are local: an edge case a day out of order is counted in the first or last bar.)
    first = groups[0][2].events[0].local_start.date()
    last = groups[-1][2].events[-1].local_start.date()
    if last < first:
        first, last = last, first
    unit = _unit_for(first, last)
    start = unit.ordinal(first)
    stop = unit.ordinal(last)
    if stop == start:
        return None
    periods = [Period(code, label, 0, None, None, tick=tick) for code, label, tick in _axis(unit, start, stop)]
    total = 0
    end = len(periods) - 1
    ordinal, months = unit.ordinal, unit.months
    for url, y, m in groups:
        if unit.months == 0:
            for v in m.events:
                p = periods[min(max(ordinal(v.local_start) - start, 0), end)]
                if p.page is None:
                    p.page, p.anchor = url, v.id
                p.count += 1
        else:
            d = m.events[0].local_start
            i = (d.year * 12 + d.month - 1) // months - start  # unit.ordinal, inlined: once per month group
            p = periods[i if 0 <= i <= end else (0 if i < 0 else end)]
            if p.page is None:  # a year or longer links to the year's section, a month to its own
                p.page, p.anchor = url, (y.anchor if months >= 12 else m.anchor)
            p.count += len(m.events)
        total += len(m.events)
    top = max(p.count for p in periods)
    for p in periods:
        if p.count:
            p.level = math.ceil(LEVELS * p.count / top)
    chosen = peaks(periods) if peaks is not None else _busiest(periods)
    for p in chosen:
        p.peak = True
    return Overview(unit, periods, total)
