"""Untrusted content in every field: the built site runs none of it.

One site is built with every payload of :mod:`xss_payloads` in every text
field of its own event (title, body, tags, source title/publisher/quote/URL,
media URL/alt/credit), in ``site.yaml`` and in a source document's front
matter. Then:

- every HTML page is parsed and must contain no live markup from content (no
  ``on*`` attribute, no foreign ``<script>``, ``<iframe>``, ``<svg>``...,
  no link or image with a scheme other than http/https/mailto);
- the exports parse (JSON, Atom and sitemap with ``xml.etree``, iCalendar by
  RFC 5545 line rules) and give every payload back as the same *text*;
- every page is opened in headless Chromium: no dialog, ``window.__pwned``
  never set, and no request other than the site's own ``file://`` files.

Payloads in places that must refuse them (ids, YAML keys, unsafe URL
schemes) are checked to be refused with a located error and nothing written.
"""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import xss_payloads
from hardening_support import event_pages, make_content, tag_pages
from xss_site import OK_URL, SITE_BASE_URL, SITE_LANGUAGE, build_xss_site, open_and_watch

from timeline.errors import ValidationError
from timeline.pipeline import build

PAYLOADS = xss_payloads.ALL


@pytest.fixture(scope="module")
def xss_site(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return build_xss_site(tmp_path_factory.mktemp("xss"))


# ------------------------------------------------------------------ static HTML
LIVE_TAGS = {"script", "iframe", "frame", "object", "embed", "base", "svg", "math", "applet", "style",
             "link", "meta", "form", "input", "button", "textarea", "select", "video", "audio", "source",
             "template", "noscript", "xmp", "plaintext", "noembed", "marquee", "isindex", "details",
             "foreignobject"}
URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "data", "background", "poster", "srcdoc"}


class Markup(HTMLParser):
    """Collects every start tag with its attributes, and the JSON-LD blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.jsonld: list[str] = []
        self._in_jsonld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        self._in_jsonld = tag == "script" and a.get("type") == "application/ld+json"

    def handle_data(self, data: str) -> None:
        if self._in_jsonld:
            self.jsonld.append(data)

    def handle_endtag(self, tag: str) -> None:
        self._in_jsonld = False


def theme_baseline(tmp: Path) -> set[tuple[str, tuple[tuple[str, str | None], ...]]]:
    """The tags the theme itself emits (with attributes), from a harmless one-event site."""
    content = make_content(tmp, [{"id": "a", "date": "2020", "title": "t", "body": "b", "tags": ["x"],
                                  "sources": [{"title": "s", "url": OK_URL}],
                                  "media": [{"url": "img/local.png", "alt": "m", "credit": "c"}]}],
                           site={"title": "T", "description": "D", "author": "A", "language": "en",
                                 "base_url": "https://example.com/", "timezone": "UTC"})
    out = tmp / "baseline"
    build(content, out)
    seen = set()
    for page in out.rglob("*.html"):
        p = Markup()
        p.feed(page.read_text(encoding="utf-8"))
        for tag, attrs in p.tags:
            if tag in LIVE_TAGS:
                kept = tuple(sorted((k, v) for k, v in attrs.items()
                                    if k not in ("content", "href", "title", "value")))
                seen.add((tag, kept))
    return seen


def url_is_safe(value: str) -> bool:
    """``value`` is an attribute value as the browser sees it (character references already decoded)."""
    v = re.sub(r"[\x00-\x20]", "", value)
    m = re.match(r"^([A-Za-z][A-Za-z0-9+.\-]*):", v)
    return m is None or m.group(1).lower() in ("http", "https", "mailto")


def test_pages_carry_no_live_markup_from_content(xss_site: dict[str, Any], tmp_path: Path) -> None:
    out: Path = xss_site["out"]
    baseline = theme_baseline(tmp_path)
    pages = sorted(out.rglob("*.html"))
    assert len(pages) >= len(PAYLOADS) + 3
    problems = []
    for page in pages:
        text = page.read_text(encoding="utf-8")
        p = Markup()
        p.feed(text)
        for tag, attrs in p.tags:
            rel = page.relative_to(out)
            handlers = [k for k in attrs if k.startswith("on")]
            if handlers:
                problems.append(f"{rel}: <{tag}> has event handler {handlers}")
            for k, v in attrs.items():
                theme_icon = tag == "link" and attrs.get("rel") == "icon" and v == "data:,"
                if k in URL_ATTRS and v is not None and not url_is_safe(v) and not theme_icon:
                    problems.append(f"{rel}: <{tag} {k}={v!r}>")
            if tag == "img" and re.match(r"^(?:[a-z]+:)?//", attrs.get("src") or "", re.I):
                problems.append(f"{rel}: remote image {attrs.get('src')!r}")
            if tag in LIVE_TAGS:
                kept = tuple(sorted((k, v) for k, v in attrs.items()
                                    if k not in ("content", "href", "title", "value")))
                if (tag, kept) not in baseline:
                    problems.append(f"{rel}: <{tag} {dict(kept)}> is not part of the theme")
        for block in p.jsonld:
            assert "</" not in block and "<!--" not in block
            json.loads(block)  # still valid JSON after escaping
    assert not problems, "\n".join(problems[:20])


def fragment_problems(fragment: str) -> list[str]:
    """Live markup in an HTML fragment meant to be sanitized (bodies in exports)."""
    p = Markup()
    p.feed(fragment)
    found = []
    for tag, attrs in p.tags:
        if tag in LIVE_TAGS:
            found.append(f"<{tag}>")
        found += [f"<{tag} {k}>" for k in attrs if k.startswith("on")]
        found += [f"<{tag} {k}={v!r}>" for k, v in attrs.items()
                  if k in URL_ATTRS and v is not None and not url_is_safe(v)]
    return found


def test_payload_text_survives_as_text(xss_site: dict[str, Any]) -> None:
    """Escaping must not eat content: each title shows up, once unescaped, on its page."""
    out: Path = xss_site["out"]
    for i, p in enumerate(PAYLOADS):
        page = (out / "events" / f"xss-{i}.html").read_text(encoding="utf-8")
        m = re.search(r"<h1>(.*?)</h1>", page, re.S)
        assert m is not None
        shown = html.unescape(m.group(1))
        assert shown.strip() == p.strip(), (i, p, shown)


# ---------------------------------------------------------------------- exports
def test_exports_are_well_formed_and_escaped(xss_site: dict[str, Any]) -> None:
    out: Path = xss_site["out"]
    data = json.loads((out / "events.json").read_text(encoding="utf-8"))
    by_id = {e["id"]: e for e in data["events"]}
    for i, p in enumerate(PAYLOADS):
        e = by_id[f"xss-{i}"]
        assert e["title"] == p.strip()
        assert e["body"] == p
        assert p.strip() in e["tags"]
        for src in e["sources"]:
            assert src["url"] is None or url_is_safe(src["url"])
        for m in e["media"]:
            assert url_is_safe(m["url"])
        assert not fragment_problems(e["body_html"]), (i, e["body_html"])
    assert data["site"]["language"] == SITE_LANGUAGE

    tl = json.loads((out / "timelinejs.json").read_text(encoding="utf-8"))
    for item in tl["events"]:
        assert "<" not in item["text"]["headline"]
        assert not fragment_problems(item["text"]["text"])

    invalid_xml = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
    feed = ET.fromstring((out / "feed.xml").read_bytes())
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = feed.findall("a:entry", ns)
    assert entries
    titles = {e.findtext("a:title", namespaces=ns) for e in entries}
    newest = [p for i, p in enumerate(PAYLOADS)][-len(entries):]
    for p in newest:
        assert invalid_xml.sub("", p.strip()) in titles
    for e in entries:
        assert not fragment_problems(e.findtext("a:content", namespaces=ns) or "")

    sitemap = ET.fromstring((out / "sitemap.xml").read_bytes())
    locs = [u.findtext("{http://www.sitemaps.org/schemas/sitemap/0.9}loc") for u in sitemap]
    assert len(locs) >= len(PAYLOADS)
    assert all(loc and loc.startswith(SITE_BASE_URL) for loc in locs)

    check_icalendar((out / "events.ics").read_bytes(), PAYLOADS)


def check_icalendar(raw: bytes, titles: list[str]) -> None:
    """RFC 5545: CRLF lines of at most 75 octets, TEXT escaped, components balanced."""
    assert raw.endswith(b"\r\n")
    physical = raw[:-2].split(b"\r\n")
    assert all(b"\n" not in line and b"\r" not in line for line in physical)
    assert all(len(line) <= 75 for line in physical), max(physical, key=len)
    logical: list[str] = []
    for line in physical:
        text = line.decode("utf-8")
        if text.startswith(" "):
            logical[-1] += text[1:]
        else:
            logical.append(text)
    depth = 0
    summaries = []
    for line in logical:
        assert re.match(r"^[A-Z][A-Z0-9-]*(;[^:]*)?:", line), line
        name, value = line.split(":", 1)
        if name == "BEGIN":
            depth += 1
        elif name == "END":
            depth -= 1
        elif name == "SUMMARY":
            assert re.search(r"(?<!\\)(?:\\\\)*[,;]", value) is None, f"unescaped , or ; in {value!r}"
            summaries.append(re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), value))
        assert not re.search("[\x00-\x08\x0a-\x1f\x7f]", value)
    assert depth == 0
    control = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
    for t in titles:
        assert control.sub("", t.strip()) in summaries


# ------------------------------------------------------------------- refusals
def test_payloads_as_ids_are_all_refused_at_once(tmp_path: Path) -> None:
    events = [{"id": p, "date": "2020", "title": "t"} for p in PAYLOADS]
    content = make_content(tmp_path, events)
    with pytest.raises(ValidationError) as info:
        build(content, tmp_path / "site")
    errors = info.value.errors
    assert len(errors) == len(PAYLOADS)
    assert all(e.path and e.path.endswith("events.yaml") and e.line for e in errors)
    assert not (tmp_path / "site").exists()


def test_payloads_as_yaml_keys_are_reported(tmp_path: Path) -> None:
    events = [{"date": "2020", "title": f"t{i}", p: "x"} for i, p in enumerate(PAYLOADS)]
    content = make_content(tmp_path, events)
    with pytest.raises(ValidationError) as info:
        build(content, tmp_path / "site")
    assert len(info.value.errors) == len(PAYLOADS)
    assert all("unknown key" in e.message for e in info.value.errors), info.value.errors[0].message
    assert not (tmp_path / "site").exists()


def test_script_schemes_are_refused_by_validation(xss_site: dict[str, Any]) -> None:
    """javascript:/data:/vbscript: (in any case, with tabs or newlines inside) are errors, not silently dropped."""
    accepted = xss_site["accepted"]
    for url in xss_payloads.URLS:
        squeezed = re.sub(r"[\x00-\x20]", "", url).lower()
        if squeezed.startswith(("javascript:", "data:", "vbscript:", "livescript:", "file:", "blob:")):
            assert not accepted[url], url


def test_unsafe_base_url_is_refused(tmp_path: Path) -> None:
    content = make_content(tmp_path, [{"date": "2020", "title": "t"}],
                           site={"title": "T", "base_url": "javascript:alert(1)//"})
    with pytest.raises(ValidationError, match="unsafe URL scheme"):
        build(content, tmp_path / "site")
    assert not (tmp_path / "site").exists()


# ---------------------------------------------------------------------- browser
def sample_pages(out: Path) -> list[Path]:
    """Every page that is not a per-event or per-tag copy, plus a spread of those.

    The index alone holds every payload in titles, bodies, tags and sources;
    event pages add meta tags, JSON-LD and media. tests/stress opens all pages.
    """
    return [out / "index.html", out / "sources.html", *event_pages(out)[::6], *tag_pages(out)[::40]]


@pytest.mark.browser
def test_chromium_runs_no_content_script(xss_site: dict[str, Any], browser: Any) -> None:
    out: Path = xss_site["out"]
    seen = open_and_watch(browser, out, [p.resolve().as_uri() for p in sample_pages(out)])
    assert not seen["dialogs"], seen["dialogs"][:5]
    assert not seen["pwned"], seen["pwned"][:5]
    assert not seen["requests"], seen["requests"][:5]
    assert not seen["handlers"], seen["handlers"][:5]


@pytest.mark.browser
def test_404_page_loads_only_from_the_site_itself(xss_site: dict[str, Any], browser: Any) -> None:
    """404.html links to the published base URL (it is served at any depth), never elsewhere."""
    out: Path = xss_site["out"]
    from urllib.parse import quote

    base = quote(SITE_BASE_URL, safe=":/()")
    seen = open_and_watch(browser, out, [(out / "404.html").resolve().as_uri()], allowed=(base,))
    assert not seen["dialogs"] and not seen["pwned"] and not seen["handlers"], seen
    assert not seen["requests"], seen["requests"]


@pytest.mark.browser
def test_chromium_controls_with_payload_queries(xss_site: dict[str, Any], browser: Any) -> None:
    """The index's search and tag filter, driven by payloads (query string and typing)."""
    out: Path = xss_site["out"]
    index = (out / "index.html").resolve().as_uri()
    from urllib.parse import quote

    sample = PAYLOADS[::7]
    urls = [f"{index}?q={quote(p)}&tag={quote(p)}#{quote(p)}" for p in sample]

    def type_payloads(page: Any) -> None:
        for p in sample[:5]:
            page.fill("#_q", p)
            page.dispatch_event("#_q", "input")
        page.select_option("#_tag", index=3)
        page.click("#_order")
        page.wait_for_timeout(100)

    seen = open_and_watch(browser, out, urls[:1], type_payloads)
    seen2 = open_and_watch(browser, out, urls)
    for s in (seen, seen2):
        assert not s["dialogs"] and not s["pwned"] and not s["requests"] and not s["handlers"], s
        assert not s["errors"], s["errors"][:3]


# ------------------------------------------------------- extraction end to end
HOSTILE_ARTICLE = """<!doctype html><html><head><title>&lt;script&gt;alert(1)&lt;/script&gt; News</title>
<script>alert('page script')</script><style>body{background:url(https://evil.example/x.png)}</style></head>
<body><nav><a href="javascript:alert(1)">Home</a></nav>
<article>
<h1>Company &lt;img src=x onerror=alert(1)&gt; signs deal</h1>
<p>On Feb. 23, 2026, &lt;script&gt;window.__pwned=1&lt;/script&gt; Acme Corp signed a contract with the agency.</p>
<p>Acme &lt;svg onload=alert(1)&gt; said on Tuesday that it would appeal [click](javascript:alert(1)).</p>
<p>The "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" memo arrived in January.</p>
<p><img src="https://evil.example/pixel.png" onerror="alert(1)"> The deadline is Friday at 5:01 p.m. ET.</p>
<script>alert('inline')</script>
</article></body></html>
"""


@pytest.mark.browser
def test_extracted_hostile_article_builds_a_safe_site(tmp_path: Path, browser: Any) -> None:
    """HTML article -> timeline extract -> timeline build -> Chromium: nothing from the article runs."""
    import subprocess
    import sys

    project = tmp_path / "project"
    content = make_content(project, [], site={"title": "Hostile", "timezone": "America/New_York"})
    (content / "events" / "events.yaml").unlink()
    article = project / "article.html"
    article.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "timeline", "extract", str(article), "--published", "2026-02-27",
                        "--timezone", "America/New_York", "--content", "content"],
                       cwd=project, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    events_text = next((content / "events").glob("*.yaml")).read_text(encoding="utf-8")
    assert "alert" in events_text  # the payload text did reach the events, as text
    out = project / "site"
    build(content, out)
    pages = sorted(out.rglob("*.html"))
    for page in pages:
        assert not fragment_problems_page(page.read_text(encoding="utf-8")), page
    seen = open_and_watch(browser, out, [p.resolve().as_uri() for p in pages])
    assert not seen["dialogs"] and not seen["pwned"] and not seen["requests"] and not seen["handlers"], seen


def fragment_problems_page(text: str) -> list[str]:
    """Live markup in a whole page beyond the theme's own script and meta tags."""
    p = Markup()
    p.feed(text)
    return [f"{t} {a}" for t, a in p.tags
            if any(k.startswith("on") for k in a)
            or (t == "script" and a.get("type") != "application/ld+json" and "timeline.js" not in (a.get("src") or ""))
            or t in {"iframe", "svg", "math", "object", "embed", "base"}]


# ------------------------------------------------------------ format injection
INJECTIONS = [
    "x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected\r\nDTSTART:19700101",
    "x\nEND:VCALENDAR\nBEGIN:VCALENDAR",
    "semi;colon,comma\\backslash",
    "]]></title><entry><title>injected</title></entry><![CDATA[",
    "<!-- --><?xml-stylesheet href='https://evil.example/x.xsl'?>",
    "\x0b\x0c\x1b vertical tab, form feed, escape",
    "\u2028line\u2029paragraph separators",
    "emoji 👩‍💻 and combining e\u0301 and RTL \u202eevil\u202c",
    '"},{"id":"injected","title":"x',
]


def test_exports_resist_format_injection(tmp_path: Path) -> None:
    """Line breaks, delimiters and markup in every text field stay inside their own field."""
    events = [{"id": f"i{i}", "date": f"2020-01-{i + 1:02d}", "title": s, "body": s, "tags": [s, "t"],
               "sources": [{"title": s, "publisher": s, "quote": s, "url": "https://example.com/"}]}
              for i, s in enumerate(INJECTIONS)]
    content = make_content(tmp_path, events, site={"title": INJECTIONS[0], "description": INJECTIONS[3],
                                                   "author": INJECTIONS[4], "timezone": "UTC",
                                                   "base_url": "https://example.com/t/"})
    out = tmp_path / "site"
    build(content, out)
    ics = (out / "events.ics").read_bytes()
    check_icalendar(ics, [s for s in INJECTIONS])
    lines = ics.decode("utf-8").replace("\r\n ", "").split("\r\n")
    assert lines.count("BEGIN:VEVENT") == len(INJECTIONS) == lines.count("END:VEVENT")
    assert lines.count("BEGIN:VCALENDAR") == 1 and "SUMMARY:injected" not in lines
    feed = ET.fromstring((out / "feed.xml").read_bytes())
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert len(feed.findall("a:entry", ns)) == len(INJECTIONS)
    assert "injected" not in {e.findtext("a:title", namespaces=ns) for e in feed.findall("a:entry", ns)}
    ET.fromstring((out / "sitemap.xml").read_bytes())
    data = json.loads((out / "events.json").read_text(encoding="utf-8"))
    assert [e["id"] for e in data["events"]] == [f"i{i}" for i in range(len(INJECTIONS))]
    tl = json.loads((out / "timelinejs.json").read_text(encoding="utf-8"))
    assert len(tl["events"]) == len(INJECTIONS)
