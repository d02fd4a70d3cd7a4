"""Kill a build at a chosen file-system call, deterministically.

A forked child runs :func:`timeline.pipeline.build` with every call that changes a
folder or a file (open, write, link, unlink, rename, renameat2, rmdir, mkdir,
ftruncate, copy_file_range, chmod, and the manifest's ``write_text``) counted; at
call number ``n`` it SIGKILLs itself, so nothing after that point runs (no
``finally``, no clean-up), as when the machine kills a build. A write chosen as the
kill point writes half its bytes first (a torn write). Walking ``n`` from 1 up
kills a build between every two of its system calls, without any timing.
"""

from __future__ import annotations

import os
import pathlib
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

import timeline.site.swap as swap_module

#: The calls counted, by name in the ``os`` module.
CHANGING_CALLS = ("open", "write", "link", "unlink", "rename", "replace", "rmdir", "mkdir", "ftruncate",
                  "copy_file_range", "chmod")


class KillAt:
    """Counts the calls; the ``n``-th is where the process dies."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.count = 0

    def step(self) -> bool:
        """Count one call; whether it is the one to die at."""
        self.count += 1
        return self.count == self.n

    def die(self) -> None:
        os.kill(os.getpid(), signal.SIGKILL)


def _counted(kill: KillAt, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        if name == "open" and len(args) > 1 and not args[1] & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            return fn(*args, **kwargs)  # reading changes nothing
        if kill.step():
            if name == "write" and len(args[1]) > 1:
                fn(args[0], args[1][:len(args[1]) // 2])  # torn: half the bytes reach the file
            kill.die()
        return fn(*args, **kwargs)

    return call


def install(kill: KillAt) -> None:
    """Count (and kill at) every changing call this process makes from now on."""
    for name in CHANGING_CALLS:
        if hasattr(os, name):
            setattr(os, name, _counted(kill, name, getattr(os, name)))
    write_text = pathlib.Path.write_text

    def counted_write_text(self: Path, data: str, *args: Any, **kwargs: Any) -> int:
        if kill.step():
            die_after = len(data) // 2
            with open(self, "w", encoding=kwargs.get("encoding", "utf-8")) as f:
                f.write(data[:die_after])
            kill.die()
        return write_text(self, data, *args, **kwargs)

    pathlib.Path.write_text = counted_write_text  # type: ignore[method-assign]
    renameat2 = swap_module._libc_renameat2()
    if renameat2 is not None:
        counted = _counted(kill, "renameat2", renameat2)
        swap_module._libc_renameat2 = lambda: counted  # type: ignore[assignment]


def without_exchange() -> None:
    """Swap as where ``renameat2(RENAME_EXCHANGE)`` is missing (not Linux, some file systems): two renames."""
    swap_module._libc_renameat2 = lambda: None  # type: ignore[assignment]


def build_killed_at(n: int, run: Callable[[], object], before: Callable[[], object] | None = None) -> bool:
    """Run ``run`` (a build) in a forked child killed at changing call ``n``, after ``before`` (builds
    that are not killed, in the same process: a ``timeline serve``'s earlier builds); whether it
    finished (True) or was killed (False). A build that fails otherwise fails the caller."""
    swap_module._libc_renameat2()  # looked up here once, not by every child (find_library runs ldconfig)
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 1
        try:
            if before is not None:
                before()
            install(KillAt(n))
            run()
            code = 0
        except BaseException:
            import traceback

            traceback.print_exc()
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        assert os.WTERMSIG(status) == signal.SIGKILL
        return False
    assert os.WEXITSTATUS(status) == 0, f"the build killed at call {n} failed otherwise"
    return True
