"""Sources as readers see them: each source once per event, dates shown as dates.

An extracted event often quotes one article several times (three sentences of
one report). Listed once per quote, the event page read "Sources: X (CNBC); X
(CNBC); X (CNBC)"; grouped, the article is named once with its quotes under
it. Exports (events.json, the calendar) keep one entry per citation: they are
data, and a quote belongs to its citation there.

Publication dates are stored as ISO values; pages show them the way event dates
are shown ("Fri., Feb. 27, 2026", "9 a.m. BST" when the source's zone is known)
with the ISO value in ``<time datetime>``.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from timeline.errors import DateError
from timeline.model import When

if TYPE_CHECKING:
    from timeline.site.views import EventView, SourceView


@dataclass(slots=True)
class CitedSource:
    """A source as an event page lists it: named once, with every quote the event takes from it."""

    title: str
    url: str | None
    publisher: str | None
    #: the publication date as shown ("Fri., Feb. 27, 2026"), else None
    published: str | None
    #: the same for ``<time datetime>``
    published_datetime: str | None
    quotes: list[str]


@functools.lru_cache(maxsize=1024)
def stored_when(value: str | None) -> When | None:
    """A stored publication date (an ISO value) as a :class:`When`; None when there is none,
    or when it is not one (validated when loaded, but a timeline made in code may hold anything)."""
    if not value:
        return None
    try:
        return When.parse(value)
    except DateError:
        return None


@functools.lru_cache(maxsize=1024)
def published_display(value: str | None) -> tuple[str, str] | tuple[None, None]:
    """(shown, ``<time datetime>``) of a stored publication date; text that is not a date as it is."""
    if not value:
        return None, None
    when = stored_when(value)
    return (value, value) if when is None else (when.display(), when.html_datetime())


def group_sources(sources: list[SourceView]) -> list[CitedSource]:
    """``sources`` with each source (same title, URL, publisher and date) once, in
    the order first cited, its quotes in the order given."""
    if len(sources) == 1:  # most events: nothing to group
        s = sources[0]
        shown, machine = published_display(s.published)
        return [CitedSource(s.title, s.url, s.publisher, shown, machine, [s.quote] if s.quote else [])]
    groups: dict[tuple[Any, ...], CitedSource] = {}
    for s in sources:
        key = (s.title, s.url, s.publisher, s.published)
        group = groups.get(key)
        if group is None:
            shown, machine = published_display(s.published)
            group = groups[key] = CitedSource(s.title, s.url, s.publisher, shown, machine, [])
        if s.quote and s.quote not in group.quotes:
            group.quotes.append(s.quote)
    return list(groups.values())


def document_when(published: dt.date | dt.datetime | None, timezone: str | None) -> When | None:
    """A source document's publication time as a :class:`When`, in its own zone when known."""
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return When.from_datetime(published).in_zone(timezone)
    return When.from_date(published)


def reading_order(views: list[EventView]) -> list[EventView]:
    """``views`` (in timeline order) in the order a reader places them in time.

    Timeline order puts a partial date at the head of the span it covers, where
    the listing's headings explain it ("Across 2010"); in a flat list of dates,
    "Late 2010" belongs after "April 2010" (see :meth:`When.reading_start`). Only
    qualified dates move, so a list without one is returned as it is.
    """
    if not any(v.when.qualifier for v in views):
        return views
    return sorted(views, key=lambda v: (v.when.reading_start() if v.when.qualifier else v.sort_key.start_utc,
                                        v.sort_key, v.id))


def source_order(published: When | None, title: str) -> tuple[Any, ...]:
    """Sources by the real date they were published, undated ones last, then by title."""
    if published is None:
        return (1, dt.datetime.max, 0, title)
    start, rank, _ = published.sort_key()
    return (0, start, rank, title)


@dataclass(slots=True)
class SourcesSummary:
    """The line atop every sources page: how many sources, and the span of their publication dates."""

    count: int
    #: the first and last publication dates (shown, ``<time datetime>``), None when no source is dated
    first: tuple[str, str] | None
    last: tuple[str, str] | None

    def key(self) -> tuple[Any, ...]:
        """What the line shows, for page keys."""
        return self.count, self.first, self.last


def summarize(entries: list[dict[str, Any]]) -> SourcesSummary:
    """The summary of the sources page's ``entries`` (in their order: dated ones first, by date)."""
    dated = [(e["published"], e["published_datetime"]) for e in entries if e["dated"]]
    if not dated:
        return SourcesSummary(len(entries), None, None)
    return SourcesSummary(len(entries), dated[0], dated[-1] if dated[-1] != dated[0] else None)
