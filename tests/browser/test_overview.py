"""The overview of the timeline's span and the pages of long listings, in real headless Chromium."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _in_view(page: Any, element_id: str) -> bool:
    """The element comes into view (the theme scrolls smoothly, so this waits up to 5 s for it)."""
    for _ in range(50):
        box = page.locator(f"[id='{element_id}']").bounding_box()
        height = page.viewport_size["height"]
        if box is not None and box["y"] + box["height"] > 0 and box["y"] < height:
            return True
        page.wait_for_timeout(100)
    return False


@pytest.fixture(scope="module")
def paged_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A timeline split by year with years and tags over several pages (limits lowered)."""
    from test_site_overview import _big_timeline

    from timeline.pipeline import render_timeline
    from timeline.site import views

    root = tmp_path_factory.mktemp("paged")
    (root / "content").mkdir()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(views, "PAGE_EVENTS", 40)
        mp.setattr(views, "SPLIT_LIMIT", 40)
        render_timeline(_big_timeline(), root / "site", content_dir=root / "content")
    return root / "site"


def test_overview_bars_link_to_their_sections_and_say_so_in_words(example_site: Path, watched: Any) -> None:
    w = watched(example_site.joinpath("index.html").as_uri(), viewport={"width": 1200, "height": 800})
    page = w.page
    text = page.inner_text(".ov-text")
    assert text.startswith("16 events from January 2021 to February 2026, by month.")
    assert "Busiest months: February 2026 (10 events)" in text
    # Every bar with events is a link with a name in words; the bars are drawn (not zero-sized).
    names = page.eval_on_selector_all(".ov-bars a", "els => els.map(a => a.textContent)")
    assert "February 2026: 10 events" in names and all(": " in n for n in names)
    box = page.locator(".ov-bars a").first.bounding_box()
    assert box is not None and box["width"] >= 4 and box["height"] >= 40
    page.get_by_role("link", name="February 2026: 10 events").click()
    assert page.url.endswith("#_y2026-2")
    assert _in_view(page, "_y2026-2")
    page.get_by_role("link", name="January 2021").first.click()  # from the sentence's list of busiest months
    assert page.url.endswith("#_y2021-1") and _in_view(page, "_y2021-1")
    assert not w.errors and all(u.startswith("file://") for u in w.requests), (w.errors, w.requests)


def test_overview_bars_are_reached_and_followed_with_the_keyboard(example_site: Path, watched: Any) -> None:
    page = watched(example_site.joinpath("index.html").as_uri(), viewport={"width": 1200, "height": 800}).page
    presses = 0
    while not page.evaluate("!!document.activeElement.closest('.ov-bars')"):
        assert presses < 15, "no overview bar reached with Tab"
        page.keyboard.press("Tab")
        presses += 1  # after the skip link, the site's links and the overview's sentence
    first = page.evaluate("document.activeElement.textContent")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Enter")
    anchor = page.url.split("#")[1]
    assert first.startswith("January 2021") and _in_view(page, anchor)


def test_without_javascript_the_overview_reads_and_links(example_site: Path, watched: Any) -> None:
    page = watched(example_site.joinpath("tag-anthropic.html").as_uri(), java_script_enabled=False).page
    assert page.locator(".ov-bars a").count() >= 2
    href = page.locator(".ov-bars a").last.get_attribute("href")
    page.locator(".ov-bars a").last.click()
    assert page.url.endswith(href) and _in_view(page, href.lstrip("#"))


def test_pages_of_a_long_year_and_tag_link_each_other_and_pass_axe(paged_site: Path, watched: Any) -> None:
    from axe_playwright_python.sync_playwright import Axe

    w = watched(paged_site.joinpath("index.html").as_uri(), viewport={"width": 1200, "height": 900})
    page = w.page
    # The index lists each page of the dense year: one click to any page, then one to an event.
    page.click("#_y2024 .pages a >> text='2'")
    assert page.url.endswith("year-2024.p2.html")
    assert page.inner_text("h1").startswith("Year: 2024 (page 2 of")
    assert page.locator("li.event").count() <= 40
    page.click(".pager .next a")
    assert page.url.endswith("year-2024.p3.html")
    # The overview on a year page leads to another year's page and section.
    bar = page.locator(".ov-bars a").first
    target = bar.get_attribute("href")
    bar.click()
    assert page.url.endswith(target) and _in_view(page, target.split("#")[1])
    # An event's way back is the page listing it.
    page.goto(paged_site.joinpath("year-2024.p2.html").as_uri())
    page.locator("li.event .event-title a").first.click()
    page.click("text=Back to the timeline")
    assert "year-2024.p2.html#" in page.url
    axe = Axe()
    for rel in ("index.html", "year-2024.p2.html", "tag-big.p2.html", "tag-small.html"):
        for scheme in ("light", "dark"):
            checked = watched(paged_site.joinpath(rel).as_uri(), color_scheme=scheme).page
            violations = [(v["id"], len(v["nodes"])) for v in axe.run(checked).response["violations"]]
            assert violations == [], (rel, scheme, violations)
    assert not w.errors and all(u.startswith("file://") for u in w.requests), (w.errors, w.requests)


def test_a_10000_event_index_is_light_and_pictured(tmp_path: Path, watched: Any, artifacts: Path) -> None:
    from test_site_overview import _benchmark_like

    from timeline.model import SiteConfig, Timeline
    from timeline.pipeline import render_timeline

    (tmp_path / "content").mkdir()
    out = tmp_path / "site"
    render_timeline(Timeline(SiteConfig(title="Ten thousand events", description="Synthetic, 1950-2024."),
                             tuple(_benchmark_like(10000))), out, content_dir=tmp_path / "content")
    index = out / "index.html"
    assert index.stat().st_size < 1_000_000
    w = watched(index.as_uri(), viewport={"width": 1200, "height": 900})
    page = w.page
    assert page.locator(".ov-bars li").count() == 75  # one element per year, not per event
    page.screenshot(path=str(artifacts / "index-10k.png"))
    page.locator(".ov-bars a").nth(40).click()
    assert page.url.endswith("year-1990.html#_y1990")
    mobile = watched(index.as_uri(), viewport={"width": 390, "height": 844}, is_mobile=True).page
    assert mobile.evaluate("document.documentElement.scrollWidth") <= 390
    mobile.screenshot(path=str(artifacts / "index-10k-mobile.png"))
    assert not w.errors and all(u.startswith("file://") for u in w.requests), (w.errors, w.requests)
