"""Helpers shared by the hardening and stress tests and benchmarks/reliability.py.

Content folders are written as JSON (valid YAML) with every string escaped by
``json.dumps``: that way a payload reaches the store byte for byte, whatever
quotes, colons or control characters it holds, and the test measures what the
renderer does with it rather than what a YAML quoting mistake did.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from typing import Any


def write_yaml(path: Path, data: Any) -> Path:
    """Write ``data`` as JSON-flavoured YAML (every string quoted and escaped).

    JSON writes characters beyond U+FFFF as surrogate pairs (``\\ud83d\\udc69``),
    which libyaml refuses; YAML's own ``\\UXXXXXXXX`` escape carries them.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=True, indent=1)
    text = re.sub(r"\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})",
                  lambda m: "\\U%08x" % (0x10000 + ((int(m[1], 16) - 0xD800) << 10) + int(m[2], 16) - 0xDC00),
                  text)
    path.write_text(text + "\n", encoding="utf-8")
    return path


def make_content(root: Path, events: list[dict[str, Any]], site: dict[str, Any] | None = None,
                 sources: dict[str, str] | None = None) -> Path:
    """A content folder: ``site.yaml``, ``events/events.yaml`` and ``sources/*``."""
    content = root / "content"
    content.mkdir(parents=True, exist_ok=True)
    write_yaml(content / "site.yaml", site or {"title": "Test timeline", "timezone": "UTC"})
    write_yaml(content / "events" / "events.yaml", events)
    for name, text in (sources or {}).items():
        p = content / "sources" / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return content


def simple_events(n: int, prefix: str = "Event", year: int = 2020) -> list[dict[str, Any]]:
    """``n`` ordinary events on distinct days, with tags and a source each."""
    out = []
    for i in range(n):
        day = 1 + i % 28
        month = 1 + (i // 28) % 12
        out.append({
            "id": f"e-{i}", "date": f"{year + i // 336}-{month:02d}-{day:02d}",
            "title": f"{prefix} number {i}", "body": f"Body of {prefix.lower()} {i}, with *emphasis*.",
            "tags": [f"tag {i % 7}", "All"],
            "sources": [{"title": f"Source {i}", "url": f"https://example.com/{i}", "quote": f"quote {i}"}],
            "status": "reviewed",
        })
    return out


def tree_hashes(folder: Path) -> dict[str, str]:
    """Relative path -> SHA-256 of every file under ``folder`` (symlinks by target text)."""
    out: dict[str, str] = {}
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            p = Path(dirpath) / name
            rel = p.relative_to(folder).as_posix()
            if p.is_symlink():
                out[rel] = "link:" + os.readlink(p)
            else:
                out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def files_under(folder: Path) -> set[str]:
    """Every file and folder under ``folder``, relative, for 'nothing appeared' checks."""
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")}


#: Pages that list the whole site rather than one event or one tag.
SITE_PAGES = frozenset({"index.html", "sources.html", "404.html", "tags.html", "tags/index.html", "key.html"})


def event_pages(out: Path) -> list[Path]:
    return sorted((out / "events").glob("*.html"))


def tag_pages(out: Path) -> list[Path]:
    """One page per tag, wherever the theme puts them (anything not an event or site page)."""
    return sorted(p for p in out.rglob("*.html")
                  if p.relative_to(out).as_posix() not in SITE_PAGES and p.parent != out / "events")


class Server:
    """``timeline serve`` in a child process, on a free port, stopped by its own pid."""

    def __init__(self, content: Path, output: Path, *extra: str) -> None:
        import re
        import subprocess
        import sys
        import time

        self.proc = subprocess.Popen(
            [sys.executable, "-m", "timeline", "serve", "--content", str(content), "--output", str(output),
             "--port", "0", *extra],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=str(content.parent),
        )
        deadline = time.monotonic() + 60
        lines: list[str] = []
        assert self.proc.stderr is not None
        while time.monotonic() < deadline:
            line = self.proc.stderr.readline()
            if not line:
                break
            lines.append(line)
            m = re.search(r"at http://(\[[^\]]+\]|[^:/]+):(\d+)/", line)
            if m:
                self.host, self.port = m.group(1), int(m.group(2))
                self.banner = line
                return
        self.stop()
        raise AssertionError("timeline serve did not start:\n" + "".join(lines))

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def raw_get(self, path: str, timeout: float = 10) -> tuple[int, bytes]:
        """GET with the path sent byte for byte (no client-side normalisation)."""
        import http.client

        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.putrequest("GET", path, skip_host=False, skip_accept_encoding=True)
            conn.endheaders()
            resp = conn.getresponse()
            return resp.status, resp.read()
        finally:
            conn.close()

    def stop(self) -> None:
        import subprocess

        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log = self.proc.stderr.read() if self.proc.stderr and not self.proc.stderr.closed else ""
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()
