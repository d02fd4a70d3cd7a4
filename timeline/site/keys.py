"""Keys: what each page and the whole site depend on.

A page's key changes whenever anything its file depends on changes, so a page
whose key matches the previous build is linked from the old site instead of
rendered again; the input key of the whole build decides whether anything at
all must be rendered. Every key is a SHA-1 over plain values.
"""

from __future__ import annotations

import dataclasses
import hashlib
import marshal
import operator
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline.model import Event, Media, SourceRef, Timeline, When

if TYPE_CHECKING:
    from timeline.store.cache import FileDigests

#: Bump when the renderer's output changes for the same input, so cached pages
#: from an older version are never reused.
RENDERER_VERSION = "4"


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
    which strings happen to be shared in memory) is an exact encoding of these
    plain values, made in C in one call; a value of another type falls back to
    ``repr``.
    """
    key = event_key(e)
    try:
        raw = marshal.dumps(key, 2)
    except ValueError:
        raw = repr(key).encode("utf-8", "surrogatepass")
    return hashlib.sha1(raw).digest()
def event_digests(timeline: Timeline) -> list[bytes]:
    """:func:`event_digest` of every event of ``timeline``, in its order.

    Taken from the values the loader derived when it has them (see
    :mod:`timeline.site.derive`). The build computes them once and passes them
    to :func:`input_key` and :func:`~timeline.site.render.pages`.
    """
    from timeline.site.derive import derived_values

    derived = derived_values(timeline)
    if derived is not None:
        return [d.digest for d in derived]
    return [event_digest(e) for e in timeline.events]


def input_key(timeline: Timeline, theme_fp: str, base_url: str | None,
              digests: Sequence[bytes] | None = None) -> str:
    """One hash of everything a build depends on: equal keys mean an identical site.

    ``theme_fp``: the theme's :func:`theme_fingerprint`;
    ``digests``: :func:`event_digests` of the timeline, when the caller has them already.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    h = hashlib.sha1(repr((RENDERER_VERSION, timeline.site, base_url, epoch,
                           theme_fp)).encode("utf-8", "surrogatepass"))
    for d in event_digests(timeline) if digests is None else digests:
        h.update(d)
    for d in timeline.sources:
        # The file name, not the path: the same content built from another folder is the same site.
        h.update(repr((Path(d.path).name, d.title, d.url, d.publisher, d.published)).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def fingerprint(*parts: object) -> str:
    """A page key: SHA-1 of ``parts``, encoded like :func:`event_digest` (``marshal``,
    ``repr`` for other types): there is one per event page, and ``repr`` alone was slow."""
    try:
        raw = marshal.dumps(parts, 2)
    except ValueError:
        raw = repr(parts).encode("utf-8", "surrogatepass")
    return hashlib.sha1(raw).hexdigest()


@dataclass(frozen=True, slots=True)
class KeptListingKey:
    """A listing page's key and what it was made from (see :class:`ListingKeys`)."""

    head: tuple[Any, ...]
    items: list[Any]
    key: str


class ListingKeys:
    """Keys of the pages that list many events (year and tag pages, search parts): their
    other inputs and the fingerprints of every event they list.

    With ``kept`` (:attr:`timeline.memory.BuildMemory.listing_keys`, ``timeline serve``), a
    page listing the very same views (or views equal in every field) under the same other
    inputs as in the last build gets its key back without hashing every fingerprint again:
    a kept view's fingerprint never changes (see :class:`~timeline.site.views.KeptViews`).
    """

    __slots__ = ("kept",)

    def __init__(self, kept: dict[str, KeptListingKey] | None) -> None:
        self.kept = kept

    def key(self, page: str, head: tuple[Any, ...], views: list[Any],
            describe: Callable[[list[Any]], Any] | None = None) -> str:
        """The key of ``page``: ``head`` (its other inputs) and the fingerprints of ``views``,
        or what ``describe`` says of them (for items that are not views: they too must never
        change while they are the same objects, as the sources pages' entries never do)."""
        kept = self.kept
        if kept is not None:
            last = kept.get(page)
            # (list == looks at identity first, element by element, and only then at equality:
            # views equal in every field list the same text)
            if last is not None and last.head == head and last.items == views:
                return last.key
        key = fingerprint(*head, [v.fingerprint for v in views] if describe is None else describe(views))
        if kept is not None:
            kept[page] = KeptListingKey(head, views, key)
        return key


def theme_fingerprint(theme_dirs: list[Path], known: FileDigests | None = None) -> str:
    """Hash of every theme file (by name, first directory wins), for page keys.

    ``known``: the files' digests as last worked out (``timeline serve``'s memory, see
    :func:`~timeline.store.cache.file_digest`): a theme file nobody touched is not read again.
    """
    from timeline.store.cache import file_digest

    h = hashlib.sha1(RENDERER_VERSION.encode())
    seen: set[str] = set()
    for d in theme_dirs:
        for path in sorted(p for p in d.rglob("*") if p.is_file()):
            rel = path.relative_to(d).as_posix()
            if rel in seen:
                continue
            seen.add(rel)
            size, sha256 = file_digest(path, known)
            h.update(f"{rel}\0{size}\0".encode("utf-8", "surrogatepass") + sha256)
    return h.hexdigest()


