"""Run a pure function over a list in two processes.

The machines this tool targets have two cores and its hot paths are CPU-bound
Python, so a forked child and this process share out the items of a list,
and the child sends its results back as JSON through a pipe. Results
must be JSON values (tuples come back as lists). Anything unusual (no fork,
other threads running, a child that fails or dies) falls back to computing the
child's share here, so errors surface exactly as in one process. Used by the
store (events files) and the renderer (Markdown bodies); the site writer shares
its event pages out through the same :class:`WorkQueue`.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterator, Sequence
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


class WorkQueue:
    """Items ``0..n-1`` in batches that two forked processes take as each becomes free.

    Batch numbers are 4-byte records in a pipe, read with single ``os.read``
    calls (reads of up to PIPE_BUF bytes are atomic: no batch is taken twice).
    The pipe is filled before anyone reads it, so it must fit the pipe's
    buffer: at most :data:`RECORDS` batches (4 KiB, which any pipe holds),
    each of at least ``batch`` items. Create it before forking.
    """

    #: Most batches in the queue.
    RECORDS = 1024

    def __init__(self, n: int, batch: int = 1) -> None:
        self.n = n
        self.size = max(batch, -(-n // self.RECORDS))
        count = -(-n // self.size)
        self._r, w = os.pipe()
        try:
            write_fully(w, b"".join(i.to_bytes(4, "little") for i in range(count)))
        finally:
            os.close(w)

    def claim(self) -> Iterator[int]:
        """The item numbers of each batch this process takes, until none is left."""
        while (record := os.read(self._r, 4)):
            start = int.from_bytes(record, "little") * self.size
            yield from range(start, min(start + self.size, self.n))

    def close(self) -> None:
        os.close(self._r)


def fork_map(fn: Callable[[T], Any], items: Sequence[T], dumps: Callable[[list[Any]], bytes] = _json_dumps,
             loads: Callable[[bytes], Any] = json.loads) -> list[Any]:
    """``[fn(x) for x in items]``, computed by two processes when it is safe to fork.

    Both processes take items one at a time (a few at a time above
    :data:`WorkQueue.RECORDS` items), in list order, from a queue they share,
    so the faster one does more (the two cores of a VM are rarely
    equal, and items differ in size): callers put the biggest items first.
    ``dumps``/``loads`` carry the child's results through the pipe (JSON by
    default; the store passes a pickler for events: the data only ever comes
    from our own child).
    """
    if len(items) < 2 or not can_fork():
        return [fn(x) for x in items]
    queue = WorkQueue(len(items))
    rfd, wfd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child process
        code = 0
        try:
            os.close(rfd)
            taken: list[int] = []
            results: list[Any] = []
            for i in queue.claim():
                taken.append(i)
                results.append(fn(items[i]))
            write_fully(wfd, dumps([taken, results]))
        except BaseException:
            code = 1
        os._exit(code)
    os.close(wfd)
    payload = b""
    done: dict[int, Any] = {}
    try:
        for i in queue.claim():
            done[i] = fn(items[i])
        with os.fdopen(rfd, "rb") as fh:
            payload = fh.read()
    finally:
        queue.close()
        _, status = os.waitpid(pid, 0)
    try:
        theirs = loads(payload) if status == 0 else None
    except Exception:  # a broken payload only costs computing the child's share here
        theirs = None
    if isinstance(theirs, list) and len(theirs) == 2 and len(theirs[0]) == len(theirs[1]):
        for i, result in zip(theirs[0], theirs[1], strict=True):
            if type(i) is int and 0 <= i < len(items) and i not in done:
                done[i] = result
    # Whatever the child took but did not deliver is computed here.
    return [done[i] if i in done else fn(items[i]) for i in range(len(items))]
