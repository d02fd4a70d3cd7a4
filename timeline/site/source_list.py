"""The sources pages' entries: every source, bundled or only cited, with the events citing it.

Made once per build from the prepared views (see :attr:`timeline.site.views.Prepared.sources`).
A process that keeps its last build (``timeline serve``, see
:class:`~timeline.memory.BuildMemory`) makes them again only when what they are made
from changed: the source documents, or an event's id, place in time or sources. An
edit of anything else (a title, a body) only puts the edited event's new view where its
old one was listed.
"""

from __future__ import annotations

import itertools
import operator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline.model import Document, Timeline
from timeline.site import citations
from timeline.site.safety import safe_url

if TYPE_CHECKING:
    from timeline.memory import BuildMemory
    from timeline.site.views import EventView


@dataclass(frozen=True, slots=True)
class KeptSources:
    """A build's sources entries with what they were made from, for the next build."""

    documents: tuple[Document, ...]
    #: the views, in timeline order
    views: list[EventView]
    entries: list[dict[str, Any]]
    #: for each view (by ``id()``), the entries listing it
    listing: dict[int, list[int]]


def _cited(v: EventView) -> tuple[Any, ...]:
    """What the entries take from an event: its id, place in time, date and sources."""
    return v.id, v.sort_key, v.when, v.event.sources


def source_entries(timeline: Timeline, views: list[EventView], memory: BuildMemory | None = None) -> list[dict[str, Any]]:
    """Each source document with the events citing it (see :func:`_entries`); with ``memory``,
    the last build's entries when they are made from the same inputs (see the module's docstring)."""
    if memory is None:
        return _entries(timeline, views)
    kept = memory.sources
    if kept is not None and len(kept.views) == len(views) and kept.documents == timeline.sources:
        # A view kept from the last build is the same event (its digest covers all of _cited):
        # only the views made anew are compared.
        made_anew = list(itertools.compress(range(len(views)), map(operator.is_not, kept.views, views)))
        if all(_cited(kept.views[i]) == _cited(views[i]) for i in made_anew):
            memory.sources = _moved(kept, views, made_anew)
            return memory.sources.entries
    entries = _entries(timeline, views)
    listing: dict[int, list[int]] = {}
    for n, entry in enumerate(entries):
        for v in entry["events"]:
            listing.setdefault(id(v), []).append(n)
    memory.sources = KeptSources(timeline.sources, views, entries, listing)
    return entries


def _moved(kept: KeptSources, views: list[EventView], made_anew: list[int]) -> KeptSources:
    """``kept`` with each of its views that this build made anew (at ``made_anew``) replaced by the new one."""
    entries, listing = kept.entries, kept.listing
    if made_anew:
        entries, listing = list(entries), dict(listing)
    for i in made_anew:
        old, new = kept.views[i], views[i]
        where = listing.pop(id(old), [])
        for n in where:
            entry = entries[n]
            entries[n] = {**entry, "events": [new if v is old else v for v in entry["events"]]}
        listing[id(new)] = where
    return KeptSources(kept.documents, views, entries, listing)


def _entries(timeline: Timeline, views: list[EventView]) -> list[dict[str, Any]]:
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
