"""Long listings cut into pages of a bounded size.

Why: a page of compact entries costs ~400 bytes an event, so a year of a
100k-event timeline, or a tag used by a third of its events, would be a page
of many MB. A listing (a year, or a tag's events) is cut into pages of at most
``limit`` events, at month boundaries where a month fits on one page; a month
bigger than a page continues on the next ones. Every page but the first of a
listing is ``<stem>.p<N>.html``: tag slugs and years never hold a dot, so no
page name can collide with another listing's. The sources page is cut by the
same rule (:func:`pack`), a source's citations standing for a month's events.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from timeline.site.views import MonthGroup, YearGroup

G = TypeVar("G")


def page_url(first: str, number: int) -> str:
    """The file of page ``number`` (from 1) of the listing whose first page is ``first``."""
    return first if number == 1 else f"{first.removesuffix('.html')}.p{number}.html"


@dataclass(slots=True)
class ListingPage:
    """One page of a listing: the (parts of) years it shows and its place among its siblings."""

    url: str
    number: int
    years: list[YearGroup]
    count: int
    #: every page of the same listing, this one included (filled by :func:`paginate`)
    pages: list[ListingPage] = field(default_factory=list, repr=False)

    @property
    def label(self) -> str:
        """"2024", or "2024, page 2 of 3" when its listing has several pages."""
        if not self.years:
            return ""
        years = f"{self.years[0].year}" if self.years[0].year == self.years[-1].year else \
            f"{self.years[0].year}–{self.years[-1].year}"
        return years if len(self.pages) < 2 else f"{years}, page {self.number} of {len(self.pages)}"


def pack(groups: Sequence[G], limit: int, size: Callable[[G], int],
         cut: Callable[[G, int, int, int], G], overhead: int = 0) -> list[list[G]]:
    """``groups`` (each a heading over a list of items) packed in order into pages of
    at most ``limit`` items, the rule every paged listing follows.

    A group that fits on a page is never cut; a bigger one fills the page it starts
    on, then whole pages, and the rest starts the next page. ``size(g)`` is the
    number of items of ``g``, ``cut(g, start, stop, piece)`` its items
    ``start:stop`` as piece ``piece`` (from 1), and ``overhead`` what each group or
    piece costs besides its items (a heading that is long beside its items).
    """
    pages: list[list[G]] = [[]]
    room = limit
    for g in groups:
        n = size(g)
        if n + overhead > room and pages[-1] and n + overhead <= limit:
            pages.append([])
            room = limit
        if n + overhead <= room:
            pages[-1].append(g)
            room -= n + overhead
            continue
        start, piece = 0, 1
        while start < n or piece == 1:
            if room <= overhead:
                pages.append([])
                room = limit
            take = min(n - start, max(room - overhead, 1))
            pages[-1].append(cut(g, start, start + take, piece))
            start += take
            room -= take + overhead
            piece += 1
    return [p for p in pages if p]


def _chunks(years: list[YearGroup], limit: int) -> list[list[tuple[YearGroup, list[MonthGroup]]]]:
    """Months packed in order into chunks of at most ``limit`` events (see :func:`pack`);
    a month's second piece on is anchored ``<month>-2``... so ids stay unique."""

    def cut(ym: tuple[YearGroup, MonthGroup], start: int, stop: int, piece: int) -> tuple[YearGroup, MonthGroup]:
        y, m = ym
        anchor = m.anchor if piece == 1 else f"{m.anchor}-{piece}"
        return y, dataclasses.replace(m, anchor=anchor, events=m.events[start:stop])

    out = []
    for chunk in pack([(y, m) for y in years for m in y.months], limit, lambda ym: len(ym[1].events), cut):
        page: list[tuple[YearGroup, list[MonthGroup]]] = []
        for y, m in chunk:
            if not page or page[-1][0] is not y:
                page.append((y, []))
            page[-1][1].append(m)
        out.append(page)
    return out


def paginate(years: list[YearGroup], first_url: str, limit: int) -> list[ListingPage]:
    """``years`` (a year, or a tag's events) as pages of at most ``limit`` events.

    A listing that fits on one page is returned as one page holding ``years``
    themselves; ``limit`` below 1 means no limit.
    """
    total = sum(y.count for y in years)
    if limit < 1 or total <= limit:
        pages = [ListingPage(first_url, 1, years, total)]
    else:
        pages = []
        for number, chunk in enumerate(_chunks(years, limit), 1):
            groups = [dataclasses.replace(y, months=months, count=sum(len(m.events) for m in months))
                      for y, months in chunk]
            pages.append(ListingPage(page_url(first_url, number), number, groups, sum(g.count for g in groups)))
    for p in pages:
        p.pages = pages
    return pages


def year_pages(years: list[YearGroup], limit: int) -> list[ListingPage]:
    """Every year's pages of a timeline split by year, in order (see paginate).

    Each year learns its pages, each month the page it starts on (the index links
    there) and each event the page listing it (its event page links back there).
    """
    out: list[ListingPage] = []
    for y in years:
        y.pages = paginate([y], y.url, limit)
        starts: dict[str, str] = {}
        for p in y.pages:
            for part in p.years:
                for m in part.months:
                    starts.setdefault(m.anchor, p.url)
                    if p.number > 1:
                        for v in m.events:
                            v.listing = p.url
        for m in y.months:
            m.url = starts[m.anchor]
        out.extend(y.pages)
    return out


@dataclass(slots=True)
class SourcesPage:
    """One page of the sources listing (``sources.html``, then ``sources.p2.html`` ...):
    its entries, a source with more citations than a page holds being cut into parts."""

    url: str
    number: int
    #: the sources page's entries (see views._sources), ``part`` > 1 for a continued one
    sources: list[dict[str, Any]]
    #: every page of the listing, this one included
    pages: list[SourcesPage] = field(default_factory=list, repr=False)

    @property
    def label(self) -> str:
        """"Sources", or "Sources, page 2 of 3" when there are several pages."""
        return "Sources" if len(self.pages) < 2 else f"Sources, page {self.number} of {len(self.pages)}"


def source_pages(sources: list[dict[str, Any]], first_url: str, limit: int) -> list[SourcesPage]:
    """``sources`` (in their order) on pages of at most ``limit`` lines (see :func:`pack`):
    each citation is a line and each source's heading one more, so a page of many
    sources cited once stays as light as a page of a few cited many times."""

    def cut(s: dict[str, Any], start: int, stop: int, piece: int) -> dict[str, Any]:
        return {**s, "events": s["events"][start:stop], "part": piece}

    chunks = [sources] if limit < 1 else pack(sources, limit, lambda s: len(s["events"]), cut, overhead=1)
    pages = [SourcesPage(page_url(first_url, number), number, chunk) for number, chunk in enumerate(chunks or [[]], 1)]
    for p in pages:
        p.pages = pages
    return pages
