"""``timeline serve``: a local preview that rebuilds on change and reloads the browser.

Only for a person's own machine: it binds 127.0.0.1 unless told otherwise,
serves nothing but the output folder (paths are resolved and must stay inside
it, so ``/../`` and its percent-encoded variants get a 404), and injects its
small reload script into HTML responses on the fly, so the built files stay
exactly what ``timeline build`` writes. Changes are found by polling file
modification times: no extra dependency, works on every OS and file system.

A build that fails keeps the last good site, and every page served until
the next good build carries an overlay listing each problem as
``path:line:col: message`` (as Hugo and Vite do): the reload script reloads
on every build, failed or not, so the browser shows the errors at once and
drops them with the next good build.
"""

from __future__ import annotations

import html
import http.server
import os
import posixpath
import re
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from timeline.errors import TimelineError, ValidationError

RELOAD_PATH = "/__timeline__/version"
RELOAD_SCRIPT = (
    "<script>(function(){var v=null;function poll(){fetch('" + RELOAD_PATH + "',{cache:'no-store'})"
    ".then(function(r){return r.text();}).then(function(t){if(v!==null&&t!==v){location.reload();}v=t;})"
    ".catch(function(){}).finally(function(){setTimeout(poll,1000);});}poll();})();</script>"
).encode("ascii")


def snapshot(paths: list[Path], exclude: Path | None = None) -> tuple[tuple[str, int, int], ...]:
    """Names, sizes and mtimes of every file under ``paths``: a change detector.

    ``exclude`` (the output folder) is skipped, or a site built inside the
    watched folders would trigger its own rebuild forever.
    """
    found = []
    skip = {str(exclude.resolve())} if exclude is not None else set()
    for root in paths:
        if not root.exists():
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(
                d for d in dirnames
                if not d.startswith(".") and str(Path(dirpath, d).resolve()) not in skip
                and ".tmp-" not in d
            )
            for name in sorted(filenames):
                p = os.path.join(dirpath, name)
                try:
                    st = os.stat(p)
                except OSError:
                    continue
                found.append((p, st.st_size, st.st_mtime_ns))
    return tuple(found)


@dataclass(frozen=True, slots=True)
class BuildProblem:
    """One problem of a failed build, as the overlay shows it."""

    location: str  # "path:line:col", or "" when the problem has no place
    message: str


#: Problems listed in the overlay; the rest are counted (the terminal has them all).
PROBLEMS_SHOWN = 50
_LOCATED_LINE = re.compile(r"^(?:error: )?(?P<location>[^\s:][^:\n]*(?::\d+){1,2}): (?P<message>.*)$")


def build_problems(exc: TimelineError) -> tuple[BuildProblem, ...]:
    """Each problem of a failed build with its place: a :class:`ValidationError`'s
    own errors, or the ``path:line:col: message`` lines of a build run in
    another process (whose errors arrive as text)."""
    if isinstance(exc, ValidationError):
        return tuple(BuildProblem(e.location, e.message) for e in exc.errors)
    if exc.location:
        return (BuildProblem(exc.location, exc.message),)
    problems = []
    for line in str(exc).splitlines():
        match = _LOCATED_LINE.match(line)
        if match:
            problems.append(BuildProblem(match["location"], match["message"]))
        elif line.strip():
            problems.append(BuildProblem("", line.removeprefix("error: ")))
    return tuple(problems)


def error_overlay(problems: tuple[BuildProblem, ...]) -> bytes:
    """The overlay shown over every page while the last build failed; all content escaped.

    Styled inline (the site's stylesheet cannot reach or break it) and
    announced as an alert; the page under it is the last good build.
    """
    items = "".join(
        f'<li style="margin:.5em 0"><code style="color:#ffb4b4;font-weight:bold">{html.escape(p.location)}</code>'
        f'{": " if p.location else ""}{html.escape(p.message)}</li>'
        for p in problems[:PROBLEMS_SHOWN]
    )
    if len(problems) > PROBLEMS_SHOWN:
        items += f"<li>{len(problems) - PROBLEMS_SHOWN:,} more problems (see the terminal)</li>"
    count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
    return (
        '<div id="timeline-build-errors" role="alert" style="position:fixed;inset:0;z-index:2147483647;'
        "overflow:auto;margin:0;padding:2em;box-sizing:border-box;background:#181818;color:#f4f4f4;"
        'font:15px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;text-align:left">'
        f'<h1 style="font-size:1.3em;margin:0 0 .5em;color:#ff8080">Build failed: {count}</h1>'
        f'<ul style="list-style:none;padding:0;margin:0">{items}</ul>'
        '<p style="margin-top:1.5em;color:#bbb">Fix the file and save: this page reloads when the build '
        "works again. Until then, the site under this message is the last good build.</p>"
        '<button type="button" onclick="this.parentNode.remove()" style="font:inherit;padding:.3em 1em">'
        "Hide</button></div>"
    ).encode()


def error_page(problems: tuple[BuildProblem, ...]) -> bytes:
    """A whole page for when no good build exists yet to show under the overlay."""
    return (b'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Build failed</title>'
            b"</head><body>" + error_overlay(problems) + b"</body></html>")


class PreviewState:
    """The build version the reload script polls, bumped after every build, and
    the problems of the last one (empty when it worked)."""

    def __init__(self) -> None:
        self.version = 0
        self.problems: tuple[BuildProblem, ...] = ()
        self.lock = threading.Lock()

    def bump(self, problems: tuple[BuildProblem, ...] = ()) -> None:
        with self.lock:
            self.version += 1
            self.problems = problems


def make_handler(root: Path, state: PreviewState) -> type[http.server.BaseHTTPRequestHandler]:
    root = root.resolve()

    class Handler(http.server.SimpleHTTPRequestHandler):
        server_version = "timeline-preview"
        sys_version = ""

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(root), **kwargs)  # type: ignore[arg-type]

        def log_message(self, format: str, *args: object) -> None:
            pass

        def translate_path(self, path: str) -> str:
            """Map a URL path into the output folder, or to a path that cannot exist."""
            path = urllib.parse.unquote(path.split("?", 1)[0].split("#", 1)[0], errors="strict")
            if "\0" in path or "\\" in path:
                return str(root / ".__refused__")
            parts = [p for p in posixpath.normpath(path).split("/") if p]
            if any(p in ("..", ".") or p.startswith(".") for p in parts):
                return str(root / ".__refused__")
            target = (root.joinpath(*parts)).resolve()
            if target != root and not target.is_relative_to(root):
                return str(root / ".__refused__")
            return str(target)

        def do_GET(self) -> None:
            if self.path.split("?", 1)[0] == RELOAD_PATH:
                self.send_body(200, str(state.version).encode(), "text/plain")
                return
            try:
                fs_path = Path(self.translate_path(self.path))
            except UnicodeDecodeError:
                self.send_error(400)
                return
            if fs_path.is_dir():
                fs_path = fs_path / "index.html"
            problems = state.problems
            if problems and fs_path.suffix in (".html", "") and not fs_path.is_file():
                self.send_html(500, error_page(problems) + RELOAD_SCRIPT)
                return
            if fs_path.suffix == ".html" and fs_path.is_file():
                data = fs_path.read_bytes()
                marker = data.rfind(b"</body>")
                added = (error_overlay(problems) if problems else b"") + RELOAD_SCRIPT
                data = data[:marker] + added + data[marker:] if marker >= 0 else data + added
                self.send_html(200, data)
                return
            if not fs_path.is_file():
                missing = root / "404.html"
                body = missing.read_bytes() if missing.is_file() else b"Not found"
                self.send_html(404, body)
                return
            super().do_GET()

        def send_html(self, status: int, body: bytes) -> None:
            self.send_body(status, body, "text/html; charset=utf-8")

        def send_body(self, status: int, body: bytes, content_type: str) -> None:
            """Every answer the server makes itself: never cached, as the next rebuild may change it (a page
            missing now too)."""
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Cache-Control", "no-store")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_HEAD(self) -> None:
            self.send_error(405)

        def list_directory(self, path: str | os.PathLike[str]) -> None:  # never list folders
            self.send_error(404)
            return None

    return Handler


def rebuild_in_new_process(content_dir: Path) -> bool:
    """Whether a rebuild started from a thread (the watcher's) should run in a new process.

    Only a new process may use two (see :func:`timeline.pipeline.build_in_fresh_process`),
    which pays for a big timeline (see :func:`timeline.store.loader.loads_in_two_processes`)
    unless the events cache holds every events file: then an edit parses one file and
    renders the pages it changed, and a new process's start-up would cost more than it saves.
    """
    from timeline.store.cache import EventsCache
    from timeline.store.loader import EVENT_SUFFIXES, content_files, loads_in_two_processes

    if not loads_in_two_processes(content_dir):
        return False
    cache = EventsCache.open(content_dir)
    if cache is None:
        return True
    files, problems = content_files(Path(content_dir), Path(content_dir) / "events", EVENT_SUFFIXES)
    return bool(problems) or not cache.has_entries([str(p) for p in files])


@dataclass(frozen=True, slots=True)
class Rebuilder:
    """``timeline serve``'s rebuild (see :func:`timeline.cli.rebuilder`), and what to do once
    the browser knows of the new site: the cache writes the builds deferred (see
    :meth:`timeline.memory.BuildMemory.settle`)."""

    rebuild: Callable[[], None]
    settle: Callable[[], None]

    def __call__(self) -> None:
        self.rebuild()


def serve(
    rebuild: Callable[[], object],
    output: Path,
    watch: list[Path],
    host: str = "127.0.0.1",
    port: int = 8000,
    interval: float = 0.5,
    log: Callable[[str], None] = print,
    ready: Callable[[http.server.ThreadingHTTPServer], None] | None = None,
    settle: Callable[[], None] | None = None,
) -> None:
    """Build, serve ``output`` and rebuild whenever a file under ``watch`` changes.

    A failed build (the first one included) is logged and shown in the
    browser; the server keeps running and the next save tries again.
    ``rebuild`` keeps what it needs from one build for the next (see
    :func:`timeline.cli.rebuilder` and :class:`timeline.memory.BuildMemory`);
    ``settle`` does what it deferred, once the browser has been told.
    """
    state = PreviewState()

    def build() -> bool:
        try:
            rebuild()
        except TimelineError as exc:
            problems = build_problems(exc)
            for p in problems:
                log(f"error: {p.location}: {p.message}" if p.location else f"error: {p.message}")
            log("(the browser shows these problems; the last good site stays until the next good build)")
            state.bump(problems)
            return False
        state.bump()
        if settle is not None:
            settle()
        return True

    # Looked at before the first build, not by the watcher once it runs: an edit made while the
    # first build runs, or before the watcher's thread gets going, is then built next, not missed.
    first = snapshot(watch, output)
    build()
    server = http.server.ThreadingHTTPServer((host, port), make_handler(output, state))
    server.daemon_threads = True
    stop = threading.Event()

    def watcher() -> None:
        seen = first
        while not stop.wait(interval):
            now = snapshot(watch, output)
            if now == seen:
                continue
            seen = now
            if build():
                log(f"{time.strftime('%H:%M:%S')} rebuilt")

    thread = threading.Thread(target=watcher, name="timeline-watch", daemon=True)
    thread.start()
    url_host = f"[{host}]" if ":" in host else host
    log(f"Serving {output}/ at http://{url_host}:{server.server_address[1]}/ (Ctrl+C to stop)")
    if ready is not None:
        ready(server)
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        server.server_close()
