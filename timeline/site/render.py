"""Turn a validated :class:`~timeline.model.Timeline` into the site's files.

The renderer is a pure function of the timeline, the theme and a few options:
it returns a list of :class:`Page` objects, each with its relative path, a key
that changes whenever anything the file depends on changes, and a callable
producing its bytes. The pipeline writes them; a page whose key matches the
previous build is linked from the old site instead of rendered again, which is
what makes a no-change rebuild cheap.

Templates are compiled once per build and every per-event value (display date,
sanitized body, tag slugs) is computed once in :func:`prepare` and shared by the
index, the event page, tag pages and the exports.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import hashlib
import json
import marshal
import operator
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from timeline.errors import TimelineError
from timeline.model import MONTH_NAMES, Event, Media, Precision, SiteConfig, SourceRef, Timeline, When
from timeline.parallel import fork_map
from timeline.salience import KEY_SOURCES, salience
from timeline.site import citations, exports, fast_theme, key_events, paging
from timeline.site import overview as overviews
from timeline.site.markdown import is_plain, quick_html, render_both
from timeline.site.pieces import Pieces
from timeline.site.safety import check_segments, is_remote, local_url, safe_url, unique_slugs

if TYPE_CHECKING:
    from jinja2 import Environment, Template

#: Bump when the renderer's output changes for the same input, so cached pages
#: from an older version are never reused.
RENDERER_VERSION = "4"

#: Above this many events the index lists compact entries (date, title, tags)
#: and leaves bodies to the permalink pages, keeping the page light to open.
FULL_INDEX_LIMIT = 1000

#: At most this many events on one listing page (a year's page, a tag's page):
#: a compact entry is ~400 bytes, so no listing page passes about 1 MB. Longer
#: listings continue on further pages (see timeline/site/paging.py).
PAGE_EVENTS = 2000

#: Above this many events the index becomes an overview of years and months
#: and each year gets its own page (``year-YYYY.html``), so that the index,
#: like every listing page, stays under about 1 MB (a 10k-event compact index
#: was 3.7 MB; at 100k, 30 MB and 3.3 s to open in Chromium).
SPLIT_LIMIT = PAGE_EVENTS

#: How many of the newest events the Atom feed carries.
FEED_SIZE = 50


def default_theme_dir() -> Path:
    """The packaged default theme (``templates/`` of the repository).

    Installed wheels carry it as ``timeline/templates`` (see pyproject.toml);
    an editable checkout finds it at the repository root.
    """
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "templates", here.parent / "templates"):
        if (candidate / "base.html").is_file():
            return candidate.resolve()
    raise TimelineError("the default theme is missing: reinstall the timeline package")


# ---------------------------------------------------------------------- views
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
    sort_key: tuple[Any, ...]
    #: space-separated tag slugs (the index's ``data-tags``)
    tag_slugs: str
    #: the listing page that shows this event: ``index.html``, or its year's page
    #: when the timeline is split by year (see ``SPLIT_LIMIT``)
    listing: str = "index.html"
    _body: Markup | None = field(default=None, repr=False)
    _summary: str | None = field(default=None, repr=False)
    #: ``(when.start, when.end)``: the interval, computed once (``sort_key`` holds the end already).
    span: tuple[Any, Any] | None = field(default=None, repr=False)
    #: The body's HTML as a JSON string, made by the first export that needs it
    #: (events.json and timelinejs.json both carry it; see exports.body_json).
    _body_json: str | None = field(default=None, repr=False)
    #: independent sources that report the event, and the day of the first report, as shown
    #: and as ISO 8601 (see timeline.salience; set in prepare when the event has sources)
    source_count: int = 0
    first_reported: str | None = None
    first_reported_iso: str | None = None

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

    @property
    def search_text(self) -> str:
        return " ".join([self.title, self.date, *(t.name for t in self.tags)]).lower()



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
    _source_list: list[dict[str, Any]] | None = field(default=None, repr=False)

    @property
    def sources(self) -> list[dict[str, Any]]:
        """The sources page's entries (see :func:`_sources`), made on first use.

        Only the sources pages need them, but how many pages they fill decides
        which files the build writes, so they are made before the writers fork.
        """
        if self._source_list is None:
            # Lists and dicts of views, no cycles: the collector's passes over them while
            # they grow were ~14 ms of the 10k benchmark's sources page.
            was_enabled = gc.isenabled()
            gc.disable()
            try:
                self._source_list = _sources(self.timeline, self.events) if self.timeline is not None else []
            finally:
                if was_enabled:
                    gc.enable()
        return self._source_list


def _group_label(w: When, month: int) -> str:
    """The month heading an event sits under, or its own coarse period."""
    p = w.precision
    if p.rank >= Precision.MONTH.rank:
        return MONTH_NAMES[month]
    if p is Precision.YEAR:
        return f"Across {w.year}"
    # Otherwise the period itself ("Fourth quarter of 2025", "2020s"), unqualified.
    return When(p, w.year, part=w.part).display()


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


def _all_fields(cls: type, skip: tuple[str, ...] = ()) -> Callable[[Any], tuple[Any, ...]]:
    """A C-speed getter of every field of a dataclass (new fields are included automatically)."""
    return operator.attrgetter(*(f.name for f in dataclasses.fields(cls) if f.name not in skip))


_WHEN_REST = _all_fields(When, skip=("precision",))
_SOURCE_FIELDS = _all_fields(SourceRef)
_MEDIA_FIELDS = _all_fields(Media)
_EVENT_FIELDS = _all_fields(Event, skip=("when", "end", "sources", "media", "location"))


def _when_key(w: When | None) -> tuple[Any, ...] | None:
    # Precision is a str subclass, which marshal refuses: its plain value stands in for it
    # (``_value_``: ``.value`` is a Python-level property).
    return None if w is None else (w.precision._value_, _WHEN_REST(w))


def event_key(e: Event) -> tuple[Any, ...]:
    """Everything about an event that can change a page (not where it was read from).

    Plain tuples of every field rather than the dataclasses themselves, so that
    :func:`event_digest` can serialize them with ``marshal``.
    """
    return (_EVENT_FIELDS(e), _when_key(e.when), _when_key(e.end), tuple(map(_SOURCE_FIELDS, e.sources)),
            tuple(map(_MEDIA_FIELDS, e.media)))


def event_digest(e: Event) -> bytes:
    """SHA-1 of :func:`event_key`: equal for equal events, different when any field differs.

    ``marshal`` format 2 (no back-references, so the bytes do not depend on
    which strings happen to be shared in memory) is an exact, C-speed encoding
    of these plain values, twice as fast as ``repr``; a value of another type
    falls back to ``repr``.
    """
    key = event_key(e)
    try:
        raw = marshal.dumps(key, 2)
    except ValueError:
        raw = repr(key).encode("utf-8", "surrogatepass")
    return hashlib.sha1(raw).digest()


def event_deriver(site: SiteConfig) -> Callable[[Event], tuple[Any, ...]]:
    """The per-event work the loader can do in the processes that parse the files
    (``load_timeline(..., derive=event_deriver)``): the event's digest, its body
    as sanitized HTML and its plain-text summary when it is plain prose or has
    only inline markup (else ``None``: see :func:`render_bodies`; rendered there,
    bodies with a bold word and a link cost ~40 us each in passing results
    between processes, as much as rendering them), the values of its dates in the
    site's zone (see :func:`date_facts`) and its place in timeline order
    (see :func:`derived_sort_key`). For 10k plain-prose events that
    is ~0.3 s of CPU that would otherwise run after loading, in one process, or
    twice once the site writer forks. Each distinct date is worked out once
    per load."""
    tz = site.timezone or None
    facts: dict[When, tuple[Any, ...]] = {}

    def facts_of(w: When) -> tuple[Any, ...]:
        found = facts.get(w)
        if found is None:
            found = facts[w] = date_facts(w, tz)
        return found

    def derive(e: Event) -> tuple[Any, ...]:
        html, summary = quick_html(e.body, 200) or (None, None)
        # None: Markdown beyond inline markup, ~380 µs a body: left to render_bodies, which shares
        # bodies out one at a time; a whole events file per item left one process ~0.8 s behind.
        when = facts_of(e.when)
        return (event_digest(e), html, summary, when, None if e.end is None else facts_of(e.end), when[5] + e.id)

    return derive


def derived_sort_key(derived: tuple[Any, ...]) -> str:
    """An event's place in timeline order, from its :func:`event_deriver` value, for
    ``load_timeline(..., derived_key=derived_sort_key)``: its sort key in the site's zone
    as :func:`sort_text` (fixed width) followed by its id, so one plain string compares
    as ``(when.sort_key(tz), id)`` does."""
    return derived[5]


def date_facts(w: When, tz: str | None) -> tuple[Any, ...]:
    """(sort key, display, <time datetime>, local start, month group, sort key as text) of a date in zone ``tz``."""
    sort_key = w.sort_key(tz)
    # sort_key is (start_utc, rank, end); start_utc is the start itself for untimed values.
    local_start = w.start if w.has_time else sort_key[0]
    return (sort_key, w.display(tz), w.html_datetime(), local_start, _group_label(w, local_start.month),
            sort_text(sort_key))


def sort_text(key: tuple[dt.datetime, int, dt.datetime]) -> str:
    """A :meth:`When.sort_key` as text that orders the same way: fixed-width ISO times and rank.

    Sorting 100k events by tuples of datetimes compared each pair in Python's
    generic way (0.8 s for events in no order); ``list.sort`` compares keys
    whose first item is a one-byte string with ``memcmp`` (0.1 s). Years run
    1-9999 (When refuses dates past 9999-12-30), ranks 0-12.
    """
    start, rank, end = key
    return f"{start.isoformat(timespec='microseconds')}{rank:02d}{end.isoformat(timespec='microseconds')}"


def _derived(timeline: Timeline) -> tuple[tuple[Any, ...], ...] | None:
    """``timeline.derived`` when it holds :func:`event_deriver`'s values for every event."""
    derived = timeline.derived
    if derived is None or len(derived) != len(timeline.events):
        return None
    first = derived[0] if derived else None
    if first is not None and not (isinstance(first, tuple) and len(first) == 6 and isinstance(first[0], bytes)):
        return None  # another caller's derive: work everything out here
    return derived


#: The last timeline's event digests: ``input_key`` and ``prepare`` both need
#: them for the same timeline object in one build, so they are computed once.
_digests: tuple[Timeline, list[bytes]] | None = None


def event_digests(timeline: Timeline) -> list[bytes]:
    """:func:`event_digest` of every event of ``timeline``, in its order."""
    global _digests
    cached = _digests
    if cached is not None and cached[0] is timeline:
        return cached[1]
    derived = _derived(timeline)
    if derived is not None:
        return [d[0] for d in derived]  # computed while loading (see event_deriver)
    digests = [event_digest(e) for e in timeline.events]
    _digests = (timeline, digests)
    return digests


def input_key(timeline: Timeline, theme_dirs: list[Path], base_url: str | None) -> str:
    """One hash of everything a build depends on: equal keys mean an identical site."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    h = hashlib.sha1(repr((RENDERER_VERSION, timeline.site, base_url, epoch,
                           theme_fingerprint(theme_dirs))).encode("utf-8", "surrogatepass"))
    for d in event_digests(timeline):
        h.update(d)
    for d in timeline.sources:
        # The file name, not the path: the same content built from another folder is the same site.
        h.update(repr((Path(d.path).name, d.title, d.url, d.publisher, d.published)).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _fingerprint(*parts: object) -> str:
    """A page key: SHA-1 of ``parts``, encoded like :func:`event_digest` (``marshal``,
    ``repr`` for other types): one per event page, so ``repr`` alone cost 0.8 s at 100k."""
    try:
        raw = marshal.dumps(parts, 2)
    except ValueError:
        raw = repr(parts).encode("utf-8", "surrogatepass")
    return hashlib.sha1(raw).hexdigest()


#: ``str.__new__``: ``_markup(Markup, html)`` is ``Markup(html)`` for a ``str`` without the Python-level call.
_markup = str.__new__


def prepare(timeline: Timeline, base_url: str | None = None) -> Prepared:
    """Compute every per-event value once and group events for the index."""
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
    facts: dict[When, tuple[Any, ...]] = {}
    # Looked up by identity first: events written with the same date share one
    # When (see fields.parse_when), and When's dataclass __hash__ is a Python
    # call hashing every field (~0.3 s per 100k lookups). Every When stays alive
    # while this runs, so its id is its own.
    by_id: dict[int, tuple[Any, ...]] = {}

    def facts_of(w: When) -> tuple[Any, ...]:
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
    derived = _derived(timeline)
    if derived is not None:
        for e, d in zip(timeline.events, derived, strict=True):
            by_id.setdefault(id(e.when), d[3])
            if e.end is not None:
                by_id.setdefault(id(e.end), d[4])
        keyed = [(b[5], e, d, b) for e, d, b in zip(timeline.events, event_digests(timeline), derived, strict=True)]
    else:
        keyed = [(facts_of(e.when)[5] + e.id, e, d, None)
                 for e, d in zip(timeline.events, event_digests(timeline), strict=True)]
    keyed.sort(key=operator.itemgetter(0))
    ids = [e.id for _, e, _, _ in keyed]
    check_segments(ids, "event id")
    if len(set(ids)) != len(ids):
        seen: set[str] = set()
        for i in ids:
            if i in seen:
                raise TimelineError(f"duplicate event id {i!r}")
            seen.add(i)

    tag_names = sorted({t for _, e, _, _ in keyed for t in e.tags})
    slugs = unique_slugs(tag_names)
    tag_views = {name: TagView(name, slugs[name], f"tag-{slugs[name]}.html") for name in tag_names}
    # An event's tags in reading order: case-insensitively, then exactly, so that
    # "AI" and "ai" on one event keep one order whatever the set's hash order.
    in_order = sorted(tag_names, key=lambda t: (t.casefold(), t))
    tag_rank = {name: i for i, name in enumerate(in_order)}
    ranked = [tag_views[name] for name in in_order]
    # Each tag's events, by rank, filled as the views are made (its count is their number).
    members: list[list[EventView]] = [[] for _ in ranked]

    views: list[EventView] = []
    first_days: dict[dt.date, str] = {}
    split = len(keyed) > SPLIT_LIMIT
    for _, e, digest, body in keyed:
        w = e.when
        key, date, datetime, local_start, group, _ = by_id[id(w)]
        sort_key = (key, e.id)
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
        end_facts = facts_of(end) if end is not None else None
        # Positional, in field order: 22 keywords made this call 3 us slower (0.3 s at 100k).
        views.append(view := EventView(
            e, e.id, f"events/{e.id}.html", e.title, w, end,  # event, id, url, title, when, end
            date, datetime,  # date, datetime
            end_facts[1] if end_facts else None, end_facts[2] if end_facts else None,  # end_date, end_datetime
            local_start.year, group, tags, sources, media,  # year, group, tags, sources, media
            e.status, e.status != "extracted",  # status, reviewed
            f"{digest.hex()} {tag_slugs}", sort_key, tag_slugs,  # fingerprint, sort_key, tag_slugs
            year_url(local_start.year) if split else "index.html",  # listing
            # (str.__new__: the text is sanitized HTML already, and Markup() is a Python call.)
            None if body is None or body[1] is None else _markup(Markup, body[1]),  # _body
            None if body is None else body[2],  # _summary
            (local_start, sort_key[0][2]),  # span
        ))
        if e.sources:
            reach = salience(e)
            view.source_count = reach.sources
            if (day := reach.first_reported) is not None:
                if (shown := first_days.get(day)) is None:
                    shown = first_days[day] = key_events.first_report_text(day)
                view.first_reported, view.first_reported_iso = shown, day.isoformat()
        for r in ranks:
            members[r].append(view)

    years = group_by_year(views)

    for t, tagged in zip(ranked, members, strict=True):
        t.count = len(tagged)
    by_tag = {t.slug: members[tag_rank[t.name]] for t in tag_views.values()}

    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    return Prepared(
        site=site, base_url=base, events=views, years=years,
        tags=sorted(tag_views.values(), key=lambda t: (t.name.casefold(), t.name)),
        tag_events=by_tag, compact=len(views) > FULL_INDEX_LIMIT,
        epoch=int(epoch) if epoch and epoch.strip().isdigit() else None, split=split, timeline=timeline,
    )


def _sources(timeline: Timeline, views: list[EventView]) -> list[dict[str, Any]]:
    """Each source document with the events citing it (matched by URL, else title).

    Citations that match no bundled document are listed after the documents,
    one entry per distinct (title, URL), so every cited source appears once.
    Each entry: title, url, publisher, published and published_datetime (shown),
    dated (published is a date), events (citing it), cited (their number) and
    part (1; paging.source_pages numbers the parts of a source cut across pages).
    """
    documents = sorted(timeline.sources, key=lambda d: (d.title or "", d.path))
    doc_urls = {d.url for d in documents if d.url}
    doc_titles = {d.title for d in documents if d.title}
    # One pass over every citation: those of a bundled document are filed under
    # its URL or title, the others collected per distinct (title, URL).
    by_url: dict[str, list[EventView]] = {}
    by_title: dict[str, list[EventView]] = {}
    other: dict[tuple[str, str], list[Any]] = {}
    for v in views:
        for raw, s in zip(v.event.sources, v.sources, strict=True):
            cites_document = False
            if raw.url and raw.url in doc_urls:
                by_url.setdefault(raw.url, []).append(v)
                cites_document = True
            if raw.title and raw.title in doc_titles:
                by_title.setdefault(raw.title, []).append(v)
                cites_document = True
            if not cites_document:
                key = (s.title, s.url or "")
                entry = other.get(key)
                if entry is None:
                    other[key] = [s, v]
                else:
                    entry.append(v)
    # Every source, bundled or only cited, by when it was published; its events by when they happened.
    entries = []
    for d in documents:
        cited = (by_url.get(d.url, []) if d.url else []) or (by_title.get(d.title, []) if d.title else [])
        title = d.title or Path(d.path).name
        when = citations.document_when(d.published, d.timezone)
        entries.append((citations.source_order(when, title), {
            "title": title, "url": safe_url(d.url), "publisher": d.publisher,
            "published": when.display() if when else None, "published_datetime": when.html_datetime() if when else None,
            "events": (events := citations.reading_order(_distinct(cited))), "cited": len(events), "part": 1,
            "dated": when is not None,
        }))
    for s, *cited in (other[k] for k in sorted(other)):
        shown, machine = citations.published_display(s.published)
        entries.append((citations.source_order(citations.stored_when(s.published), s.title), {
            "title": s.title, "url": s.url, "publisher": s.publisher, "published": shown, "published_datetime": machine,
            "events": (events := citations.reading_order(_distinct(cited))), "cited": len(events), "part": 1,
            "dated": citations.stored_when(s.published) is not None,
        }))
    entries.sort(key=operator.itemgetter(0))
    return [entry for _, entry in entries]


def _distinct(views: list[EventView]) -> list[EventView]:
    """``views`` without repeats (an event citing one source twice), first seen first."""
    return views if len(views) < 2 else list({v.id: v for v in views}.values())


# ------------------------------------------------------------------ templates
def make_environment(theme_dirs: list[Path]) -> Environment:
    """One Jinja environment per build; templates compile once and are reused."""
    from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined

    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(str(d)) for d in theme_dirs]),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        cache_size=-1,
    )
    env.filters["jsonld"] = jsonld
    return env


class LazyEnvironment:
    """The build's Jinja environment, made on the first template a page asks for.

    Why: importing jinja2 costs 60-90 ms of every build's serial start-up, and
    a site whose templates are all the packaged ones renders every page through
    :mod:`~timeline.site.fast_theme`, so such a build never needs it.
    """

    def __init__(self, theme_dirs: list[Path]) -> None:
        self.theme_dirs = theme_dirs
        self._env: Environment | None = None

    def get_template(self, name: str) -> Template:
        if self._env is None:
            self._env = make_environment(self.theme_dirs)
        return self._env.get_template(name)


#: ``json.dumps(..., ensure_ascii=False, sort_keys=True, separators=(",", ":"))``,
#: built once: ``json.dumps`` with options makes a new encoder on every call.
_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def jsonld(value: Any) -> Markup:
    """JSON for a ``<script type="application/ld+json">`` block.

    ``<``, ``>`` and ``&`` become ``\\u003c`` etc., so no string can close the
    script element (``</script>``) or open a comment; JSON parsers read them back.
    """
    text = _JSON.encode(value)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Markup(text)


def theme_fingerprint(theme_dirs: list[Path]) -> str:
    """Hash of every theme file (by name, first directory wins), for page keys."""
    h = hashlib.sha1(RENDERER_VERSION.encode())
    seen: set[str] = set()
    for d in theme_dirs:
        for path in sorted(p for p in d.rglob("*") if p.is_file()):
            rel = path.relative_to(d).as_posix()
            if rel in seen:
                continue
            seen.add(rel)
            h.update(rel.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def static_files(theme_dirs: list[Path]) -> dict[str, Path]:
    """Theme assets under ``static/`` by relative name; the user's theme wins."""
    found: dict[str, Path] = {}
    for d in reversed(theme_dirs):
        root = d / "static"
        if root.is_dir():
            for path in sorted(root.rglob("*")):
                if path.is_file():
                    found[path.relative_to(d).as_posix()] = path
    return dict(sorted(found.items()))


# ---------------------------------------------------------------------- pages
class Page:
    """One output file: where, what it depends on (``key``), and how to make it.

    ``render`` returns bytes, or an iterable of byte chunks for big exports.
    An event page's key is given as ``make_key`` and computed on first use: by
    the writer process that writes the page, so the two processes share that
    work (a SHA-1 per event: ~0.5 s of one process at 100k events).
    """

    __slots__ = ("_key", "_make_key", "path", "render")

    def __init__(self, path: str, key: str | None, render: Callable[[], bytes | Iterable[bytes]],
                 make_key: Callable[[], str] | None = None) -> None:
        if key is None and make_key is None:
            raise ValueError("a page needs a key or a way to make one")
        self.path, self._key, self._make_key, self.render = path, key, make_key, render

    @property
    def key(self) -> str:
        if self._key is None:
            self._key = self._make_key()  # type: ignore[misc]
        return self._key

    @key.setter
    def key(self, value: str) -> None:
        self._key = value

    def __repr__(self) -> str:
        return f"Page({self.path!r}, {self._key!r})"


def pages(timeline: Timeline, theme_dirs: list[Path], base_url: str | None = None) -> list[Page]:
    """Every file of the site, in a fixed order, with its dependency key.

    The cyclic garbage collector is paused meanwhile: this builds a few objects per
    event that all live until the site is written, and each collection triggered by
    their growth would only rescan them (half the time for 10k events).
    """
    global _digests
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _pages(timeline, theme_dirs, base_url)
    finally:
        _digests = None  # do not keep this timeline alive after the build (``timeline serve``)
        if was_enabled:
            gc.enable()


#: Markdown bodies (not plain prose) above which they are rendered by two processes.
PARALLEL_BODIES = 500
#: Events above which every body, plain prose included, is rendered before the
#: site writer forks (see :func:`render_bodies`); pipeline.PARALLEL_THRESHOLD's
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
    and nh3 cost ~380 µs a body; plain prose costs ~15 µs and stays lazy.
    """
    pending = [v for v in views if v._body is None]
    if len(views) < ALL_BODIES:
        pending = [v for v in pending if not is_plain(v.event.body)]
        if len(pending) < PARALLEL_BODIES:
            return
    for v, (html, summary) in zip(pending, fork_map(_body_and_summary, [v.event.body for v in pending]), strict=True):
        v._body, v._summary = Markup(html), summary


def _pages(timeline: Timeline, theme_dirs: list[Path], base_url: str | None) -> list[Page]:
    data = prepare(timeline, base_url)
    render_bodies(data.events)
    env = LazyEnvironment(theme_dirs)  # jinja2 is imported only if a page needs a template
    theme_fp = theme_fingerprint(theme_dirs)
    site = data.site
    common_fp = _fingerprint(theme_fp, site, data.base_url, data.compact, data.split, PAGE_EVENTS)
    all_fp = _fingerprint(common_fp, [v.fingerprint for v in data.events], data.epoch)

    # Templates still identical to the packaged ones render through the Python mirror.
    fast = fast_theme.mirrored_in(theme_dirs)
    fast_entry = "_entry.html" in fast
    # Templates the mirror stands in for are never compiled; the others compile
    # here, so a syntax error in a user's template stops the build before writing.
    entry_tpl = None if fast_entry else env.get_template("_entry.html")
    entry_cache: dict[tuple[str, bool], Markup] = {}

    def entry(e: EventView, full: bool = False) -> Markup:
        """One event as a list item, rendered once and shared by the index and tag pages."""
        key = (e.id, full)
        html = entry_cache.get(key)
        if html is None:
            if fast_entry:
                html = Markup(fast_theme.entry(e, full, ""))
            else:
                html = Markup(entry_tpl.render(ctx("", "index.html", e=e, full=full)))  # type: ignore[union-attr]
            entry_cache[key] = html
        return html

    from timeline.site import search  # imports this module: loaded once render.py is

    #: The search data file when split by year (see timeline/site/search.py), else None.
    search_data = search.SEARCH_DATA if data.split else None

    def ctx(root: str, path: str, **extra: Any) -> dict[str, Any]:
        return {
            "site": site, "root": root, "path": path, "base_url": data.base_url,
            "canonical": data.base_url + path if data.base_url else None,
            "tags": data.tags, "compact": data.compact, "split": data.split, "entry": entry,
            "search_data": search_data, **extra,
        }

    def page(path: str, template: str, key: str | Callable[[], str], root: str | None = None,
             mirror: Callable[[], Iterator[bytes]] | None = None,
             lazy: Callable[[], dict[str, Any]] | None = None, **extra: Any) -> Page:
        """A listing page; ``key`` may be a function, then called by the process writing the page."""
        root = "../" * path.count("/") if root is None else root

        def render() -> Iterator[bytes]:
            # Listing pages can be tens of MB for big timelines: stream them in chunks.
            if mirror is not None and listings is not None and template in fast:
                return mirror()  # already UTF-8, in pieces (fast_theme.Listings)
            more = lazy() if lazy is not None else {}
            return _chunks(env.get_template(template).generate(ctx(root, path, **extra, **more)))

        if callable(key):
            return Page(path, None, render, lambda: _fingerprint(template, key()))  # type: ignore[operator]
        return Page(path, _fingerprint(template, key), render)

    listings = (fast_theme.Listings(site, data.base_url, data.tags, data.compact, entry)
                if "base.html" in fast else None)
    out: list[Page] = []
    limit = PAGE_EVENTS
    # Each year's pages (split by year), and where each month and event is listed, before
    # anything renders: the overview links to them and event pages link back to them.
    year_pages = paging.year_pages(data.years, limit) if data.split else []
    listed = [(p.url, p.years) for p in year_pages] if data.split else [("index.html", data.years)]
    site_overview = overviews.build(listed)
    # Split by year, the index is a short overview of the years (search_data is then set).
    out.append(page("index.html", "index.html", all_fp, years=data.years, events=data.events, overview=site_overview,
                    mirror=lambda: listings.overview_bytes(data.years, data.events, search_data,  # type: ignore[union-attr]
                                                           site_overview)
                    if search_data else listings.index_bytes(data.years, data.events, site_overview)))  # type: ignore[union-attr]
    if data.split:
        # Every event's title, date, id and tags, in parts, for the overview's search across years.
        out.extend(search.search_pages(data, common_fp, all_fp))
        # The overview is on every year page: any change to it changes them all.
        overview_key = str(site_overview.html("")) if site_overview else None
        for i, yp in enumerate(year_pages):
            prev_p = year_pages[i - 1] if i > 0 else None
            next_p = year_pages[i + 1] if i + 1 < len(year_pages) else None
            part = yp.years[0]
            total = sum(q.count for q in yp.pages)
            # Keys over a page's every event: made by the writer (~0.4 s at 100k).
            key = lambda yp=yp, p=prev_p, n=next_p: _fingerprint(  # noqa: E731
                common_fp, overview_key, yp.url, yp.label, p and (p.url, p.label), n and (n.url, n.label),
                sum(q.count for q in yp.pages), [x.fingerprint for y in yp.years for m in y.months for x in m.events])
            out.append(page(yp.url, "year.html", key, year=part, year_total=total, years=data.years, page=yp,
                            prev=prev_p, next=next_p, overview=site_overview,
                            lazy=lambda part=part: {"year_tags": _year_tags(part, data.tags)},
                            mirror=lambda yp=yp, p=prev_p, n=next_p, total=total: listings.year_bytes(  # type: ignore[union-attr]
                                yp, p, n, total, _year_tags(yp.years[0], data.tags), site_overview)))
    fast_events = fast_theme.EventPages(site, data.base_url) if {"base.html", "event.html"} <= fast else None
    event_tpl = env.get_template("event.html") if fast_events is None else None
    # A page per event, made by one shared _EventPages through partials: a closure pair
    # per event cost 3.4 us each (0.34 s before the writers start, at 100k events).
    event_pages = _EventPages(event_tpl, ctx, common_fp, fast_events, data.base_url)
    render_page, page_key = event_pages.render, event_pages.key
    views = data.events
    before, after = ([None, *views[:-1]], [*views[1:], None]) if views else ([], [])
    for v, prev_v, next_v in zip(views, before, after, strict=True):
        out.append(Page(v.url, None, partial(render_page, v, prev_v, next_v), partial(page_key, v, prev_v, next_v)))
    out.append(page("tags.html", "tags.html", all_fp, mirror=lambda: listings.tags_bytes()))  # type: ignore[union-attr]
    for t in data.tags:
        tagged = data.tag_events[t.slug]
        if len(tagged) > limit:
            tag_pages = paging.paginate(group_by_year(tagged), t.url, limit)
        else:  # grouped when rendered: a rebuild that reuses the page never needs the groups
            tag_pages = paging.paginate([], t.url, limit)
            tag_pages[0].count = len(tagged)
        key = lambda t=t, tagged=tagged: _fingerprint(common_fp, t.name, t.slug,  # noqa: E731
                                                      [x.fingerprint for x in tagged])
        for i, tp in enumerate(tag_pages):
            prev_p = tag_pages[i - 1] if i > 0 else None
            next_p = tag_pages[i + 1] if i + 1 < len(tag_pages) else None

            def parts(tp: paging.ListingPage = tp, tagged: list[EventView] = tagged) -> dict[str, Any]:
                if not tp.years and tagged:
                    tp.years = group_by_year(tagged)
                return {"years": tp.years, "overview": overviews.build([(q.url, q.years) for q in tp.pages])}

            out.append(page(tp.url, "tag.html", lambda key=key, n=tp.number: _fingerprint(key(), n),
                            tag=t, page=tp, prev=prev_p, next=next_p, lazy=parts,
                            mirror=lambda t=t, tp=tp, p=prev_p, n=next_p, parts=parts: listings.tag_bytes(  # type: ignore[union-attr,misc]
                                t, tp, p, n, **parts())))
    # Key events, on pages like a tag's, under the whole timeline's overview with their periods marked.
    keys = key_events.key_events(data.events)
    key_marks = key_events.KeyPeaks(keys, overviews.PEAKS)
    key_overview = overviews.build(listed, peaks=key_marks) if keys else None
    if key_overview is not None:
        key_overview.peak_heading = f"{key_overview.unit.name.capitalize()}s with the most key events"
        key_overview.peak_counts, key_overview.peak_noun = key_marks.counts, "key event"
    key_pages = paging.paginate(group_by_year(keys), key_events.KEY_URL, limit)
    for i, kp in enumerate(key_pages):
        prev_p = key_pages[i - 1] if i > 0 else None
        next_p = key_pages[i + 1] if i + 1 < len(key_pages) else None
        out.append(page(kp.url, "key.html", _fingerprint(all_fp, kp.number), years=kp.years, page=kp, prev=prev_p,
                        next=next_p, key_count=len(keys), total=len(data.events), key_sources=KEY_SOURCES,
                        overview=key_overview,
                        mirror=lambda kp=kp, p=prev_p, n=next_p: listings.key_bytes(  # type: ignore[union-attr]
                            kp, p, n, len(keys), len(data.events), KEY_SOURCES, key_overview)))
    # Every source with the events citing it, on pages cut like the listings'. Made here,
    # not by the writer: how many pages there are is needed before anything is written.
    source_pages = paging.source_pages(data.sources, "sources.html", limit)
    summary = citations.summarize(data.sources)
    for i, sp in enumerate(source_pages):
        prev_p = source_pages[i - 1] if i > 0 else None
        next_p = source_pages[i + 1] if i + 1 < len(source_pages) else None
        # Exactly what the page shows: an edit re-renders only the pages listing the event.
        key = lambda sp=sp, p=prev_p, n=next_p: _fingerprint(  # noqa: E731
            common_fp, summary.key(), sp.url, sp.label, [q.url for q in sp.pages],
            p and (p.url, p.label), n and (n.url, n.label),
            [(s["title"], s["url"], s["publisher"], s["published"], s["published_datetime"], s["cited"], s["part"],
              [(e.url, e.title, e.datetime, e.date) for e in s["events"]]) for s in sp.sources])
        out.append(page(sp.url, "sources.html", key, page=sp, prev=prev_p, next=next_p, sources=sp.sources,
                        summary=summary, mirror=lambda sp=sp, p=prev_p, n=next_p: listings.sources_bytes(  # type: ignore[union-attr]
                            sp, p, n, summary)))
    # The 404 page is served at any depth, so its links are absolute when they can be.
    out.append(page("404.html", "404.html", common_fp, root=data.base_url,
                    mirror=lambda: listings.not_found_bytes(data.base_url)))  # type: ignore[union-attr]

    for rel, path in static_files(theme_dirs).items():
        out.append(Page(rel, _fingerprint(theme_fp, rel), path.read_bytes))

    exp_fp = _fingerprint(all_fp, "exports")
    out.extend([
        Page("events.json", exp_fp, Pieces("events.json", exp_fp, lambda: exports.events_json_export(data))),
        Page("timelinejs.json", exp_fp, Pieces("timelinejs.json", exp_fp, lambda: exports.timelinejs_export(data))),
        Page("feed.xml", exp_fp, lambda: exports.atom_feed(data, FEED_SIZE)),
        Page("events.ics", exp_fp, Pieces("events.ics", exp_fp, lambda: exports.icalendar_export(data))),
        Page("sitemap.xml", exp_fp, lambda: exports.sitemap(data, [p.path for p in out])),
        Page("robots.txt", exp_fp, lambda: exports.robots(data)),
        Page(".nojekyll", "empty", lambda: b""),
    ])
    return out


def _year_tags(year: YearGroup, tags: list[TagView]) -> list[TagView]:
    """The tags used in ``year``, in the site's tag order, counted within the year."""
    counts = Counter(t.slug for m in year.months for e in m.events for t in e.tags)
    return [TagView(t.name, t.slug, t.url, counts[t.slug]) for t in tags if t.slug in counts]


def _chunks(parts: Iterator[str], size: int = 1 << 16) -> Iterator[bytes]:
    """Group Jinja's many small output strings into ~64 KiB encoded chunks."""
    buf: list[str] = []
    n = 0
    for part in parts:
        buf.append(part)
        n += len(part)
        if n >= size:
            yield "".join(buf).encode("utf-8")
            buf, n = [], 0
    if buf:
        yield "".join(buf).encode("utf-8")


class _EventPages:
    """Each event page's bytes and key, from the values every event page shares."""

    __slots__ = ("base_url", "common_fp", "ctx", "fast", "tpl")

    def __init__(self, tpl: Any, ctx: Callable[..., dict[str, Any]], common_fp: str,
                 fast: fast_theme.EventPages | None, base_url: str) -> None:
        self.tpl, self.ctx, self.common_fp, self.fast, self.base_url = tpl, ctx, common_fp, fast, base_url

    def key(self, v: EventView, prev_v: EventView | None, next_v: EventView | None) -> str:
        return _fingerprint(self.common_fp, v.fingerprint, v.listing,
                            prev_v and (prev_v.id, prev_v.title, prev_v.date),
                            next_v and (next_v.id, next_v.title, next_v.date))

    def render(self, v: EventView, prev_v: EventView | None, next_v: EventView | None) -> bytes:
        path = v.url
        canonical = self.base_url + path if self.base_url else None
        if self.fast is not None:
            return self.fast.render_bytes(v, prev_v, next_v, canonical)
        c = self.ctx("../", path, event=v, prev=prev_v, next=next_v, jsonld=exports.event_jsonld(v, canonical))
        return self.tpl.render(c).encode("utf-8")
