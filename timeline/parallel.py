"""Run a pure function over a list in two processes.

The machines this tool targets have two cores and its hot paths are CPU-bound
Python, so a forked child takes the first half of the list while this process
does the second, and sends its results back as JSON through a pipe. Results
must be JSON values (tuples come back as lists). Anything unusual (no fork,
other threads running, a child that fails or dies) falls back to computing the
child's share here, so errors surface exactly as in one process. Used by the
store (half the events files) and the renderer (half the Markdown bodies).
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")


def _json_dumps(value: object) -> bytes:
    return json.dumps(value).encode("utf-8")


def write_fully(fd: int, data: bytes) -> int:
    """os.write may write less than asked (full disk, signals, a full pipe): loop
    until done; returns the size. Used for the site's files and for the pipes
    between processes."""
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        if n <= 0:
            raise OSError(28, "No space left on device")
        view = view[n:]
    return len(data)


def can_fork() -> bool:
    """Whether forking is safe here: the platform has fork and no other thread runs
    (a child of a threaded process may inherit locks held by threads that are gone)."""
    return hasattr(os, "fork") and threading.active_count() == 1


def fork_map(fn: Callable[[T], Any], items: Sequence[T], dumps: Callable[[list[Any]], bytes] = _json_dumps,
             loads: Callable[[bytes], Any] = json.loads) -> list[Any]:
    """``[fn(x) for x in items]``, computed by two processes when it is safe to fork.

    The child takes the first half. ``dumps``/``loads`` carry its results
    through the pipe (JSON by default; the store passes a pickler for events:
    the data only ever comes from our own child).
    """
    if len(items) < 2 or not can_fork():
        return [fn(x) for x in items]
    half = len(items) // 2
    theirs, mine = items[:half], items[half:]
    rfd, wfd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child process
        code = 0
        try:
            os.close(rfd)
            write_fully(wfd, dumps([fn(x) for x in theirs]))
        except BaseException:
            code = 1
        os._exit(code)
    os.close(wfd)
    payload = b""
    try:
        own = [fn(x) for x in mine]
        with os.fdopen(rfd, "rb") as fh:
            payload = fh.read()
    finally:
        _, status = os.waitpid(pid, 0)
    try:
        done = loads(payload) if status == 0 else None
    except Exception:  # a broken payload only costs computing the child's half here
        done = None
    if not isinstance(done, list) or len(done) != len(theirs):
        done = [fn(x) for x in theirs]
    return done + own
