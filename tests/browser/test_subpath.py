"""A site built for a sub-path works there, as on a GitHub Pages project site.

The example is built with ``--base-url http://127.0.0.1:PORT/REPO/`` (the command
of docs/publishing.md, with a local address) and served from a folder that holds
it as ``REPO/``, by Python's http.server in a thread. Like GitHub Pages, the
server answers a missing page with the site's 404.html and status 404 at the
address asked for. Chromium then opens the pages: every page, stylesheet,
script, event and tag link loads, nothing is requested outside /REPO/ or from
another host.
"""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urlsplit

import pytest

from timeline.pipeline import build

pytestmark = pytest.mark.browser

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "site-example"
REPO = "REPO"


class PagesHandler(SimpleHTTPRequestHandler):
    """Static files, and 404.html of the site for anything missing (GitHub Pages does this)."""

    not_found: bytes = b""

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        if code != 404 or not self.not_found:
            super().send_error(code, message, explain)
            return
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(self.not_found)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(self.not_found)

    def log_message(self, format: str, *args: Any) -> None:  # keep the test output clean
        pass


@pytest.fixture(scope="module")
def pages_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("pages")
    handler = type("Handler", (PagesHandler,), {})
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(root)))
    base = f"http://127.0.0.1:{server.server_address[1]}/{REPO}/"
    build(FIXTURE, root / REPO, base_url=base)
    handler.not_found = (root / REPO / "404.html").read_bytes()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


class Visitor:
    """One Chromium tab; each visit records its requests, failures, response statuses and errors."""

    def __init__(self, browser: Any) -> None:
        self.context = browser.new_context()
        self.page = self.context.new_page()
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("requestfailed", lambda r: self.failed.append(r.url))
        self.page.on("response", lambda r: self.statuses.__setitem__(r.url, r.status))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def visit(self, url: str) -> Any:
        self.requests: list[str] = []
        self.failed: list[str] = []
        self.statuses: dict[str, int] = {}
        self.errors: list[str] = []
        return self.page.goto(url)  # waits for "load": stylesheets and scripts included

    def links(self) -> list[str]:
        return self.page.eval_on_selector_all("a[href]", "els => els.map(a => a.href)")

    def stylesheet_rules(self) -> int:
        return self.page.evaluate(
            "() => Array.from(document.styleSheets).reduce((n, s) => n + s.cssRules.length, 0)")

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visitor(browser: Any) -> Iterator[Visitor]:
    v = Visitor(browser)
    yield v
    v.close()


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def _page_urls(links: list[str], base: str) -> list[str]:
    out = []
    for link in links:
        url = urldefrag(link).url.split("?")[0]
        if url.startswith(base) and url not in out:
            out.append(url)
    return out


def test_every_page_and_asset_loads_under_the_sub_path(visitor: Visitor, pages_site: str) -> None:
    base = pages_site
    assert visitor.visit(base).status == 200
    found = _page_urls(visitor.links(), base)
    events = [u for u in found if "/events/" in u]
    tags = [u for u in found if urlsplit(u).path.rsplit("/", 1)[-1].startswith("tag-")]
    assert len(events) == 16 and len(tags) >= 5
    assert {base + "tags.html", base + "sources.html", base + "feed.xml", base + "events.ics"} <= set(found)
    seen: set[str] = set()
    for url in [base, *found]:
        if not url.endswith((".html", "/")):  # the exports: downloads, not pages
            assert _status(url) == 200, url
            continue
        assert visitor.visit(url).status == 200, url
        assert visitor.stylesheet_rules() > 50, f"{url}: stylesheet not applied"
        assert visitor.page.locator("h1").count() == 1, url
        seen.update(_page_urls(visitor.links(), base))
        assert not visitor.failed, (url, visitor.failed)
        assert all(s < 400 for s in visitor.statuses.values()), (url, visitor.statuses)
        outside = [r for r in visitor.requests if not r.startswith(base) and not r.startswith("data:")]
        assert not outside, (url, outside)
        assert not visitor.errors, (url, visitor.errors)
    # Event and tag pages link back to the timeline and to every tag, all inside /REPO/.
    assert set(tags) <= seen and base + "index.html" in seen
    assert all(_status(u) == 200 for u in seen - set(found) - {base})


def test_a_missing_page_deep_in_the_site_gets_a_working_404_page(visitor: Visitor, pages_site: str) -> None:
    base = pages_site
    assert visitor.visit(base + "events/2099/no-such-event.html").status == 404
    page = visitor.page
    assert page.locator("h1").inner_text() == "Page not found"
    assert visitor.stylesheet_rules() > 50  # the 404 page's links are absolute: the base URL
    css = [u for u in visitor.statuses if u.endswith(".css")]
    assert css and all(u.startswith(base) and visitor.statuses[u] == 200 for u in css)
    page.get_by_role("link", name="the timeline").click()
    page.wait_for_load_state()
    assert page.url == base + "index.html"
    assert page.locator("#_timeline li.event").count() == 16


def test_absolute_addresses_in_feed_and_sitemap_resolve_under_the_sub_path(pages_site: str) -> None:
    base = pages_site
    urls: list[str] = []
    for name in ("feed.xml", "sitemap.xml"):
        with urllib.request.urlopen(base + name) as response:
            tree = ET.fromstring(response.read())
        urls += [el.attrib["href"] for el in tree.iter() if el.tag.endswith("link") and "href" in el.attrib]
        urls += [el.text.strip() for el in tree.iter() if el.tag.endswith("loc") and el.text]
    assert len(urls) > 16 and all(u.startswith(base) for u in urls), urls
    assert all(_status(u) == 200 for u in dict.fromkeys(urls))
