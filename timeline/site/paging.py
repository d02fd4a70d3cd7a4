"""Long listings cut into pages of a bounded size.

Why: a page of compact entries costs ~400 bytes an event, so a year of a
100k-event timeline, or a tag used by a third of its events, would be a page
of many MB. A listing (a year, or a tag's events) is cut into pages of at most
``limit`` events, at month boundaries where a month fits on one page; a month
bigger than a page continues on the next ones. Every page but the first of a
listing is ``<stem>.p<N>.html``: tag slugs and years never hold a dot, so no
page name can collide with another listing's.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline.site.render import MonthGroup, YearGroup


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


def _chunks(years: list[YearGroup], limit: int) -> list[list[tuple[YearGroup, list[MonthGroup]]]]:
    """Months packed in order into chunks of at most ``limit`` events (see the module's doc)."""
    pages: list[list[tuple[YearGroup, list[MonthGroup]]]] = [[]]
    room = limit

    def add(y: YearGroup, m: MonthGroup) -> None:
        page = pages[-1]
        if not page or page[-1][0] is not y:
            page.append((y, []))
        page[-1][1].append(m)

    for y in years:
        for m in y.months:
            n = len(m.events)
            if n > room and pages[-1] and n <= limit:
                pages.append([])  # a month that fits on a page is never cut
                room = limit
            if n <= room:
                add(y, m)
                room -= n
                continue
            # Bigger than a page: fill this page, then whole pages, then start the next.
            start, piece = 0, 1
            while start < n:
                if room == 0:
                    pages.append([])
                    room = limit
                take = m.events[start:start + room]
                anchor = m.anchor if piece == 1 else f"{m.anchor}-{piece}"
                add(y, dataclasses.replace(m, anchor=anchor, events=take))
                start += len(take)
                room -= len(take)
                piece += 1
    return [p for p in pages if p]


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
