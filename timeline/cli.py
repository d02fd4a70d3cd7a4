"""The ``timeline`` command: a thin layer over the library.

Each command parses its options, calls one library function and turns a
:class:`~timeline.errors.TimelineError` into a one-line message on stderr with a
non-zero exit code. Library imports happen inside the commands so that
``timeline --help`` and ``timeline tag`` stay fast to start.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from timeline.errors import TimelineError, ValidationError

if TYPE_CHECKING:
    from timeline.site.serve import Rebuilder

F = TypeVar("F", bound=Callable[..., Any])

#: The name on PyPI (``pip install news-timeline``): ``timeline`` there is an
#: unrelated project. The import package and the command stay ``timeline``.
DISTRIBUTION = "news-timeline"


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
@click.version_option(package_name=DISTRIBUTION)
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

    require_content(content_dir)
    result = run_build(content_dir, output_dir, base_url=base_url, drafts=drafts,
                       templates_dir=templates_dir, progress=None if quiet else _progress)
    if not quiet:
        click.echo(f"Built {plural(result.events, 'event')} into {result.output}/ "
                   f"({plural(result.files, 'file')}).")
        click.echo(f"Open {(result.output / 'index.html').resolve().as_uri()}")
    refresh_schema(content_dir)
    if EXIT_WHEN_DONE:
        _exit_now()


#: Set by the entry points (:func:`entry_point`, ``build.py``), never by tests,
#: which run commands in-process through click's CliRunner: when the process
#: ends with the command, a successful build ends it at once instead of letting
#: Python free every object one by one on the way out, a cost that grows with
#: the timeline (benchmarks/HISTORY.md has the measurements). Everything the build writes is closed and in place
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


def plural(n: int, word: str) -> str:
    """``1 event``, ``2 events`` (digits unseparated, as scripts reading the output expect)."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def require_content(content_dir: Path, purpose: str = "", *alternatives: str) -> None:
    """Refuse, saying how to start a project, when the content folder is missing."""
    if not content_dir.is_dir():
        ways = ["start a project with `timeline new DIR` and run this inside it",
                "name the content folder with --content DIR", *alternatives]
        raise TimelineError(f"no such content folder{purpose}; {', '.join(ways[:-1])}, or {ways[-1]}", content_dir)


def content_is_default() -> bool:
    """True when --content was not given: ./content is only a guess then."""
    source = click.get_current_context().get_parameter_source("content_dir")
    return source in (None, click.core.ParameterSource.DEFAULT)


def refresh_schema(content_dir: Path) -> None:
    """Keep the project's copy of the events schema (the editors' one) the installed tool's."""
    from timeline.store.schemafile import project_schema

    with contextlib.suppress(TimelineError):  # read-only content: the copy is only an editor aid
        project_schema(content_dir, create=False)


@main.command()
@CONTENT
@reports_errors
def check(content_dir: Path) -> None:
    """Validate site.yaml and every events file; write nothing."""
    from timeline.pipeline import check as run_check

    require_content(content_dir)
    n = run_check(content_dir)
    refresh_schema(content_dir)
    click.echo(f"OK: {plural(n, 'event')}, no problems found.")


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
    """Preview the site with live reload.

    Rebuilds when a file changes and reloads the browser; a broken build
    shows its errors in the browser until the next good one.
    """
    from timeline.pipeline import theme_dirs
    from timeline.site.serve import serve as run_serve

    require_content(content_dir)
    watch = [content_dir, *theme_dirs(content_dir, templates_dir)]
    rebuild = rebuilder(content_dir, output_dir, drafts, templates_dir)
    run_serve(rebuild, output_dir, watch, host=host, port=port, settle=rebuild.settle,
              log=lambda m: click.echo(m, err=True))


def rebuilder(content_dir: Path, output_dir: Path, drafts: bool, templates_dir: Path | None) -> Rebuilder:
    """``timeline serve``'s rebuild: in this process, unless threads run (the preview
    server's, after the first build) and the timeline is big enough for a build to use
    two processes, which only a new process may then do
    (see :func:`timeline.pipeline.build_in_fresh_process`)."""
    from timeline.memory import BuildMemory
    from timeline.parallel import can_fork
    from timeline.pipeline import build, build_in_fresh_process
    from timeline.site.serve import Rebuilder, rebuild_in_new_process

    memory = BuildMemory()  # this process rebuilds the same timeline again and again

    def rebuild() -> None:
        if not can_fork() and rebuild_in_new_process(content_dir):
            build_in_fresh_process(content_dir, output_dir, drafts=drafts, templates_dir=templates_dir)
        else:
            build(content_dir, output_dir, drafts=drafts, templates_dir=templates_dir, memory=memory)

    return Rebuilder(rebuild, memory.settle)



@main.command()
@click.argument("directory", type=click.Path(path_type=Path))
@click.option("--example/--no-example", default=True, show_default=True,
              help="Start with an example event (content/events/example.yaml: delete it once yours are in).")
@click.option("--github-pages", is_flag=True,
              help="Also write a GitHub Actions workflow that publishes the site on GitHub Pages "
                   "(in an existing project: only the workflow and requirements.txt).")
@reports_errors
def new(directory: Path, example: bool, github_pages: bool) -> None:
    """Create a new timeline project in DIRECTORY (new or empty)."""
    from timeline.site.scaffold import EXAMPLE_FILE, scaffold

    if github_pages and (directory / "content").is_dir():  # an existing project: add the workflow only
        _write_github_pages(directory)
        return
    scaffold(directory, example=example)
    click.echo(f"Created a timeline project in {directory}/")
    click.echo(f"Next: {next_step(directory)}")
    if example:
        click.echo(f"The example event is {EXAMPLE_FILE}: delete that file once your own events are in.")
    if github_pages:
        _write_github_pages(directory)


def _write_github_pages(directory: Path) -> None:
    from timeline.site.github_pages import tool_requirement, write_github_pages

    requirement = tool_requirement()
    for path in write_github_pages(directory, requirement):
        click.echo(f"Wrote {path}")
    if requirement.needs_repository:
        click.echo(f"Edit {directory / 'requirements.txt'}: put the Git repository you install timeline from.")
    click.echo("On GitHub: Settings > Pages > Source: GitHub Actions; each push to main then publishes the site.")


def next_step(directory: Path) -> str:
    """The build command to print after ``new``, spelt so that it works as printed.

    ``python build.py`` works only with a Python that has this package: the
    one running now. It is named by its bare name when that is what PATH
    finds first (an activated virtual environment), by its full path
    otherwise; likewise the ``timeline`` command beside it.
    """
    import shlex
    import shutil

    here = Path(sys.executable).parent

    def command(name: str, fallback: str) -> str:
        found = shutil.which(name)
        if found and Path(found).parent == here:
            return name
        beside = here / name
        return shlex.quote(str(beside)) if beside.is_file() else fallback

    python = command("python", shlex.quote(sys.executable))
    timeline = command("timeline", f"{python} -m timeline")
    return f"cd {shlex.quote(str(directory))} && {python} build.py   (or preview it: {timeline} serve)"



# ------------------------------------------------------------------------ tag (tagger)
# (tagger commands go here)
@main.command("tag")
@click.argument("source", default="-", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--dct", default=None, metavar="YYYY-MM-DD[THH:MM]",
              help="Reference time (publication date) that relative expressions anchor on.")
@click.option("--timezone", default=None, callback=lambda _c, _p, v: timezone_option(v),
              help="IANA time zone of the document, e.g. America/New_York.")
@click.option("--jsonl", is_flag=True,
              help='Batch mode: read {"id", "dct", "text"} lines, write {"id", "timexes"} lines.')
@reports_errors
def tag_command(source: str, dct: str | None, timezone: str | None, jsonl: bool) -> None:
    """Tag the dates and times in a text, as JSON.

    SOURCE is a file, or - (the default) for standard input.
    """
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
def option_error(option: str, message: str) -> NoReturn:
    """A bad option value as every other user error: one ``error:`` line, exit status 1."""
    click.echo(f"error: {option}: {message}", err=True)
    sys.exit(1)


def published_option(value: str | None) -> str | None:
    """``--published`` as the ISO value understood, shown on stderr when it was written otherwise."""
    if value is None:
        return None
    from timeline.errors import DateError
    from timeline.store.frontmatter import read_published

    try:
        understood = read_published(value)
    except DateError as exc:
        option_error("--published", exc.message)
    if understood.rewritten:
        click.echo(f"note: --published {value.strip()!r} read as {understood.value}", err=True)
    return understood.value


def timezone_option(value: str | None) -> str | None:
    """``--timezone``, refused with a did-you-mean when it is no IANA zone."""
    if value is None:
        return None
    from timeline.store.fields import timezone_problem

    problem = timezone_problem(value)
    if problem is not None:
        option_error("--timezone", problem)
    return value


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--published", default=None, metavar="DATE", callback=lambda _c, _p, v: published_option(v),
              help="Publication date for sources whose front matter has none: 2026-02-27, 2026-02-27 17:01 "
                   "or as written (\"Feb 27, 2026 5:01 pm ET\"); it must agree with the front matter when both "
                   "are given.")
@click.option("--timezone", default=None, metavar="TZ", callback=lambda _c, _p, v: timezone_option(v),
              help="IANA time zone (e.g. America/New_York) for sources that do not name one.")
@click.option("--stdout", "to_stdout", is_flag=True,
              help="Print the YAML events instead of writing content/events/<source>.yaml.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes for many files.")
@click.option("--per-source", is_flag=True,
              help="Keep each article's events in its own file: do not merge the same event reported by "
                   "several articles.")
@CONTENT
@reports_errors
def extract(paths: tuple[Path, ...], published: str | None, timezone: str | None, to_stdout: bool,
            jobs: int, per_source: bool, content_dir: Path) -> None:
    """Draft events from source articles (Markdown, text or HTML).

    Writes or updates content/events/<source>.yaml, merging with what is
    there: hand edits, deletions and added events are kept. The same event
    reported by several articles (now or in an earlier run) is one event that
    lists every article's quote, in the file of the article that dated it
    most precisely (or first reported it). Nothing is written unless every
    file was read and extracted without error.
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

    if not to_stdout and content_is_default():  # a folder named with --content is made if need be
        require_content(content_dir, " to write events into", "print the events with --stdout")
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
                             on_extracted=report_extracted, merge_sources=not per_source)
    if run.problems:
        for problem in run.problems:
            click.echo(f"error: {problem}", err=True)
        click.echo("nothing was written.", err=True)
        sys.exit(1)
    for w in run.written:
        if w.error:
            click.echo(f"error: {w.error}", err=True)
        else:
            click.echo(f"{w.target}: {plural(len(w.events), 'event')} extracted ({w.report})")
    merged = [f"{plural(run.joined, 'duplicate')} not written" if run.joined else "",
              f"{plural(run.sources_added, 'source')} added to existing events" if run.sources_added else ""]
    if any(merged):
        click.echo("merged across articles: " + ", ".join(m for m in merged if m))
    if any(w.error for w in run.written):
        sys.exit(1)


# ------------------------------------------------------------------ story (digests)
@main.command("story")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--dates", "dates", type=click.IntRange(1, 10_000), default=10, show_default=True, metavar="N",
              help="How many key dates to choose.")
@click.option("--sentences", "sentences", type=click.IntRange(1, 100), default=2, show_default=True, metavar="K",
              help="Sentences per date (verbatim, each with its source).")
@click.option("--from", "start", type=click.DateTime(["%Y-%m-%d"]), default=None, metavar="YYYY-MM-DD",
              help="Use articles published on or after this day, and choose dates from it on.")
@click.option("--to", "end", type=click.DateTime(["%Y-%m-%d"]), default=None, metavar="YYYY-MM-DD",
              help="Use articles published on or before this day, and choose dates up to it.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes for reading the articles.")
@click.option("--dask", "dask_address", default=None, metavar="ADDRESS",
              help="Run the per-article step on this Dask scheduler (needs: pip install 'news-timeline[dask]').")
@click.option("--format", "output_format", type=click.Choice(["yaml", "t17"]), default="yaml", show_default=True,
              help="yaml: events that build into a site; t17: a list of {date, text: [sentences]}.")
@click.option("--stdout", "to_stdout", is_flag=True, help="Print the result (the default without --output).")
@click.option("--output", "output_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the result to FILE instead of printing it.")
@reports_errors
def story(paths: tuple[Path, ...], dates: int, sentences: int, start: Any, end: Any, jobs: int,
          dask_address: str | None, output_format: str, to_stdout: bool, output_file: Path | None) -> None:
    """Digest many articles about one story into its key dates.

    Chooses the N most reported dates and K verbatim sentences for each.
    PATH may be files or folders (searched for .md, .txt and .html files).
    """
    import contextlib

    from timeline.story import digest_paths
    from timeline.story.output import digest_events, digest_t17

    if to_stdout and output_file is not None:
        raise click.UsageError("give --stdout or --output, not both")
    first = start.date() if start else None
    last = end.date() if end else None
    if first and last and first > last:
        raise click.UsageError("--from is after --to")
    with contextlib.ExitStack() as stack:

        def progress(total: int) -> Callable[[], None]:
            bar = stack.enter_context(click.progressbar(length=total, label="Reading", file=sys.stderr))
            return lambda: bar.update(1)

        days = digest_paths(paths, dates, sentences, first, last, jobs=jobs, dask=dask_address,
                            progress=progress)
    if output_format == "t17":
        text = digest_t17(days)
    else:
        from timeline.store import dump_events

        text = dump_events(digest_events(days))
    if output_file is None:
        click.echo(text, nl=False)
        return
    from timeline.store.writer import write_atomic

    write_atomic(output_file, text)
    click.echo(f"{output_file}: {len(days)} dates", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
