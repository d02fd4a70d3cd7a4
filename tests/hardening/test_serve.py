"""``timeline serve`` as an attacker on the same machine would see it.

The real command runs in a child process on a free port. Secrets are planted
next to the output folder, in the content folder and behind a symlink inside
the output; no request may read them, however the path is spelled.
"""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from hardening_support import Server, make_content, simple_events
from timing import assert_not_much_slower

SECRET = b"TOP-SECRET-7f3a"

TRAVERSALS = [
    "/../secret.txt",
    "/../../secret.txt",
    "/%2e%2e/secret.txt",
    "/%2E%2E/secret.txt",
    "/%2e%2e%2fsecret.txt",
    "/..%2fsecret.txt",
    "/..%2Fsecret.txt",
    "/.%2e/secret.txt",
    "/%2e./secret.txt",
    "/%252e%252e/secret.txt",
    "/%252e%252e%252fsecret.txt",
    "/..\\secret.txt",
    "/%5c..%5csecret.txt",
    "/..%5csecret.txt",
    "/static/../../secret.txt",
    "/static/%2e%2e/%2e%2e/secret.txt",
    "/events/..%2f..%2fsecret.txt",
    "/%c0%ae%c0%ae/secret.txt",
    "/%c0%ae%c0%ae%c0%afsecret.txt",
    "/%e0%80%ae%e0%80%ae/secret.txt",
    "/..;/secret.txt",
    "/%2e%2e;/secret.txt",
    "//secret.txt",
    "/../content/secret.txt",
    "/%2e%2e/content/secret.txt",
    "/../content/events/events.yaml",
    "/leak",
    "/leak-dir/secret.txt",
    "/etc/passwd",
    "//etc/passwd",
    "/%2fetc%2fpasswd",
    "/../../../../../../etc/passwd",
    "/%00/../secret.txt",
    "/index.html%00.txt",
    "/.timeline-manifest.json",
    "/%2etimeline-manifest.json",
    "http://127.0.0.1/../secret.txt",
    "/?/../secret.txt",
    "/#/../secret.txt",
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    root = tmp_path_factory.mktemp("serve")
    content = make_content(root, simple_events(30))
    (root / "secret.txt").write_bytes(SECRET)
    (content / "secret.txt").write_bytes(SECRET)
    (root / "leak-dir").mkdir()
    (root / "leak-dir" / "secret.txt").write_bytes(SECRET)
    out = root / "site"
    srv = Server(content, out)
    # Symlinks planted inside the live output folder after the first build.
    (out / "leak").symlink_to(root / "secret.txt")
    (out / "leak-dir").symlink_to(root / "leak-dir", target_is_directory=True)
    try:
        yield srv
    finally:
        srv.stop()


def test_binds_loopback_by_default(server: Server) -> None:
    assert server.host == "127.0.0.1", server.banner
    proc_net = Path("/proc/net/tcp")
    if proc_net.exists():
        listening = [line.split() for line in proc_net.read_text().splitlines()[1:]]
        mine = [f for f in listening if int(f[1].split(":")[1], 16) == server.port and f[3] == "0A"]
        assert mine, "no listening socket found for the port"
        assert all(f[1].split(":")[0] == "0100007F" for f in mine), mine  # 127.0.0.1, not 0.0.0.0


def test_serves_the_site(server: Server) -> None:
    status, body = server.raw_get("/")
    assert status == 200 and b"Event number 0" in body
    status, body = server.raw_get("/events/e-3.html")
    assert status == 200 and b"Event number 3" in body
    status, _ = server.raw_get("/static/timeline.css")
    assert status == 200


@pytest.mark.parametrize("path", TRAVERSALS)
def test_path_traversal_is_refused(server: Server, path: str) -> None:
    try:
        status, body = server.raw_get(path)
    except ConnectionError:
        return  # the server may drop a malformed request line; it read nothing
    assert SECRET not in body
    assert b"root:x:0:0" not in body
    assert b"\"files\"" not in body  # the manifest is not served
    if "?" in path or "#" in path:
        # Query and fragment are not part of the file path: this is the home page.
        assert status == 200 and body == server.raw_get("/")[1]
        return
    assert 400 <= status < 500, (path, status)


def test_no_directory_listing_or_other_methods(server: Server) -> None:
    status, body = server.raw_get("/static/")
    assert status == 404 and b"Directory listing" not in body and b'href="timeline.css"' not in body
    req = urllib.request.Request(server.url("/index.html"), method="PUT", data=b"x")
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(req, timeout=10)
    assert info.value.code in (404, 405, 501)


def test_small_concurrent_load_has_no_errors(server: Server) -> None:
    """8 threads x 25 requests; the stress suite runs a longer load during rebuilds."""
    paths = ["/", "/index.html", "/events/e-1.html", "/static/timeline.css", "/events.json", "/nope.html"]
    errors: list[str] = []
    done = [0]
    lock = threading.Lock()

    def worker(k: int) -> None:
        for i in range(25):
            path = paths[(k + i) % len(paths)]
            try:
                with urllib.request.urlopen(server.url(path), timeout=10) as resp:
                    ok = resp.status == 200 and len(resp.read()) > 0
            except urllib.error.HTTPError as exc:
                ok = exc.code == 404 and path == "/nope.html"
            except OSError as exc:
                ok = False
                path = f"{path}: {exc}"
            with lock:
                done[0] += 1
                if not ok:
                    errors.append(path)

    # The reference: one client's 25 requests alone, measured now (wall time: the server is another thread).
    started = time.monotonic()
    worker(0)
    alone = max(time.monotonic() - started, 0.05)
    done[0] = 0
    started = time.monotonic()
    threads = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert done[0] == 200 and not errors, errors[:5]
    # Eight clients at once: about eight times one client's work, never a stall (a lock held, a thread starved).
    assert_not_much_slower(time.monotonic() - started, alone, 30, "8 concurrent clients")


def test_broken_edit_keeps_serving_the_previous_site(tmp_path: Path) -> None:
    """Saving invalid YAML while previewing: an error in the log, the last good site still served."""
    content = make_content(tmp_path, simple_events(3, "Good"))
    srv = Server(content, tmp_path / "site")
    try:
        events = content / "events" / "events.yaml"
        good = events.read_text(encoding="utf-8")
        time.sleep(1.0)  # let the watcher take its first snapshot
        events.write_text("- date: 2026-02-30\n  title: [unclosed\n", encoding="utf-8")
        time.sleep(2.5)  # the watcher polls every 0.5 s
        status, body = srv.raw_get("/events/e-1.html")
        assert status == 200 and b"Good number 1" in body
        events.write_text(good.replace("Good number 1", "Fixed number 1"), encoding="utf-8")
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            status, body = srv.raw_get("/events/e-1.html")
            if b"Fixed number 1" in body:
                break
            time.sleep(0.3)
        assert b"Fixed number 1" in body
        assert srv.proc.poll() is None
    finally:
        srv.stop()
    assert "error:" in srv.log and "events.yaml:" in srv.log, srv.log
    assert "Traceback" not in srv.log
