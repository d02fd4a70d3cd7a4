"""The sources page cut into pages (sources.html, sources.p2.html ...) like the listings.

Low limits (``PAGE_EVENTS``) on a few hundred citations exercise the code that
keeps a 100k-event timeline's sources light; one test renders 10,000 events
shaped like benchmarks/build.py's at the real limit.
"""

from __future__ import annotations

import hashlib
import random
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_site_support import event, write_content

from timeline.model import Document, Event, SiteConfig, SourceRef, Timeline, When
from timeline.pipeline import build
from timeline.site import fast_theme, paging, views
from timeline.site.environment import default_theme_dir
from timeline.site.pages import Page
from timeline.site.render import pages


class _Sources(HTMLParser):
    """A sources page: each entry's heading text and the event links under it, every link and id."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.entries: list[tuple[str, list[str]]] = []
        self.links: list[str] = []
        self.ids: set[str] = set()
        self._in_h2 = False
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])  # type: ignore[arg-type]
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])  # type: ignore[arg-type]
            if self.entries and a["href"].startswith("events/"):  # type: ignore[union-attr]
                self.entries[-1][1].append(a["href"])  # type: ignore[arg-type]
        if tag == "h2":
            self._in_h2 = True
            self.entries.append(("", []))

    def handle_endtag(self, tag: str) -> None:
        if tag == "h2":
            self._in_h2 = False

    def handle_data(self, data: str) -> None:
        if self._in_h2:
            title, events = self.entries[-1]
            self.entries[-1] = (title + data, events)


def _text(page: Page) -> str:
    data = page.render()
    return (data if isinstance(data, bytes) else b"".join(data)).decode("utf-8")


def _ordered(paths: list[str]) -> list[str]:
    """``sources.html``, ``sources.p2.html`` ... in page order."""
    found = [p for p in paths if re.fullmatch(r"sources(\.p\d+)?\.html", p)]
    return sorted(found, key=lambda p: int(p.split(".p")[1][:-5]) if ".p" in p else 1)


def _timeline() -> Timeline:
    """Sources of every shape: bundled documents (one cited by 60 events, more than a page),
    many sources cited once, dated in shuffled order, undated ones, one cited by no event."""
    rnd = random.Random(3)
    docs = [Document(path="sources/big.md", text="", title="Big wire", url="https://example.org/big",
                     published=When.parse("2015-06-01").start.date()),
            Document(path="sources/unused.md", text="", title="Never cited", publisher="Nobody")]
    evs = []
    for i in range(300):
        refs = [SourceRef(title=f"Paper {i % 90}", published=f"{2000 + rnd.randrange(20)}-0{1 + i % 9}-1{i % 10}"
                          if i % 90 < 80 else None)]
        if i % 5 == 0:
            refs.append(SourceRef(title="Big wire", url="https://example.org/big"))
        evs.append(Event(id=f"e{i:03d}", when=When.parse(f"{2000 + i % 25}-{1 + i % 12:02d}-01"),
                         title=f"Event {i} <&>", sources=tuple(refs)))
    return Timeline(SiteConfig(title="T"), tuple(evs), tuple(docs))


@pytest.mark.parametrize("mirror", [True, False])
def test_sources_pages_list_every_source_once_in_date_order_within_the_limit(
        monkeypatch: pytest.MonkeyPatch, mirror: bool) -> None:
    limit = 25
    monkeypatch.setattr(views, "PAGE_EVENTS", limit)
    if not mirror:
        monkeypatch.setattr(fast_theme, "MIRRORED", {})
    tl = _timeline()
    site = {p.path: _text(p) for p in pages(tl, [default_theme_dir()]) if p.path.endswith(".html")}
    names = _ordered(list(site))
    assert names[:2] == ["sources.html", "sources.p2.html"] and len(names) > 10
    parsed = [_Sources(site[n]) for n in names]
    entries = [e for p in parsed for e in p.entries]
    # Each source once, its parts on the following pages marked "(continued)".
    firsts = [t for t, _ in entries if not t.endswith("(continued)")]
    expected = {f"Paper {k}" for k in range(90)} | {"Big wire", "Never cited"}
    assert sorted(firsts) == sorted(expected)
    assert [t.removesuffix(" (continued)") for t, _ in entries if t.endswith("(continued)")] == ["Big wire"] * 2
    # Every citation once, under its source; each page within the limit (a heading counts as a line).
    cited = {(s.title, f"events/{e.id}.html") for e in tl.events for s in e.sources}
    listed = [(t.removesuffix(" (continued)"), h) for t, hs in entries for h in hs]
    assert sorted(listed) == sorted(cited)
    for n, p in zip(names, parsed, strict=True):
        assert sum(1 + len(hs) for _, hs in p.entries) <= limit, n
    # By real publication date across pages, undated sources last.
    dates = [d for n in names for d in re.findall(r'<p class="meta">[^\n]*<time datetime="([^"]+)"', site[n])]
    assert len(dates) > 80 and dates == sorted(dates)
    assert firsts.index("Big wire") < firsts.index("Paper 80") and firsts[-1] != "Big wire"
    # Every page has the summary of all sources, and links to every other page.
    for n, p in zip(names, parsed, strict=True):
        assert '<p class="count">92 sources, published from <time datetime="2000-' in site[n]
        assert set(names) <= {h.split("#")[0] for h in p.links} | {n}, n
        for href in p.links:
            target, _, anchor = href.partition("#")
            target = target or n
            if target.startswith(("http:", "https:")):
                continue
            assert target in site or target in ("static/timeline.css", "feed.xml", "events.json",
                                                "timelinejs.json", "events.ics"), (n, href)
            assert not anchor or anchor in _Sources(site[target]).ids, (n, href)
    assert "(page 2 of" in site["sources.p2.html"] and 'rel="prev"' not in site["sources.html"]
    # The site's menu marks "Sources" as where the reader is on every page of them.
    assert all('<a href="sources.html" aria-current="page">Sources</a>' in site[n] for n in names)


def test_nothing_links_into_the_sources_page_by_anchor() -> None:
    """Event pages cite sources by their own URL: were a ``sources.html#entry`` link added, it
    would have to follow the entry to its page (sources.p2.html ...)."""
    site = {p.path: _text(p) for p in pages(_timeline(), [default_theme_dir()]) if p.path.endswith(".html")}
    assert not [p for p, text in site.items() if re.search(r'href="[^"]*sources(\.p\d+)?\.html#', text)]


def test_no_sources_page_of_10k_benchmark_events_passes_1_mb() -> None:
    """benchmarks/build.py's shape: each event cites its own article (10k sources) and one wire
    cites a tenth of them; before paging, sources.html was 3.6 MB."""
    evs = tuple(Event(id=f"event-{i:06d}", when=When.parse(f"{1950 + i * 75 // 10000}-{1 + i % 12:02d}-01"),
                      title=f"Government contract company officials said report talks ({i})",
                      sources=(SourceRef(title="Synthetic source", url=f"https://example.com/a/{i}",
                                         published=f"{1950 + i * 75 // 10000}-{1 + i % 12:02d}-02"),
                               *((SourceRef(title="Wire"),) if i % 10 == 0 else ())))
                for i in range(10000))
    site = {p.path: p for p in pages(Timeline(SiteConfig(title="Benchmark"), evs), [default_theme_dir()])}
    names = _ordered(list(site))
    sizes = {n: len(_text(site[n]).encode()) for n in names}
    assert len(names) > 5 and max(sizes.values()) < 1_000_000, max(sizes.items(), key=lambda kv: kv[1])


def _tree(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha1(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and not p.name.startswith(".timeline")}


def test_a_rebuild_after_sources_move_between_pages_equals_a_clean_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new early source pushes every later one along the pages; an edited title shows on
    the page listing it: the rebuild reuses only pages whose every line is unchanged."""
    monkeypatch.setattr(views, "PAGE_EVENTS", 5)
    evs = [event(f"e{i:02d}", f"2024-{1 + i // 2:02d}-{1 + i % 2:02d}", f"Event {i}",
                 sources=[{"title": f"Paper {i}", "published": f"2024-{1 + i // 2:02d}-0{3 + i % 2}"}])
           for i in range(24)]
    content = write_content(tmp_path, evs)
    out = tmp_path / "site"
    build(content, out)
    before = _tree(out)
    early = event("n1", "2023-12-30", "New 1", sources=[{"title": "Early paper", "published": "2023-12-31"}])
    evs[20]["title"] = "Event 20 retitled"
    write_content(tmp_path, [early, *evs])
    build(content, out)
    build(content, tmp_path / "clean")
    after = _tree(out)
    assert after == _tree(tmp_path / "clean")
    assert "sources.p13.html" in after and "sources.p13.html" not in before  # two sources a page


def test_an_edit_changes_the_key_of_only_the_sources_page_showing_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(views, "PAGE_EVENTS", 5)
    tl = _timeline()

    def keys(t: Timeline) -> dict[str, str]:
        return {p.path: p.key for p in pages(t, [default_theme_dir()]) if p.path in _ordered([p.path])}

    first = keys(tl)
    i = 123
    edited = Timeline(tl.site, tuple(e if n != i else Event(id=e.id, when=e.when, title="Renamed", sources=e.sources)
                                     for n, e in enumerate(tl.events)), tl.sources)
    second = keys(edited)
    assert first.keys() == second.keys()
    changed = {p for p in first if first[p] != second[p]}
    showing = {p.path for p in pages(edited, [default_theme_dir()])
               if p.path in first and f'href="events/e{i:03d}.html"' in _text(p)}
    assert changed == showing and len(changed) == len(tl.events[i].sources)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 30), max_size=30), st.integers(2, 12), st.integers(0, 1))
def test_pack_keeps_order_bounds_pages_and_cuts_only_groups_bigger_than_a_page(
        sizes: list[int], limit: int, overhead: int) -> None:
    """The rule every paged listing follows (years, tags, sources): see paging.pack."""
    groups = [(g, list(range(n))) for g, n in enumerate(sizes)]
    chunks = paging.pack(groups, limit, lambda g: len(g[1]), lambda g, a, b, piece: (g[0], g[1][a:b]), overhead)
    assert [(g, i) for c in chunks for g, items in c for i in items] == [(g, i) for g, items in groups for i in items]
    assert all(c and sum(overhead + len(items) for _, items in c) <= limit for c in chunks)
    for g, n in enumerate(sizes):
        holding = [c for c in chunks if any(x == g for x, _ in c)]
        assert len(holding) == 1 if n + overhead <= limit else len(holding) > 1
