"""Exports made of one piece per event, rebuilt from the bytes the previous build wrote.

``events.json``, ``timelinejs.json`` and ``events.ics`` are each a head, one
piece of text per event (joined by a separator) and a tail. A piece depends
only on its event and on a few settings (the export's *context*: the base URL,
the zone, the calendar's timestamp, the code), so after an edit all but a few
pieces are the very bytes already in the live site. Making them again is most
of what a rebuild after one edit would do, so instead:

- the process that writes such an export records where each event's piece lies
  in the file (an *index*: the event's id and fingerprint, its start and end),
  signed and kept in the cache beside the content (``.timeline-cache/exports/``,
  see :class:`timeline.store.cache.SignedStore`), with the file's page key,
  size and context;
- the next build, for an event whose fingerprint is unchanged, copies its piece
  from the live file (runs of consecutive unchanged events in one copy, file to file), and
  makes only the other pieces.

The result is the file a clean build writes, byte for byte, because every copied
piece is the text the same code made from the same event under the same
context. An index is used only for the live file it describes: the page key
the live site's manifest records for that path (whose sizes the build checked
under its lock), the same size on disk, the same context, and a valid
signature; anything else and every piece is made again. Like page reuse
(:mod:`timeline.site.output`), a hand edit of the live file that keeps its size
is not noticed: the output folder is the tool's.
"""

from __future__ import annotations

import hashlib
import itertools
import marshal
import operator
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline.site.writer import FileSpan, write_chunks

if TYPE_CHECKING:
    from timeline.site.output import Staging
    from timeline.store.cache import SignedStore

#: Changes whenever an index's layout does.
FORMAT = 1
#: Pieces are gathered into writes of about this many bytes.
CHUNK = 1 << 18
#: The store's folder inside the content cache.
FOLDER = "exports"


@dataclass(frozen=True, slots=True)
class PieceExport:
    """An export as ``head + sep.join(pieces) + tail``, one piece per event."""

    head: str
    tail: str
    sep: str
    #: What every piece depends on besides its own event.
    context: str
    #: One per event, in file order: its id and what its piece depends on.
    ids: list[str]
    fingerprints: list[str]
    #: The ``i``-th piece's text.
    make: Callable[[int], str]

    def chunks(self) -> Iterator[bytes | FileSpan]:
        """The whole file, every piece made (what a build without a previous site writes)."""
        return _Writer(self, None).chunks()


@dataclass(frozen=True, slots=True)
class _Index:
    """Where each event's piece lies in a file one build wrote."""

    key: str
    size: int
    context: str
    ids: tuple[str, ...]
    fingerprints: tuple[str, ...]
    starts: list[int]
    ends: list[int]

    def dumps(self) -> bytes:
        return marshal.dumps((FORMAT, self.key, self.size, self.context, self.ids, self.fingerprints,
                              self.starts, self.ends), 2)

    @classmethod
    def loads(cls, raw: bytes) -> _Index | None:
        try:
            value = marshal.loads(raw)
        except (EOFError, ValueError, TypeError):
            return None
        if type(value) is not tuple or len(value) != 8 or value[0] != FORMAT:
            return None
        _, key, size, context, ids, fps, starts, ends = value
        if not (type(key) is str and type(size) is int and type(context) is str and type(ids) is tuple
                and type(fps) is tuple and type(starts) is list and type(ends) is list
                and len(ids) == len(fps) == len(starts) == len(ends)):
            return None
        return cls(key, size, context, ids, fps, starts, ends)


@dataclass(slots=True)
class Previous:
    """The live site a build replaces: its folder and the page keys of its intact files."""

    site: Path
    keys: dict[str, str]


class Pieces:
    """A page's ``render``: its :class:`PieceExport`'s bytes, reusing the live file's pieces when it can.

    ``previous`` and ``store`` are set by the writer (:func:`bind`) before anything is written;
    without them every piece is made and no index is kept.
    """

    __slots__ = ("export", "kept", "key", "later", "later_pid", "path", "previous", "replaced", "store")

    def __init__(self, path: str, key: str, export: Callable[[], PieceExport]) -> None:
        self.path, self.key, self.export = path, key, export
        self.previous: Previous | None = None
        self.store: SignedStore | None = None
        self.kept: dict[str, _Index] | None = None
        self.replaced: dict[str, _Index] | None = None
        self.later: list[Callable[[], None]] | None = None
        self.later_pid = 0

    def __call__(self) -> Iterator[bytes | FileSpan]:
        return self._chunks(self.export())

    def _chunks(self, spec: PieceExport) -> Iterator[bytes | FileSpan]:
        old: tuple[_Index, str] | None = None
        if self.store is not None and self.previous is not None:
            old = _usable(self.store, self.path, spec.context, self.previous, self.kept)
        writer = _Writer(spec, old)
        yield from writer.chunks()
        if self.store is not None and self.previous is not None:
            index = _Index(self.key, writer.size, spec.context, tuple(spec.ids), tuple(spec.fingerprints),
                           writer.starts, writer.ends)
            name, store = _name(self.previous.site, self.path), self.store
            if self.kept is not None:
                if self.replaced is not None:  # the file it describes is the one the live site replaces
                    was = self.kept.get(name)
                    if was is not None:
                        self.replaced[name] = was
                self.kept[name] = index
            if self.later is not None and os.getpid() == self.later_pid:  # (a writer child's list is its own)
                self.later.append(lambda: store.put(name, index.dumps()))
            else:
                store.put(name, index.dumps())

    def patch_in_place(self, target: str, staging: Staging) -> int | None:
        """Bring the file at ``target`` in the staging folder (the site the last build but one
        wrote: see :func:`timeline.site.output.staging_for`) up to date where it lies, when this
        process wrote it and knows where its pieces are (``replaced``): the bytes up to the first
        piece that changed since stay, the rest is written over them. Its size, or None when the
        file is to be written anew (it is untouched then).

        Most of an export is the same from one edit to the next: the file is neither made
        again from its first byte nor copied whole from the live site."""
        path, previous, replaced = self.path, self.previous, self.replaced
        if replaced is None or previous is None or self.store is None or path not in staging.present \
                or staging.live.keys.get(path) == self.key:  # (then linked from the live site)
            return None
        index = replaced.get(_name(previous.site, path))
        if index is None or index.key != staging.kept.keys.get(path):
            return None
        try:
            fd = os.open(target, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            return None
        try:
            st = os.fstat(fd)
            # A file with another link (the live site's, say) is never written in place.
            if not stat.S_ISREG(st.st_mode) or st.st_nlink != 1 or st.st_size != index.size:
                return None
            spec = self.export()
            kept = _same_start(spec, index, fd)
            os.lseek(fd, kept, os.SEEK_SET)
            size = write_chunks(fd, self._chunks(spec), skip=kept)
            os.ftruncate(fd, size)
            return size
        finally:
            os.close(fd)


def _same_start(spec: PieceExport, index: _Index, fd: int) -> int:
    """How many bytes the file ``fd`` (described by ``index``) has in common with ``spec``'s from
    its start: its head and the pieces before the first that changed, under the same context."""
    head = spec.head.encode("utf-8")
    if index.context != spec.context or os.pread(fd, len(head), 0) != head:
        return 0
    ids, fps = spec.ids, spec.fingerprints
    n = min(len(ids), len(index.ids))
    changed = itertools.compress(range(n), map(operator.or_, map(operator.ne, ids[:n], index.ids[:n]),
                                               map(operator.ne, fps[:n], index.fingerprints[:n])))
    first = next(changed, n)
    return index.ends[first - 1] if first else len(head)


def bind(pages: Iterable[Any], previous: Previous | None, store: SignedStore | None,
         kept: dict[str, Any] | None = None, later: list[Callable[[], None]] | None = None,
         replaced: dict[str, Any] | None = None) -> None:
    """Give the render of every piece-built page of ``pages`` the live site and the index store;
    ``kept``: the indexes this process wrote, by name (:attr:`timeline.memory.BuildMemory.pieces`),
    which stand for the store's copies (they need no signature check); ``later``: where to defer
    the store's writes (:attr:`timeline.memory.BuildMemory.deferred`); ``replaced``: the indexes
    ``kept`` held before this process last wrote each (the files of the site the live one replaced:
    see :meth:`Pieces.patch_in_place`)."""
    for page in pages:
        render = page.render
        if type(render) is Pieces:
            render.previous, render.store, render.kept, render.later = previous, store, kept, later
            render.replaced = replaced
            render.later_pid = os.getpid()


def _name(site: Path, path: str) -> str:
    """The index's name in the store: one per output folder and file, so that two sites built
    from one content folder (another ``--output``, another base URL) keep their own."""
    where = f"{Path(site).resolve()}\0{path}"
    return hashlib.sha256(where.encode("utf-8", "surrogatepass")).hexdigest()[:40]


def _usable(store: SignedStore, path: str, context: str, previous: Previous,
            kept: dict[str, _Index] | None = None) -> tuple[_Index, str] | None:
    """The index of the live file at ``path`` and that file's location, when both can be trusted."""
    key = previous.keys.get(path)
    if key is None:
        return None
    name = _name(previous.site, path)
    index = kept.get(name) if kept is not None else None
    if index is None:
        raw = store.get(name)
        index = _Index.loads(raw) if raw is not None else None
    if index is None or index.key != key or index.context != context:
        return None
    live = os.path.join(previous.site, path)
    try:
        if os.path.islink(live) or os.path.getsize(live) != index.size:
            return None
    except OSError:
        return None
    return index, live


class _Writer:
    """Writes a :class:`PieceExport`, copying unchanged pieces from the live file, and notes
    where each piece lands (``starts``, ``ends``, ``size``) for the next build's index."""

    def __init__(self, spec: PieceExport, old: tuple[_Index, str] | None) -> None:
        self.spec, self.old = spec, old
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.size = 0

    def chunks(self) -> Iterator[bytes | FileSpan]:
        spec = self.spec
        sep = spec.sep.encode("utf-8")
        head = spec.head.encode("utf-8")
        starts, ends = self.starts, self.ends
        pos = len(head)
        pending: list[bytes] = [head]
        pending_size = pos
        found: dict[str, int] = {}
        old_fps: tuple[str, ...] = ()
        old_starts: list[int] = []
        old_ends: list[int] = []
        fd = -1
        if self.old is not None:
            index, live = self.old
            try:
                fd = os.open(live, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
            except OSError:
                fd = -1
            else:
                if index.ids == tuple(spec.ids):  # the same events in the same order (an edit, mostly)
                    try:
                        yield from self._same_events(fd, index, sep, head)
                    finally:
                        os.close(fd)
                    return
                found = {id_: j for j, id_ in enumerate(index.ids)}
                old_fps, old_starts, old_ends = index.fingerprints, index.starts, index.ends
        # A run of consecutive unchanged pieces, as a range of the live file: [run_from, run_to).
        run_from = run_to = -1
        last_j = -2
        make, ids, fps = spec.make, spec.ids, spec.fingerprints
        try:
            for i in range(len(ids)):
                j = found.get(ids[i], -1) if fd >= 0 else -1
                reuse = j >= 0 and old_fps[j] == fps[i]
                if reuse and run_from >= 0 and j == last_j + 1:
                    run_to = old_ends[j]  # the separator before it is in the live file too
                    pos += len(sep)
                else:
                    if run_from >= 0:
                        yield from _read(fd, run_from, run_to)
                        run_from = -1
                    if i:
                        pending.append(sep)
                        pending_size += len(sep)
                        pos += len(sep)
                    if reuse:
                        if pending:
                            yield b"".join(pending)
                            pending, pending_size = [], 0
                        run_from, run_to = old_starts[j], old_ends[j]
                    else:
                        piece = make(i).encode("utf-8")
                        pending.append(piece)
                        pending_size += len(piece)
                        if pending_size >= CHUNK:
                            yield b"".join(pending)
                            pending, pending_size = [], 0
                size = old_ends[j] - old_starts[j] if reuse else len(piece)
                last_j = j if reuse else -2
                starts.append(pos)
                pos += size
                ends.append(pos)
            if run_from >= 0:
                yield from _read(fd, run_from, run_to)
        finally:
            if fd >= 0:
                os.close(fd)
        tail = spec.tail.encode("utf-8")
        pending.append(tail)
        self.size = pos + len(tail)
        yield b"".join(pending)


    def _same_events(self, fd: int, index: _Index, sep: bytes, head: bytes) -> Iterator[bytes | FileSpan]:
        """:meth:`chunks` when the live file holds the same events in the same order: the
        unchanged pieces between two changed ones are one range of it, found without
        looking at each piece in Python."""
        spec, starts, ends = self.spec, self.starts, self.ends
        old_starts, old_ends, n = index.starts, index.ends, len(spec.ids)
        # (compress and map: the comparison of every fingerprint runs in C)
        changed = list(itertools.compress(range(n), map(operator.ne, spec.fingerprints, index.fingerprints)))
        pos = pending_size = len(head)
        pending = [head]
        done = 0  # pieces before this one are written
        for stop in [*changed, n]:
            if stop > done:  # pieces done..stop-1, unchanged: one range of the live file
                if done:
                    pending.append(sep)
                    pos += len(sep)
                shift = pos - old_starts[done]
                starts.extend(map(shift.__add__, old_starts[done:stop]))
                ends.extend(map(shift.__add__, old_ends[done:stop]))
                yield b"".join(pending)
                pending, pending_size = [], 0
                yield from _read(fd, old_starts[done], old_ends[stop - 1])
                pos += old_ends[stop - 1] - old_starts[done]
            if stop < n:  # the changed piece itself
                if stop:
                    pending.append(sep)
                    pos += len(sep)
                piece = spec.make(stop).encode("utf-8")
                pending.append(piece)
                starts.append(pos)
                pos += len(piece)
                ends.append(pos)
                pending_size += len(piece)
                if pending_size >= CHUNK:  # (many changed pieces in a row never sit in memory whole)
                    yield b"".join(pending)
                    pending, pending_size = [], 0
            done = stop + 1
        tail = spec.tail.encode("utf-8")
        pending.append(tail)
        self.size = pos + len(tail)
        yield b"".join(pending)


def _read(fd: int, start: int, end: int) -> Iterator[FileSpan]:
    """Bytes ``[start, end)`` of the live file ``fd``, copied by the writer file to file."""
    if start < end:
        yield FileSpan(fd, start, end)


def context_of(*parts: Any) -> str:
    """A context as text: SHA-1 of ``repr(parts)``."""
    return hashlib.sha1(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()
