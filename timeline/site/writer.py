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

import marshal
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from timeline.parallel import can_fork, fork_map, write_fully

if TYPE_CHECKING:
    from timeline.site.output import Staging
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

    def add(self, rendered: int, reused: int, sizes: dict[str, int], keys: dict[str, str]) -> None:
        self.rendered += rendered
        self.reused += reused
        self.sizes.update(sizes)
        self.keys.update(keys)


Job = tuple["Page", str]


def write_pages(site_pages: list[Page], staging: Staging, say: Callable[[str], None]) -> Written:
    """Write every page into ``staging``: a page already there with its key stays, one whose key the
    live site has unchanged is linked from it, the rest are rendered (see :class:`Staging`)."""
    from timeline.site.output import site_folders
    from timeline.site.safety import inside, inside_all

    paths = [p.path for p in site_pages]
    staging.prune(paths)
    targets = inside_all(staging.folder, paths)
    # The folders from the site's own paths ("/"-separated, checked by inside_all),
    # rather than os.path.dirname of every target.
    folders = site_folders(paths)
    for folder in folders:
        if folder:
            os.makedirs(inside(staging.folder, folder), exist_ok=True)
    jobs = list(zip(site_pages, targets, strict=True))
    done = Written(folders=folders)
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

    if len(jobs) < PARALLEL_THRESHOLD or not can_fork() or _few_to_render(jobs, staging):
        done.add(*write(jobs))
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
    return done


def _few_to_render(jobs: list[Job], staging: Staging) -> bool:
    """Whether a rebuild renders too few pages for a second process to pay for its fork.

    Asked only when the staging folder holds the site the previous build replaced (see
    :func:`~timeline.site.output.staging_for`): then every page's key is made here, and
    the pages keep them, so the writers never make them again.
    """
    if not staging.kept.keys:
        return False
    kept, live = staging.kept.keys, staging.live.keys
    fresh = 0
    for page, _ in jobs:
        key = page.key
        if kept.get(page.path) != key and live.get(page.path) != key:
            fresh += 1
    return fresh < PARALLEL_THRESHOLD


def _write(jobs: Iterable[Job], staging: Staging) -> tuple[int, int, dict[str, int], dict[str, str]]:
    """Keep, link or render each page; (rendered, reused, {path: size}, {path: key})."""
    rendered = reused = 0
    sizes: dict[str, int] = {}
    keys: dict[str, str] = {}
    kept_keys, kept_sizes = staging.kept.keys, staging.kept.sizes
    for page, target in jobs:
        path = page.path
        keys[path] = key = page.key
        if kept_keys.get(path) == key:  # in the staging folder already (after an edit, most pages)
            sizes[path] = kept_sizes[path]
            reused += 1
        elif (size := staging.place(path, key, target)) is not None:
            reused += 1
            sizes[path] = size
        else:
            sizes[path] = _write_file(target, page.render())
            rendered += 1
    return rendered, reused, sizes, keys


def _write_file(target: str, data: bytes | Iterable[bytes]) -> int:
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
        return sum(write_fully(fd, chunk) for chunk in data)
    finally:
        os.close(fd)
