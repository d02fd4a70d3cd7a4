"""The built site in real headless Chromium, opened from file:// as readers may."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser


def _visible_titles(page: Any) -> list[str]:
    return page.eval_on_selector_all(
        "#_timeline li.event:not([hidden]) .event-title", "els => els.map(e => e.textContent.trim())")


def test_events_render_in_order_with_no_errors_and_no_outside_requests(example_site: Path, watched: Any,
                                                                        artifacts: Path) -> None:
    w = watched(example_site.joinpath("index.html").as_uri(), viewport={"width": 1200, "height": 900})
    page = w.page
    times = page.eval_on_selector_all("#_timeline li.event time:first-of-type", "els => els.map(e => e.dateTime)")
    assert times[0] == "2021" and times[-1] == "2026-02-27T17:01-05:00"
    titles = _visible_titles(page)
    assert titles[0] == "Dario Amodei co-founds Anthropic" and len(titles) == 16
    assert page.locator("h1").count() == 1
    page.screenshot(path=str(artifacts / "desktop.png"), full_page=True)
    assert not w.errors, w.errors
    assert all(u.startswith("file://") for u in w.requests), w.requests


def test_search_tag_filter_and_order_switch(example_site: Path, watched: Any) -> None:
    page = watched(example_site.joinpath("index.html").as_uri()).page
    page.fill("#_q", "contract")
    page.wait_for_function("document.getElementById('_status').textContent.includes('of 16')")
    assert _visible_titles(page) == ["Anthropic signs $200 million contract with the DoD",
                                     "Fourth-quarter review of AI contracts"]
    page.fill("#_q", "")
    page.select_option("#_tag", "negotiations")
    page.wait_for_function("document.getElementById('_status').textContent.startsWith('2 of')")
    assert _visible_titles(page) == ["Talks continue through the week", "Deadline for Anthropic's decision"]
    # Empty months and years are hidden too.
    assert page.locator("#_timeline section.year:not([hidden])").count() == 1
    page.select_option("#_tag", "")
    page.click("#_order")
    assert page.get_attribute("#_order", "aria-pressed") == "true"
    titles = _visible_titles(page)
    assert titles[0] == "Deadline for Anthropic's decision" and titles[-1] == "Dario Amodei co-founds Anthropic"


def test_without_javascript_the_whole_timeline_reads(example_site: Path, watched: Any) -> None:
    w = watched(example_site.joinpath("index.html").as_uri(), java_script_enabled=False)
    assert len(w.page.locator("li.event").all()) == 16
    assert not w.page.locator("#_controls").is_visible()  # controls appear only with JS


def test_axe_finds_no_violations_on_every_kind_of_page(example_site: Path, watched: Any) -> None:
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    for rel in ["index.html", "events/deadline-local-time.html", "tags.html", "tag-anthropic.html",
                "sources.html", "404.html", "key.html"]:
        for scheme in ("light", "dark"):
            page = watched(example_site.joinpath(rel).as_uri(), color_scheme=scheme).page
            result = axe.run(page)
            violations = [(v["id"], len(v["nodes"])) for v in result.response["violations"]]
            assert violations == [], (rel, scheme, violations)


def test_permalink_page_has_meta_and_valid_json_ld(example_site: Path, watched: Any) -> None:
    import json

    page = watched(example_site.joinpath("events", "deadline-local-time.html").as_uri()).page
    assert page.get_attribute('meta[property="og:title"]', "content") == "Deadline for Anthropic's decision"
    data = json.loads(page.text_content('script[type="application/ld+json"]'))
    assert data["@type"] == "Event" and data["startDate"] == "2026-02-27T17:01-05:00"
    page.click("text=Back to the timeline")
    assert page.url.endswith("index.html#deadline-local-time")


def test_screenshots_mobile_and_dark(example_site: Path, watched: Any, artifacts: Path) -> None:
    url = example_site.joinpath("index.html").as_uri()
    mobile = watched(url, viewport={"width": 390, "height": 844}, is_mobile=True, device_scale_factor=2).page
    width = mobile.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, "horizontal scrolling on a phone"
    mobile.screenshot(path=str(artifacts / "mobile.png"), full_page=True)
    dark = watched(url, color_scheme="dark", viewport={"width": 1200, "height": 900}).page
    bg = dark.evaluate("getComputedStyle(document.body).backgroundColor")
    assert bg == "rgb(18, 20, 23)"
    dark.screenshot(path=str(artifacts / "dark.png"), full_page=True)


def test_content_payloads_never_run(tmp_path: Path, watched: Any) -> None:
    """Every XSS payload in every field: no dialog, no page error, no request off the page."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from test_site_render import xss_timeline

    from timeline.pipeline import render_timeline

    (tmp_path / "content").mkdir()
    out = tmp_path / "site"
    render_timeline(xss_timeline(), out, content_dir=tmp_path / "content")
    pages = ["index.html", "sources.html", "tags.html", *(f"events/x-{i}.html" for i in range(3))]
    for rel in pages:
        w = watched(out.joinpath(rel).as_uri())
        w.page.wait_for_timeout(50)
        # A sanitized <img src=x> may look for a missing local file; nothing else may go wrong.
        errors = [e for e in w.errors if not e.startswith("Failed to load resource")]
        assert not w.dialogs and not errors, (rel, w.dialogs, errors)
        assert all(u.startswith("file://") for u in w.requests), (rel, w.requests)


def test_a_timeline_split_by_year_navigates_filters_and_passes_axe(tmp_path: Path, watched: Any,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Above SPLIT_LIMIT events (lowered here) the index is an overview and each year has a page."""
    import sys

    from axe_playwright_python.sync_playwright import Axe

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from test_site_support import event, write_content

    from timeline.pipeline import build
    from timeline.site import views

    monkeypatch.setattr(views, "SPLIT_LIMIT", 10)
    evs = [event(f"e{y}-{m}", f"{y}-{m:02d}-1{m}", f"{'Contract' if m == 2 else 'Meeting'} {y}/{m}",
                 tags=["Talks" if m % 2 else "Deals"]) for y in (2024, 2025) for m in range(1, 7)]
    out = tmp_path / "site"
    build(write_content(tmp_path, evs), out)
    w = watched(out.joinpath("index.html").as_uri())
    page = w.page
    assert page.locator("li.event").count() == 0
    page.click("h2 a[href='year-2025.html']")
    assert page.url.endswith("year-2025.html")
    assert _visible_titles(page) == [f"{'Contract' if m == 2 else 'Meeting'} 2025/{m}" for m in range(1, 7)]
    page.fill("#_q", "contract")
    page.wait_for_function("document.getElementById('_status').textContent.includes('1 of 6')")
    assert _visible_titles(page) == ["Contract 2025/2"]
    page.click("text=Contract 2025/2")
    page.click("text=Back to the timeline")
    assert page.url.endswith("year-2025.html#e2025-2")
    page.click("text=Earlier")
    assert page.url.endswith("year-2024.html")
    axe = Axe()
    for rel in ("index.html", "year-2024.html"):
        checked = watched(out.joinpath(rel).as_uri()).page
        violations = [(v["id"], len(v["nodes"])) for v in axe.run(checked).response["violations"]]
        assert violations == [], (rel, violations)
    assert not w.errors and all(u.startswith("file://") for u in w.requests)


def test_sources_on_several_pages_navigate_and_pass_axe(tmp_path: Path, watched: Any,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Above PAGE_EVENTS lines (lowered here) the sources go on over sources.p2.html ..."""
    import sys

    from axe_playwright_python.sync_playwright import Axe

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from test_site_support import event, write_content

    from timeline.pipeline import build
    from timeline.site import views

    monkeypatch.setattr(views, "PAGE_EVENTS", 6)
    evs = [event(f"e{i}", f"2024-{1 + i % 12:02d}-10", f"Meeting {i}",
                 sources=[{"title": f"Paper {i % 5}", "publisher": "Agency", "published": f"2024-0{1 + i % 5}-11"}])
           for i in range(12)]
    out = tmp_path / "site"
    build(write_content(tmp_path, evs), out)
    w = watched(out.joinpath("sources.html").as_uri())
    page = w.page
    assert page.locator("p.count").inner_text() == "5 sources, published from Thu., Jan. 11, 2024 to Sat., May 11, 2024."
    page.click("nav.pager >> text=Later")
    assert page.url.endswith("sources.p2.html")
    assert page.locator("nav.pages [aria-current=page]").inner_text() == "2"
    page.click("nav.pages >> text=1")
    assert page.url.endswith("sources.html")
    axe = Axe()
    for rel in ("sources.html", "sources.p2.html"):
        checked = watched(out.joinpath(rel).as_uri()).page
        violations = [(v["id"], len(v["nodes"])) for v in axe.run(checked).response["violations"]]
        assert violations == [], (rel, violations)
    assert not w.errors and all(u.startswith("file://") for u in w.requests)
