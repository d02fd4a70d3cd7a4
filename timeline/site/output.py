"""Writing the site so that readers only ever see a whole old site or a whole new one.

A build renders into a fresh sibling folder ``<output>.tmp-XXXX`` and then swaps
it with the live folder in one ``renameat2(RENAME_EXCHANGE)`` call (Linux), or
two renames elsewhere (see :mod:`timeline.site.swap`). A build that fails or is killed
before the swap leaves the old site untouched; the leftover temporary folder is removed
by the next build. A build killed at any instant leaves the old site or the new one
(``tests/hardening/test_kill_points.py`` kills one at each of its file-system calls).
Builds of the same folder take an exclusive lock on its parent directory, so two
at once run one after the other instead of interleaving.

Unchanged files are hard-linked from the previous site, using the manifest of
page keys the previous build left in ``.timeline-manifest.json``. The manifest
also records a digest of every input and the size of every file written, so a
build whose inputs did not change at all, into a site nobody touched since,
writes nothing (see :func:`unchanged_site`).
"""

from __future__ import annotations

import contextlib
import fcntl
import itertools
import json
import operator
import os
import shutil
import stat
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline.errors import TimelineError
from timeline.site.swap import cleanup_leftovers, swap_into_place  # noqa: F401 (the pipeline's steps)

MANIFEST = ".timeline-manifest.json"


def check_output_dir(output: Path, content: Path, protected: list[Path] | None = None) -> Path:
    """Refuse output folders whose replacement would destroy something else.

    The output folder is deleted and recreated on every build, so it must not be
    ``/``, the home folder, the content folder or any folder containing it (or
    the theme), and an existing folder must be a site this tool built earlier.
    """
    out = output.expanduser().resolve()
    content_r = content.expanduser().resolve()
    if out == Path(out.anchor) or out == Path.home().resolve():
        raise TimelineError(f"refusing to use {output} as the output folder: it would replace {out}", output)
    for p in [content_r, *(x.expanduser().resolve() for x in protected or [])]:
        if p == out or p.is_relative_to(out):
            raise TimelineError(
                f"refusing to use {output} as the output folder: it contains {p} (choose a separate folder such as site/)",
                output,
            )
    if out.exists() or out.is_symlink():
        if out.is_symlink() or not out.is_dir():
            raise TimelineError(f"output {output} exists and is not a folder", output)
        if any(out.iterdir()) and not (out / MANIFEST).is_file():
            raise TimelineError(
                f"refusing to replace {output}: it is not empty and was not built by timeline "
                f"(no {MANIFEST}); remove it or choose another output folder",
                output,
            )
    return out


@contextlib.contextmanager
def locked(out: Path) -> Iterator[None]:
    """Hold an exclusive lock on the output's parent folder for the whole build."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(out.parent, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def previous_folder(out: Path) -> Path:
    """Where the site the last build replaced is kept, beside the output (``.<output>.previous``,
    hidden like the cache): the next build brings it up to date and swaps it in (see :func:`staging_for`)."""
    return out.parent / f".{out.name}.previous"


def make_staging(out: Path) -> Path:
    """A fresh sibling folder to render into, with the mode any new folder gets.

    ``mkdtemp`` makes folders 0700; this one becomes the published site, which
    a web server running as another user must be able to read.
    """
    staging = Path(tempfile.mkdtemp(prefix=f"{out.name}.tmp-", dir=out.parent))
    mask = os.umask(0o022)
    os.umask(mask)
    os.chmod(staging, 0o777 & ~mask)
    return staging


def _manifest(out: Path) -> dict[str, Any] | None:
    """The previous build's manifest, or None if it is missing or unreadable."""
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


@dataclass(slots=True)
class LiveSite:
    """The site a build replaces, as its manifest describes it: the input key and, for
    each file still intact, its page key and size (see :func:`live_site`)."""

    folder: Path
    input: str | None = None
    keys: dict[str, str] = field(default_factory=dict)
    #: Sizes the manifest records, checked against the files (empty for old manifests).
    sizes: dict[str, int] = field(default_factory=dict)
    #: Sizes the manifest records, not checked yet (a file is checked when it is linked).
    recorded: dict[str, int] = field(default_factory=dict)
    #: Whether the folder was found to hold exactly the manifest's files, at their sizes, and no
    #: other file or folder (see :func:`live_site`): once set aside, it can be brought up to date
    #: by the next build in this process without being walked again (see :func:`kept_output`).
    exact: bool = False

    def link(self, path: str, target: str) -> int | None:
        """Hard-link the live file ``path`` (a page path, "/"-separated) to ``target``; its size,
        or None if that is impossible or the file is not as the manifest recorded it. Files whose
        size :func:`live_site` checked are regular files (a link there has no size that matches),
        so they are not looked at again."""
        src = f"{self.folder}/{path}"
        size = self.sizes.get(path)
        try:
            if size is None:
                st = os.lstat(src)
                if not stat.S_ISREG(st.st_mode) or self.recorded.get(path, st.st_size) != st.st_size:
                    return None
                size = st.st_size
            try:
                os.link(src, target)
            except FileExistsError:  # left by a writer process that died before reporting the page
                os.unlink(target)
                os.link(src, target)
        except OSError:
            return None
        return size


def live_site(out: Path, verify: bool = True, sizes: dict[str, int] | None = None,
              kept: KeptOutput | None = None) -> LiveSite:
    """The previous build's input key, and the page keys and sizes of its files still intact.

    With ``verify``, a file deleted, replaced by a link or changed in size
    since it was written is left out, so it is rendered again rather than
    linked into the new site; if any was, the input key is None too (the site
    is not whole). Empty if the manifest is unreadable. ``sizes``: the files' sizes
    (:func:`file_sizes`), when the caller has them. ``kept``: what this process's last
    build left; without ``verify``, its record of the site stands for the manifest it
    wrote, while that file is the one it wrote.
    """
    if not verify and kept is not None and kept.out == out and _file_stamp(out / MANIFEST) == kept.manifest:
        return LiveSite(out, kept.live.input, kept.live.keys, recorded=kept.live.recorded)
    data = _manifest(out) if out.is_dir() else None
    if data is None or not isinstance(files := data.get("files"), dict):
        return LiveSite(out)
    key, recorded = data.get("input"), data.get("sizes")
    keys = {str(k): str(v) for k, v in files.items()}
    kept: dict[str, int] = {}
    if not verify and isinstance(recorded, dict):
        return LiveSite(out, key if isinstance(key, str) else None, keys,
                        recorded={str(k): v for k, v in recorded.items() if type(v) is int})
    exact = False
    if verify and isinstance(recorded, dict):  # manifests from before sizes were recorded are trusted as they are
        folders: set[str] | None = set() if sizes is None else None
        try:
            now = file_sizes(out, folders) if sizes is None else sizes
        except OSError:
            return LiveSite(out)
        keys = {k: v for k, v in keys.items() if k in now and now[k] == recorded.get(k)}
        kept = {k: now[k] for k in keys}
        if len(keys) != len(files):
            key = None
        exact = key is not None and len(now) == len(keys) and folders == set(site_folders(keys))
    return LiveSite(out, key if isinstance(key, str) else None, keys, kept, exact=exact)


@dataclass(slots=True)
class Staging:
    """Where a build writes, and how it reuses files: those already in place (the folder is
    the site the last build replaced, see :func:`staging_for`) are kept, others are linked
    from the live site when their key is unchanged, the rest rendered."""

    folder: Path
    #: The live site (set by the caller once it has read it).
    live: LiveSite
    #: The files already in ``folder``, intact, by page key and size (a fresh folder: none).
    kept: LiveSite
    #: Every file in ``folder`` (intact or not), which must be removed before one is written there.
    present: set[str] = field(default_factory=set)

    def place(self, path: str, key: str, target: str) -> int | None:
        """Put page ``path`` with ``key``, which the folder does not hold already under that key
        (``kept``: the writer looks there first), at ``target`` without rendering it: its size,
        or None when it must be rendered (``target`` is free then)."""
        if path in self.present:
            with contextlib.suppress(FileNotFoundError):  # (already removed by a writer that died)
                os.unlink(target)
        return self.live.link(path, target) if self.live.keys.get(path) == key else None

    def prune(self, paths: list[str]) -> None:
        """Remove what the folder holds that the new site does not: files, then folders left empty."""
        if not self.present:
            return
        wanted = set(paths)
        folders = set()
        for rel in self.present - wanted:
            os.unlink(os.path.join(self.folder, rel))
            folders.add(rel.rpartition("/")[0])
        for folder in sorted((f for f in folders if f), key=len, reverse=True):
            while folder:  # the folder, then its parents inside the staging folder, while empty
                try:
                    os.rmdir(os.path.join(self.folder, folder))
                except OSError:  # not empty: it holds pages of the new site
                    break
                folder = folder.rpartition("/")[0]


@dataclass(frozen=True, slots=True)
class KeptOutput:
    """What a build left in the output folder and beside it, kept in a
    :class:`~timeline.memory.BuildMemory` for the next build in the same process
    (``timeline serve``): the next build then reads neither manifest and walks neither
    folder, as long as both are as this build left them (see :func:`kept_output`).

    A folder's mtime changes when a file is added to it, removed or renamed, so folders
    whose (inode, mtime) are unchanged hold the same files. A file edited in place is not
    looked at, as a same-size edit never was: the output folders are the tool's.
    """

    out: Path
    #: the live site as this build wrote it (its manifest's input key, page keys and sizes)
    live: LiveSite
    #: (inode, size, mtime) of the live manifest this build wrote
    manifest: Stamp
    #: (inode, mtime) of each folder of the live site just after the swap
    live_folders: dict[str, tuple[int, int]]
    #: the site this build replaced, set aside (see :func:`set_aside`), as its manifest describes it,
    #: when it held exactly the files its manifest lists (it was this process's site, untouched)
    previous: LiveSite | None = None
    #: (inode, size, mtime) of the set-aside site's manifest, and (inode, mtime) of each of its folders
    previous_manifest: Stamp | None = None
    previous_folders: dict[str, tuple[int, int]] | None = None


#: A file's (inode, size, mtime).
Stamp = tuple[int, int, int]


def _file_stamp(path: Path) -> Stamp | None:
    try:
        st = os.lstat(path)
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns) if stat.S_ISREG(st.st_mode) else None


def site_folders(paths: Iterable[str]) -> list[str]:
    """Every folder of a site with files at ``paths``, the root ("") first, parents before children."""
    found = {""}
    for folder in {path.rpartition("/")[0] for path in paths}:
        while folder and folder not in found:
            found.add(folder)
            folder = folder.rpartition("/")[0]
    return sorted(found)


def _stamps(root: Path, folders: Iterable[str]) -> dict[str, tuple[int, int]] | None:
    """The (inode, mtime) of each of ``folders`` under ``root``, or None when one is no folder."""
    now: dict[str, tuple[int, int]] = {}
    for folder in folders:
        try:
            st = os.lstat(root / folder if folder else root)
        except OSError:
            return None
        if not stat.S_ISDIR(st.st_mode):
            return None
        now[folder] = (st.st_ino, st.st_mtime_ns)
    return now


def live_untouched(out: Path, kept: KeptOutput | None) -> bool:
    """Whether the live site is still exactly what this process's last build left (``kept``)."""
    return kept is not None and kept.out == out and _file_stamp(out / MANIFEST) == kept.manifest \
        and _stamps(out, kept.live_folders) == kept.live_folders


def kept_output(out: Path, written: LiveSite, folders: list[str], replaced: LiveSite | None,
                replaced_folders: Iterable[str] = ()) -> KeptOutput | None:
    """The state a build just left, for the next build in this process: ``written``, the live
    site it wrote, with its ``folders`` (:func:`site_folders`); ``replaced``, the one it set
    aside, when that held exactly its manifest's files (see :func:`live_untouched`), with its
    folders. None when the live site cannot be told apart from another's."""
    manifest = _file_stamp(out / MANIFEST)
    live_folders = _stamps(out, folders)
    if manifest is None or live_folders is None:
        return None
    kept = KeptOutput(out, written, manifest, live_folders)
    if replaced is None:
        return kept
    previous = previous_folder(out)
    previous_manifest = _file_stamp(previous / MANIFEST)
    recorded = replaced.sizes or replaced.recorded
    previous_folders = _stamps(previous, replaced_folders)
    if previous_manifest is None or previous_folders is None or set(recorded) != set(replaced.keys):
        return kept
    return KeptOutput(out, written, manifest, live_folders,
                      LiveSite(previous, replaced.input, replaced.keys, recorded=recorded),
                      previous_manifest, previous_folders)


def _kept_previous(out: Path, kept: KeptOutput | None) -> LiveSite | None:
    """The set-aside site as ``kept`` describes it, when it is still exactly as left."""
    if kept is None or kept.out != out or kept.previous is None or kept.previous_folders is None:
        return None
    previous = previous_folder(out)
    if _file_stamp(previous / MANIFEST) != kept.previous_manifest \
            or _stamps(previous, kept.previous_folders) != kept.previous_folders:
        return None
    return kept.previous


def staging_for(out: Path, kept: KeptOutput | None = None) -> Staging:
    """A folder to build the new site in: the site the last build replaced when it is whole
    enough to be brought up to date, else a fresh one (see :func:`make_staging`).

    After an edit most files are the same, and the replaced site holds most of them
    already: rewriting only those that changed since it was live, and removing those
    the new site lacks, spares linking every file of the live site into a new folder
    and deleting the replaced one (two file-system operations per file, the largest
    part of a small edit's rebuild). Its files are checked by
    size, as the live site's are (:func:`live_site`); a link anywhere in it, or no
    manifest, and it is removed instead.
    """
    previous = previous_folder(out)
    remembered = _kept_previous(out, kept)
    if remembered is not None:
        # Left by this process's last build and untouched since: neither walked nor its manifest read.
        os.unlink(previous / MANIFEST)
        sizes = dict(remembered.recorded)
        return Staging(previous, LiveSite(out), LiveSite(previous, remembered.input, remembered.keys, sizes),
                       set(sizes))
    if previous.is_dir() and not previous.is_symlink():
        folders: set[str] = set()
        try:
            present = file_sizes(previous, folders)
        except OSError:
            present = {"": -1}
        kept = live_site(previous, sizes=present)
        # (a folder holding no file is never pruned: a folder like that and the site is made afresh)
        if kept.keys and len(kept.sizes) == len(kept.keys) and all(size >= 0 for size in present.values()) \
                and folders == set(site_folders(present)):
            try:
                # From here on the folder is being changed: without its manifest, a build killed
                # meanwhile leaves nothing the next one would trust (a page rewritten at the same
                # size would otherwise pass for the old one).
                os.unlink(previous / MANIFEST)
            except OSError:
                pass
            else:
                return Staging(previous, LiveSite(out), kept, set(present))
        shutil.rmtree(previous, ignore_errors=True)
    elif previous.exists() or previous.is_symlink():
        raise TimelineError(f"{previous} is in the way of the build: it should be a folder the build made")
    folder = make_staging(out)
    return Staging(folder, LiveSite(out), LiveSite(folder))


def set_aside(replaced: Path, out: Path) -> None:
    """Keep the site a build just replaced (now at ``replaced``) for the next build to bring up to date."""
    try:
        os.replace(replaced, previous_folder(out))
    except OSError:
        shutil.rmtree(replaced, ignore_errors=True)


def input_hint(out: Path) -> str | None:
    """The input key the live site's manifest records, found without parsing the manifest.

    A first look before the build's lock, to decide whether pages must be made at all;
    :func:`live_site` reads and checks the manifest under the lock. Parsing it whole
    here would be done twice per build (a megabyte of JSON for 10k events).
    """
    try:
        text = (out / MANIFEST).read_text(encoding="utf-8")
    except (OSError, ValueError):
        return None
    at = text.find('\n"input": "')
    if at < 0 or '\n"files": {}' in text or not text.startswith('{\n"'):
        return None
    start = at + len('\n"input": "')
    end = text.find('"', start)
    return text[start:end] if end > start else None


def read_manifest(out: Path, verify: bool = True) -> tuple[str | None, dict[str, str]]:
    """:func:`live_site`'s input key and page keys."""
    live = live_site(out, verify)
    return live.input, live.keys


def write_manifest(staging: Path, input_key: str, files: dict[str, str], sizes: dict[str, int], *,
                   digest: str | None = None, events: int = 0, lines: ManifestLines | None = None) -> None:
    """Record what the site in ``staging`` was built from, after every file is written.

    ``sizes`` are those of the files as written (the writer knows them; walking
    the folder again would cost a stat per file). Only deterministic
    values go in (keys, digests, sizes: no times, no inode numbers), so the
    manifest is byte-identical for the same input like every other file.
    ``lines``: the last manifest's entries, for a process that builds again (see :class:`ManifestLines`).
    """
    data = {"generator": "timeline", "input": input_key, "files": files,
            "digest": digest, "events": events, "sizes": sizes}
    (staging / MANIFEST).write_text(manifest_text(data, lines), encoding="utf-8")


_encode = json.encoder.encode_basestring_ascii


def _flat(v: Any) -> str:
    """``json.dumps`` of a flat value; str and int by hand (200k of them at 100k files)."""
    t = type(v)
    return _encode(v) if t is str else str(v) if t is int else json.dumps(v)


def _line(key: str, value: Any) -> str:
    """One entry of a manifest's table: ``"path": value``."""
    return f"{_encode(key)}: {_flat(value)}"


@dataclass(slots=True)
class _Entries:
    keys: list[str]
    values: list[Any]
    lines: list[str]
    #: whether every value is a str or an int (which == compares by type too: 1 == True)
    plain: bool


@dataclass(slots=True)
class ManifestLines:
    """A manifest's entries as lines (``"path": value``), kept by a process that builds the
    same timeline again (``timeline serve``; see :class:`~timeline.memory.BuildMemory`):
    while a table lists the same paths in the same order, only the lines whose value
    changed are made again. A line is used only for the very key and value it was made
    from, so the text is the one made from scratch."""

    tables: dict[str, _Entries] = field(default_factory=dict)

    def lines(self, name: str, table: dict[str, Any]) -> list[str]:
        keys, values = list(table), list(table.values())
        kept = self.tables.get(name)
        plain = set(map(type, values)) <= {str, int}  # (what the writer records)
        if kept is not None and kept.plain and plain and kept.keys == keys:
            lines = kept.lines.copy()
            old = kept.values
            for i in itertools.compress(range(len(values)), map(operator.ne, old, values)):
                lines[i] = _line(keys[i], values[i])
        else:
            lines = list(map(_line, keys, values))
        self.tables[name] = _Entries(keys, values, lines, plain)
        return lines


def manifest_text(data: dict[str, Any], kept: ManifestLines | None = None) -> str:
    """The manifest as JSON, one file per line, top-level keys sorted.

    Nested dicts are written in their own order: the writer passes them in
    page order, which is fixed for a given input, so sorting 2 x 100k paths
    again is not needed for a byte-identical file. Built by hand because
    ``json.dumps(indent=...)`` falls back to the pure-Python encoder, which walks
    every entry in Python; ``tests/test_pipeline.py`` checks it parses back.
    Only flat values and one level of dicts of flat values occur. ``kept``: the
    last manifest's lines (see :class:`ManifestLines`).
    """
    lines = []
    for key, value in sorted(data.items()):
        if isinstance(value, dict):
            if value:
                entries = kept.lines(key, value) if kept is not None else list(map(_line, value, value.values()))
                inner = ",\n".join(entries)
                lines.append(f"{_encode(key)}: {{\n{inner}\n}}")
            else:
                lines.append(f"{_encode(key)}: {{}}")
        else:
            lines.append(_line(key, value))
    return "{\n" + ",\n".join(lines) + "\n}\n"


def file_sizes(root: Path, folders: set[str] | None = None) -> dict[str, int]:
    """``{relative path: size}`` of every file under ``root`` but the manifest; ``folders``, when
    given, gets every folder's relative path ("" for ``root``), empty ones included.

    A symlink (the tool never writes one) gets size -1, so it never matches.
    """
    sizes: dict[str, int] = {}
    stack = [(root, "")]
    while stack:
        folder, prefix = stack.pop()
        if folders is not None:
            folders.add(prefix[:-1])
        with os.scandir(folder) as entries:
            for entry in entries:
                rel = prefix + entry.name
                if entry.is_symlink():
                    sizes[rel] = -1
                elif entry.is_dir():
                    stack.append((Path(entry.path), rel + "/"))
                elif rel != MANIFEST:
                    sizes[rel] = entry.stat().st_size
    return dict(sorted(sizes.items()))


def unchanged_site(out: Path, digest: str) -> tuple[int, int] | None:
    """``(events, files)`` if ``out`` is exactly what a build of ``digest`` wrote, else None.

    The previous build must have had the same input digest, and the folder must
    still hold exactly the files it wrote, at the sizes it wrote them: a file
    deleted, added or edited to another size makes this None and the caller
    builds normally. (Like ``make``, an edit that keeps a file's size is not
    noticed; the output folder is the tool's, not a place for hand edits.)
    """
    try:
        text = (out / MANIFEST).read_text(encoding="utf-8")
    except (OSError, ValueError):
        return None
    # The digest is a top-level line before the big "files" table (keys are sorted): an
    # edit's rebuild, whose digest differs, is told so without parsing the whole manifest.
    files_at = text.find('\n"files": {')
    if f'\n"digest": {json.dumps(digest)},\n' not in text[:files_at if files_at >= 0 else len(text)]:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("digest") != digest:
        return None
    sizes, events = data.get("sizes"), data.get("events")
    try:
        if not isinstance(sizes, dict) or not isinstance(events, int) or file_sizes(out) != sizes:
            return None
    except OSError:
        return None
    return events, len(sizes)
