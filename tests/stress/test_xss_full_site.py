"""Every page of the payload site in Chromium, and the compact index of a big payload timeline.

tests/hardening/test_xss.py opens a spread of pages; this opens every event
page (each payload's own page, with its meta tags, JSON-LD and media) and a
quarter of the tag pages (one template, already covered by the index), and a 1,100-event timeline whose index switches to the compact
layout (a different template path) with every payload cycled through titles
and tags.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import xss_payloads
from hardening_support import event_pages, make_content, tag_pages
from xss_site import build_xss_site, open_and_watch

from timeline.pipeline import build


@pytest.mark.browser
def test_every_page_of_the_payload_site(tmp_path: Path, browser: Any) -> None:
    site = build_xss_site(tmp_path)
    out: Path = site["out"]
    pages = [*event_pages(out), *tag_pages(out)[::4]]
    assert len(event_pages(out)) == len(xss_payloads.ALL)
    seen = open_and_watch(browser, out, [p.resolve().as_uri() for p in pages])
    print(f"\nChromium: {len(pages)} pages, {len(seen['requests'])} foreign requests, {len(seen['dialogs'])} dialogs")
    assert not seen["dialogs"] and not seen["pwned"] and not seen["requests"] and not seen["handlers"] \
        and not seen["errors"], \
        {k: v[:3] for k, v in seen.items()}


@pytest.mark.browser
def test_compact_index_of_a_big_payload_timeline(tmp_path: Path, browser: Any) -> None:
    payloads = xss_payloads.ALL
    events = [{"id": f"e{i}", "date": f"{1900 + i // 12}-{1 + i % 12:02d}", "title": payloads[i % len(payloads)],
               "body": payloads[(i + 1) % len(payloads)], "tags": [payloads[(i + 2) % len(payloads)]]}
              for i in range(1100)]
    content = make_content(tmp_path, events, site={"title": payloads[0], "timezone": "UTC"})
    out = tmp_path / "site"
    build(content, out)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "compact" in index
    seen = open_and_watch(browser, out, [(out / "index.html").resolve().as_uri(),
                                         (out / "index.html").resolve().as_uri() + "?order=newest&q=script"])
    assert not seen["dialogs"] and not seen["pwned"] and not seen["requests"] and not seen["handlers"] \
        and not seen["errors"], \
        {k: v[:3] for k, v in seen.items()}
