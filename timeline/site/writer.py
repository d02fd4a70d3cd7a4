"""Writing the site's pages into the staging folder.

Each page is kept as it is in the staging folder (the site the previous build
replaced, brought up to date: see :class:`~timeline.site.output.Staging`) or
hard-linked from the live site, when its key matches the one recorded there, or
rendered and written. Big sites are
written by two processes through :func:`~timeline.parallel.fork_map`, the same
protocol the loader uses: each starts with one of two fixed shares (see
:data:`SHARED_JSON`), then both take groups of event pages as each becomes
free, so a slow theme or heavy Markdown still finishes both at about the same time. The staging folder is swapped into place afterwards
(see :mod:`timeline.site.output`).
"""

from __future__ import annotations

import errno
import marshal
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from timeline.parallel import can_fork, fork_map, write_fully

if TYPE_CHECKING:
    from timeline.site.output import LiveSite, Staging
    from timeline.site.pages import Page

#: Above this many files, pages are written by two processes (the machines we
#: target have two cores; rendering is CPU-bound Python). Below this a second
#: process no longer pays for its fork (benchmarks/HISTORY.md).
PARALLEL_THRESHOLD = 800
#: Event pages are shared out in groups of this many.
BATCH = 64
#: The exports written by one process while the other writes every other page
#: that is not an event page: the two exports share each body's JSON, and the
#: listings share each event's rendered entry (made once per process that needs
#: them). The two shares take about the same time; event pages then go to
#: whichever process is free.
SHARED_JSON = frozenset({"events.json", "timelinejs.json"})
#: Progress is reported every this many files.
PROGRESS_EVERY = 10000


@dataclass(slots=True)
class Written:
    """What the writers did, for the manifest and the build's summary."""

    rendered: int = 0
    reused: int = 0
    #: each file's size: the next build tells from them whether the site was touched
    sizes: dict[str, int] = field(default_factory=dict)
    #: each page's key (event pages' keys are made by whichever process wrote them)
    keys: dict[str, str] = field(default_factory=dict)
    #: the site's folders (see :func:`~timeline.site.output.site_folders`)
    folders: list[str] = field(default_factory=list)

    #: whether ``sizes`` and ``keys`` follow the page list (else see :meth:`in_page_order`)
    ordered: bool = True

    def add(self, rendered: int, reused: int, sizes: dict[str, int], keys: dict[str, str]) -> None:
        self.rendered += rendered
        self.reused += reused
        self.sizes.update(sizes)
        self.keys.update(keys)

    def in_page_order(self, pages: list[Page]) -> tuple[dict[str, str], dict[str, int]]:
        """Each page's key and size in page order (fixed for the input), not in the order two
        writer processes finished in: what the manifest records."""
        if self.ordered:
            return self.keys, self.sizes
        return {p.path: self.keys[p.path] for p in pages}, {p.path: self.sizes[p.path] for p in pages}

    def keep_in_place(self, pages: list[Page], kept: LiveSite) -> list[Page]:
        """Count the pages the staging folder holds already under their key (``kept``), and
        return the others. Every page's key and size is entered here, in page order; those
        of the pages returned are set again once they are written."""
        kept_keys, kept_sizes = kept.keys, kept.sizes
        keys, sizes = self.keys, self.sizes
        todo: list[Page] = []
        for page in pages:
            path = page.path
            keys[path] = key = page.key
            if kept_keys.get(path) == key:
                sizes[path] = kept_sizes[path]
            else:
                sizes[path] = -1
                todo.append(page)
        self.reused += len(pages) - len(todo)
        return todo


Job = tuple["Page", str]


#: What ``os.copy_file_range`` raises where it cannot copy between these two files (another
#: file system, an old kernel, a file system without it): the bytes are read and written then.
_NO_KERNEL_COPY = frozenset({errno.EXDEV, errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP})


@dataclass(frozen=True, slots=True)
class FileSpan:
    """Bytes ``[start, end)`` of the open file ``fd`` as a chunk of a page (besides ``bytes``):
    the writer copies them file to file (``os.copy_file_range``: in the kernel, or by sharing
    the blocks where the file system can) rather than through this process. Valid only until
    the page's next chunk is asked for: the producer closes ``fd`` then."""

    fd: int
    start: int
    end: int

    def read(self) -> Iterator[bytes]:
        """The bytes, in pieces of at most 8 MiB."""
        start, end = self.start, self.end
        while start < end:
            data = os.pread(self.fd, min(end - start, 1 << 23), start)
            if not data:
                raise OSError(f"the previous site's file ended early (at byte {start})")
            yield data
            start += len(data)

    def copy_to(self, out: int) -> int:
        """Append the bytes to the file ``out`` (at its position); their number."""
        start, end = self.start, self.end
        copy = getattr(os, "copy_file_range", None)
        while start < end and copy is not None:
            try:
                n = copy(self.fd, out, end - start, start)
            except OSError as exc:
                if exc.errno not in _NO_KERNEL_COPY:
                    raise
                break
            if n == 0:
                raise OSError(f"the previous site's file ended early (at byte {start})")
            start += n
        for data in FileSpan(self.fd, start, end).read():
            write_fully(out, data)
        return end - self.start


def write_pages(site_pages: list[Page], staging: Staging, say: Callable[[str], None]) -> Written:
    """Write every page into ``staging``: a page already there with its key stays, one whose key the
    live site has unchanged is linked from it, the rest are rendered (see :class:`Staging`)."""
    from timeline.site.output import site_folders
    from timeline.site.safety import inside, inside_all

    paths = [p.path for p in site_pages]
    staging.prune(paths)
    # The folders from the site's own paths ("/"-separated, checked by inside_all),
    # rather than os.path.dirname of every target.
    folders = site_folders(paths)
    for folder in folders:
        if folder:
            os.makedirs(inside(staging.folder, folder), exist_ok=True)
    done = Written(folders=folders)
    todo = site_pages
    # The staging folder holding the site the last build but one wrote (see
    # output.staging_for), the pages in place under their key need nothing more: no
    # target, no check, no second look. The others' keys are made here then, so the
    # writers never make them again.
    replaced = bool(staging.kept.keys)
    if replaced:
        todo = done.keep_in_place(site_pages, staging.kept)
    jobs = list(zip(todo, inside_all(staging.folder, [p.path for p in todo]), strict=True))
    parent = os.getpid()
    count = 0

    def write(group: list[Job]) -> tuple[int, int, dict[str, int], dict[str, str]]:
        nonlocal count
        result = _write(group, staging)
        if os.getpid() == parent:  # the other process keeps quiet
            before, count = count, count + len(group)
            if count // PROGRESS_EVERY > before // PROGRESS_EVERY:
                say(f"  {count // PROGRESS_EVERY * PROGRESS_EVERY} files")
        return result

    if len(jobs) < PARALLEL_THRESHOLD or not can_fork() or (replaced and _few_to_render(jobs, staging)):
        done.add(*write(jobs))  # in page order
        return done
    # The two fixed shares first, then the event pages in groups of BATCH (see SHARED_JSON).
    events: list[Job] = []
    shared_json: list[Job] = []
    listings: list[Job] = []
    for job in jobs:
        path = job[0].path
        (events if path.startswith("events/") else shared_json if path in SHARED_JSON else listings).append(job)
    groups = [shared_json, listings, *(events[i:i + BATCH] for i in range(0, len(events), BATCH))]
    # marshal, not JSON: the sizes and keys of every page cross between the processes.
    for result in fork_map(write, groups, dumps=marshal.dumps, loads=marshal.loads):
        done.add(*result)
    done.ordered = replaced  # (keep_in_place entered every page in order)
    return done


def _few_to_render(jobs: list[Job], staging: Staging) -> bool:
    """Whether a rebuild renders too few pages for a second process to pay for its fork:
    ``jobs`` are the pages not in the staging folder already (their keys are made)."""
    live = staging.live.keys
    fresh = 0
    for page, _ in jobs:
        if live.get(page.path) != page.key:
            fresh += 1
    return fresh < PARALLEL_THRESHOLD


def _write(jobs: Iterable[Job], staging: Staging) -> tuple[int, int, dict[str, int], dict[str, str]]:
    """Link or render each page (none is in the staging folder under its key already);
    (rendered, reused, {path: size}, {path: key})."""
    rendered = reused = 0
    sizes: dict[str, int] = {}
    keys: dict[str, str] = {}
    for page, target in jobs:
        path = page.path
        keys[path] = key = page.key
        # (an export made of pieces may bring the staging folder's copy up to date where it lies)
        patch = getattr(page.render, "patch_in_place", None)
        if patch is not None and (size := patch(target, staging)) is not None:
            sizes[path] = size
            rendered += 1
        elif (size := staging.place(path, key, target)) is not None:
            reused += 1
            sizes[path] = size
        else:
            sizes[path] = _write_file(target, page.render())
            rendered += 1
    return rendered, reused, sizes, keys


def _write_file(target: str, data: bytes | Iterable[bytes | FileSpan]) -> int:
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        # Left by the other process, which failed or died before reporting the page:
        # the staging folder is this build's own, so the page is written again here.
        os.unlink(target)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        if isinstance(data, bytes):
            return write_fully(fd, data)
        # big exports arrive in chunks, so they never sit in memory whole
        return write_chunks(fd, data)
    finally:
        os.close(fd)


def write_chunks(fd: int, chunks: Iterable[bytes | FileSpan], skip: int = 0) -> int:
    """Write a page's ``chunks`` to the file ``fd`` at its position, all but their first ``skip``
    bytes (which the file holds already, before that position); how many bytes the chunks hold."""
    pos = 0
    for chunk in chunks:
        span = type(chunk) is FileSpan
        n = chunk.end - chunk.start if span else len(chunk)  # type: ignore[union-attr,arg-type]
        if pos + n <= skip:
            pos += n
            continue
        if pos < skip:
            cut, pos = skip - pos, skip
            chunk = FileSpan(chunk.fd, chunk.start + cut, chunk.end) if span else chunk[cut:]  # type: ignore[union-attr,index]
        pos += chunk.copy_to(fd) if span else write_fully(fd, chunk)  # type: ignore[union-attr,arg-type]
    return pos
