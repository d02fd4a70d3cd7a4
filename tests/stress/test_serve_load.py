"""``timeline serve`` under a local load while the site is rebuilt underneath it.

Eight client threads (urllib, 127.0.0.1 only) fetch pages for a bounded time
while the content flips between two versions, so the preview rebuilds and
swaps the output folder repeatedly. Every response must be complete and
whole: a 200 with one of the two versions of the page, never a 5xx, a
dropped connection or a page cut short.
"""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from hardening_support import Server, make_content, simple_events, write_yaml

DURATION = 8.0
# On a loaded machine one rebuild can outlast DURATION; the clients then keep
# going until both versions were served, up to this bound, so the test
# measures the server, not how busy the machine was.
LONGEST = 90.0
THREADS = 8


def test_concurrent_requests_during_rebuilds(tmp_path: Path) -> None:
    content = make_content(tmp_path, simple_events(60, "Alpha"), site={"title": "Version A", "timezone": "UTC"})
    server = Server(content, tmp_path / "site")
    paths = ["/", "/index.html", "/events/e-1.html", "/events/e-59.html", "/static/timeline.css",
             "/events.json", "/missing.html"]
    counts = {"ok": 0, "404": 0, "A": 0, "B": 0}
    errors: list[str] = []
    lock = threading.Lock()
    start = time.monotonic()
    done = threading.Event()

    def finished() -> bool:
        if done.is_set():
            return True
        elapsed = time.monotonic() - start
        with lock:
            both_seen = bool(counts["A"] and counts["B"])
        if elapsed >= LONGEST or (elapsed >= DURATION and both_seen):
            done.set()
        return done.is_set()

    def client(k: int) -> None:
        i = k
        while not finished():
            path = paths[i % len(paths)]
            i += 1
            try:
                with urllib.request.urlopen(server.url(path), timeout=15) as resp:
                    body = resp.read()
                    whole = resp.status == 200 and len(body) == int(resp.headers["Content-Length"])
                    if path.endswith((".html", "/")):
                        whole = whole and body.rstrip().endswith(b"</html>") and (
                            b"Version A" in body or b"Version B" in body)
                with lock:
                    counts["ok"] += 1
                    counts["A"] += b"Version A" in body
                    counts["B"] += b"Version B" in body
                    if not whole:
                        errors.append(f"{path}: incomplete or mixed response")
            except urllib.error.HTTPError as exc:
                with lock:
                    if exc.code == 404 and path == "/missing.html":
                        counts["404"] += 1
                    else:
                        errors.append(f"{path}: HTTP {exc.code}")
            except OSError as exc:
                with lock:
                    errors.append(f"{path}: {exc!r}")

    def editor() -> None:
        n = 0
        while not done.wait(0):
            n += 1
            title = "Version B" if n % 2 else "Version A"
            write_yaml(content / "site.yaml", {"title": title, "timezone": "UTC"})
            time.sleep(1.2)

    try:
        threads = [threading.Thread(target=client, args=(k,)) for k in range(THREADS)]
        threads.append(threading.Thread(target=editor))
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=LONGEST + 60)
        rebuilt = server.proc.poll() is None
    finally:
        server.stop()
    total = counts["ok"] + counts["404"]
    print(f"\nserve: {total} requests in {time.monotonic() - start:.0f}s from {THREADS} threads, {len(errors)} errors, {counts}")
    assert rebuilt, "the server died"
    assert not errors, errors[:10]
    assert total > 100, counts
    assert counts["A"] and counts["B"], f"no rebuild was seen: {counts}"
    assert "rebuilt" in server.log and "Traceback" not in server.log, server.log[-2000:]
