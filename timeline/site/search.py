"""The search data of a timeline split by year (``search.js``).

Why a separate file: above ``SPLIT_LIMIT`` events the index is an overview and
each year has its own page, so no single page holds every event for the
browser to filter. The overview's search box loads this file on first use
(never on page load) and searches every year at once, which is also how
``index.html?tag=<slug>`` (the tag pages' "Show in the full timeline") and
``?q=`` work when the timeline is split.

Why JavaScript and not JSON: the site must work from ``file://``, where Chromium
refuses ``fetch``/XHR of local files, while a ``<script src>`` injected on
demand loads anywhere. The data is JSON, escaped like the ``jsonld`` filter so
that no title can end a script (``</script>``), open a comment or break a line
(U+2028), parsed into ``window.timelineSearch``.

What it holds, column by column so 100k events stay small (see
``docs/theming.md``): per event its title, display date (an index into a table
of distinct dates, since many events share one), id (the event page is
``events/<id>.html``, its place in the listing ``year-<year>.html#<id>``),
tags (indexes into the tag table) and whether it is still unreviewed; the
years as ``[year, count]`` runs in timeline order. Ids derived from an ASCII
title are written as their date part and a ``*`` (the title's slug follows, see
:func:`_encode_id`), then front-coded (the length shared with the previous coded id,
then the rest): in timeline order neighbours share their date's prefix. At 100k
such events this takes the file from 15.2 to about 9.5 MB.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from timeline.site.render import jsonld

#: A JSON string encoder for the JavaScript string literal (non-ASCII kept as is).
_literal = json.JSONEncoder(ensure_ascii=False)

if TYPE_CHECKING:
    from timeline.site.render import Prepared

#: The file's path in the site; templates receive it as ``search_data``.
SEARCH_DATA = "search.js"

#: Bump when the layout of the data changes (``static/timeline.js`` checks it).
VERSION = 1


def _shared_prefix(a: str, b: str) -> int:
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


def search_payload(data: Prepared) -> dict[str, object]:
    """The data as plain values (what ``window.timelineSearch`` holds)."""
    tag_index = {t.slug: i for i, t in enumerate(data.tags)}
    dates: dict[str, int] = {}
    titles: list[str] = []
    date_col: list[int] = []
    id_keep: list[int] = []
    id_rest: list[str] = []
    tag_col: list[list[int]] = []
    unreviewed: list[int] = []
    prev = ""
    for i, v in enumerate(data.events):
        titles.append(v.title)
        shown = f"{v.date} – {v.end_date}" if v.end_date else v.date
        date_col.append(dates.setdefault(shown, len(dates)))
        coded = _encode_id(v.id, v.title)
        keep = _shared_prefix(prev, coded)
        id_keep.append(keep)
        id_rest.append(coded[keep:])
        prev = coded  # against the coded id: the browser expands slugs only for the results it shows
        tag_col.append([tag_index[t.slug] for t in v.tags])
        if not v.reviewed:
            unreviewed.append(i)
    return {
        "version": VERSION,
        "years": [[y.year, y.count] for y in data.years],
        "tags": [[t.slug, t.name] for t in data.tags],
        "dates": list(dates),
        "title": titles,
        "date": date_col,
        "idKeep": id_keep,
        "idRest": id_rest,
        "tag": tag_col,
        "unreviewed": unreviewed,
    }


def search_js(data: Prepared) -> Iterator[bytes]:
    """``search.js``: ``window.timelineSearch = JSON.parse("...")`` with the escaped JSON.

    ``JSON.parse`` of a string literal rather than an object literal because
    Chromium parses the same 9 MB (100k events) in about 450 ms that way and in
    1.0-1.3 s as JavaScript: JSON's grammar is simpler to scan. The string
    literal is ``json.dumps`` of the ``jsonld``-escaped text, so it holds no raw
    ``<``, ``>``, ``&``, U+2028 or U+2029, and only ``"`` and ``\\`` gain a backslash.
    """
    yield b"/* Search data for static/timeline.js, loaded on the first search. Generated by timeline. */\n"
    yield b"window.timelineSearch=JSON.parse("
    yield _literal.encode(str(jsonld(search_payload(data)))).encode("utf-8")
    yield b");\n"
