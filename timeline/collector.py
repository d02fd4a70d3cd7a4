"""When Python's cyclic garbage collector runs while timeline reads and builds: the one policy.

What a build makes (node trees, events, views, pages) stays alive until the build ends and
holds no reference cycles, so collections triggered by its growth would only walk it again
and again. The store pauses the collector while it reads a file (:func:`paused`), the
pipeline while it makes what it renders and writes (:func:`kept_until_the_end`);
reference counting frees everything as usual meanwhile.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a file is composed and read.

    A 1,000-event file composes into half a million nodes that all stay
    alive; every few hundred allocations the collector walks the young ones,
    and the growing tree makes it walk them again and again, most of the
    cost of composing. Node trees and events hold no reference cycles, so
    nothing is lost by collecting only afterwards; reference counting still
    frees everything as usual. Nested pauses are no-ops, and the collector is
    only re-enabled by the pause that disabled it.

    Everything allocated while paused is still in the youngest generation, so
    the first collection afterwards would walk all of it; ``freeze()`` then ``unfreeze()`` moves it to the oldest
    generation without a walk, where a later full collection still finds any
    cycle. Skipped if the program froze objects itself (``unfreeze`` would
    thaw them).
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if not gc.get_freeze_count():
            gc.freeze()
            gc.unfreeze()
        gc.enable()


@contextmanager
def kept_until_the_end() -> Iterator[None]:
    """The build's one pause of Python's cyclic garbage collector.

    The timeline, the per-event views and the pages made from them (millions of
    objects for a big timeline) all live until the build ends and hold no
    garbage cycles: each collection triggered by their growth would only walk
    them again (the more events, the longer each pass). So the collector is
    paused while they are made, and they are frozen before it resumes for the
    writers: frozen objects are never walked again, and without the freeze the
    first collection would walk all of them just before the writers fork.
    The store pauses it the same way while it parses (:func:`paused`). Thawed by
    :func:`thaw` once the build is done.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        gc.freeze()
    finally:
        if was_enabled:
            gc.enable()


def thaw() -> None:
    """Make what :func:`kept_until_the_end` froze collectable again (the build is over)."""
    gc.unfreeze()
