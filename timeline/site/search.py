"""The search data of a timeline split by year (``search.js`` and ``search/<n>.js``).

Why a separate file: above ``SPLIT_LIMIT`` events the index is an overview and
each year has its own page, so no single page holds every event for the
browser to filter. The overview's search box loads this data when a search
starts (never on page load) and searches every year at once, which is also how
``index.html?tag=<slug>`` (the tag pages' "Show in the full timeline") and
``?q=`` work when the timeline is split.

Why in pieces: at 100k events the data is ~9.5 MB, too much for one request
before the first result. ``search.js`` is a small table of contents (the tags,
the years, and the parts: each part's file, event count and the tags used in
it); the events themselves are in parts of at most :data:`PART_EVENTS`
consecutive events (whole years where they fit, a bigger year cut in pieces).
The browser loads the parts a search needs (those holding the selected tag, or
all of them for words), four at a time in timeline order, and shows results
as they arrive. A part's page key covers only its own events, so a rebuild
rewrites only the parts whose events changed.

Why JavaScript and not JSON: the site must work from ``file://``, where Chromium
refuses ``fetch``/XHR of local files, while a ``<script src>`` injected on
demand loads anywhere. The data is JSON, escaped like the ``jsonld`` filter so
that no title can end a script (``</script>``), open a comment or break a line
(U+2028), parsed into ``window.timelineSearch`` (the table of contents) and
``window.timelineSearchParts[n]`` (part ``n``).

What a part holds, column by column so 100k events stay small (see
``docs/theming.md``): per event its title, display date (an index into the part's
table of distinct dates, since many events share one), id (the event page is
``events/<id>.html``, its place in the listing ``year-<year>.html#<id>``),
tags (indexes into the table of contents' tag table) and whether it is still
unreviewed; the part's years as ``[year, count]`` runs in timeline order, and
its listing pages as ``[page, count]`` runs (a year longer than a page is
listed on ``year-<year>.html``, then ``year-<year>.p2.html`` ...). Ids
derived from an ASCII title are written as their date part and a ``*`` (the
title's slug follows, see :func:`_encode_id`), then front-coded (the length
shared with the previous coded id, then the rest): in timeline order neighbours
share their date's prefix (sizes: benchmarks/HISTORY.md).
"""

from __future__ import annotations

import json
import operator
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeline.site.environment import jsonld
from timeline.site.keys import ListingKeys, fingerprint
from timeline.site.pages import Page

#: A JSON string encoder for the JavaScript string literal (non-ASCII kept as is).
_literal = json.JSONEncoder(ensure_ascii=False)

if TYPE_CHECKING:
    from timeline.site.views import EventView, Prepared

_listing, _tag_ranks = operator.attrgetter("listing"), operator.attrgetter("_tag_ranks")

#: The table of contents' path in the site; templates receive it as ``search_data``.
SEARCH_DATA = "search.js"

#: The folder of the parts, beside ``search.js``.
PARTS = "search"

#: At most this many events in one part: an edit rewrites the part holding the event, and a
#: search shows the first part's results once it arrives (about 0.2 MB of data).
PART_EVENTS = 2500

#: Bump when the layout of the data changes (``static/timeline.js`` checks it).
VERSION = 3


def shared_prefix(a: str, b: str) -> int:
    n = min(len(a), len(b), 99)
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def _encode_id(id_: str, title: str) -> str:
    """``id_``, or ``head*`` / ``head*L`` when it is ``head`` + the (first ``L`` characters
    of the) title's slug, as ids derived from a date and title are (``2025-07-03-talks-end``).

    Half the bytes of such ids are the title again. Only ASCII titles qualify: then the
    slug is lowercase, runs of other characters become ``-``, ends trimmed, which
    ``static/timeline.js`` reproduces exactly; ``*`` never occurs in an id.
    """
    if not title.isascii():
        return id_
    slug = _NOT_SLUG.sub("-", title.lower()).strip("-")
    pos = id_.find(slug[:12]) if slug else -1
    if pos < 0 or not slug.startswith(id_[pos:]):
        return id_
    cut = len(id_) - pos
    return f"{id_[:pos]}*{'' if cut == len(slug) else cut}"


@dataclass(frozen=True, slots=True)
class SearchPart:
    """Consecutive events of the timeline, searched from one file ``search/<number>.js``."""

    number: int
    events: list[EventView]
    #: ``[year, count]`` runs of ``events``, in timeline order.
    years: list[list[int]]

    @property
    def path(self) -> str:
        return f"{PARTS}/{self.number}.js"


def search_parts(data: Prepared, size: int | None = None) -> list[SearchPart]:
    """The events in parts of at most ``size`` (:data:`PART_EVENTS`): whole years, several
    to a part while they fit, and a year of more than ``size`` events cut into equal pieces."""
    size = size or PART_EVENTS
    parts: list[SearchPart] = []
    events: list[EventView] = []
    years: list[list[int]] = []
    at = 0

    def close() -> None:
        nonlocal events, years
        if events:
            parts.append(SearchPart(len(parts), events, years))
            events, years = [], []

    for y in data.years:
        mine = data.events[at:at + y.count]
        at += y.count
        if len(events) + y.count > size:
            close()
        pieces = -(-y.count // size)  # ceil
        step = -(-y.count // pieces)
        for k in range(0, y.count, step):
            piece = mine[k:k + step]
            if len(events) + len(piece) > size:
                close()
            events.extend(piece)
            years.append([y.year, len(piece)])
    close()
    return parts


def contents_payload(data: Prepared, parts: list[SearchPart]) -> dict[str, object]:
    """What ``window.timelineSearch`` holds: the tags, the years and the parts as
    ``[file, event count, indexes of the tags its events use]``."""
    return {
        "version": VERSION,
        "years": [[y.year, y.count] for y in data.years],
        "tags": [[t.slug, t.name] for t in data.tags],
        # (a view's tag ranks are the indexes of its tags in data.tags)
        "parts": [[p.path, len(p.events), sorted(set().union(*map(_tag_ranks, p.events)))] for p in parts],
    }


def part_payload(part: SearchPart) -> dict[str, object]:
    """What ``window.timelineSearchParts[n]`` holds: part ``n``'s events, column by column
    (tags as indexes into the table of contents' tags: see :func:`contents_payload`)."""
    dates: dict[str, int] = {}
    titles: list[str] = []
    date_col: list[int] = []
    id_keep: list[int] = []
    id_rest: list[str] = []
    tag_col: list[list[int]] = []
    unreviewed: list[int] = []
    prev = ""
    for i, v in enumerate(part.events):
        titles.append(v.title)
        shown = f"{v.date} – {v.end_date}" if v.end_date else v.date
        date_col.append(dates.setdefault(shown, len(dates)))
        coded = v._search_id
        if coded is None:
            coded = v._search_id = _encode_id(v.id, v.title)
        # (a kept view remembers its prefix against the coded id before it, while that is the same)
        if v._search_after is prev:
            keep = v._search_keep
        else:
            keep = v._search_keep = shared_prefix(prev, coded)
            v._search_after = prev
        id_keep.append(keep)
        id_rest.append(coded[keep:])
        prev = coded  # against the coded id: the browser expands slugs only for the results it shows
        tag_col.append(v._tag_ranks)
        if not v.reviewed:
            unreviewed.append(i)
    pages: list[list[object]] = []
    for v in part.events:
        if pages and pages[-1][0] == v.listing:
            pages[-1][1] += 1  # type: ignore[operator]
        else:
            pages.append([v.listing, 1])
    return {
        "years": part.years,
        "pages": pages,
        "dates": list(dates),
        "title": titles,
        "date": date_col,
        "idKeep": id_keep,
        "idRest": id_rest,
        "tag": tag_col,
        "unreviewed": unreviewed,
    }


def _script(target: bytes, value: object) -> Iterator[bytes]:
    """``<target>=JSON.parse("...")`` with the escaped JSON.

    ``JSON.parse`` of a string literal rather than an object literal because
    JSON's grammar is simpler for a browser to scan than a script's. The string literal is ``json.dumps`` of the
    ``jsonld``-escaped text, so it holds no raw ``<``, ``>``, ``&``, U+2028 or
    U+2029, and only ``"`` and ``\\`` gain a backslash.
    """
    yield b"/* Search data for static/timeline.js, loaded when a search starts. Generated by timeline. */\n"
    yield target + b"=JSON.parse("
    yield _literal.encode(str(jsonld(value))).encode("utf-8")
    yield b");\n"


def contents_js(data: Prepared, parts: list[SearchPart]) -> Iterator[bytes]:
    """``search.js``: ``window.timelineSearch = JSON.parse("...")``, the table of contents."""
    return _script(b"window.timelineSearch", contents_payload(data, parts))


def part_js(part: SearchPart) -> Iterator[bytes]:
    """``search/<n>.js``: ``window.timelineSearchParts[n] = JSON.parse("...")``."""
    target = f"(window.timelineSearchParts=window.timelineSearchParts||{{}})[{part.number}]"
    return _script(target.encode("ascii"), part_payload(part))


def search_pages(data: Prepared, common_fp: str, all_fp: str, listing_keys: ListingKeys | None = None) -> list[Page]:
    """The table of contents and every part, each with a key of what it depends on
    (``listing_keys``: the build's, see :class:`~timeline.site.keys.ListingKeys`)."""
    listing_keys = listing_keys or ListingKeys(None)
    parts = search_parts(data)
    slugs = [t.slug for t in data.tags]  # a part stores tags as indexes into this table
    pages = [Page(SEARCH_DATA, fingerprint(all_fp, "search", VERSION), lambda: contents_js(data, parts))]
    for p in parts:
        # Made by the writer, like the year pages' keys: a part's key covers only its events.
        # Listings too: an event moved to another page of its year changes its link.
        key = lambda p=p: listing_keys.key(p.path, (  # noqa: E731
            common_fp, "search", VERSION, p.path, slugs, list(map(_listing, p.events))), p.events)
        pages.append(Page(p.path, None, lambda p=p: part_js(p), key))
    return pages
