"""A per-file cache of parsed events, so that a rebuild parses only the files that changed.

Pelican's content cache, for events files: beside the content folder, in
``.timeline-cache/`` (ignored by git, safe to delete at any time, never part
of the published site), one entry per events file holds its events, and the
values the build derives from them in the loading processes, under a key: the
SHA-256 of the file's bytes, its path as shown in messages and the code that
reads and derives (every module of this package). An entry is used only when
its key is the key of the file as it is now; anything else is a miss, and the
file is parsed. The derived values also carry what they depend on (the site's
settings): under other settings the events are used and derived again.

Entries are pickles, the one format that carries events and derived values
(dates, times, tuples) both exactly and fast, and unpickling can run code. So
an entry is trusted only with a valid HMAC-SHA256 under a secret of this
user's, kept outside every project (``$XDG_CACHE_HOME/timeline/cache-key``,
mode 0600): a cache folder that came from anywhere else (an archive, a
shared drive, a repository someone committed it to) fails the check and is
never unpickled. Without a usable secret, or with ``TIMELINE_CACHE=off``,
there is no cache and every file is parsed.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import pickle
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline.model import Event
from timeline.provenance import code_fingerprint

#: The folder, beside the content folder.
CACHE_DIR = ".timeline-cache"
#: Changes whenever an entry's layout or key does.
FORMAT = 3
_SUFFIX = ".events"
_MAC_BYTES = 32
#: Far above any entry of a file within the loader's size limit.
MAX_ENTRY_BYTES = 512 * 1024 * 1024
_KEY_BYTES = 64


@dataclass(frozen=True, slots=True)
class HashedFile:
    """A file as it was when last hashed: its (inode, size, mtime, ctime) and the SHA-256 of its bytes."""

    stamp: tuple[int, int, int, int]
    sha256: bytes


#: Files as last hashed, by path (kept by ``timeline serve``: :attr:`timeline.memory.BuildMemory.digests`).
FileDigests = dict[Path, HashedFile]


def file_digest(path: Path, known: FileDigests | None = None) -> tuple[int, bytes]:
    """The size and SHA-256 of the bytes of the file at ``path``; raises OSError.

    The one hash of a content file a build makes, for its input digest
    (:func:`timeline.pipeline.inputs_digest`) and its cache key (:meth:`EventsCache.key`).
    With ``known``, a file whose inode, size, mtime and ctime are those it had when it was
    last hashed is not read again (any write changes its ctime), and files read are added.
    """
    st = os.stat(path)
    stamp = (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
    if known is not None and (last := known.get(path)) is not None and last.stamp == stamp:
        return st.st_size, last.sha256
    data = path.read_bytes()
    digest = hashlib.sha256(data).digest()
    if known is not None and len(data) == st.st_size:
        known[path] = HashedFile(stamp, digest)
    return len(data), digest


def _secret() -> bytes | None:
    """This user's cache secret, made on first use; ``None`` when it cannot be kept."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = Path(base) / "timeline" / "cache-key"
    try:
        return _read_secret(path)
    except FileNotFoundError:
        pass
    except OSError:
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, os.urandom(32))
        finally:
            os.close(fd)
    except FileExistsError:
        pass  # another build made it meanwhile
    except OSError:
        return None
    try:
        return _read_secret(path)
    except OSError:
        return None


def _read_secret(path: Path) -> bytes | None:
    st = os.stat(path, follow_symlinks=False)
    if not os.path.isfile(path) or os.path.islink(path) or (hasattr(os, "getuid") and st.st_uid != os.getuid()) \
            or st.st_mode & 0o077:
        return None  # a secret others can read or write protects nothing
    data = path.read_bytes()
    return data if len(data) == 32 else None


@dataclass(frozen=True, slots=True)
class RememberedEntry:
    """An entry a process read or wrote, with what it was made under, kept in its
    :class:`~timeline.memory.BuildMemory` for the next build (``timeline serve``): an
    unchanged file's events (frozen values, shared safely by one build and the next) are
    then neither read, checked nor unpickled again. The key is still the file's bytes,
    read and hashed on every build."""

    key: str
    context: str
    events: list[Event]
    derived: list[Any] | None
    secret: bytes


def _read_regular(path: Path) -> bytes | None:
    """The bytes of a regular file of at most MAX_ENTRY_BYTES, else None.

    Opened without following a symlink and checked on the open descriptor, so a
    device, a fifo or a huge file put in the cache folder is never read.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_ENTRY_BYTES:
            return None
        with os.fdopen(fd, "rb", closefd=False) as fh:
            return fh.read()
    except OSError:
        return None
    finally:
        os.close(fd)


def _verified(raw: bytes, secret: bytes) -> bytes | None:
    """What follows the MAC in ``raw``, when the MAC is this user's over it; else None."""
    mac, signed = raw[:_MAC_BYTES], raw[_MAC_BYTES:]
    if len(mac) != _MAC_BYTES or not hmac.compare_digest(mac, hmac.new(secret, signed, "sha256").digest()):
        return None
    return signed


def _write_signed(target: Path, secret: bytes, signed: bytes, *, parents: bool) -> None:
    """Write ``signed`` with its MAC atomically (a reader sees the old file or the new one); failures
    are ignored, as a cache may always miss."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=parents, exist_ok=True)
        with open(tmp, "wb") as fh:
            fh.write(hmac.new(secret, signed, "sha256").digest() + signed)
        os.replace(tmp, target)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


@dataclass(frozen=True, slots=True)
class Cached:
    """One file's events and, when the build derives per-event values, those (in the same order)."""

    events: list[Event]
    derived: list[Any] | None


class EventsCache:
    """The cache of one content folder; see the module's docstring."""

    def __init__(self, folder: Path, secret: bytes, context: str,
                 memory: dict[Path, RememberedEntry] | None = None,
                 later: list[Callable[[], None]] | None = None) -> None:
        self.folder, self.secret, self.context, self.memory, self.later = folder, secret, context, memory, later

    @classmethod
    def open(cls, content_dir: Path, context: str = "",
             memory: dict[Path, RememberedEntry] | None = None,
             later: list[Callable[[], None]] | None = None) -> EventsCache | None:
        """The cache beside ``content_dir``, or ``None`` (turned off, or no secret can be kept).

        ``context``: what derived values depend on besides the code and the file (the site's settings).
        ``memory``: entries kept in memory from earlier builds (:attr:`timeline.memory.BuildMemory.entries`),
        read and brought up to date by this cache; with ``later`` (:attr:`timeline.memory.BuildMemory.deferred`),
        entries are written to disk when the caller settles, not during the build.
        """
        if os.environ.get("TIMELINE_CACHE", "").lower() in ("off", "0", "no", "false"):
            return None
        folder = Path(content_dir).resolve().parent / CACHE_DIR
        if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
            return None  # not ours to write into or clean up: a link could point anywhere
        secret = _secret()
        if secret is None:
            return None
        return cls(folder, secret, context, memory, later)

    def key(self, shown: str, digest: bytes) -> str:
        """The key of a file's entry: its bytes (``digest``, their SHA-256: see :func:`file_digest`),
        its path as shown and the code.

        The derivation's context is kept beside the derived values instead: a
        change of site settings derives again but parses nothing.
        """
        h = hashlib.sha256(repr((FORMAT, shown, code_fingerprint())).encode("utf-8", "surrogatepass"))
        h.update(digest)
        return h.hexdigest()

    def _entry(self, shown: str) -> Path:
        return self.folder / (hashlib.sha256(shown.encode("utf-8", "surrogatepass")).hexdigest()[:40] + _SUFFIX)

    def get(self, shown: str, key: str) -> Cached | None:
        """The entry of file ``shown`` if it is there, intact, this user's and made under ``key``."""
        entry = self._entry(shown)
        # (The key covers the file and the code; the MAC was checked by the read that put it here.)
        memo = self.memory
        if memo is not None and (known := memo.get(entry)) is not None and known.key == key \
                and known.secret == self.secret:
            return Cached(known.events, known.derived if known.context == self.context else None)
        raw = _read_regular(entry)
        if raw is None:
            return None
        # An entry: its MAC, its key (64 hex digits), then the pickle. The key is compared first, so an
        # entry of the file's previous version is never unpickled; the MAC covers key and pickle.
        if raw[_MAC_BYTES:_MAC_BYTES + _KEY_BYTES] != key.encode("ascii"):
            return None
        signed = _verified(raw, self.secret)
        if signed is None:
            return None
        try:
            events, context, derived = pickle.loads(signed[_KEY_BYTES:])
        except Exception:  # an entry this user's code wrote, but unreadable now (a library changed): a miss
            return None
        if type(events) is not list:
            return None
        if memo is not None:
            memo[entry] = RememberedEntry(key, context, events, derived, self.secret)
        return Cached(events, derived if context == self.context else None)

    def put(self, shown: str, key: str, entry: Cached, dumps: Callable[[object], bytes]) -> None:
        """Store an entry (atomically: a reader sees the old entry or the new one); failures are ignored."""
        target = self._entry(shown)
        if (memo := self.memory) is not None:
            memo[target] = RememberedEntry(key, self.context, entry.events, entry.derived, self.secret)
        context, secret = self.context, self.secret

        def write() -> None:
            _write_signed(target, secret, key.encode("ascii") + dumps((entry.events, context, entry.derived)),
                          parents=False)

        if self.later is not None:
            self.later.append(write)
        else:
            write()

    def has_entries(self, shown: list[str]) -> bool:
        """Whether every file of ``shown`` has an entry (of some version of it)."""
        return all(self._entry(s).is_file() for s in shown)

    def keep_only(self, shown: list[str]) -> None:
        """Remove the entries of files that no longer exist (renamed, deleted)."""
        wanted = {self._entry(s).name for s in shown}
        try:
            names = os.listdir(self.folder)
        except OSError:
            return
        if (memo := self.memory) is not None:
            for entry in [e for e in memo if e.parent == self.folder and e.name not in wanted]:
                memo.pop(entry, None)
        for name in names:
            if name.endswith(_SUFFIX) and name not in wanted:
                with contextlib.suppress(OSError):
                    os.unlink(self.folder / name)


class SignedStore:
    """Small signed blobs in a folder of the cache (the exports' piece indexes, see
    :mod:`timeline.site.pieces`): each is read back only with a valid HMAC under this
    user's secret, and only as bytes; what they mean is checked by their reader."""

    def __init__(self, folder: Path, secret: bytes) -> None:
        self.folder, self.secret = folder, secret

    @classmethod
    def open(cls, content_dir: Path, name: str) -> SignedStore | None:
        """The store ``name`` of the cache beside ``content_dir``, or ``None`` (as :meth:`EventsCache.open`)."""
        events = EventsCache.open(content_dir)
        if events is None:
            return None
        folder = events.folder / name
        if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
            return None
        return cls(folder, events.secret)

    def get(self, name: str) -> bytes | None:
        raw = _read_regular(self.folder / name)
        return None if raw is None else _verified(raw, self.secret)

    def put(self, name: str, data: bytes) -> None:
        """Store ``data`` under ``name`` atomically; failures are ignored (the next build makes it again)."""
        _write_signed(self.folder / name, self.secret, data, parents=True)
