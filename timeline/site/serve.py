"""``timeline serve``: a local preview that rebuilds on change and reloads the browser.

Only for a person's own machine: it binds 127.0.0.1 unless told otherwise,
serves nothing but the output folder (paths are resolved and must stay inside
it, so ``/../`` and its percent-encoded variants get a 404), and injects its
small reload script into HTML responses on the fly, so the built files stay
exactly what ``timeline build`` writes. Changes are found by polling file
modification times: no extra dependency, works on every OS and file system.
"""

from __future__ import annotations

import http.server
import os
import posixpath
import threading
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path

from timeline.errors import TimelineError

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


class PreviewState:
    """The build version the reload script polls, bumped after each successful rebuild."""

    def __init__(self) -> None:
        self.version = 0
        self.lock = threading.Lock()

    def bump(self) -> None:
        with self.lock:
            self.version += 1


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
                body = str(state.version).encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Cache-Control", "no-store")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            try:
                fs_path = Path(self.translate_path(self.path))
            except UnicodeDecodeError:
                self.send_error(400)
                return
            if fs_path.is_dir():
                fs_path = fs_path / "index.html"
            if fs_path.suffix == ".html" and fs_path.is_file():
                data = fs_path.read_bytes()
                marker = data.rfind(b"</body>")
                data = data[:marker] + RELOAD_SCRIPT + data[marker:] if marker >= 0 else data + RELOAD_SCRIPT
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Cache-Control", "no-store")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                return
            if not fs_path.is_file():
                missing = root / "404.html"
                body = missing.read_bytes() if missing.is_file() else b"Not found"
                self.send_response(404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            super().do_GET()

        def do_HEAD(self) -> None:
            self.send_error(405)

        def list_directory(self, path: str | os.PathLike[str]) -> None:  # never list folders
            self.send_error(404)
            return None

    return Handler


def serve(
    rebuild: Callable[[], object],
    output: Path,
    watch: list[Path],
    host: str = "127.0.0.1",
    port: int = 8000,
    interval: float = 0.5,
    log: Callable[[str], None] = print,
    ready: Callable[[http.server.ThreadingHTTPServer], None] | None = None,
) -> None:
    """Build, serve ``output`` and rebuild whenever a file under ``watch`` changes."""
    state = PreviewState()
    rebuild()
    state.bump()
    server = http.server.ThreadingHTTPServer((host, port), make_handler(output, state))
    server.daemon_threads = True
    stop = threading.Event()

    def watcher() -> None:
        seen = snapshot(watch, output)
        while not stop.wait(interval):
            now = snapshot(watch, output)
            if now == seen:
                continue
            seen = now
            try:
                rebuild()
            except TimelineError as exc:
                log(f"error: {exc}\n(keeping the previous site; fix the problem and save again)")
                continue
            state.bump()
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
