"""Views: every per-event value the pages show, computed once per build.

:func:`prepare` turns a validated :class:`~timeline.model.Timeline` into
:class:`Prepared`: one :class:`EventView` per event in timeline order (display
dates, tag links, sources, the body rendered once), grouped by year and month
for the listings and by tag for the tag pages. The index, the event pages, the
tag pages and the exports all read the same views.
"""

from __future__ import annotations

import datetime as dt
import operator
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from timeline.errors import TimelineError
from timeline.model import Event, SiteConfig, Timeline, When
from timeline.parallel import fork_map
from timeline.salience import salience
from timeline.site import citations, key_events, paging, source_list
from timeline.site.derive import DateFacts, date_facts, derived_values
from timeline.site.keys import event_digests
from timeline.site.markdown import is_plain, render_both
from timeline.site.safety import check_segments, is_remote, local_url, safe_url, unique_slugs
from timeline.when import SortKey

if TYPE_CHECKING:
    from timeline.memory import BuildMemory

#: Above this many events the index lists compact entries (date, title, tags)
#: and leaves bodies to the permalink pages, keeping the page light to open.
FULL_INDEX_LIMIT = 1000

#: At most this many events on one listing page (a year's page, a tag's page):
#: a compact entry is ~400 bytes, so no listing page passes about 1 MB. Longer
#: listings continue on further pages (see timeline/site/paging.py).
PAGE_EVENTS = 2000

#: Above this many events the index becomes an overview of years and months
#: and each year gets its own page (``year-YYYY.html``), so that the index,
#: like every listing page, stays under about 1 MB: one index of every event
#: grows with the timeline and a browser opens it ever more slowly.
SPLIT_LIMIT = PAGE_EVENTS


@dataclass(slots=True)
class TagView:
    """A tag as templates see it: ``name`` to show, ``url`` relative to the site root."""

    name: str
    slug: str
    url: str
    count: int = 0


@dataclass(slots=True)
class SourceView:
    title: str
    url: str | None
    publisher: str | None
    published: str | None
    quote: str | None


@dataclass(slots=True)
class MediaView:
    url: str
    alt: str
    credit: str | None
    #: True when the image may be shown inline (a file on this site); remote
    #: images are linked instead, since the site makes no requests elsewhere.
    local: bool


@dataclass(frozen=True, slots=True)
class KeptPageKey:
    """An event page's key and everything it was made from besides the view's own fingerprint."""

    #: the site's common fingerprint and the listing page the event page links back to
    common: str
    listing: str
    #: what the page shows of its neighbours (id, title, date), or None
    shown_before: tuple[str, str, str] | None
    shown_after: tuple[str, str, str] | None
    key: str
    #: the neighbours' views it was made with: a kept view's title and date never change, so
    #: the same neighbour objects (and the same listing and site) mean the same inputs
    before: Any = None
    after: Any = None


@dataclass(slots=True)
class EventView:
    """One event, with every derived value computed once per build."""

    event: Event
    id: str
    url: str
    title: str
    when: When
    end: When | None
    date: str
    datetime: str
    end_date: str | None
    end_datetime: str | None
    year: int
    group: str
    tags: list[TagView]
    sources: list[SourceView]
    media: list[MediaView]
    status: str | None
    reviewed: bool
    fingerprint: str
    #: its date's place in timeline order, in the site's zone; events are in order by ``(sort_key, id)``
    sort_key: SortKey
    #: space-separated tag slugs (the index's ``data-tags``)
    tag_slugs: str
    #: the listing page that shows this event: ``index.html``, or its year's page
    #: when the timeline is split by year (see ``SPLIT_LIMIT``)
    listing: str = "index.html"
    _body: Markup | None = field(default=None, repr=False)
    _summary: str | None = field(default=None, repr=False)
    #: the start the listings place the event by: local for a time of day, else the date's start
    local_start: dt.datetime | None = field(default=None, repr=False)
    #: The body's HTML as a JSON string, made by the first export that needs it
    #: (events.json and timelinejs.json both carry it; see exports.body_json).
    _body_json: str | None = field(default=None, repr=False)
    #: independent sources that report the event, and the day of the first report, as shown
    #: and as ISO 8601 (see timeline.salience; set in prepare when the event has sources)
    source_count: int = 0
    first_reported: str | None = None
    first_reported_iso: str | None = None
    #: The ranks of its tags in the timeline's tag order when the view was made (see KeptViews.tag_order).
    _tag_ranks: list[int] = field(default_factory=list, repr=False)
    #: The event's id as the search data codes it (see search._encode_id), made on first use
    #: (a kept view brings it to the next build).
    _search_id: str | None = field(default=None, repr=False)
    #: The coded id before it in the search data, and the length the two share (search.part_payload).
    _search_after: str | None = field(default=None, repr=False)
    _search_keep: int = field(default=0, repr=False)
    #: The event page's key with what it was made from (see pages._EventPages.key), for the
    #: next build when the view is kept (see KeptViews).
    _page_key: KeptPageKey | None = field(default=None, repr=False)
    #: Its list item as the default theme's ``_entry.html`` renders it, short and full (see
    #: pages.site_pages): made from the view's own fields only, so a kept view brings them to
    #: the next build, and a listing page made again joins them instead of rendering each event.
    _item: Markup | None = field(default=None, repr=False)
    _item_full: Markup | None = field(default=None, repr=False)
    #: Its line under each source it cites on the default theme's sources pages, kept the same way.
    _citing_item: str | None = field(default=None, repr=False)

    @property
    def body(self) -> Markup:
        """Sanitized HTML of the Markdown body, rendered on first use only."""
        if self._body is None:
            self._body, self._summary = render_both(self.event.body, 200)
        return self._body

    @property
    def summary(self) -> str:
        """Plain-text body, shortened for meta descriptions and feeds."""
        if self._summary is None:
            self._body, self._summary = render_both(self.event.body, 200)
        return self._summary

    @property
    def cited(self) -> list[citations.CitedSource]:
        """``sources`` with each source once and its quotes together (see citations.py)."""
        return citations.group_sources(self.sources)


@dataclass(slots=True)
class MonthGroup:
    label: str
    anchor: str
    events: list[EventView]
    #: the year page listing the month when the timeline is split by year
    url: str = ""


@dataclass(slots=True)
class YearGroup:
    year: int
    anchor: str
    months: list[MonthGroup]
    count: int
    #: the year's pages when the timeline is split by year (see paging.paginate)
    pages: list[paging.ListingPage] = field(default_factory=list)

    @property
    def url(self) -> str:
        """The year's own page, written when the timeline is split by year."""
        return year_url(self.year)


def year_url(year: int) -> str:
    """The page of one year of a timeline split by year (see ``SPLIT_LIMIT``)."""
    return f"year-{year}.html"


@dataclass(slots=True)
class Prepared:
    """Everything derived from the timeline once, shared by all pages and exports."""

    site: SiteConfig
    base_url: str
    events: list[EventView]
    years: list[YearGroup]
    tags: list[TagView]
    #: Each tag's events (by slug), in timeline order; ``group_by_year`` them to list.
    tag_events: dict[str, list[EventView]]
    compact: bool
    epoch: int | None
    #: the index is an overview and each year has its own page
    split: bool = False
    #: The timeline these were prepared from, for :attr:`sources`.
    timeline: Timeline | None = field(default=None, repr=False)
    #: Where the last build's sources entries are kept (``timeline serve``), for :attr:`sources`.
    memory: BuildMemory | None = field(default=None, repr=False)
    _source_list: list[dict[str, Any]] | None = field(default=None, repr=False)
    _piece_keys: tuple[list[str], list[str]] | None = field(default=None, repr=False)

    @property
    def piece_keys(self) -> tuple[list[str], list[str]]:
        """Each event's id and fingerprint, in timeline order: what every export's piece index
        keeps of each piece (see :mod:`timeline.site.pieces`), made once for all of them."""
        if self._piece_keys is None:
            self._piece_keys = list(map(_ID, self.events)), list(map(_FINGERPRINT, self.events))
        return self._piece_keys

    @property
    def sources(self) -> list[dict[str, Any]]:
        """The sources page's entries (see :func:`timeline.site.source_list.source_entries`), made on first use.

        Only the sources pages need them, but how many pages they fill decides
        which files the build writes, so they are made before the writers fork.
        """
        if self._source_list is None:
            self._source_list = [] if self.timeline is None else \
                source_list.source_entries(self.timeline, self.events, self.memory)
        return self._source_list


def group_by_year(views: list[EventView]) -> list[YearGroup]:
    """Consecutive sorted events grouped by year, then by month (or coarse period)."""
    # Plain locals rather than years[-1].months[-1]...: every tag page groups its
    # events again (300k list items over the tag pages of 100k events).
    years: list[YearGroup] = []
    months: list[MonthGroup] = []
    events: list[EventView] = []
    year: int | None = None
    label: str | None = None
    for v in views:
        if v.year != year:
            year, label = v.year, None
            months = []
            years.append(YearGroup(year, f"_y{year}", months, 0))
        if v.group != label:
            label = v.group
            events = []
            months.append(MonthGroup(label, f"_y{year}-{len(months) + 1}", events))
        events.append(v)
    for y in years:
        y.count = sum([len(m.events) for m in y.months])
    return years


#: ``str.__new__``: ``_markup(Markup, html)`` is ``Markup(html)`` for a ``str`` without the Python-level call.
_markup = str.__new__

@dataclass(frozen=True, slots=True)
class KeptViews:
    """A build's views by event digest, with the zone their dates were shown in, kept in a
    :class:`~timeline.memory.BuildMemory` for the next build (``timeline serve``): an event
    whose digest (every field that can change a page, see
    :func:`~timeline.site.keys.event_digest`) and tag slugs are unchanged, with the site's
    zone unchanged, gets its previous view back, with its listing page set again and its
    tags this build's tag views (the only values made from other events): the very same
    views, counts made again, while the timeline's tags are the same."""

    timezone: str | None
    by_digest: dict[bytes, EventView]
    #: every tag of the timeline in reading order: while it is the same, so are each kept
    #: view's tag ranks and slugs (its tags are part of its digest)
    tag_order: list[str] = field(default_factory=list)
    #: the tags' views in that order, which every kept view's tags are: the next build's
    #: while the order is the same
    tags: list[TagView] = field(default_factory=list)


class _YearUrls(dict[int, str]):
    """:func:`year_url` of each year, made once per year."""

    def __missing__(self, year: int) -> str:
        url = self[year] = year_url(year)
        return url


_EVENT, _DIGEST = operator.itemgetter(1), operator.itemgetter(2)
_ID, _TAGS, _FINGERPRINT = operator.attrgetter("id"), operator.attrgetter("tags"), operator.attrgetter("fingerprint")


def prepare(timeline: Timeline, base_url: str | None = None, digests: Sequence[bytes] | None = None,
            memory: BuildMemory | None = None) -> Prepared:
    """Compute every per-event value once and group events for the index.

    ``digests``: :func:`~timeline.site.keys.event_digests` of the timeline, when the caller has them already.
    ``memory``: the views of the last build in this process are reused from it and this
    build's are kept there (``timeline serve``; see :class:`KeptViews`).
    """
    site = timeline.site
    tz = site.timezone or None
    base = (base_url if base_url is not None else site.base_url or "").strip()
    if base:
        if safe_url(base, frozenset({"http", "https"})) is None or not is_remote(base):
            raise TimelineError(f"base URL {base!r} must be an absolute http(s) URL")
        base = base.rstrip("/") + "/"

    # Values of each distinct date, computed once: big timelines repeat dates
    # (100k events fall on a few tens of thousands of days), and When is
    # hashable and fully determines them (with the site's zone, fixed here).
    facts: dict[When, DateFacts] = {}
    # Looked up by identity first: events written with the same date share one
    # When (see fields.parse_when), and When's dataclass __hash__ is a Python
    # call hashing every field, once per lookup. Every When stays alive
    # while this runs, so its id is its own.
    by_id: dict[int, DateFacts] = {}

    def facts_of(w: When) -> DateFacts:
        """:func:`date_facts` of ``w`` in the site's zone, worked out once per distinct date."""
        found = by_id.get(id(w))
        if found is None:
            found = facts.get(w)
            if found is None:
                found = facts[w] = date_facts(w, tz)
            by_id[id(w)] = found
        return found

    # Bodies and date values worked out while loading (see event_deriver); otherwise here,
    # and bodies on first use.
    # In timeline order, by the sort key as text then the id, in one string (see derived_sort_key).
    derived = derived_values(timeline)
    if digests is None:
        digests = event_digests(timeline)
    if derived is not None:  # (each event's date facts are then its derived value's)
        keyed = [(b.order, e, d, b) for e, d, b in zip(timeline.events, digests, derived, strict=True)]
    else:
        keyed = [(facts_of(e.when).sort_text + e.id, e, d, None)
                 for e, d in zip(timeline.events, digests, strict=True)]
    keyed.sort(key=operator.itemgetter(0))
    events = list(map(_EVENT, keyed))
    ids = list(map(_ID, events))
    # The previous build's views, when this process keeps them for this zone: their ids were checked then.
    remembered = memory.views if memory is not None else None
    kept = remembered.by_digest if remembered is not None and remembered.timezone == tz else {}
    if len(set(ids)) != len(ids):
        seen: set[str] = set()
        for i in ids:
            if i in seen:
                raise TimelineError(f"duplicate event id {i!r}")
            seen.add(i)

    tag_names = sorted(set().union(*map(_TAGS, events)))
    # An event's tags in reading order: case-insensitively, then exactly, so that
    # "AI" and "ai" on one event keep one order whatever the set's hash order.
    in_order = sorted(tag_names, key=lambda t: (t.casefold(), t))
    tag_rank = {name: i for i, name in enumerate(in_order)}
    same_tags = remembered is not None and remembered.tag_order == in_order
    if same_tags:  # the same tags, so the same slugs: the views the kept views' tags are
        ranked = remembered.tags  # type: ignore[union-attr]
        tag_views = {t.name: t for t in ranked}
    else:
        slugs = unique_slugs(tag_names)
        tag_views = {name: TagView(name, slugs[name], f"tag-{slugs[name]}.html") for name in tag_names}
        ranked = [tag_views[name] for name in in_order]
    # Each tag's events, by rank, filled as the views are made (its count is their number).
    members: list[list[EventView]] = [[] for _ in ranked]

    views: list[EventView] = []
    first_days: dict[dt.date, str] = {}
    split = len(keyed) > SPLIT_LIMIT
    listing = "index.html"
    year_urls = _YearUrls()
    fresh_ids: list[str] = []  # (a kept view's id was checked when it was made)
    for _, e, digest, body in keyed:
        view = kept.get(digest)
        if view is not None and same_tags:  # its tags are these tags' views already
            view.event = e
            # (a year's later pages change it: see paging.year_pages)
            view.listing = year_urls[view.year] if split else listing
            views.append(view)
            for r in view._tag_ranks:
                members[r].append(view)
            continue
        if view is not None:
            if e.tags:
                ranks = sorted({tag_rank[t] for t in e.tags})
                tags = [ranked[r] for r in ranks]
                tag_slugs = " ".join([t.slug for t in tags])
            else:
                ranks, tags, tag_slugs = [], [], ""
            if tag_slugs == view.tag_slugs:  # the fingerprint holds the slugs
                view.event, view.tags, view._tag_ranks = e, tags, ranks
                view.listing = year_urls[view.year] if split else listing
                views.append(view)
                for r in ranks:
                    members[r].append(view)
                continue
        fresh_ids.append(e.id)
        w = e.when
        at = body.when if body is not None else facts_of(w)
        key, date, datetime, local_start, group = at.sort_key, at.display, at.datetime, at.local_start, at.group
        if e.tags:  # ranks are ints: a set of them sorts without a key function
            ranks = sorted({tag_rank[t] for t in e.tags})
            tags = [ranked[r] for r in ranks]
            tag_slugs = " ".join([t.slug for t in tags])
        else:
            ranks, tags, tag_slugs = [], [], ""
        sources = [
            SourceView(s.title or s.publisher or s.url or "Source", safe_url(s.url), s.publisher,
                       s.published, s.quote)
            for s in e.sources
        ]
        media = []
        for m in e.media:
            url = safe_url(m.url)
            if url is not None and is_remote(url):
                media.append(MediaView(url, m.alt or "", m.credit, False))
            elif url is not None and (local := local_url(url)) is not None:
                media.append(MediaView(local, m.alt or "", m.credit, True))
        end = e.end
        end_facts = None if end is None else body.end if body is not None else facts_of(end)
        # Positional, in field order: 22 keywords cost a dict per call, once per event.
        views.append(view := EventView(
            e, e.id, f"events/{e.id}.html", e.title, w, end,  # event, id, url, title, when, end
            date, datetime,  # date, datetime
            end_facts.display if end_facts else None, end_facts.datetime if end_facts else None,  # end_date, end_datetime
            local_start.year, group, tags, sources, media,  # year, group, tags, sources, media
            e.status, e.status != "extracted",  # status, reviewed
            f"{digest.hex()} {tag_slugs}", key, tag_slugs,  # fingerprint, sort_key, tag_slugs
            year_urls[local_start.year] if split else listing,  # listing
            # (str.__new__: the text is sanitized HTML already, and Markup() is a Python call.)
            None if body is None or body.html is None else _markup(Markup, body.html),  # _body
            None if body is None else body.summary,  # _summary
            local_start,  # local_start
        ))
        view._tag_ranks = ranks
        if e.sources:
            reach = salience(e)
            view.source_count = reach.sources
            if (day := reach.first_reported) is not None:
                if (shown := first_days.get(day)) is None:
                    shown = first_days[day] = key_events.first_report_text(day)
                view.first_reported, view.first_reported_iso = shown, day.isoformat()
        for r in ranks:
            members[r].append(view)

    check_segments(fresh_ids, "event id")
    if memory is not None:
        memory.views = KeptViews(tz, dict(zip(map(_DIGEST, keyed), views, strict=True)), in_order, ranked)
    years = group_by_year(views)

    for t, tagged in zip(ranked, members, strict=True):
        t.count = len(tagged)
    by_tag = {t.slug: members[tag_rank[t.name]] for t in tag_views.values()}

    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    return Prepared(
        site=site, base_url=base, events=views, years=years,
        tags=list(ranked),  # (by name case-insensitively, then exactly: a view's _tag_ranks index it)
        tag_events=by_tag, compact=len(views) > FULL_INDEX_LIMIT,
        epoch=int(epoch) if epoch and epoch.strip().isdigit() else None, split=split, timeline=timeline,
        memory=memory,
    )


#: Markdown bodies (not plain prose) above which they are rendered by two processes.
PARALLEL_BODIES = 500
#: Events above which every body, plain prose included, is rendered before the
#: site writer forks (see :func:`render_bodies`); writer.PARALLEL_THRESHOLD's
#: counterpart, in events rather than files.
ALL_BODIES = 3000


def _body_and_summary(text: str) -> tuple[str, str]:
    html, summary = render_both(text, 200)
    return str(html), summary


def render_bodies(views: list[EventView]) -> None:
    """Render bodies once, before pages are shared out between processes.

    The exports need every body (events.json, TimelineJS, the calendar's
    descriptions) and so do the event pages: rendered lazily after the site
    writer forks, a body would be rendered in both processes. So for a big
    timeline every body not rendered yet is rendered here, by two processes
    (:func:`~timeline.parallel.fork_map`, a body at a time, so they finish
    together), and both writers inherit them. In a build, plain prose and
    bodies with only inline markup are rendered while loading
    (:func:`event_deriver`) and the rest of Markdown here.
    Otherwise only Markdown bodies are, when there are many: python-markdown
    and nh3 cost far more per body than plain prose, which stays lazy.
    """
    pending = [v for v in views if v._body is None]
    if len(views) < ALL_BODIES:
        pending = [v for v in pending if not is_plain(v.event.body)]
        if len(pending) < PARALLEL_BODIES:
            return
    for v, (html, summary) in zip(pending, fork_map(_body_and_summary, [v.event.body for v in pending]), strict=True):
        v._body, v._summary = Markup(html), summary
