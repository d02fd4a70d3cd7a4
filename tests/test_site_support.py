"""Helpers for the site tests: small content folders written into tmp_path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "<svg/onload=alert(1)>",
    "javascript:alert(1)",
    "</script><script>alert(1)</script>",
    "<iframe src=javascript:alert(1)></iframe>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "![x](javascript:alert(1))",
    "<a href='vbscript:msgbox(1)'>v</a>",
    "<a href=\"data:text/html,<script>alert(1)</script>\">d</a>",
    "<details open ontoggle=alert(1)>",
    "{{ 7*7 }}{% raw %}",
    "]]><!-- --><![CDATA[",
]


def write_content(root: Path, events: list[dict[str, Any]], site: dict[str, Any] | None = None,
                  sources: dict[str, str] | None = None) -> Path:
    """A content folder with site.yaml, one events file and optional sources."""
    content = root / "content"
    (content / "events").mkdir(parents=True, exist_ok=True)
    (content / "sources").mkdir(exist_ok=True)
    cfg = {"title": "Test timeline", "description": "A test.", "language": "en", "base_url": "",
           "timezone": "America/New_York", "author": "Tester"}
    cfg.update(site or {})
    (content / "site.yaml").write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    (content / "events" / "events.yaml").write_text(
        yaml.safe_dump(events, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for name, text in (sources or {}).items():
        (content / "sources" / name).write_text(text, encoding="utf-8")
    return content


def event(id: str, date: str, title: str, **extra: Any) -> dict[str, Any]:
    return {"id": id, "date": date, "title": title, **extra}
