"""Putting a finished staging folder in the live site's place, and undoing a swap cut short.

On Linux one ``renameat2(RENAME_EXCHANGE)`` call exchanges the two folders: a
build killed at any instant leaves the old site or the new one at the live path.
Where that call is missing (another system, a file system without it) the swap
takes two renames, and between them the live path is empty: the old site waits
in ``.<output>.swapping`` (never named like a staging folder, which the next build
deletes), and the next build's first step (:func:`cleanup_leftovers`) puts it back.
"""

from __future__ import annotations

import errno
import functools
import os
import shutil
from pathlib import Path

_RENAME_EXCHANGE = 2


def swapping_folder(out: Path) -> Path:
    """Where the two-rename swap keeps the old site while the new one moves in."""
    return out.parent / f".{out.name}.swapping"


def cleanup_leftovers(out: Path) -> None:
    """Undo a two-rename swap cut short (the old site back in place when the live path is
    empty, else the moved-out old site removed), then remove the staging folders of builds
    that were killed."""
    swapping = swapping_folder(out)
    if swapping.is_dir() and not swapping.is_symlink():
        if not out.exists() and not out.is_symlink():
            os.rename(swapping, out)
        else:
            shutil.rmtree(swapping, ignore_errors=True)
    for p in out.parent.glob(f"{out.name}.tmp-*"):
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, ignore_errors=True)


@functools.cache
def _libc_renameat2() -> object | None:
    # Imported here: only a rebuild over an existing site swaps, and ctypes adds to every start-up.
    # Looked up once per process: find_library runs ldconfig in a child process.
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.renameat2
    except (OSError, AttributeError):
        return None


def swap_into_place(staging: Path, out: Path) -> None:
    """Make ``staging`` the live site in one step; the old site ends up in ``staging``."""
    if not out.exists():
        os.rename(staging, out)
        staging.mkdir()  # callers remove it; keeps one code path
        return
    fn = _libc_renameat2()
    if fn is not None:
        at_fdcwd = -100
        rc = fn(at_fdcwd, os.fsencode(staging), at_fdcwd, os.fsencode(out), _RENAME_EXCHANGE)  # type: ignore[operator]
        if rc == 0:
            return
        import ctypes

        err = ctypes.get_errno()
        if err not in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
            raise OSError(err, os.strerror(err), str(out))
    # Portable fallback: two renames. Killed between them, the live path is empty and the
    # next build's cleanup_leftovers moves the old site back.
    old = swapping_folder(out)
    if old.exists() or old.is_symlink():  # (cleanup_leftovers removed any under the build's lock)
        raise OSError(errno.EEXIST, "a swap cut short is in the way", str(old))
    os.rename(out, old)
    os.rename(staging, out)
    os.rename(old, staging)
