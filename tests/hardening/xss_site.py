"""The payload site shared by the fast XSS tests and the full-site stress run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import xss_payloads
from hardening_support import make_content, write_yaml

from timeline.errors import ValidationError
from timeline.pipeline import build
from timeline.store import load_events

PAYLOADS = xss_payloads.ALL
SITE_LANGUAGE = 'en"><script>alert(1)</script>'
SITE_BASE_URL = 'https://evil.example/"><script>alert(1)</script>/'
OK_URL = "https://example.com/ok"


def url_accepted(tmp: Path, url: str) -> bool:
    """Whether the store accepts ``url`` as a source URL (else it reports an error)."""
    content = tmp / "probe"
    write_yaml(content / "events" / "e.yaml", [{"date": "2020", "title": "t", "sources": [{"url": url}]}])
    try:
        load_events(content)
    except ValidationError:
        return False
    return True


def payload_events(accepted: dict[str, bool]) -> list[dict[str, Any]]:
    events = []
    for i, p in enumerate(PAYLOADS):
        url = p if accepted[p] else OK_URL
        events.append({
            "id": f"xss-{i}",
            "date": f"{2000 + i // 12}-{1 + i % 12:02d}",
            "title": p,
            "body": p,
            "tags": [p, f"plain tag {i}"],
            "sources": [{"title": p, "publisher": p, "quote": p, "url": url, "published": "2020-01-02"}],
            "media": [{"url": url, "alt": p, "credit": p}],
            "status": "extracted" if i % 2 else "reviewed",
        })
    return events


def build_xss_site(tmp: Path) -> dict[str, Any]:
    """Build the payload site under ``tmp``; returns its folder and which URLs the store accepted."""
    accepted = {p: url_accepted(tmp, p) for p in PAYLOADS}
    front = json.dumps({"title": PAYLOADS[0], "publisher": PAYLOADS[1],
                        "url": next(p for p in PAYLOADS if accepted[p] and "evil" in p),
                        "published": "2020-01-02"}, ensure_ascii=True)
    site = {"title": PAYLOADS[1], "description": PAYLOADS[20], "author": PAYLOADS[3],
            "language": SITE_LANGUAGE, "base_url": SITE_BASE_URL, "timezone": "UTC"}
    content = make_content(tmp, payload_events(accepted), site=site,
                           sources={"doc.md": f"---\n{front}\n---\n{PAYLOADS[5]}\n"})
    out = tmp / "site"
    result = build(content, out)
    return {"out": out, "accepted": accepted, "result": result}


def open_and_watch(browser: Any, site: Path, urls: list[str], actions: Any = None,
                   allowed: tuple[str, ...] = ()) -> dict[str, list[str]]:
    """Load each URL in one page; record dialogs, foreign requests, __pwned and on* attributes.

    Requests may go to the site's own files (and to ``allowed`` prefixes); the
    theme's ``data:,`` favicon is the one non-file URL it loads.
    """
    seen: dict[str, list[str]] = {"dialogs": [], "requests": [], "pwned": [], "handlers": [], "errors": []}
    root = site.resolve().as_uri() + "/"
    page = browser.new_page()
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    ok = (root, *allowed)
    page.on("request", lambda r: None if r.url.startswith(ok) or r.url == "data:," else seen["requests"].append(r.url))
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    try:
        for url in urls:
            page.goto(url, wait_until="load")
            if actions is not None:
                actions(page)
            page.wait_for_timeout(20)
            state = page.evaluate(
                """() => ({pwned: window.__pwned !== undefined || (window.top && window.top.__pwned !== undefined),
                          handlers: Array.from(document.querySelectorAll('*')).flatMap(
                              el => Array.from(el.attributes).filter(a => a.name.startsWith('on'))
                                   .map(a => el.tagName + ' ' + a.name)),
                          frames: document.querySelectorAll('iframe,frame,object,embed').length})"""
            )
            if state["pwned"]:
                seen["pwned"].append(url)
            seen["handlers"] += [f"{url}: {h}" for h in state["handlers"]]
            if state["frames"]:
                seen["handlers"].append(f"{url}: {state['frames']} frames")
    finally:
        page.close()
    return seen


