"""Run a pure function over a list in two processes.

The machines this tool targets have two cores and its hot paths are CPU-bound
Python, so a forked child and this process share out the items of a list,
and the child hands each result back as soon as it has it (written to an
in-memory file they share, announced through a pipe). By default results
must be JSON values (tuples come back as lists). Anything unusual (no fork,
other threads running, a child that fails or dies) falls back to computing the
child's share here, so errors surface exactly as in one process. Used by the
store (events files) and the renderer (Markdown bodies); the site writer shares
its event pages out through the same :class:`WorkQueue`.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import struct
import tempfile
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


_HEADER = struct.Struct("<IQQ")  # item number, offset and size of its result in the buffer


def _result_buffer() -> int:
    """A file descriptor both processes share for the child's results: in memory
    (``memfd_create``) where the system has it, else an unlinked temporary file."""
    if hasattr(os, "memfd_create"):
        with contextlib.suppress(OSError):
            return os.memfd_create("timeline-results", os.MFD_CLOEXEC)
    with tempfile.TemporaryFile() as fh:
        return os.dup(fh.fileno())


#: Children that had not finished exiting when their results were in (see :func:`reap`).
_exiting: list[int] = []


def reap(pid: int) -> None:
    """Collect a finished child's exit status without waiting for its exit.

    A child whose results are in still has to tear down its address space
    (longer the bigger the timeline), and nothing here depends on
    that: a child not yet gone is collected at a later call, or by
    :func:`reap_all` when the build ends.
    """
    for waiting in [*_exiting, pid]:
        try:
            done, _ = os.waitpid(waiting, os.WNOHANG)
        except ChildProcessError:
            done = waiting
        if waiting in _exiting and done:
            _exiting.remove(waiting)
        elif waiting == pid and not done:
            _exiting.append(pid)


def reap_all() -> None:
    """Wait for the children :func:`reap` left exiting. Called when a build ends,
    when they are long gone: so none outlives the build, and their CPU time and
    memory count in the build's own resource usage (``RUSAGE_CHILDREN``)."""
    while _exiting:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(_exiting[0], 0)
        _exiting.pop(0)


def fork_map(fn: Callable[[T], Any], items: Sequence[T], dumps: Callable[[Any], bytes] = _json_dumps,
             loads: Callable[[bytes], Any] = json.loads) -> list[Any]:
    """``[fn(x) for x in items]``, computed by two processes when it is safe to fork.

    Both processes take items one at a time (a few at a time above
    :data:`WorkQueue.RECORDS` items), in list order, from a queue they share,
    so the faster one does more (the two cores of a VM are rarely
    equal, and items differ in size): callers put the biggest items first.

    The child sends each result as soon as it has it, and this process reads
    them between its own items: encoding and decoding results then overlap
    with the work instead of following it (sent at the end, all of that came
    after both processes had finished parsing). Results go into a shared
    in-memory file and only their places through the pipe, so the child never
    waits for this process to read: through the pipe itself, each 1.3 MB
    result of a 1,000-event file waited for this process to finish its own
    item first. ``dumps``/``loads`` carry one result (JSON by default; the
    store passes a pickler for events: the data only ever comes from our own
    child).
    """
    if len(items) < 2 or not can_fork():
        return [fn(x) for x in items]
    queue = WorkQueue(len(items))
    buffer = _result_buffer()
    rfd, wfd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child process
        code = 0
        try:
            os.close(rfd)
            offset = 0
            for i in queue.claim():
                data = dumps(fn(items[i]))
                write_fully(buffer, data)
                write_fully(wfd, _HEADER.pack(i, offset, len(data)))  # atomic: under PIPE_BUF
                offset += len(data)
            os.close(wfd)  # the end of the results now, not once this process is torn down
        except BaseException:
            code = 1
        os._exit(code)
    os.close(wfd)
    done: dict[int, Any] = {}
    theirs = _Results(rfd, buffer, loads, len(items))
    try:
        for i in queue.claim():
            done[i] = fn(items[i])
            theirs.read(done, block=False)
        theirs.read(done, block=True)
    except BaseException:
        # Take every item left, so the child stops after its current one, and wait for its
        # end: no child outlives a failed call, still at work (the site writer's would still
        # be writing into a folder the caller is about to remove).
        for _ in queue.claim():
            pass
        theirs.read(done, block=True)
        raise
    finally:
        queue.close()
        os.close(rfd)
        os.close(buffer)
        reap(pid)
    # Whatever the child took but did not deliver (it failed, or died) is computed here.
    return [done[i] if i in done else fn(items[i]) for i in range(len(items))]


class _Results:
    """The child's results as they arrive: a header (item, offset, size) in the
    pipe for each result written to the shared buffer.

    A broken or truncated message ends reading: the items it left out are
    computed by the parent, so errors surface exactly as in one process.
    """

    def __init__(self, fd: int, buffer: int, loads: Callable[[bytes], Any], n: int) -> None:
        self.fd, self.buffer, self.loads, self.n, self.open = fd, buffer, loads, n, True

    def read(self, done: dict[int, Any], block: bool) -> None:
        while self.open and (block or select.select([self.fd], [], [], 0)[0]):
            header = self._header()
            if header is None:
                return
            i, offset, size = _HEADER.unpack(header)
            payload = os.pread(self.buffer, size, offset)
            try:
                if len(payload) != size:
                    raise ValueError("result cut short")
                result = self.loads(payload)
            except Exception:  # computed here instead
                self.open = False
                return
            if i < self.n and i not in done:
                done[i] = result

    def _header(self) -> bytes | None:
        """The next header (written whole, so it follows soon), or None at the end."""
        parts, size = [], _HEADER.size
        while size:
            chunk = os.read(self.fd, size)
            if not chunk:
                self.open = False
                return None
            parts.append(chunk)
            size -= len(chunk)
        return b"".join(parts)


def pool_map(func: Callable[[Any], T], tasks: Sequence[Any], jobs: int, chunksize: int | None = None,
             min_tasks: int = 2) -> Iterator[T]:
    """``map`` over ``jobs`` worker processes, results in input order, as they come.

    For the commands that read many articles (extract, story), whose per-item
    results are objects rather than JSON. Fewer than ``min_tasks`` items, or one
    job, run here. fork shares what the caller has already imported with the
    workers; where fork is unavailable the platform default still works, only
    slower to start. ``chunksize`` defaults to about eight chunks a worker.
    """
    if jobs <= 1 or len(tasks) < max(2, min_tasks):
        yield from map(func, tasks)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    chunk = chunksize or max(1, min(16, len(tasks) // (jobs * 8)))
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        yield from pool.map(func, tasks, chunksize=chunk)
