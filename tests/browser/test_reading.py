"""Reading the site in real headless Chromium: markers, full-page capture, search.

A timeline of six years (enough that most of it starts below the first screen)
is built once and opened from file:// in light, dark and phone views.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest

pytestmark = pytest.mark.browser

YEARS = range(2020, 2026)
PAYLOAD = '<img src=x onerror=alert(1)> contract "quoted" & more'
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "device_scale_factor": 2}


def _support() -> Any:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import test_site_support

    return test_site_support


def _events() -> list[dict[str, Any]]:
    event = _support().event
    evs = []
    for y in YEARS:
        for m in range(1, 13, 2):
            body = f"Officials met in month {m} of {y}. " * 3
            evs.append(event(f"e{y}-{m:02d}", f"{y}-{m:02d}-{10 + m:02d}", f"Meeting {m} of {y}",
                             body=body, tags=["Talks"], sources=[{"title": "Wire", "publisher": "Agency"}]))
    evs.append(event("deadline", "2026-02-26", "Deadline passes", tags=["Deals"]))
    evs.append(event("signing", "2026-02-27T17:01-05:00", "Contract signed", tags=["Deals"]))
    evs.append(event("payload", "2026-01-05", PAYLOAD, tags=["Deals"]))
    return evs


def _build(root: Path) -> Path:
    from timeline.pipeline import build

    build(_support().write_content(root, _events(), site={"title": "Reading test", "timezone": "America/New_York"}),
          root / "site")
    return root / "site"


@pytest.fixture(scope="module")
def long_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("reading"))


@pytest.fixture(scope="module")
def compact_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same events listed compactly, as a timeline of more than FULL_INDEX_LIMIT events is."""
    from timeline.site import views

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(views, "FULL_INDEX_LIMIT", 10)
        return _build(tmp_path_factory.mktemp("compact"))


@pytest.fixture(params=["full", "compact"])
def any_site(request: pytest.FixtureRequest) -> Path:
    return request.getfixturevalue("long_site" if request.param == "full" else "compact_site")


# Every marker (li.event::before) against every box that clips it: ancestors with
# overflow other than visible, paint/content containment or content-visibility clip
# their descendants to their padding box; the viewport clips horizontally.
MARKERS_CLIPPED = """() => {
  const out = [];
  const vw = document.documentElement.clientWidth;
  for (const li of document.querySelectorAll('li.event')) {
    const r = li.getBoundingClientRect();
    const s = getComputedStyle(li, '::before');
    const left = r.left + parseFloat(s.left), top = r.top + parseFloat(s.top);
    const box = {left, top, right: left + parseFloat(s.width), bottom: top + parseFloat(s.height)};
    if (!(box.right > box.left && box.bottom > box.top)) { out.push([li.id, 'no marker']); continue; }
    if (box.left < 0 || box.right > vw) { out.push([li.id, 'outside the viewport']); }
    for (let el = li.parentElement; el && el !== document.documentElement; el = el.parentElement) {
      const c = getComputedStyle(el);
      const clips = c.overflowX !== 'visible' || c.overflowY !== 'visible' || c.contentVisibility !== 'visible'
        || /paint|content|strict/.test(c.contain);
      if (!clips) { continue; }
      const e = el.getBoundingClientRect();
      const inner = {left: e.left + parseFloat(c.borderLeftWidth), right: e.right - parseFloat(c.borderRightWidth),
                     top: e.top + parseFloat(c.borderTopWidth), bottom: e.bottom - parseFloat(c.borderBottomWidth)};
      if (box.left < inner.left || box.right > inner.right || box.top < inner.top || box.bottom > inner.bottom) {
        out.push([li.id, 'clipped by ' + el.tagName + '.' + el.className]);
      }
    }
  }
  return out;
}"""


@pytest.mark.parametrize("view", ["light", "dark", "phone"])
def test_no_timeline_marker_is_clipped(any_site: Path, watched: Any, view: str) -> None:
    options = PHONE if view == "phone" else {"color_scheme": view, "viewport": {"width": 1200, "height": 900}}
    w = watched(any_site.joinpath("index.html").as_uri(), **options)
    assert w.page.locator("li.event").count() == len(_events())
    assert w.page.evaluate(MARKERS_CLIPPED) == []
    # And on a tag page, whose list items have no bodies.
    w.page.goto(any_site.joinpath("tag-talks.html").as_uri())
    assert w.page.evaluate(MARKERS_CLIPPED) == []
    assert not w.errors


# The share of a rectangle of a screenshot (drawn into a canvas) whose pixels are not the
# page's background: a year left unrendered in the capture is blank.
INK = """async ([png, rects, bg]) => {
  const img = new Image();
  img.src = 'data:image/png;base64,' + png;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.width; canvas.height = img.height;
  const g = canvas.getContext('2d');
  g.drawImage(img, 0, 0);
  return rects.map(r => {
    const d = g.getImageData(r.x, r.y, r.width, r.height).data;
    let ink = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (Math.abs(d[i] - bg[0]) + Math.abs(d[i + 1] - bg[1]) + Math.abs(d[i + 2] - bg[2]) > 60) { ink++; }
    }
    return ink / (d.length / 4);
  });
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_full_page_screenshot_shows_every_year(any_site: Path, watched: Any, artifacts: Path, scheme: str) -> None:
    import base64

    w = watched(any_site.joinpath("index.html").as_uri(), viewport={"width": 1200, "height": 900}, color_scheme=scheme)
    page = w.page
    compact = page.locator("#_timeline.compact").count() == 1
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height > 2 * 900  # most years start well below the first screen
    png = page.screenshot(full_page=True)
    (artifacts / f"full-page-{'compact-' if compact else ''}{scheme}.png").write_bytes(png)
    rects = page.eval_on_selector_all(
        "#_timeline section.year", """els => els.map(e => { const r = e.getBoundingClientRect();
        return {x: Math.round(r.left), y: Math.round(r.top + scrollY), width: Math.round(r.width),
                height: Math.round(r.height)}; })""")
    assert len(rects) == len(YEARS) + 1
    bg = [255, 255, 255] if scheme == "light" else [18, 20, 23]
    ink = page.evaluate(INK, [base64.b64encode(png).decode(), rects, bg])
    assert all(share > 0.02 for share in ink), ink
    # The page's height is what it is from the start: scrolling through it changes nothing.
    for y in range(0, height, 700):
        page.evaluate(f"window.scrollTo(0, {y})")
        page.wait_for_timeout(20)
    assert page.evaluate("document.documentElement.scrollHeight") == height
    assert not w.errors and all(u.startswith("file://") for u in w.requests)


def _shown(page: Any) -> list[str]:
    return page.eval_on_selector_all("#_timeline li.event:not([hidden]) .event-title",
                                     "els => els.map(e => e.textContent.trim())")


def _query(page: Any) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def test_the_address_follows_the_search_and_a_shared_address_searches(long_site: Path, watched: Any) -> None:
    w = watched(long_site.joinpath("index.html").as_uri())
    page = w.page
    page.fill("#_q", "contract")
    page.wait_for_function("new URLSearchParams(location.search).get('q') === 'contract'")
    assert _shown(page) == [PAYLOAD, "Contract signed"]
    page.select_option("#_tag", "deals")
    page.click("#_order")
    page.wait_for_function("location.search.includes('order=newest')")
    assert _query(page) == {"q": ["contract"], "tag": ["deals"], "order": ["newest"]}
    shared = page.url
    page.fill("#_q", "")
    page.select_option("#_tag", "")
    page.wait_for_function("!location.search.includes('q=') && !location.search.includes('tag=')")
    # The shared address opens with the same search applied.
    other = watched(shared).page
    assert other.input_value("#_q") == "contract" and other.input_value("#_tag") == "deals"
    assert _shown(other) == ["Contract signed", PAYLOAD]
    assert other.get_attribute("#_order", "aria-pressed") == "true"
    assert not w.errors and not w.dialogs


def test_matches_are_highlighted_as_text(long_site: Path, watched: Any) -> None:
    w = watched(long_site.joinpath("index.html").as_uri() + "?q=contract+quoted")
    page = w.page
    page.wait_for_function("document.querySelectorAll('mark').length === 2")
    assert page.eval_on_selector_all("mark", "els => els.map(e => e.textContent)") == ["contract", "quoted"]
    # The untrusted title is still text: no element came out of it, nothing ran.
    assert page.locator("#payload img").count() == 0 and not w.dialogs
    assert page.text_content("#payload .event-title") == PAYLOAD
    # Accents and case do not matter to the marks either; a new search replaces the old marks.
    page.fill("#_q", "MEETING 3")
    page.wait_for_function("document.getElementById('_status').textContent.startsWith('6 of')")
    shown = "li.event:not([hidden]) mark"
    page.wait_for_function(f"document.querySelectorAll('{shown}').length > 0")
    assert set(page.eval_on_selector_all(shown, "els => els.map(e => e.textContent)")) == {"Meeting", "3"}
    # Marks follow the reader: events far down the page get theirs as they come near.
    last = "#e2025-03"
    assert page.locator(f"{last} mark").count() == 0
    page.locator(last).scroll_into_view_if_needed()
    page.wait_for_function(f"document.querySelectorAll('{last} mark').length > 0")
    page.fill("#_q", "")
    page.wait_for_function(f"document.querySelectorAll('{last} mark').length === 0")
    page.locator("#payload").scroll_into_view_if_needed()
    page.wait_for_function("document.querySelectorAll('#payload mark').length === 0")
    assert page.text_content("#payload .event-title") == PAYLOAD
    assert not w.errors


def test_a_number_matches_days_not_the_digits_inside_a_year(long_site: Path, watched: Any) -> None:
    page = watched(long_site.joinpath("index.html").as_uri() + "?q=26").page
    page.wait_for_function("document.getElementById('_status').textContent !== ''")
    assert _shown(page) == ["Deadline passes"]  # Thu., Feb. 26, 2026, and not every event of 2026
    page.fill("#_q", "2026")
    page.wait_for_function("document.getElementById('_status').textContent.startsWith('3 of')")
    page.fill("#_q", "5:01")
    page.wait_for_function("document.getElementById('_status').textContent.startsWith('1 of')")
    assert _shown(page) == ["Contract signed"]


@pytest.mark.parametrize("view", ["desktop", "phone"])
def test_the_search_box_shows_its_whole_placeholder(long_site: Path, watched: Any, view: str) -> None:
    page = watched(long_site.joinpath("index.html").as_uri(), **(PHONE if view == "phone" else {})).page
    room, needed = page.evaluate("""() => {
      const q = document.getElementById('_q');
      const s = getComputedStyle(q);
      const g = document.createElement('canvas').getContext('2d');
      g.font = s.font;
      const room = q.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
      return [room, g.measureText(q.placeholder).width];
    }""")
    assert needed < room - 16, (needed, room)  # and room for the search field's clear button


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_focus_ring_is_not_an_error_red(long_site: Path, watched: Any, scheme: str) -> None:
    import colorsys

    page = watched(long_site.joinpath("index.html").as_uri(), color_scheme=scheme).page
    page.focus("#_q")
    page.keyboard.press("a")  # keyboard use: :focus-visible applies
    style = page.evaluate("(() => { const s = getComputedStyle(document.getElementById('_q'));"
                          " return [s.outlineStyle, s.outlineColor, s.outlineWidth]; })()")
    assert style[0] == "solid" and float(style[2].rstrip("px")) >= 2
    rgb = [int(v) / 255 for v in style[1].split("(")[1].rstrip(")").split(",")[:3]]
    hue = colorsys.rgb_to_hsv(*rgb)[0] * 360
    assert 180 <= hue <= 260, (style, hue)  # a blue, like the links: not the red/orange of a validation error


def test_on_a_phone_the_search_controls_stay_small(long_site: Path, watched: Any, artifacts: Path) -> None:
    for scheme in ("light", "dark"):
        page = watched(long_site.joinpath("index.html").as_uri(), color_scheme=scheme, **PHONE).page
        box = page.locator("#_controls").bounding_box()
        assert box["height"] <= 0.15 * 844, box
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        # Every control is still labelled for screen readers.
        assert page.get_attribute("label[for=_q]", "for") == "_q" and page.locator("label[for=_tag]").count() == 1
        page.screenshot(path=str(artifacts / f"mobile-{scheme}-top.png"))


def test_axe_finds_nothing_with_highlighted_results_light_dark_and_phone(long_site: Path, watched: Any) -> None:
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    for options in ({"color_scheme": "light"}, {"color_scheme": "dark"}, {"color_scheme": "dark", **PHONE}):
        page = watched(long_site.joinpath("index.html").as_uri() + "?q=meeting+officials", **options).page
        page.wait_for_function("document.querySelectorAll('mark').length > 0")
        violations = [(v["id"], len(v["nodes"])) for v in axe.run(page).response["violations"]]
        assert violations == [], (options, violations)
