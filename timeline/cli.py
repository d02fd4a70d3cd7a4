"""The ``timeline`` command: a thin layer over the library.

Each command parses its options, calls one library function and turns a
:class:`~timeline.errors.TimelineError` into a one-line message on stderr with a
non-zero exit code. Library imports happen inside the commands so that
``timeline --help`` and ``timeline tag`` stay fast to start.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from timeline.errors import TimelineError, ValidationError

F = TypeVar("F", bound=Callable[..., Any])


def reports_errors(func: F) -> F:
    """Turn user errors into ``path:line:col: message`` lines and exit status 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ValidationError as exc:
            _echo_problems(exc)
            sys.exit(1)
        except TimelineError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


#: Problems printed per file; the rest are counted, so a broken file cannot flood the terminal.
PROBLEMS_SHOWN_PER_FILE = 50


def _echo_problems(exc: ValidationError) -> None:
    """Print every file's problems, at most PROBLEMS_SHOWN_PER_FILE each, then the total."""
    shown: dict[str | None, int] = {}
    hidden: dict[str | None, int] = {}
    for err in exc.errors:
        if shown.get(err.path, 0) < PROBLEMS_SHOWN_PER_FILE:
            shown[err.path] = shown.get(err.path, 0) + 1
            click.echo(f"error: {err}", err=True)
        else:
            hidden[err.path] = hidden.get(err.path, 0) + 1
    for path, n in hidden.items():
        click.echo(f"error: {path}: {n:,} more problems in this file not shown", err=True)
    click.echo(f"{exc.message}; nothing was written.", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="timeline")
def main() -> None:
    """Turn news text into a published, hand-editable event timeline.

    Typical use: `timeline extract content/sources/*.md` to draft events,
    edit the YAML under content/events/, then `timeline build` to render the site.
    """


# --------------------------------------------------------------------------- build
CONTENT = click.option(
    "--content", "content_dir", type=click.Path(path_type=Path), default=Path("content"),
    show_default=True, help="Folder with site.yaml, sources/ and events/.",
)
OUTPUT = click.option(
    "--output", "output_dir", type=click.Path(path_type=Path), default=Path("site"),
    show_default=True, help="Folder to write the site to (replaced atomically).",
)


@main.command()
@CONTENT
@OUTPUT
@click.option("--base-url", default=None, help="Absolute URL the site is published at (feeds, sitemap, meta only).")
@click.option("--drafts", is_flag=True, help="Include events marked draft: true.")
@click.option("--templates", "templates_dir", type=click.Path(path_type=Path), default=None,
              help="Folder of templates overriding the default theme [default: templates/ beside the content folder].")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@reports_errors
def build(content_dir: Path, output_dir: Path, base_url: str | None, drafts: bool,
          templates_dir: Path | None, quiet: bool) -> None:
    """Validate the events and render the static site."""
    from timeline.pipeline import build as run_build

    result = run_build(content_dir, output_dir, base_url=base_url, drafts=drafts,
                       templates_dir=templates_dir, progress=None if quiet else _progress)
    if not quiet:
        click.echo(f"Built {result.events} events into {result.output}/ ({result.files} files).")
        click.echo(f"Open {(result.output / 'index.html').resolve().as_uri()}")
    if EXIT_WHEN_DONE:
        _exit_now()


#: Set by the entry points (:func:`entry_point`, ``build.py``), never by tests,
#: which run commands in-process through click's CliRunner: when the process
#: ends with the command, a successful build ends it at once instead of letting
#: Python free every object one by one on the way out, which took 0.4 s after
#: a 10k-event build and 2.9 s after 100k (measured from the last line printed
#: to the process exit). Everything the build writes is closed and in place
#: before it returns; no exit handler of ours needs running.
EXIT_WHEN_DONE = False


def _exit_now() -> NoReturn:
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def entry_point() -> None:
    """The ``timeline`` console script: :func:`main`, ending the process fast after a build."""
    global EXIT_WHEN_DONE
    EXIT_WHEN_DONE = True
    main()


def _progress(message: str) -> None:
    click.echo(message, err=True)


@main.command()
@CONTENT
@reports_errors
def check(content_dir: Path) -> None:
    """Validate site.yaml and every events file; write nothing."""
    from timeline.pipeline import check as run_check

    n = run_check(content_dir)
    click.echo(f"OK: {n} events, no problems found.")


# ---------------------------------------------------------------- serve / new (site)
# (site stage commands go here)
@main.command()
@CONTENT
@OUTPUT
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (keep 127.0.0.1 unless you know you want others to connect).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port (0 picks a free one).")
@click.option("--drafts/--no-drafts", default=True, show_default=True, help="Include draft events in the preview.")
@click.option("--templates", "templates_dir", type=click.Path(path_type=Path), default=None,
              help="Folder of templates overriding the default theme.")
@reports_errors
def serve(content_dir: Path, output_dir: Path, host: str, port: int, drafts: bool,
          templates_dir: Path | None) -> None:
    """Preview the site locally; rebuild and reload the browser when files change."""
    from timeline.pipeline import theme_dirs
    from timeline.site.serve import serve as run_serve

    watch = [content_dir, *theme_dirs(content_dir, templates_dir)]
    run_serve(rebuilder(content_dir, output_dir, drafts, templates_dir), output_dir, watch, host=host, port=port,
              log=lambda m: click.echo(m, err=True))


def rebuilder(content_dir: Path, output_dir: Path, drafts: bool, templates_dir: Path | None) -> Callable[[], None]:
    """``timeline serve``'s rebuild: in this process, unless threads run (the preview
    server's, after the first build) and the timeline is big enough for a build to use
    two processes, which only a new process may then do
    (see :func:`timeline.pipeline.build_in_fresh_process`)."""
    from timeline.parallel import can_fork
    from timeline.pipeline import build, build_in_fresh_process
    from timeline.store.loader import loads_in_two_processes

    def rebuild() -> None:
        if not can_fork() and loads_in_two_processes(content_dir):
            build_in_fresh_process(content_dir, output_dir, drafts=drafts, templates_dir=templates_dir)
        else:
            build(content_dir, output_dir, drafts=drafts, templates_dir=templates_dir)

    return rebuild


@main.command()
@click.argument("directory", type=click.Path(path_type=Path))
@reports_errors
def new(directory: Path) -> None:
    """Create a new timeline project in DIRECTORY (new or empty)."""
    from timeline.site.scaffold import scaffold

    scaffold(directory)
    click.echo(f"Created a timeline project in {directory}/")
    click.echo(f"Next: cd {directory} && python build.py   (or: timeline serve)")



# ------------------------------------------------------------------------ tag (tagger)
# (tagger commands go here)
@main.command("tag")
@click.argument("source", default="-", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--dct", default=None, metavar="YYYY-MM-DD[THH:MM]",
              help="Reference time (publication date) that relative expressions anchor on.")
@click.option("--timezone", default=None, help="IANA time zone of the document, e.g. America/New_York.")
@click.option("--jsonl", is_flag=True,
              help='Batch mode: read {"id", "dct", "text"} lines, write {"id", "timexes"} lines.')
@reports_errors
def tag_command(source: str, dct: str | None, timezone: str | None, jsonl: bool) -> None:
    """Find and normalize the dates and times in a text (FILE or - for stdin) as JSON."""
    import json

    from timeline.tagger import tag
    from timeline.tagger.batch import check_timezone, parse_dct, tag_jsonl

    check_timezone(timezone)
    name = "<stdin>" if source == "-" else source
    if jsonl:
        try:
            with click.open_file(source, encoding="utf-8") as stream:
                for line in tag_jsonl(stream, timezone, path=name):
                    click.echo(line)
        except (OSError, UnicodeDecodeError) as exc:
            raise TimelineError(f"cannot read: {exc}", name) from exc
        return
    if dct is None:
        raise TimelineError("--dct is required (the reference time, YYYY-MM-DD[THH:MM])")
    reference = parse_dct(dct)
    try:
        with click.open_file(source, encoding="utf-8") as stream:
            text = stream.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise TimelineError(f"cannot read: {exc}", name) from exc
    click.echo(json.dumps([t.as_dict() for t in tag(text, reference, timezone)], ensure_ascii=False, indent=1))


# -------------------------------------------------------------- extract (extraction)
# (extraction commands go here)
@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--published", default=None, metavar="DATE",
              help="Publication date (YYYY-MM-DD or YYYY-MM-DDTHH:MM) for sources whose front matter has none; "
                   "it must agree with the front matter when both are given.")
@click.option("--timezone", default=None, metavar="TZ",
              help="IANA time zone (e.g. America/New_York) for sources that do not name one.")
@click.option("--stdout", "to_stdout", is_flag=True,
              help="Print the YAML events instead of writing content/events/<source>.yaml.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes for many files.")
@CONTENT
@reports_errors
def extract(paths: tuple[Path, ...], published: str | None, timezone: str | None, to_stdout: bool,
            jobs: int, content_dir: Path) -> None:
    """Draft events from source articles (Markdown, text or HTML).

    Writes or updates content/events/<source>.yaml, merging with what is
    there: hand edits, deletions and added events are kept. Nothing is written
    unless every file was read and extracted without error.
    """
    from collections.abc import Iterator, Sequence
    from contextlib import contextmanager

    from timeline.extract.run import FileResult, extract_paths, extract_to_content, unique_paths

    @contextmanager
    def progress(label: str, total: int) -> Iterator[Callable[[], None]]:
        if total <= 1:  # a bar only for stages of more than one file
            yield lambda: None
            return
        with click.progressbar(length=total, label=label, file=sys.stderr) as bar:
            yield lambda: bar.update(1)

    def report_extracted(results: Sequence[FileResult]) -> None:
        for r in results:
            for notice in r.notices:
                click.echo(f"note: {notice}", err=True)
        failed = [r for r in results if r.error]
        if failed:
            for r in failed:
                click.echo(f"error: {r.error}", err=True)
            click.echo(f"{len(failed)} of {len(results)} file{'s' if len(results) != 1 else ''} failed; "
                       "nothing was written.", err=True)
            sys.exit(1)

    if to_stdout:
        files = unique_paths(paths)
        with progress("Extracting", len(files)) as tick:
            results = extract_paths(files, published, timezone, jobs, on_result=lambda _r: tick())
        report_extracted(results)
        from timeline.store import dump_events

        events = [e for r in results for e in r.events]
        if events:
            click.echo(dump_events(events), nl=False)
        return
    run = extract_to_content(paths, content_dir, published, timezone, jobs, progress=progress,
                             on_extracted=report_extracted)
    if run.problems:
        for problem in run.problems:
            click.echo(f"error: {problem}", err=True)
        click.echo("nothing was written.", err=True)
        sys.exit(1)
    for w in run.written:
        if w.error:
            click.echo(f"error: {w.error}", err=True)
        else:
            click.echo(f"{w.target}: {len(w.events)} events ({w.report})")
    if any(w.error for w in run.written):
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()
