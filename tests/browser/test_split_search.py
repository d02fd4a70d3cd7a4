"""Search and tag filtering across years when the timeline is split by year, in real Chromium.

The site is built small by lowering ``SPLIT_LIMIT`` and ``PART_EVENTS``: 150 events
over 2023-2025, so the overview, the year pages, the search data in six parts and
"Show more" all exist.
Everything is opened from file://, where Chromium refuses fetch() of local files.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

PAYLOAD = 'Ruling </script><script>alert(1)</script> & "quotes"'
DERIVED = ["Senate (finally) votes: 52-48!", "Zürich accord signed", "Long derived title " + "word " * 30]


def _events() -> list[dict[str, Any]]:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from test_site_support import event

    evs = []
    for y in (2023, 2024, 2025):
        for i in range(50):
            month, day = 1 + i % 12, 1 + i // 12
            title = f"Hearing {y} number {i}"
            tags = ["Courts"] if i % 2 else ["Courts", "Budget"]
            if (y, i) == (2023, 7):
                title, tags = "Pentagon contract signed", ["Deals"]
            if (y, i) == (2025, 9):
                title, tags = "Contract renegotiated", ["Deals", "Courts"]
            if (y, i) == (2024, 3):
                title = PAYLOAD
            if (y, i) == (2024, 5):
                title = "Réunion à Genève"
            extra: dict[str, Any] = {"status": "extracted"} if (y, i) == (2025, 9) else {}
            evs.append(event(f"e{y}-{i:02d}", f"{y}-{month:02d}-{day:02d}", title, tags=tags, **extra))
    # Ids derived from date and title: the search data rebuilds most of them from the title.
    evs += [{"date": "2024-06-30", "title": title, "tags": ["Derived"]} for title in DERIVED]
    return evs


@pytest.fixture(scope="module")
def split_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from test_site_support import write_content

    from timeline.pipeline import build
    from timeline.site import search, views

    root = tmp_path_factory.mktemp("split")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(views, "SPLIT_LIMIT", 20)
        mp.setattr(search, "PART_EVENTS", 30)  # each year's events in two parts: six parts
        build(write_content(root, _events()), root / "site")
    return root / "site"


def _hits(page: Any) -> list[str]:
    return page.eval_on_selector_all("#_hits li .event-title", "els => els.map(e => e.textContent)")


def _search(page: Any, words: str, status: str) -> None:
    """Type a query and wait until it has been applied (the address then carries it)."""
    page.fill("#_q", words)
    page.wait_for_function("([q, s]) => new URLSearchParams(location.search).get('q') === q"
                           " && document.getElementById('_status').textContent.startsWith(s)",
                           arg=[words, status])


def _status(page: Any) -> str:
    return page.text_content("#_status") or ""


def _clean(w: Any) -> None:
    assert not w.errors and not w.dialogs, (w.errors, w.dialogs)
    assert all(u.startswith("file://") for u in w.requests), w.requests


def test_overview_search_finds_events_of_every_year_and_opens_one(split_site: Path, watched: Any,
                                                                   artifacts: Path) -> None:
    w = watched(split_site.joinpath("index.html").as_uri(), viewport={"width": 1200, "height": 900})
    page = w.page
    assert page.is_visible("#_controls") and not page.is_visible("#_results")
    # Nothing but the page's own files on load: the search data waits for the first search.
    page.wait_for_load_state("load")
    assert not [u for u in w.requests if u.endswith("search.js")]
    page.fill("#_q", "contract")
    page.wait_for_function("document.getElementById('_status').textContent.startsWith('2 events found')")
    assert [u for u in w.requests if u.endswith("search.js")]
    assert _hits(page) == ["Pentagon contract signed", "Contract renegotiated"]
    assert not page.is_visible("#_overview")  # the overview steps aside for the results
    # Each result links to its page and to its place in its year's listing; by-year links keep the query.
    assert page.get_attribute("#_hits li:first-child .when a", "href") == "year-2023.html#e2023-07"
    assert page.eval_on_selector_all("#_found a", "els => els.map(a => a.getAttribute('href'))") == [
        "year-2023.html?q=contract", "year-2025.html?q=contract"]
    assert page.text_content("#_hits li:last-child .badge") == "Unreviewed"
    page.screenshot(path=str(artifacts / "split-search.png"), full_page=True)
    # Words are ANDed and dates and tag names are searched too.
    _search(page, "contract 2025 courts", "1 event found")
    assert _hits(page) == ["Contract renegotiated"]
    _search(page, "no such words", "No events found.")
    assert _hits(page) == []
    # Accents and case do not matter.
    _search(page, "REUNION geneve", "1 event found")
    assert _hits(page) == ["Réunion à Genève"]
    # Untrusted titles are text, never markup.
    _search(page, "ruling", "1 event found")
    assert _hits(page) == [PAYLOAD]
    page.fill("#_q", "")
    page.wait_for_function("document.getElementById('_status').textContent === ''")
    assert page.is_visible("#_overview") and not page.is_visible("#_results")
    _search(page, "pentagon", "1 event found")
    page.click("#_hits a.event-title")
    assert page.url.endswith("events/e2023-07.html")
    assert page.text_content("h1") == "Pentagon contract signed"
    _clean(w)


def test_tag_page_shows_its_events_in_the_split_timeline(split_site: Path, watched: Any) -> None:
    w = watched(split_site.joinpath("tag-budget.html").as_uri())
    page = w.page
    page.click("text=Show in the full timeline")
    assert page.url.endswith("index.html?tag=budget")
    page.wait_for_function("document.getElementById('_status').textContent.startsWith('75 events found')")
    assert page.input_value("#_tag") == "budget"
    assert _status(page) == "75 events found."
    assert len(_hits(page)) == 75 and _hits(page)[0] == "Hearing 2023 number 0"
    # From a year's count, that year's page opens with the tag already filtering it.
    page.click("#_found a:text-is('2024')")
    assert page.url.endswith("year-2024.html?tag=budget")
    page.wait_for_function("document.getElementById('_status').textContent === '25 of 53 events shown.'")
    assert page.input_value("#_tag") == "budget"
    _clean(w)


def test_many_results_come_a_page_at_a_time_and_in_either_order(split_site: Path, watched: Any) -> None:
    page = watched(split_site.joinpath("index.html").as_uri() + "?tag=courts").page
    page.wait_for_function("document.getElementById('_status').textContent.startsWith('149 events found')")
    assert _status(page) == "149 events found, showing the first 100."
    assert len(_hits(page)) == 100
    page.click("#_more")
    page.wait_for_function("document.querySelectorAll('#_hits li').length === 149")
    assert page.is_hidden("#_more") and _status(page) == "149 events found."
    # Keyboard focus lands on the first newly shown result.
    assert page.evaluate("document.activeElement === document.querySelectorAll('#_hits li')[100].querySelector('a')")
    page.click("#_order")
    assert _hits(page)[0] == "Hearing 2025 number 47" and len(_hits(page)) == 100
    assert page.eval_on_selector_all("#_found a", "els => els.map(a => a.textContent)") == ["2025", "2024", "2023"]


def test_a_year_page_hands_its_search_to_every_year(split_site: Path, watched: Any) -> None:
    w = watched(split_site.joinpath("year-2025.html").as_uri())
    page = w.page
    page.fill("#_q", "contract")
    page.wait_for_function("document.getElementById('_status').textContent === '1 of 50 events shown.'")
    assert page.get_attribute("#_everywhere", "href") == "index.html?q=contract"
    page.click("#_everywhere")
    page.wait_for_function("document.getElementById('_status').textContent.startsWith('2 events found')")
    assert page.input_value("#_q") == "contract"
    assert _hits(page) == ["Pentagon contract signed", "Contract renegotiated"]
    _clean(w)


def test_search_results_and_split_pages_pass_axe(split_site: Path, watched: Any) -> None:
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    for rel, query, ready in [("index.html", "?q=contract", ".startsWith('2 events found')"),
                              ("index.html", "", " === ''"), ("year-2025.html", "?tag=deals", " === '1 of 50 events shown.'")]:
        for scheme in ("light", "dark"):
            page = watched(split_site.joinpath(rel).as_uri() + query, color_scheme=scheme).page
            page.wait_for_function(f"document.getElementById('_status').textContent{ready}")
            violations = [(v["id"], len(v["nodes"])) for v in axe.run(page).response["violations"]]
            assert violations == [], (rel, query, scheme, violations)


def test_without_javascript_the_overview_and_year_pages_still_read(split_site: Path, watched: Any) -> None:
    page = watched(split_site.joinpath("index.html").as_uri(), java_script_enabled=False).page
    assert not page.is_visible("#_controls") and not page.is_visible("#_results")
    assert page.eval_on_selector_all("#_overview h2 a", "els => els.map(a => a.getAttribute('href'))") == [
        "year-2023.html", "year-2024.html", "year-2025.html"]
    page.click("#_overview h2 a:text-is('2024')")
    assert page.locator("li.event").count() == 53 and not page.is_visible("#_controls")
    assert page.text_content("#e2024-03 .event-title") == PAYLOAD


def test_results_link_to_pages_whose_ids_were_derived_from_titles(split_site: Path, watched: Any) -> None:
    w = watched(split_site.joinpath("index.html").as_uri() + "?tag=derived")
    page = w.page
    page.wait_for_function("document.getElementById('_status').textContent.startsWith('3 events found')")
    hrefs = page.eval_on_selector_all("#_hits a.event-title", "els => els.map(a => a.getAttribute('href'))")
    assert len(hrefs) == 3 and all(split_site.joinpath(h).is_file() for h in hrefs), hrefs
    for k, title in enumerate(page.eval_on_selector_all("#_hits a.event-title", "els => els.map(a => a.textContent)")):
        page.click(f"#_hits li:nth-child({k + 1}) a.event-title")
        assert page.text_content("h1") == title
        page.go_back()
        page.wait_for_function("document.querySelectorAll('#_hits li').length === 3")
    _clean(w)


def _parts(w: Any) -> list[str]:
    return sorted(u.rsplit("/", 2)[-1] for u in w.requests if "/search/" in u)


def test_search_data_loads_in_parts_and_only_the_parts_a_search_needs(split_site: Path, watched: Any) -> None:
    assert len(list((split_site / "search").glob("*.js"))) == 6
    # Only the two parts holding "Deals" events (2023 and 2025) load for that tag.
    w = watched(split_site.joinpath("index.html").as_uri() + "?tag=deals")
    w.page.wait_for_function("document.getElementById('_status').textContent.startsWith('2 events found')")
    assert _hits(w.page) == ["Pentagon contract signed", "Contract renegotiated"]
    assert _parts(w) == ["1.js", "5.js"]  # the second half of 2023 and of 2025
    # Words search every part, and the results keep timeline order whatever order the parts arrive in.
    w.page.select_option("#_tag", "")
    _search(w.page, "hearing", "146 events found")
    assert _parts(w) == [f"{n}.js" for n in range(6)]
    assert _hits(w.page)[:3] == ["Hearing 2023 number 0", "Hearing 2023 number 12", "Hearing 2023 number 24"]
    _clean(w)


def test_overview_search_follows_the_address_highlights_and_matches_numbers_whole(split_site: Path,
                                                                                   watched: Any) -> None:
    w = watched(split_site.joinpath("index.html").as_uri() + "?q=number+45")
    page = w.page
    # "45" is a whole number: "number 45" of each year, not 145 nor the 45 of 2045.
    page.wait_for_function("document.getElementById('_status').textContent.startsWith('3 events found')")
    assert _hits(page) == [f"Hearing {y} number 45" for y in (2023, 2024, 2025)]
    marks = page.eval_on_selector_all("#_hits mark", "els => els.map(e => e.textContent)")
    assert marks == ["number", "45"] * 3
    # A day of the month: "4" finds the events of the 4th (and "number 4"), not the 4 of 2024.
    _search(page, "4", "39 events found")
    texts = page.eval_on_selector_all("#_hits li", "els => els.map(e => e.textContent)")
    assert len(texts) == 39 and all(re.search(r"\b4,|number 4\b", t) for t in texts), texts
    _search(page, "ruling", "1 event found")
    assert page.eval_on_selector_all("#_hits mark", "els => els.map(e => e.textContent)") == ["Ruling"]
    assert _hits(page) == [PAYLOAD] and page.locator("#_hits script").count() == 0
    page.click("#_order")
    page.wait_for_function("location.search.includes('order=newest')")
    _clean(w)
