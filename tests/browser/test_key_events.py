"""Key events (key.html) and each event's reach, in real headless Chromium."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from timeline.model import Event, SiteConfig, SourceRef, Timeline, When

pytestmark = pytest.mark.browser


def _event(i: int, day: str, publishers: int) -> Event:
    return Event(id=f"e{i}", when=When.parse(day), title=f"Event {i}", tags=("Talks",), sources=tuple(
        SourceRef(title=f"Report {j}", publisher=f"Paper {j}", url=f"https://example.com/{i}/{j}",
                  published=(dt.date.fromisoformat(day) + dt.timedelta(days=j)).isoformat(), quote=f"Quote {j}.")
        for j in range(publishers)))


@pytest.fixture(scope="module")
def key_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from timeline.pipeline import render_timeline

    root = tmp_path_factory.mktemp("key")
    (root / "content").mkdir()
    days = ["2030-01-10", "2030-03-02", "2030-03-20", "2030-06-09", "2030-09-01", "2030-11-30"]
    events = tuple(_event(i, d, 3 if i in (2, 3) else 1) for i, d in enumerate(days))
    render_timeline(Timeline(SiteConfig(title="Key test"), events), root / "site", content_dir=root / "content")
    return root / "site"


def test_the_key_events_link_leads_to_the_key_events_and_their_sources(key_site: Path, watched: Any) -> None:
    w = watched(key_site.joinpath("index.html").as_uri())
    page = w.page
    page.get_by_role("navigation", name="Site").get_by_role("link", name="Key events").click()
    assert page.url.endswith("/key.html")
    assert page.locator("li.event").evaluate_all("els => els.map(e => e.id)") == ["e2", "e3"]
    assert page.locator("li.event .reach").all_inner_texts() == ["3 sources", "3 sources"]
    page.get_by_role("link", name="Event 3").click()
    assert page.url.endswith("/events/e3.html")
    assert page.inner_text("p.reach") == "Reported by 3 independent sources, first on Sun., June 9, 2030."
    assert page.locator("ul.sources > li").count() == 3
    # From a tag page's navigation too.
    page.goto(key_site.joinpath("tag-talks.html").as_uri())
    page.get_by_role("navigation", name="Site").get_by_role("link", name="Key events").click()
    assert page.url.endswith("/key.html")
    assert not w.errors and all(u.startswith("file://") for u in w.requests), (w.errors, w.requests)


def test_key_events_and_event_pages_pass_axe(key_site: Path, watched: Any) -> None:
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    for rel in ("key.html", "index.html", "events/e3.html"):
        for scheme in ("light", "dark"):
            page = watched(key_site.joinpath(rel).as_uri(), color_scheme=scheme).page
            violations = [(v["id"], len(v["nodes"])) for v in axe.run(page).response["violations"]]
            assert violations == [], (rel, scheme, violations)
