"""Extraction over many files: read, tag and assemble each, in parallel if asked.

The CLI is a thin layer over :func:`extract_to_content` (extract and merge into
``content/events``) and :func:`extract_paths` (extract only). Each file is processed
independently (a worker process per job), and every outcome comes back as a
plain :class:`FileResult` so that a bad file becomes a one-line message rather
than a crash of the whole run. Nothing is written here: the caller writes only
after every file succeeded, so a failed run leaves existing YAML untouched.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline.errors import TimelineError
from timeline.model import Event
from timeline.parallel import pool_map

if TYPE_CHECKING:
    from timeline.store.merge import PlannedMerge


@dataclass(frozen=True, slots=True)
class FileResult:
    """What happened to one source file."""

    path: str
    events: tuple[Event, ...] = ()
    error: str | None = None  # "path: message", already formatted
    notices: tuple[str, ...] = field(default_factory=tuple)


def source_slug(path: str | Path) -> str:
    """The events file name for a source: its file name as the store slugs ids."""
    from timeline.store.ids import not_reserved, slugify

    # aux.yaml, con.yaml... cannot be created or opened on Windows, whatever the extension.
    return not_reserved(slugify(Path(path).stem) or "source", "source")


def extract_file(path: str | Path, published: str | None = None, timezone: str | None = None) -> FileResult:
    """Read and extract one file; user errors come back in ``error``, never raised."""
    from timeline.documents import infer_published, read_document
    from timeline.extract import extract

    try:
        doc = read_document(path, published=published, timezone=timezone)
        events = tuple(extract(doc))
    except TimelineError as exc:
        return FileResult(str(path), error=str(exc) if exc.path else f"{path}: {exc}")
    notices: list[str] = list(doc.warnings)
    if doc.published_inferred:
        found = infer_published(doc.text)
        evidence = f" (from “{found.evidence}”)" if found is not None else ""
        day = doc.published.isoformat() if isinstance(doc.published, dt.date) else str(doc.published)
        notices.append(f"{path}: publication date inferred from the text as {day}{evidence}; "
                       "pass --published to set it")
    if not events:
        notices.append(f"{path}: no dated statements found; no events")
    return FileResult(str(path), events=events, notices=tuple(notices))


def _work(args: tuple[str, str | None, str | None]) -> FileResult:
    return extract_file(*args)


@dataclass(frozen=True, slots=True)
class WriteResult:
    """What merging one source's events into its events file did."""

    path: str
    report: str = ""
    error: str | None = None
    sources_added: int = 0  # other articles' sources added to events already in the file


def check_targets(targets: Sequence[Path]) -> list[str]:
    """Problems that would stop a merge, found before anything is written.

    An existing events file that cannot be read back (broken YAML, a person's
    typo) would fail its merge; checking all of them first keeps a run
    all-or-nothing instead of writing some files and failing on the next.
    """
    from timeline.store.merge import read_existing

    problems = []
    for target in targets:
        if target.exists():
            try:
                read_existing(target)
            except TimelineError as exc:
                problems.append(str(exc))
    return problems


def _plan_one(args: tuple[Path, tuple[Event, ...]]) -> PlannedMerge | str:
    """One events file's merge worked out (see :func:`timeline.store.merge.plan_merge`), or the
    problem that stops it."""
    from timeline.store.merge import plan_merge

    target, events = args
    try:
        return plan_merge(target, list(events))
    except TimelineError as exc:
        return str(exc)


def write_events(
    items: Sequence[tuple[Path, tuple[Event, ...]]],
    jobs: int = 1,
    on_result: Callable[[WriteResult], None] | None = None,
) -> list[WriteResult] | list[str]:
    """Merge each source's events into its file: every merge is worked out first, ``jobs``
    files at a time (YAML emission is the costly part of a run with many files), and written
    only when none failed. The problems, when one did (nothing is written then); else what
    each merge did. Each file is read once."""
    planned = list(_pool_map(_plan_one, list(items), jobs))
    problems = [p for p in planned if isinstance(p, str)]
    if problems:
        return problems
    results = []
    for plan in planned:
        try:
            plan.write()  # type: ignore[union-attr]
            result = WriteResult(str(plan.path), str(plan.report), sources_added=plan.report.sources_added)  # type: ignore[union-attr]
        except (OSError, TimelineError) as exc:  # a full disk: the files written so far are whole
            result = WriteResult(str(plan.path), error=str(exc))  # type: ignore[union-attr]
        results.append(result)
        if on_result is not None:
            on_result(result)
    return results


def extract_paths(
    paths: Sequence[str | Path],
    published: str | None = None,
    timezone: str | None = None,
    jobs: int = 1,
    on_result: Callable[[FileResult], None] | None = None,
) -> list[FileResult]:
    """Extract every file, in input order, with ``jobs`` worker processes."""
    tasks = [(str(p), published, timezone) for p in paths]
    results: list[FileResult] = []
    for result in _run(tasks, jobs):
        results.append(result)
        if on_result is not None:
            on_result(result)
    return results


def _run(tasks: list[tuple[str, str | None, str | None]], jobs: int) -> Iterator[FileResult]:
    yield from _pool_map(_work, tasks, jobs)


def _pool_map(func: Callable[[Any], Any], tasks: list[Any], jobs: int) -> Iterator[Any]:
    """:func:`timeline.parallel.pool_map`, with the stages the workers run imported first."""
    if jobs > 1 and len(tasks) > 1:
        import timeline.documents
        import timeline.store
        import timeline.tagger  # noqa: F401 - loaded once here, inherited by forked workers
    yield from pool_map(func, tasks, jobs)


#: ``progress(label, total)`` opens a progress display for a stage ("Extracting", "Writing")
#: and yields the function to call once per finished item.
Progress = Callable[[str, int], AbstractContextManager[Callable[[], None]]]


def _no_progress(_label: str, _total: int) -> AbstractContextManager[Callable[[], None]]:
    return nullcontext(lambda: None)


@dataclass(frozen=True, slots=True)
class Written:
    """One events file merged by :func:`extract_to_content`."""

    target: Path
    events: tuple[Event, ...]
    report: str = ""  # what the merge did, e.g. "3 added, 1 kept as edited"
    error: str | None = None
    sources_added: int = 0


@dataclass(frozen=True, slots=True)
class ExtractRun:
    """What :func:`extract_to_content` did, for a caller to report.

    Nothing was written when ``failed`` or ``problems`` is not empty.
    """

    files: tuple[FileResult, ...]
    problems: tuple[str, ...] = ()  # existing events files that cannot be merged into
    written: tuple[Written, ...] = ()
    shared: int = 0  # events written with the reports of two or more articles
    joined: int = 0  # reports written as another article's event's sources instead of events of their own

    @property
    def failed(self) -> tuple[FileResult, ...]:
        return tuple(r for r in self.files if r.error)

    @property
    def sources_added(self) -> int:
        """Sources of other articles added to events that were already written."""
        return sum(w.sources_added for w in self.written)

    @property
    def ok(self) -> bool:
        return not self.failed and not self.problems and not any(w.error for w in self.written)


def unique_paths(paths: Sequence[str | Path]) -> tuple[Path, ...]:
    """``paths`` without repeats: the same file named twice (a glob plus a path) is read once."""
    unique: dict[Path, Path] = {}
    for path in paths:
        unique.setdefault(Path(path).resolve(), Path(path))
    return tuple(unique.values())


def extract_to_content(
    paths: Sequence[str | Path],
    content_dir: str | Path,
    published: str | None = None,
    timezone: str | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
    on_extracted: Callable[[Sequence[FileResult]], None] | None = None,
    merge_sources: bool = True,
) -> ExtractRun:
    """Extract ``paths`` and merge their events into ``content_dir/events/<source>.yaml``.

    With ``merge_sources`` (the default) the same happening reported by several
    articles, in this run or an earlier one, is one event listing every
    article's quote (see :mod:`timeline.story.placing`); without it each
    article's events go to its own file only.

    All or nothing: when any file fails to read or extract, or an existing
    events file cannot be read back, nothing is written. Hand edits,
    deletions and added events in existing files are kept (see
    :func:`timeline.store.merge_events_file`). ``on_extracted`` sees every
    file's result before anything is written (the CLI prints notices there).
    Two sources that would write the same events file raise
    :class:`TimelineError`.
    """
    progress = progress or _no_progress
    files = unique_paths(paths)
    with progress("Extracting", len(files)) as tick:
        results = tuple(extract_paths(files, published, timezone, jobs, on_result=lambda _r: tick()))
    if on_extracted is not None:
        on_extracted(results)
    run = ExtractRun(results)
    if run.failed:
        return run
    slugs: dict[str, str] = {}
    for r in results:
        slug = source_slug(r.path)
        if slug in slugs and slugs[slug] != r.path:
            raise TimelineError(f"{r.path} and {slugs[slug]} would both write events/{slug}.yaml; rename one", r.path)
        slugs[slug] = r.path
    events_dir = Path(content_dir) / "events"
    items = [(events_dir / f"{source_slug(r.path)}.yaml", r.events) for r in results if r.events]
    placement = None
    own_targets = [target for target, _ in items]  # each checked: a broken one is the user's to fix first
    if merge_sources and items:
        from timeline.story.placing import place_events, read_known

        try:
            known = read_known(events_dir)
        except TimelineError as exc:
            return ExtractRun(results, problems=(str(exc),))
        placement = place_events(items, known)
        items = [(target, tuple(events)) for target, events in placement.targets.items()]
    # A source's own file that its events no longer go to is checked all the same.
    merged_into = {target for target, _ in items}
    problems = check_targets([target for target in dict.fromkeys(own_targets) if target not in merged_into])
    if problems:
        return ExtractRun(results, problems=tuple(problems))
    with progress("Writing", len(items)) as tick:
        merged = write_events(items, jobs, on_result=lambda _r: tick())
    if merged and isinstance(merged[0], str):
        return ExtractRun(results, problems=tuple(merged))  # type: ignore[arg-type]
    written = tuple(Written(target, events, w.report, w.error, w.sources_added)  # type: ignore[union-attr]
                    for (target, events), w in zip(items, merged, strict=True))
    if placement is None:
        return ExtractRun(results, written=written)
    return ExtractRun(results, written=written, shared=placement.shared, joined=placement.joined)
