"""`timeline build`, `new` and `serve` through click's CliRunner and a real socket."""

from __future__ import annotations

import http.client
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_site_support import event, write_content

from timeline import cli
from timeline.cli import main
from timeline.pipeline import build
from timeline.site.serve import RELOAD_PATH, serve

REPO = Path(__file__).resolve().parent.parent


def test_build_command_prints_where_to_open(tmp_path: Path) -> None:
    content = write_content(tmp_path, [event("a", "2025", "A")])
    result = CliRunner().invoke(main, ["build", "--content", str(content), "--output", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "Built 1 event into" in result.output and "file://" in result.output
    assert (tmp_path / "out" / "index.html").is_file()


def test_build_refusal_is_one_line_and_exit_1(tmp_path: Path) -> None:
    content = write_content(tmp_path, [event("a", "2025", "A")])
    result = CliRunner().invoke(main, ["build", "--content", str(content), "--output", str(content), "-q"])
    assert result.exit_code == 1
    assert result.output.strip().startswith("error: ") and "refusing" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_new_scaffolds_a_project_that_builds_and_refuses_a_non_empty_folder(tmp_path: Path) -> None:
    runner = CliRunner()
    target = tmp_path / "proj"
    result = runner.invoke(main, ["new", str(target)])
    assert result.exit_code == 0, result.output
    for rel in ["content/site.yaml", "content/events/example.yaml", "content/sources", "templates", "build.py"]:
        assert (target / rel).exists(), rel
    assert list((target / "templates").iterdir()) == [target / "templates" / ".gitkeep"]
    res = build(target / "content", target / "site")
    assert res.events == 1 and (target / "site" / "events" / "example-event.html").is_file()
    again = runner.invoke(main, ["new", str(target)])
    assert again.exit_code == 1 and "not empty" in again.output


@pytest.mark.parametrize("how", ["build.py", "console script", "python -m timeline", "scaffolded build.py"])
def test_build_as_a_program_prints_everything_and_exits_0(tmp_path: Path, how: str) -> None:
    # Run as a program, a build ends the process without Python's teardown
    # (os._exit): what it printed must still arrive, and the site be whole.
    content = write_content(tmp_path, [event("a", "2025", "A")])
    out = tmp_path / "out"
    args = ["--content", str(content), "--output", str(out)]
    if how == "build.py":
        cmd = [sys.executable, str(REPO / "build.py"), *args]
    elif how == "python -m timeline":
        cmd = [sys.executable, "-m", "timeline", "build", *args]
    elif how == "console script":
        cmd = [sys.executable, "-c", "import sys; from timeline.cli import entry_point; sys.argv[0] = 'timeline';"
               " entry_point()", "build", *args]
    else:
        assert CliRunner().invoke(main, ["new", str(tmp_path / "proj")]).exit_code == 0
        cmd = [sys.executable, str(tmp_path / "proj" / "build.py"), *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "Built 1 event into" in proc.stdout and proc.stdout.rstrip().endswith("index.html")
    assert (out / "index.html").is_file() and (out / "events" / "a.html").is_file()
    assert not [p for p in out.parent.iterdir() if ".tmp-" in p.name]  # no staging folder left behind
    failed = subprocess.run([*cmd[:-4], "--content", str(tmp_path / "missing"), "--output", str(tmp_path / "o2")],
                            capture_output=True, text=True, timeout=120)
    assert failed.returncode == 1 and failed.stderr.splitlines()[-1].startswith("error: ")


def test_help_everywhere() -> None:
    for cmd in ["build", "check", "serve", "new"]:
        result = CliRunner().invoke(main, [cmd, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output


def _get(port: int, path: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", path)
    resp = conn.getresponse()
    return resp.status, resp.read()


def test_serve_binds_localhost_refuses_traversal_and_rebuilds_on_change(tmp_path: Path) -> None:
    content = write_content(tmp_path, [event("a", "2025", "Alpha")])
    (tmp_path / "secret.txt").write_text("do not serve")
    out = tmp_path / "site"
    servers: list = []
    ready = threading.Event()

    def on_ready(server: object) -> None:
        servers.append(server)
        ready.set()

    rebuild = cli.rebuilder(content, out, drafts=False, templates_dir=None)
    settled: list[bool] = []

    def settle() -> None:  # the caches serve deferred, written once each good build is live
        settled.append((out / "index.html").is_file())
        rebuild.settle()

    thread = threading.Thread(target=serve, kwargs={
        "rebuild": rebuild, "output": out, "watch": [content], "port": 0,
        "interval": 0.1, "log": lambda _m: None, "ready": on_ready, "settle": settle}, daemon=True)
    thread.start()
    assert ready.wait(30)
    server = servers[0]
    try:
        host, port = server.server_address[:2]
        assert host == "127.0.0.1"
        status, body = _get(port, "/")
        assert status == 200 and b"Alpha" in body and RELOAD_PATH.encode() in body
        assert RELOAD_PATH.encode() not in (out / "index.html").read_bytes()  # built files stay clean
        for bad in ["/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt",
                    "/events/../../secret.txt", "/.timeline-manifest.json", "//etc/passwd", "/%00"]:
            status, body = _get(port, bad)
            assert status in (400, 404), bad
            assert b"do not serve" not in body and b"root:" not in body
        _, v1 = _get(port, RELOAD_PATH)
        time.sleep(0.05)
        write_content(tmp_path, [event("a", "2025", "Beta")])
        os.utime(content / "events" / "events.yaml", ns=(time.time_ns() + 10**9,) * 2)
        for _ in range(100):
            _, v2 = _get(port, RELOAD_PATH)
            if v2 != v1:
                break
            time.sleep(0.1)
        assert v2 != v1
        assert b"Beta" in _get(port, "/index.html")[1]
        for _ in range(50):  # (settled right after the version moved)
            if len(settled) == 2:
                break
            time.sleep(0.1)
        assert settled == [True, True]
        assert list((tmp_path / ".timeline-cache").glob("*.events"))  # on disk for other processes
    finally:
        server.shutdown()
        thread.join(10)


def _in_a_thread(fn: Callable[[], object]) -> BaseException | None:
    """Run ``fn`` in a second thread, as ``timeline serve``'s watcher does; return what it raised."""
    raised: list[BaseException] = []

    def run() -> None:
        try:
            fn()
        except BaseException as exc:  # handed back to the test
            raised.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(120)
    return raised[0] if raised else None


def test_serve_rebuilds_a_big_timeline_in_a_new_process_while_its_server_thread_runs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Forking beside the preview server's thread is unsafe, so a build there keeps to one
    process; a big timeline's rebuild runs in a new interpreter instead, which forks as usual."""
    from timeline import cli, pipeline
    from timeline.errors import TimelineError
    from timeline.store import loader

    content = write_content(tmp_path, [event("a", "2025", "Alpha")])
    out = tmp_path / "site"
    fresh: list[Path] = []
    real = pipeline.build_in_fresh_process

    def spy(content_dir: Path, output_dir: Path, **kwargs: object) -> None:
        fresh.append(content_dir)
        real(content_dir, output_dir, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "build_in_fresh_process", spy)
    rebuild = cli.rebuilder(content, out, drafts=False, templates_dir=None)
    rebuild()  # the first build, before the server starts: no other thread
    assert fresh == [] and "Alpha" in (out / "index.html").read_text(encoding="utf-8")

    write_content(tmp_path, [event("a", "2025", "Beta")])
    assert _in_a_thread(rebuild) is None  # a small timeline: in this process still
    assert fresh == [] and "Beta" in (out / "index.html").read_text(encoding="utf-8")

    monkeypatch.setattr(loader, "PARALLEL_BYTES", 1)  # every timeline is big now
    monkeypatch.setenv("TIMELINE_CACHE", "off")  # and parsed whole (see test_incremental_site.py for a cached one)
    assert loader.loads_in_two_processes(content)
    write_content(tmp_path, [event("a", "2025", "Gamma", tags=["x"], draft=True)])
    assert _in_a_thread(rebuild) is None
    assert fresh == [content]
    assert "Gamma" not in (out / "index.html").read_text(encoding="utf-8")  # drafts=False reached it
    drafts = cli.rebuilder(content, out, drafts=True, templates_dir=None)
    assert _in_a_thread(drafts) is None
    assert fresh == [content, content] and "Gamma" in (out / "index.html").read_text(encoding="utf-8")

    # A problem reads as it does in this process, and the previous site stays.
    (content / "events" / "events.yaml").write_text("- id: a\n  date: 2026-02-30\n  title: X\n", encoding="utf-8")
    with pytest.raises(TimelineError) as here:
        pipeline.build(content, tmp_path / "elsewhere")
    failed = _in_a_thread(drafts)
    assert isinstance(failed, TimelineError)
    assert str(failed).splitlines()[0] == str(here.value).splitlines()[0]
    assert "2026-02-30" in str(failed) and ":2:" in str(failed)
    assert "Gamma" in (out / "index.html").read_text(encoding="utf-8")


def test_a_timeline_is_big_by_the_bytes_of_its_events_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline.store import loader

    assert not loader.loads_in_two_processes(tmp_path / "missing")
    content = write_content(tmp_path, [event("a", "2025", "A")])
    size = (content / "events" / "events.yaml").stat().st_size
    (content / "events" / "more.yml").write_bytes((content / "events" / "events.yaml").read_bytes())
    (content / "events" / "notes.txt").write_bytes(b"x" * 10 * size)  # not an events file
    monkeypatch.setattr(loader, "PARALLEL_BYTES", 2 * size)
    assert loader.loads_in_two_processes(content)
    monkeypatch.setattr(loader, "PARALLEL_BYTES", 2 * size + 1)
    assert not loader.loads_in_two_processes(content)


class Preview:
    """``serve`` in a thread on a free port, stopped on exit."""

    def __init__(self, content: Path, out: Path) -> None:
        self.log: list[str] = []
        servers: list = []
        ready = threading.Event()

        def on_ready(server: object) -> None:
            servers.append(server)
            ready.set()

        self.thread = threading.Thread(target=serve, kwargs={
            "rebuild": lambda: build(content, out), "output": out, "watch": [content], "port": 0,
            "interval": 0.1, "log": self.log.append, "ready": on_ready}, daemon=True)
        self.thread.start()
        assert ready.wait(30)
        self.server = servers[0]
        self.port = self.server.server_address[1]

    def get(self, path: str) -> tuple[int, bytes]:
        return _get(self.port, path)

    def version(self) -> bytes:
        return self.get(RELOAD_PATH)[1]

    def wait_for_build(self, before: bytes) -> None:
        for _ in range(200):
            if self.version() != before:
                return
            time.sleep(0.05)
        raise AssertionError("no rebuild")

    def close(self) -> None:
        self.server.shutdown()
        self.thread.join(10)


BROKEN_EVENTS = ("- id: a\n  date: 2025\n  title: Alpha\n  <img src=x onerror=alert(1)>: 1\n"
                 "- id: b\n  date: 2026-02-30\n  title: Beta\n")


def _save(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(time.time_ns() + 10**9,) * 2)  # a new mtime even within the clock's resolution


def test_serve_shows_a_failed_builds_problems_in_every_page_until_the_next_good_build(tmp_path: Path) -> None:
    content = write_content(tmp_path, [event("a", "2025", "Alpha")])
    events = content / "events" / "events.yaml"
    preview = Preview(content, tmp_path / "site")
    try:
        status, body = preview.get("/")
        assert status == 200 and b"timeline-build-errors" not in body
        v1 = preview.version()
        _save(events, BROKEN_EVENTS)
        preview.wait_for_build(v1)  # a failed build is a new version too: the page reloads to show it
        for page in ("/", "/index.html", "/events/a.html"):
            status, body = preview.get(page)
            assert status == 200 and b"Alpha" in body, page  # the last good site, under the overlay
            overlay = body.split(b'<div id="timeline-build-errors"', 1)[1].split(b"</div>", 1)[0].decode()
            assert "Build failed: 2 problems" in overlay
            assert f"<code style=\"color:#ffb4b4;font-weight:bold\">{events}:4:3</code>: unknown key " in overlay
            assert "&#x27;&lt;img src=x onerror=alert(1)&gt;&#x27;" in overlay and "<img" not in overlay
            assert f"{events}:6:9</code>: date: impossible date &#x27;2026-02-30&#x27;" in overlay
            assert body.index(b"timeline-build-errors") < body.index(RELOAD_PATH.encode()) < body.index(b"</body>")
        assert b"timeline-build-errors" not in (tmp_path / "site" / "index.html").read_bytes()  # files stay clean
        assert any(f"error: {events}:4:3: unknown key" in line for line in preview.log)
        v2 = preview.version()
        _save(events, "- id: a\n  date: 2025\n  title: Gamma\n")
        preview.wait_for_build(v2)
        status, body = preview.get("/")
        assert status == 200 and b"Gamma" in body and b"timeline-build-errors" not in body
    finally:
        preview.close()


def test_serve_starts_on_a_broken_timeline_and_shows_why(tmp_path: Path) -> None:
    content = write_content(tmp_path, [event("a", "2026-02-30", "Alpha")])
    preview = Preview(content, tmp_path / "site")
    try:
        status, body = preview.get("/")
        assert status == 500 and b"Build failed: 1 problem<" in body and b"2026-02-30" in body
        assert RELOAD_PATH.encode() in body
        assert preview.get("/static/timeline.css")[0] == 404
        v1 = preview.version()
        _save(content / "events" / "events.yaml", "- id: a\n  date: 2026-02-27\n  title: Alpha\n")
        preview.wait_for_build(v1)
        status, body = preview.get("/")
        assert status == 200 and b"Alpha" in body and b"timeline-build-errors" not in body
    finally:
        preview.close()


def test_serve_builds_an_edit_made_while_its_first_build_runs(tmp_path: Path) -> None:
    """The watcher's starting point is taken before the first build: an edit saved while that
    build runs (or before the watcher's thread starts) is built next, not taken for the
    state the site was built from."""
    content = write_content(tmp_path, [event("a", "2025", "Alpha")])
    out = tmp_path / "site"
    events = content / "events" / "events.yaml"
    builds: list[int] = []

    def rebuild() -> None:
        build(content, out)
        builds.append(1)
        if len(builds) == 1:  # the person saves while the first build is still running
            _save(events, "- id: a\n  date: 2025\n  title: Gamma\n")

    servers: list = []
    ready = threading.Event()
    thread = threading.Thread(target=serve, kwargs={
        "rebuild": rebuild, "output": out, "watch": [content], "port": 0, "interval": 0.05,
        "log": lambda _msg: None, "ready": lambda server: (servers.append(server), ready.set())}, daemon=True)
    thread.start()
    assert ready.wait(30)
    try:
        for _ in range(400):
            if len(builds) >= 2:
                break
            time.sleep(0.05)
        assert len(builds) == 2
        assert b"Gamma" in (out / "index.html").read_bytes()
    finally:
        servers[0].shutdown()
        thread.join(10)
