"""The overview of a timeline's span, and long listings cut into pages.

Sizes are tested with low limits (``PAGE_EVENTS``, ``SPLIT_LIMIT``) on a few
hundred events, which exercises the same code as 100k events at the real
limits; one test renders the listing pages of 10,000 events at the real limits.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.model import Event, SiteConfig, Timeline, When
from timeline.site import overview as overviews
from timeline.site import paging, views
from timeline.site.environment import default_theme_dir
from timeline.site.pages import Page
from timeline.site.render import pages
from timeline.site.views import prepare


class _Parsed(HTMLParser):
    """Every link, element id and listed event (``li.event`` ids) of a page."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.events: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])  # type: ignore[arg-type]
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])  # type: ignore[arg-type]
        if tag == "li" and "event" in (a.get("class") or "").split():
            self.events.append(a["id"])  # type: ignore[arg-type]


def _text(page: Page) -> str:
    data = page.render()
    return (data if isinstance(data, bytes) else b"".join(data)).decode("utf-8")


def _timeline(dates: list[str], tags: list[tuple[str, ...]] | None = None) -> Timeline:
    evs = tuple(Event(id=f"e{i:05d}", when=When.parse(d), title=f"Event {i}", tags=tags[i] if tags else ())
                for i, d in enumerate(dates))
    return Timeline(SiteConfig(title="T", timezone="UTC"), evs)


def _overview(dates: list[str]) -> overviews.Overview | None:
    data = prepare(_timeline(dates))
    return overviews.build([("index.html", data.years)])


def _days(start: dt.date, n: int, step: int) -> list[str]:
    return [(start + dt.timedelta(days=i * step)).isoformat() for i in range(n)]


@pytest.mark.parametrize(("dates", "unit"), [
    (_days(dt.date(2026, 2, 1), 20, 1), "day"),
    (_days(dt.date(2021, 1, 5), 60, 30), "month"),
    (_days(dt.date(2010, 1, 5), 60, 90), "quarter"),
    ([f"{y}-06-01" for y in range(1950, 2025)], "year"),
    ([f"{y}-06-01" for y in range(1200, 2000, 7)], "decade"),
    (["0100", "1900"], "century"),
])
def test_the_unit_follows_the_span_with_one_bar_per_period(dates: list[str], unit: str) -> None:
    ov = _overview(dates)
    assert ov is not None and ov.unit.name == unit
    assert 2 <= len(ov.periods) <= overviews.MAX_PERIODS
    assert sum(p.count for p in ov.periods) == ov.count == len(dates)
    html = str(ov.html("index.html"))
    assert html.count("<li") == len(ov.periods)
    # The axis is continuous: consecutive periods, first and last holding events.
    assert ov.periods[0].count and ov.periods[-1].count


def test_one_period_is_no_overview() -> None:
    assert _overview(["2026-02-27", "2026-02-27T17:01-05:00"]) is None
    assert _overview([]) is None


def test_text_alternative_names_the_span_and_the_busiest_periods() -> None:
    dates = ["2021-01-05", *["2025-07-01"] * 6, "2025-09-02", "2025-10-02", *[f"2026-02-0{d}" for d in range(1, 5)]]
    ov = _overview(dates)
    assert ov is not None and ov.unit.name == "month"
    html = str(ov.html("index.html"))
    text = re.sub(r"<[^>]+>", "", re.search(r'<p class="ov-text">(.*?)</p>', html).group(1))  # type: ignore[union-attr]
    assert text == ("13 events from January 2021 to February 2026, by month. "
                    "Busiest months: July 2025 (6 events), February 2026 (4 events).")
    assert [p.label for p in ov.peaks] == ["July 2025", "February 2026"]
    # Each bar with events is a link named in words; empty periods are left out of the reading.
    parsed = _Parsed(html)
    assert len([h for h in parsed.links if h.startswith("#_y")]) == 5 + 2
    assert '<span class="ov-sr">July 2025: 6 events</span>' in html
    empty = re.findall(r'<li class="ov-l0"[^>]*>', html)
    assert len(empty) == len(ov.periods) - 5 and all('aria-hidden="true"' in li for li in empty)
    assert 'aria-labelledby="_ov_h"' in html and '<h2 id="_ov_h"' in html


def test_periods_of_about_equal_size_mark_no_peak() -> None:
    ov = _overview([f"{y}-0{m}-01" for y in range(2000, 2020) for m in (1, 2, 3)])
    assert ov is not None and ov.peaks == [] and "Busiest" not in ov.html("index.html")


def test_ten_thousand_events_make_one_element_per_period() -> None:
    rnd = random.Random(3)
    dates = sorted(f"{rnd.randint(1990, 2024)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}" for _ in range(10000))
    ov = _overview(dates)
    assert ov is not None and ov.unit.name == "year" and len(ov.periods) == 35
    html = str(ov.html("index.html"))
    assert html.count("<li") == 35 and len(html) < 12_000


# ---------------------------------------------------------------------- pages
@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(1, 30), min_size=1, max_size=20), st.integers(1, 12))
def test_paginate_keeps_every_event_once_in_order_within_the_limit(sizes: list[int], limit: int) -> None:
    dates = [f"{2000 + i // 12}-{i % 12 + 1:02d}-{1 + k % 28:02d}" for i, n in enumerate(sizes) for k in range(n)]
    data = prepare(_timeline(dates))
    listing = paging.paginate(data.years, "tag-x.html", limit)
    listed = [v.id for p in listing for y in p.years for m in y.months for v in m.events]
    assert listed == [v.id for v in data.events]
    assert [p.url for p in listing] == ["tag-x.html", *(f"tag-x.p{i}.html" for i in range(2, len(listing) + 1))]
    for p in listing:
        assert 0 < p.count <= limit and p.pages is listing
        assert p.count == sum(y.count for y in p.years) == sum(len(m.events) for y in p.years for m in y.months)
    # A month that fits on a page is never cut; ids stay unique on each page.
    for y in data.years:
        for m in y.months:
            if len(m.events) <= limit:
                assert len({p.url for p in listing for g in p.years for x in g.months if x.anchor == m.anchor}) == 1
    for p in listing:
        anchors = [x.anchor for g in p.years for x in g.months]
        assert len(anchors) == len(set(anchors))


def _site(tl: Timeline, monkeypatch: pytest.MonkeyPatch, limit: int) -> dict[str, str]:
    """The site's HTML pages, at ``limit`` events a listing page."""
    monkeypatch.setattr(views, "PAGE_EVENTS", limit)
    monkeypatch.setattr(views, "SPLIT_LIMIT", limit)
    return {p.path: _text(p) for p in pages(tl, [default_theme_dir()]) if p.path.endswith(".html")}


def _big_timeline() -> Timeline:
    """A 100k-like timeline at 1/200 of the size: one dense year (a month bigger than a page),
    sparse years around it and a tag on most events."""
    rnd = random.Random(5)
    dates, tags = [], []
    for i in range(520):
        if i < 150:
            d = f"2024-03-{1 + i % 28:02d}"
        elif i < 400:
            d = f"2024-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        else:
            d = f"{rnd.randint(2010, 2030)}-{rnd.randint(1, 12):02d}"
        dates.append(d)
        tags.append(("Big",) if i % 5 else ("Big", "Small"))
    return _timeline(dates, tags)


def test_a_big_timeline_keeps_pages_small_and_every_event_two_clicks_from_the_index(
        monkeypatch: pytest.MonkeyPatch) -> None:
    limit = 40
    tl = _big_timeline()
    site = _site(tl, monkeypatch, limit)
    parsed = {path: _Parsed(text) for path, text in site.items()}
    listings = [p for p in site if p == "index.html" or p.startswith(("year-", "tag-"))]
    assert any(".p2.html" in p for p in listings if p.startswith("year-2024"))
    assert any(p.startswith("tag-big.p") for p in listings)
    for path in listings:
        assert len(parsed[path].events) <= limit, path
    # Two clicks: the index links to every listing page, and every event is on one of them.
    first = {h.split("#")[0] for h in parsed["index.html"].links}
    events = {h.split("#")[0] for page in first if page in parsed for h in parsed[page].links
              if h.startswith("events/")}
    assert events == {f"events/{e.id}.html" for e in tl.events}
    assert {p for p in listings if p.startswith("year-")} <= first
    # Each tag's pages list its events once each, in order; each page links to all of them.
    for slug, name in (("big", "Big"), ("small", "Small")):
        tag_pages = sorted((p for p in listings if p == f"tag-{slug}.html" or p.startswith(f"tag-{slug}.p")),
                           key=lambda p: int(p.split(".p")[1][:-5]) if ".p" in p else 1)
        listed = [e for p in tag_pages for e in parsed[p].events]
        assert listed == [v.id for v in prepare(tl).events if name in v.event.tags]
        for p in tag_pages:
            assert set(tag_pages) <= {h.split("#")[0] for h in parsed[p].links} | {p}
    # An event page's way back leads to the page listing it.
    for e in tl.events:
        back = next(h for h in parsed[f"events/{e.id}.html"].links if h.endswith(f"#{e.id}"))
        assert e.id in parsed[back.removeprefix("../").split("#")[0]].events


def test_overview_links_lead_to_an_element_of_their_page(monkeypatch: pytest.MonkeyPatch) -> None:
    site = _site(_big_timeline(), monkeypatch, 40)
    parsed = {path: _Parsed(text) for path, text in site.items()}
    checked = 0
    for path, text in site.items():
        bars = re.search(r'<ol class="ov-bars">(.*?)</ol>', text, re.S)
        if bars is None:
            continue
        for href in _Parsed(bars.group(1)).links:
            target, _, anchor = href.partition("#")
            assert anchor in parsed[target or path].ids, (path, href)
            checked += 1
    assert checked > 100
    # The index, each year page and each tag page with events in two periods or more have one.
    assert all('<nav class="ov"' in site[p] for p in site if p.startswith("year-") or p == "index.html")
    assert '<nav class="ov"' in site["tag-big.html"]
    # A year's pages mark that year's bar (here by year: 2010-2030) as where the reader is.
    here = re.findall(r'<li class="[^"]*ov-here[^"]*"><a href="[^"]*" title="([^"]*)"', site["year-2024.p2.html"])
    assert here == ["2024: 407 events"]
    assert "ov-here" not in site["index.html"]


def _benchmark_like(n: int) -> Iterator[Event]:
    """Events shaped like benchmarks/build.py's: 7-word titles, three of 200 tags, 75 years;
    plus one tag on a third of them, the case that made one tag page 9.5 MB at 100k."""
    rnd = random.Random(7)
    words = ["government", "contract", "company", "officials", "said", "report", "talks", "deadline"]
    for i in range(n):
        tags = {f"Topic {rnd.randrange(200)}" for _ in range(3)} | ({"Everywhere"} if i % 3 == 0 else set())
        yield Event(id=f"event-{i:06d}", when=When.parse(f"{1950 + i * 75 // n}-{rnd.randint(1, 12):02d}-"
                                                         f"{rnd.randint(1, 28):02d}"),
                    title=" ".join(rnd.choice(words) for _ in range(7)).capitalize() + f" ({i})",
                    body="Body.", tags=tuple(sorted(tags)))


def test_no_listing_page_of_10k_events_passes_1_mb() -> None:
    tl = Timeline(SiteConfig(title="Benchmark"), tuple(_benchmark_like(10000)))
    sizes = {p.path: len(_text(p).encode()) for p in pages(tl, [default_theme_dir()])
             if p.path.endswith(".html") and not p.path.startswith("events/")}
    assert sizes["index.html"] < 200_000
    biggest = max(sizes, key=sizes.__getitem__)
    assert sizes[biggest] < 1_000_000, (biggest, sizes[biggest])
    assert "tag-everywhere.p2.html" in sizes  # 3,334 events: on two pages


def test_a_rebuild_after_events_move_between_pages_equals_a_clean_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages, overviews and event pages' way back depend on where other events land: an
    incremental rebuild must not reuse a page whose place in the listing moved."""
    import hashlib

    from test_site_support import event, write_content

    from timeline.pipeline import build

    monkeypatch.setattr(views, "PAGE_EVENTS", 5)
    monkeypatch.setattr(views, "SPLIT_LIMIT", 5)

    def tree(root: Path) -> dict[str, str]:
        return {p.relative_to(root).as_posix(): hashlib.sha1(p.read_bytes()).hexdigest()
                for p in sorted(root.rglob("*")) if p.is_file() and not p.name.startswith(".timeline")}

    evs = [event(f"e{i:02d}", f"2024-{1 + i // 2:02d}-{1 + i % 2:02d}", f"Event {i}", tags=["T"],
                 sources=[{"title": f"Report {i % 7}"}]) for i in range(24)]
    evs += [event("old", "2019-05-05", "Old")]
    content = write_content(tmp_path, evs)
    out = tmp_path / "site"
    build(content, out)
    # Two events early in the year push every later event of 2024 one or two places on.
    write_content(tmp_path, [*evs, event("n1", "2024-01-01", "New 1", tags=["T"]), event("n2", "2024-01-02", "New 2")])
    build(content, out)
    build(content, tmp_path / "clean")
    assert tree(out) == tree(tmp_path / "clean")
    assert "year-2024.p3.html" in tree(out) and "sources.p2.html" in tree(out)
