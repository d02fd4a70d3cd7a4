"""The build, top to bottom: load and validate, render, write, swap.

Read this file to know what ``timeline build`` does. Nothing is written until
every input file has been read and validated (the store raises one
:class:`~timeline.errors.ValidationError` listing every problem), and the live
site is only ever replaced whole (see :mod:`timeline.site.output`).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.collector import kept_until_the_end, thaw
from timeline.errors import TimelineError
from timeline.model import Timeline
from timeline.parallel import reap_all

if TYPE_CHECKING:
    import jinja2

    from timeline.memory import BuildMemory
    from timeline.store.cache import FileDigests


Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class BuildResult:
    events: int
    files: int
    output: Path
    rendered: int = 0
    reused: int = 0


def theme_dirs(content_dir: Path, templates_dir: Path | None) -> list[Path]:
    """User templates first (``--templates`` or ``templates/`` beside the content), then the default theme."""
    from timeline.site.environment import default_theme_dir

    dirs: list[Path] = []
    if templates_dir is not None:
        if not templates_dir.is_dir():
            raise TimelineError(f"templates folder {templates_dir} does not exist", templates_dir)
        dirs.append(templates_dir.resolve())
    else:
        beside = content_dir.resolve().parent / "templates"
        if beside.is_dir():
            dirs.append(beside)
    default = default_theme_dir()
    if default not in dirs:
        dirs.append(default)
    return dirs


def build(
    content_dir: Path,
    output_dir: Path,
    base_url: str | None = None,
    drafts: bool = False,
    templates_dir: Path | None = None,
    progress: Progress | None = None,
    memory: BuildMemory | None = None,
) -> BuildResult:
    """Validate ``content_dir`` and replace ``output_dir`` with the rendered site.

    ``memory``: for a process that builds this timeline again and again (``timeline serve``):
    what its last build kept, used where its keys still hold, and this build's kept in turn.
    """
    from timeline.site import output
    from timeline.store import load_timeline

    content_dir, output_dir = Path(content_dir), Path(output_dir)
    say = progress or (lambda _msg: None)
    dirs = theme_dirs(content_dir, templates_dir)
    from timeline.site.keys import theme_fingerprint

    # Once per build: the input digest, the site's key and every page key take it from here.
    theme_fp = theme_fingerprint(dirs, memory.digests if memory is not None else None)
    # Hashing every input is a small part of a build: when nothing changed since the
    # last build into a site nobody touched, there is nothing to read or write.
    digest = inputs_digest(content_dir, theme_fp, base_url, drafts, memory.digests if memory is not None else None)
    out = output.check_output_dir(output_dir, content_dir, protected=dirs[:-1])
    # A memory with nothing in it yet (timeline serve's first build) is filled even when nothing
    # changed: otherwise the first edit would read and prepare every event, in one process.
    if digest is not None and out.is_dir() and not (memory is not None and memory.is_empty):
        with output.locked(out):
            output.cleanup_leftovers(out)
            same = output.unchanged_site(out, digest)
        if same is not None:
            say("Nothing changed since the last build.")
            return BuildResult(events=same[0], files=same[1], output=output_dir, rendered=0, reused=same[1])
    from timeline.site.derive import derived_sort_key, event_deriver

    say(f"Reading {content_dir}/ ...")
    try:
        # Each event's digest (for the pages' keys), body HTML and date values are made by the process that parsed it.
        timeline = load_timeline(content_dir, drafts=drafts, derive=event_deriver, derived_key=derived_sort_key,
                                 memory=memory)
        return render_timeline(timeline, output_dir, content_dir=content_dir, base_url=base_url,
                               theme=dirs, progress=say, digest=digest, memory=memory, theme_fp=theme_fp)
    finally:
        reap_all()  # the helper processes, long finished by now


def build_in_fresh_process(content_dir: Path, output_dir: Path, drafts: bool = False,
                           templates_dir: Path | None = None) -> None:
    """:func:`build` run by ``python -m timeline build`` in a new process.

    For callers with threads running (``timeline serve`` serves pages while
    it rebuilds): forking such a process is unsafe, so :func:`build` keeps to
    one process there (``benchmarks/serve_rebuild.py`` compares the two). A new
    interpreter has no threads and forks as usual. It costs its start-up, so it pays
    only for big timelines (:func:`timeline.store.loader.loads_in_two_processes`). Its errors are raised here as one
    :class:`TimelineError` with the text the CLI printed, and a failed build
    leaves the previous site in place, as always.
    """
    import subprocess

    cmd = [sys.executable, "-m", "timeline", "build", "--quiet", "--content", str(content_dir),
           "--output", str(output_dir)]
    if drafts:
        cmd.append("--drafts")
    if templates_dir is not None:
        cmd += ["--templates", str(templates_dir)]
    done = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True, encoding="utf-8",
                          errors="replace", check=False)
    if done.returncode != 0:
        text = (done.stderr.strip() or done.stdout.strip()
                or f"the build process ended with status {done.returncode}")
        raise TimelineError(text.removeprefix("error: "))


def inputs_digest(content_dir: Path, theme_fp: str, base_url: str | None, drafts: bool,
                  known: FileDigests | None = None) -> str | None:
    """A hash of everything a build reads, or None when only a full load can judge the inputs.

    Covers the bytes of every file the store would read (same walk), the theme
    (``theme_fp``, :func:`~timeline.site.keys.theme_fingerprint`), the options, ``SOURCE_DATE_EPOCH`` and the code that renders (this
    package's files and the versions of the libraries whose output lands in the
    site). Symlinks, unreadable or oversized files give None: the loader then
    reports them exactly as it always does. ``known``: the files' digests as last worked
    out (see :func:`~timeline.store.cache.file_digest`).
    """
    from timeline import __version__
    from timeline.site.keys import RENDERER_VERSION
    from timeline.store.loader import EVENT_SUFFIXES, SOURCE_SUFFIXES, content_files
    from timeline.store.yamlfile import MAX_FILE_BYTES

    content_dir = content_dir.resolve()
    if not content_dir.is_dir():
        return None
    files = [content_dir / "site.yaml"] if (content_dir / "site.yaml").exists() else []
    for folder, suffixes in (("events", EVENT_SUFFIXES), ("sources", SOURCE_SUFFIXES)):
        found, problems = content_files(content_dir, content_dir / folder, suffixes)
        if problems or (content_dir / folder).is_symlink():
            return None
        files.extend(found)
    from timeline.provenance import code_fingerprint, library_versions
    from timeline.store.cache import file_digest

    h = hashlib.sha256()
    libraries = library_versions(("jinja2", "markdown", "markupsafe", "nh3", "pyyaml"))
    h.update(repr((RENDERER_VERSION, __version__, code_fingerprint(), libraries, base_url, drafts,
                   os.environ.get("SOURCE_DATE_EPOCH"), theme_fp)).encode("utf-8", "surrogatepass"))
    for path in files:
        try:
            if path.is_symlink() or path.stat().st_size > MAX_FILE_BYTES:
                return None
            size, file_hash = file_digest(path, known)
        except OSError:
            return None
        h.update(f"{path.relative_to(content_dir).as_posix()}\0{size}\0".encode("utf-8", "surrogatepass"))
        h.update(file_hash)
    return h.hexdigest()


def render_timeline(
    timeline: Timeline,
    output_dir: Path,
    *,
    content_dir: Path,
    base_url: str | None = None,
    theme: list[Path] | None = None,
    progress: Progress | None = None,
    digest: str | None = None,
    memory: BuildMemory | None = None,
    theme_fp: str | None = None,
) -> BuildResult:
    """Render an already validated timeline and swap it into ``output_dir``.

    ``digest`` (from :func:`inputs_digest`) is recorded in the manifest so the
    next build of the same inputs can skip everything. ``memory`` as for :func:`build`.
    ``theme_fp``: :func:`~timeline.site.keys.theme_fingerprint` of ``theme``, when the caller has it.
    """
    try:
        return _render_timeline(timeline, output_dir, content_dir=content_dir, base_url=base_url,
                                theme=theme, progress=progress, digest=digest, memory=memory, theme_fp=theme_fp)
    finally:
        thaw()  # what kept_until_the_end froze


def _render_timeline(timeline: Timeline, output_dir: Path, *, content_dir: Path, base_url: str | None,
                     theme: list[Path] | None, progress: Progress | None, digest: str | None,
                     memory: BuildMemory | None, theme_fp: str | None) -> BuildResult:
    from timeline.site import output, pieces
    from timeline.site.keys import event_digests, input_key, theme_fingerprint
    from timeline.site.pages import Page
    from timeline.site.render import pages
    from timeline.site.writer import write_pages
    from timeline.store.cache import SignedStore

    say = progress or (lambda _msg: None)
    theme = theme if theme is not None else theme_dirs(content_dir, None)
    if theme_fp is None:
        theme_fp = theme_fingerprint(theme, memory.digests if memory is not None else None)
    out = output.check_output_dir(Path(output_dir), content_dir, protected=theme[:-1])
    # A first look, before the lock, only to decide whether pages must be made;
    # the files are checked against their recorded sizes under the lock below.
    old_input = output.input_hint(out)
    try:
        with kept_until_the_end():
            digests = event_digests(timeline)
            key = input_key(timeline, theme_fp, base_url, digests)
            # Nothing changed since the last build: relink the previous files, skip rendering
            # (unless a memory is to be filled: see build).
            unchanged = old_input == key and not (memory is not None and memory.is_empty)
            # Otherwise everything that can fail on content happens before the first byte is written
            # (user templates that pages need for every event are compiled there).
            site_pages = [] if unchanged else pages(timeline, theme, base_url, digests, memory, theme_fp)
    except _template_errors() as exc:
        raise _template_error(exc) from exc

    try:
        with output.locked(out):
            output.cleanup_leftovers(out)
            # Read the manifest again under the lock: another build may have
            # replaced the site since, and reusing files by the old manifest would
            # link that other site's pages into this one.
            kept = memory.output if memory is not None else None
            if memory is not None:
                memory.output = None  # until this build has swapped its site in
            # This process's last site, untouched since: once set aside, it holds exactly its pages.
            untouched = output.live_untouched(out, kept)
            staging = output.staging_for(out, kept)
            # Every live file is checked by size when any may be linked: without a replaced site to
            # bring up to date, or to relink an unchanged site (else see output.LiveSite.link).
            live = staging.live = output.live_site(out, verify=unchanged or not staging.kept.keys, kept=kept)
            live_input, live_keys = live.input, live.keys
            pieces.bind(site_pages, pieces.Previous(out, live_keys), SignedStore.open(content_dir, pieces.FOLDER),
                        memory.pieces if memory is not None else None, memory.deferred if memory is not None else None,
                        memory.pieces_replaced if memory is not None else None)
            swapped = False
            try:
                if unchanged and live_input == key:
                    site_pages = [Page(path, k, _missing(path)) for path, k in live_keys.items()]
                elif unchanged:  # another build replaced the site meanwhile
                    with kept_until_the_end():
                        site_pages = pages(timeline, theme, base_url, digests, memory, theme_fp)
                written = write_pages(site_pages, staging, say)
                page_keys, sizes = written.in_page_order(site_pages)
                if memory is not None and memory.manifest is None:
                    memory.manifest = output.ManifestLines()
                output.write_manifest(staging.folder, key, page_keys, sizes, digest=digest, events=len(timeline.events),
                                      lines=memory.manifest if memory is not None else None)
                output.swap_into_place(staging.folder, out)
                swapped = True
            finally:
                if swapped:  # the replaced site, for the next build to bring up to date
                    output.set_aside(staging.folder, out)
                    if memory is not None:
                        # Known to hold exactly its manifest's files: left by this process and
                        # untouched since, or walked and found so by this build (serve's first).
                        replaced_folders = (kept.live_folders if untouched  # type: ignore[union-attr]
                                            else output.site_folders(live_keys) if live.exact else None)
                        memory.output = output.kept_output(
                            out, output.LiveSite(out, key, page_keys, recorded=sizes), written.folders,
                            staging.live if replaced_folders is not None else None, replaced_folders or ())
                else:
                    shutil.rmtree(staging.folder, ignore_errors=True)
    except _template_errors() as exc:
        raise _template_error(exc) from exc
    except OSError as exc:  # full disk, read-only folder...: the old site is still in place
        raise TimelineError(f"cannot write the site: {exc.strerror or exc}", exc.filename or output_dir) from exc
    say(f"Wrote {written.rendered} files, reused {written.reused} unchanged.")
    return BuildResult(events=len(timeline.events), files=len(site_pages), output=Path(output_dir),
                       rendered=written.rendered, reused=written.reused)


def _missing(path: str) -> Callable[[], bytes]:
    def render() -> bytes:
        raise TimelineError(f"{path} vanished from the previous site during the build; build again")

    return render


def _template_errors() -> tuple[type[Exception], ...]:
    """What ``except`` catches as a template error: ``jinja2.TemplateError`` once jinja2 is loaded.

    jinja2 is imported only when some page needs a template the Python mirror
    does not reproduce (see timeline/site/fast_theme.py), so a default-theme
    build never pays its import; without it no template can have
    failed, and an empty tuple catches nothing. (``except`` evaluates this
    only when an exception reaches it.)
    """
    jinja2 = sys.modules.get("jinja2")
    return (jinja2.TemplateError,) if jinja2 is not None else ()


def _template_error(exc: jinja2.TemplateError) -> TimelineError:
    """Name the template file and line, which Jinja keeps only in the traceback for runtime errors."""
    import traceback  # only for a failed template: not part of every build's start-up

    path, line = getattr(exc, "filename", None), getattr(exc, "lineno", None)
    if path is None:
        for frame in reversed(traceback.extract_tb(exc.__traceback__)):
            if frame.filename.endswith((".html", ".xml", ".txt")):
                path, line = frame.filename, frame.lineno
                break
    return TimelineError(f"template error: {exc.message or exc}", path, line)


def check(content_dir: Path) -> int:
    """Validate the content folder without writing anything; return the event count."""
    from timeline.store import load_timeline

    try:
        return len(load_timeline(Path(content_dir), drafts=True).events)
    finally:
        reap_all()  # the loader's helper process, if it forked one
