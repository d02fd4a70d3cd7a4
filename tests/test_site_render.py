"""Renderer unit tests: grouping, order, display, escaping, sanitizing, exports."""

from __future__ import annotations

import html as html_module
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import export_reference
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_site_support import XSS_PAYLOADS, event, write_content

from timeline.errors import DateError, TimelineError, ValidationError
from timeline.model import Event, Media, SiteConfig, SourceRef, Timeline, When
from timeline.pipeline import build, render_timeline
from timeline.site import exports
from timeline.site.environment import jsonld
from timeline.site.markdown import render_markdown
from timeline.site.safety import check_segment, inside, safe_url, unique_slugs
from timeline.site.views import prepare


def _timeline(*events: Event, tz: str = "America/New_York") -> Timeline:
    return Timeline(SiteConfig(title="T", timezone=tz), tuple(events))


def _ev(id: str, date: str, **kw: object) -> Event:
    tz = kw.pop("timezone", None)
    return Event(id=id, when=When.parse(date, timezone=tz), title=kw.pop("title", id), **kw)  # type: ignore[arg-type]


# ------------------------------------------------- values worked out while loading
@pytest.mark.parametrize("tz", ["America/New_York", "Asia/Kolkata", "UTC"])
def test_values_derived_while_loading_equal_those_prepare_works_out(tz: str) -> None:
    """The loader's processes may compute each event's digest, body and date values
    (derive.event_deriver); prepare() must make the same views from them as without."""
    from timeline.site.derive import event_deriver

    events = (
        _ev("a", "2026-02-27T17:01", timezone="America/New_York", body="Plain *words* and [a link](https://e.org/x)",
            end=When.parse("2026-03")),
        _ev("b", "2026-02-28T02:30-05:00", body="Two\n\nparagraphs"),
        _ev("c", "2025-07"), _ev("d", "2026-W09"), _ev("e", "2025-Q4", end=When.parse("2026")),
        _ev("f", "2026-02-27T23:30", timezone="Asia/Tokyo", body="- a list"),
        _ev("g", "2026-02-27T09:15"), _ev("h", "2026-02-28T00:30", end=When.parse("2026-02-28T04:00")),  # site's zone
    )
    site = SiteConfig(title="T", timezone=tz)
    derive = event_deriver(site)
    plain = prepare(Timeline(site, events))
    derived = prepare(Timeline(site, events, derived=tuple(derive(e) for e in events)))

    def shown(v: object) -> tuple[object, ...]:
        return tuple(getattr(v, f) for f in ("id", "date", "datetime", "end_date", "end_datetime", "year", "group",
                                             "sort_key", "fingerprint", "listing", "local_start", "body", "summary"))

    assert [shown(v) for v in derived.events] == [shown(v) for v in plain.events]
    assert [(y.year, [m.label for m in y.months]) for y in derived.years] == \
        [(y.year, [m.label for m in y.months]) for y in plain.years]
    # Plain prose and inline markup are rendered while loading; a list is left to render_bodies.
    assert [derive(e).html is not None for e in events] == [True, True, True, True, True, False, True, True]


@pytest.mark.parametrize("tz", ["America/New_York", "Asia/Kolkata"])
def test_the_loader_sorts_by_the_derived_sort_key_exactly_as_by_its_own(tmp_path: Path, tz: str) -> None:
    """With ``derived_key`` the loader takes each event's sort key from its derived value
    instead of working it out again: the order (and the values, still aligned) must not change.
    Times in the site's zone, in other zones and partial dates interleave here, so a key
    worked out in another zone would reorder them."""
    from timeline.site.derive import derived_sort_key, event_deriver
    from timeline.store import load_timeline

    dates = [("late", "2026-02-27T23:30", None), ("tokyo", "2026-02-28T09:00", "Asia/Tokyo"),
             ("day", "2026-02-28", None), ("early", "2026-02-28T00:30", None), ("month", "2026-02", None),
             ("utc", "2026-02-28T03:00Z", None), ("six", "2026-02-28T06:00Z", None), ("week", "2026-W09", None), ("year", "2026", None),
             ("same-a", "2026-02-28", None), ("quarter", "2026-Q1", None)]
    content = write_content(tmp_path, [event(i, d, i.title(), **({"timezone": z} if z else {}))
                                       for i, d, z in reversed(dates)], site={"timezone": tz})
    plain = load_timeline(content)
    keyed = load_timeline(content, derive=event_deriver, derived_key=derived_sort_key)
    unkeyed = load_timeline(content, derive=event_deriver)
    assert [e.id for e in keyed.events] == [e.id for e in plain.events] == [e.id for e in unkeyed.events]
    derive = event_deriver(plain.site)
    assert keyed.derived == unkeyed.derived == tuple(derive(e) for e in plain.events)
    # These dates order differently in another zone: a key from the wrong zone would show.
    elsewhere = event_deriver(SiteConfig(timezone="America/Los_Angeles"))
    assert [e.id for e in sorted(plain.events, key=lambda e: (derived_sort_key(elsewhere(e)), e.id))] != \
        [e.id for e in plain.events]


ZONES = st.sampled_from([None, "UTC", "America/New_York", "Asia/Kolkata", "Pacific/Kiritimati", "Pacific/Pago_Pago"])


@st.composite
def whens(draw: st.DrawFn) -> When:
    """Dates at every precision, near each other (so keys tie and interleave) and at the calendar's ends."""
    year = draw(st.sampled_from([1, 2, 999, 2025, 2026, 9998]))
    month, day = draw(st.integers(1, 12)), draw(st.integers(1, 28))
    text = draw(st.sampled_from([
        "{y:04d}", "{y:04d}-{m:02d}", "{y:04d}-{m:02d}-{d:02d}", "{y:04d}-W{w:02d}", "{y:04d}-Q{q}", "{y:04d}-H{h}",
        "{y:04d}-SU", "{y:04d}-{m:02d}-{d:02d}TEV", "{y:04d}-{m:02d}-{d:02d}T{H:02d}",
        "{y:04d}-{m:02d}-{d:02d}T{H:02d}:{M:02d}", "{y:04d}-{m:02d}-{d:02d}T{H:02d}:{M:02d}:{S:02d}",
        "{y:04d}-{m:02d}-{d:02d}T{H:02d}:{M:02d}Z", "{y:04d}-{m:02d}-{d:02d}T{H:02d}:{M:02d}+14:00",
        "{y:04d}-{m:02d}-{d:02d}T{H:02d}:{M:02d}:{S:02d}-11:00", "{c:02d}", "{c:02d}{x}",
    ]))
    value = text.format(y=year, m=month, d=day, w=draw(st.integers(1, 52)), q=draw(st.integers(1, 4)),
                        h=draw(st.integers(1, 2)), H=draw(st.integers(0, 23)), M=draw(st.integers(0, 59)),
                        S=draw(st.integers(0, 59)), c=year // 100, x=year // 10 % 10)
    tz = draw(ZONES) if "T" in value and value[-6] not in "+-" and not value.endswith("Z") else None
    try:
        return When.parse(value, timezone=tz)
    except DateError:
        return When.parse(f"{year:04d}")


@settings(max_examples=300, deadline=None)
@given(st.lists(whens(), min_size=2, max_size=30), ZONES)
def test_sort_text_orders_dates_exactly_as_their_sort_keys(dates: list[When], tz: str | None) -> None:
    """The loader and prepare() sort by the text form of each sort key (derive.sort_text)."""
    from timeline.site.derive import sort_text

    keys = [w.sort_key(tz) for w in dates]
    for a in keys:
        for b in keys:
            assert (a < b) == (sort_text(a) < sort_text(b)) and (a == b) == (sort_text(a) == sort_text(b))


def test_sort_text_orders_every_precision_starting_at_one_instant() -> None:
    """Ties on the start are broken by rank (coarser first), 2 to 12 here: across 9 and 10 too."""
    from timeline.site.derive import sort_text

    values = ["2026", "2026-H1", "2026-Q1", "2026-WI", "2026-01", "2026-01-01", "2026-01-01TMO", "2026-01-01T00",
              "2026-01-01T00:00", "2026-01-01T00:00:00", "202", "20"]
    keys = [When.parse(v).sort_key(None) for v in values]
    assert sorted(keys, key=sort_text) == sorted(keys)
    assert len({k[1] for k in keys if k[0] == keys[0][0]}) >= 8  # most share the start: the rank decides


# ------------------------------------------------------------------ grouping/order
def test_partial_dates_sort_at_the_head_of_their_span_and_group_by_year_and_month() -> None:
    data = prepare(_timeline(
        _ev("c", "2025-07-03T09:00", timezone="America/New_York"), _ev("a", "2025"), _ev("b", "2025-07"),
        _ev("d", "2025-07-03"), _ev("e", "2024-12-31"), _ev("q", "2025-Q4"), _ev("w", "2026-W01"),
    ))
    assert [v.id for v in data.events] == ["e", "a", "b", "d", "c", "q", "w"]
    layout = [(y.year, [(m.label, [v.id for v in m.events]) for m in y.months]) for y in data.years]
    # ISO week 1 of 2026 starts on Monday, Dec. 29, 2025: it sits where it starts.
    assert layout == [
        (2024, [("December", ["e"])]),
        (2025, [("Across 2025", ["a"]), ("July", ["b", "d", "c"]), ("Fourth quarter of 2025", ["q"]),
                ("December", ["w"])]),
    ]
    week = data.events[-1]
    assert week.date == "Week of Dec. 29, 2025" and week.year == 2025 and week.group == "December"


def test_display_and_machine_dates_come_from_when() -> None:
    data = prepare(_timeline(_ev("d", "2026-02-27T17:01", timezone="America/New_York")))
    v = data.events[0]
    assert v.date == "Fri., Feb. 27, 2026, 5:01 p.m. ET"
    assert v.datetime == "2026-02-27T17:01-05:00"


def test_duplicate_and_unsafe_ids_are_refused() -> None:
    with pytest.raises(TimelineError, match="duplicate event id"):
        prepare(_timeline(_ev("a", "2025"), _ev("a", "2026")))
    for bad in ["../../etc/passwd", "/abs", "con", "a/b", "UPPER", "x" * 121, "trailing.", "é"]:
        with pytest.raises(TimelineError, match="cannot be used as a file name"):
            check_segment(bad)


def test_tag_slugs_are_unique_deterministic_and_file_safe() -> None:
    slugs = unique_slugs(["C", "c", "C++", "日本", "../x", "CON"])
    assert len(set(slugs.values())) == 6
    assert slugs["C"] == "c" and slugs["C++"] == "c-2" and slugs["c"] == "c-3"
    assert slugs["../x"] == "x" and slugs["CON"] == "con-tag"
    assert re.fullmatch(r"tag-[0-9a-f]{8}", slugs["日本"])
    assert unique_slugs(["c", "C++", "C"]) == {k: slugs[k] for k in ["c", "C++", "C"]}


def test_inside_refuses_paths_leaving_the_folder(tmp_path: Path) -> None:
    assert inside(tmp_path, "events/a.html") == str(tmp_path / "events" / "a.html")
    for bad in ["../x", "a/../../x", "/etc/passwd", "", "a//b", "a\\..\\b", "c:x"]:
        with pytest.raises(TimelineError):
            inside(tmp_path, bad)


# ----------------------------------------------------------------------- safety
@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
    "java\nscript:x", "data:text/html,x", "vbscript:msgbox(1)", "file:///etc/passwd", "\x01https://a",
    "a:b", "\\\\evil/share",
    # Disguised: mixed case, whitespace and controls a browser strips, character references.
    "JaVaScRiPt:alert(1)", " \t javascript:alert(1)", "javascript\n:alert(1)", "\x00javascript:alert(1)",
    "\u00a0javascript:alert(1)", "jav&#x09;ascript:alert(1)", "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)", "VBScript:msgbox(1)", "DaTa:text/html,x", "javascript\u200b:alert(1)",
])
def test_unsafe_urls_are_dropped(url: str) -> None:
    assert safe_url(url) is None


#: What a browser makes of an href attribute's text: character references decoded (the
#: HTML parser does that), then ASCII tab and newlines removed and leading controls and
#: spaces trimmed (the URL parser does that). Written here from the standards, not
#: from the code under test, so that it can disagree with it.
def browser_scheme(attribute_text: str) -> str | None:
    url = html_module.unescape(attribute_text)
    url = re.sub("[\t\n\r]", "", url).lstrip("".join(map(chr, range(0x21))))
    match = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", url)
    return match.group(1).lower() if match else None


@pytest.mark.parametrize("url", [
    "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)",
    "javascript&colon;alert(1)", "jav&#x09;ascript:alert(1)", "&#0000106avascript:alert(1)",
    "java&Tab;script:alert(1)", "DaTa:text/html,<script>alert(1)</script>", " vbscript:x",
])
def test_disguised_schemes_never_reach_a_browser_as_links(url: str) -> None:
    html = str(render_markdown(f"[a]({url}) <a href=\"{url}\">b</a> <a href='{url}'>c</a>"))
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert all(browser_scheme(h) in (None, "http", "https", "mailto") for h in hrefs), hrefs
    kept = safe_url(url)
    # safe_url may keep a reference it reads as relative; then, escaped as every template and
    # the Markdown renderer escape attribute values, the browser must see no scheme either.
    if kept is not None:
        assert browser_scheme(kept.replace("&", "&amp;")) is None


@pytest.mark.parametrize("url", ["https://example.com/a?b=c&d", "http://x.y", "mailto:a@b.c", "/p", "p/q.html", "#x"])
def test_safe_urls_pass(url: str) -> None:
    assert safe_url(url) == url


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["http://", "https://", "HTTP://", "https:", "http:/", "https://\\", ""]),
       st.text(st.characters(max_codepoint=0xA0), max_size=30))
def test_plain_web_url_shortcut_agrees_with_the_full_check(scheme: str, rest: str) -> None:
    """url_refusal answers printable http(s) URLs without the full check: the answers must agree."""
    from timeline.urls import LINK_SCHEMES, refusal, url_refusal

    url = scheme + rest
    for schemes in (LINK_SCHEMES, frozenset({"http", "https"})):
        assert url_refusal(url, schemes) == refusal(url.strip(), schemes)


def test_markdown_is_sanitized() -> None:
    html = render_markdown(
        "Hi <script>alert(1)</script> [x](javascript:alert(1)) ![i](https://evil/i.png) "
        "<img src=x onerror=alert(1)> <a href='https://ok'>ok</a> **b**"
    )
    assert "<script" not in html and "javascript:" not in html and "onerror" not in html
    assert "https://evil" not in html  # no remote images: zero requests to other hosts
    assert '<a href="https://ok" rel="noopener noreferrer nofollow">ok</a>' in html
    assert "<strong>b</strong>" in html


plain = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "Zs", "P", "S")), max_size=80)


@settings(max_examples=200, deadline=None)
@given(st.lists(plain, min_size=1, max_size=4))
def test_plain_text_fast_path_matches_markdown(paragraphs: list[str]) -> None:
    """The shortcut for markup-free bodies must give exactly what Markdown + nh3 give."""
    from timeline.site.markdown import MD_SPECIAL, full_markdown, plain_paragraphs

    text = "\n\n".join(paragraphs)
    if text.strip() and MD_SPECIAL.search(text) is None:
        assert plain_paragraphs(text) == full_markdown(text)


def test_jsonld_cannot_close_its_script_element() -> None:
    out = jsonld({"name": "</script><script>alert(1)</script><!--", "x": "a&b"})
    assert "</" not in out and "<!--" not in out and "<" not in out
    assert json.loads(str(out))["name"] == "</script><script>alert(1)</script><!--"


# ---------------------------------------------------------------------- exports
def test_ics_escapes_folds_and_uses_exclusive_all_day_ends() -> None:
    data = prepare(_timeline(
        _ev("m", "2025-07", title="A; B, C\\ " + "long é " * 20),
        _ev("y", "2021"),
        _ev("t", "2026-02-27T17:01", timezone="America/New_York"),
    ))
    text = exports.icalendar(data).decode("utf-8")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    unfolded = text.replace("\r\n ", "")
    assert "DTSTART;VALUE=DATE:20250701\r\nDTEND;VALUE=DATE:20250801" in unfolded
    assert "DTSTART;VALUE=DATE:20210101\r\nDTEND;VALUE=DATE:20220101" in unfolded
    assert "DTSTART:20260227T220100Z" in unfolded
    assert "SUMMARY:A\\; B\\, C\\\\ long é" in unfolded


def test_fold_never_splits_a_character() -> None:
    line = "SUMMARY:" + "日本語" * 40
    folded = exports.fold(line)
    assert folded.replace("\r\n ", "") == line
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))


def test_feed_and_sitemap_are_well_formed_with_absolute_urls_only_given_a_base(tmp_path: Path) -> None:
    data = prepare(_timeline(_ev("a", "2025", title="A & <B>\x01"), _ev("b", "2026")), base_url="https://ex.org/tl")
    feed = ET.fromstring(exports.atom_feed(data, 50))
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = feed.findall("a:entry", ns)
    assert [e.find("a:title", ns).text for e in entries] == ["b", "A & <B>"]  # newest first
    assert entries[0].find("a:link", ns).get("href") == "https://ex.org/tl/events/b.html"
    sitemap = ET.fromstring(exports.sitemap(data, ["index.html", "events/a.html", "404.html"]))
    locs = [e.text for e in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert locs == ["https://ex.org/tl/", "https://ex.org/tl/events/a.html"]
    bare = prepare(_timeline(_ev("a", "2025")))
    assert "http" not in ET.fromstring(exports.atom_feed(bare, 50)).find("a:entry/a:link", ns).get("href")
    ET.fromstring(exports.sitemap(bare, ["index.html"]))


def test_the_feed_and_calendar_stamp_is_the_newest_start_whatever_the_zones_and_precisions() -> None:
    events = [_ev("a", "2026-02-27T23:30", timezone="Asia/Tokyo"), _ev("b", "2026-02-27T10:00-05:00"),
              _ev("c", "2026"), _ev("d", "2026-02-27T14:59", timezone="UTC"), _ev("e", "2025-Q4"),
              _ev("f", "2026-02-27T16:00+01:00"), _ev("g", "2026-W09"), _ev("h", "2026-02")]
    for tz in ("America/New_York", "Asia/Kolkata", "UTC"):
        data = prepare(_timeline(*events, tz=tz))
        newest = max(v.sort_key.start_utc for v in data.events)
        assert exports.build_time(data) == newest
        assert f"<updated>{newest:%Y-%m-%dT%H:%M:%S}Z</updated>".encode() in exports.atom_feed(data, 50)


def test_source_date_epoch_sets_feed_and_calendar_stamps(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    data = prepare(_timeline(_ev("a", "2025")))
    assert b"<updated>2023-11-14T22:13:20Z</updated>" in exports.atom_feed(data, 5)
    assert b"DTSTAMP:20231114T221320Z" in exports.icalendar(data)


def test_timelinejs_has_required_structure() -> None:
    data = prepare(_timeline(_ev("a", "2025-07-03", title="<b>x</b>",
                                 sources=(SourceRef(title="S", url="javascript:alert(1)"),))))
    doc = json.loads(b"".join(exports.timelinejs_json(data)))
    ev = doc["events"][0]
    assert ev["start_date"] == {"year": 2025, "month": 7, "day": 3, "display_date": "Thu., July 3, 2025"}
    assert ev["text"]["headline"] == "&lt;b&gt;x&lt;/b&gt;"
    assert "javascript" not in json.dumps(doc)


# -------------------------------------------------------------------------- XSS
class _Audit(HTMLParser):
    """Collects what a browser would execute: tags, event handlers, URL schemes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        theirs = tag == "form" and ("id", "_controls") in attrs  # the theme's filter form
        if tag in ("iframe", "svg", "math", "object", "embed", "style", "form", "base", "meta") and not (
            theirs or (tag == "meta" and not any(k == "http-equiv" for k, _ in attrs))
        ):
            self.problems.append(f"<{tag}>")
        if tag == "script" and dict(attrs) not in ({"src": "static/timeline.js"}, {"type": "application/ld+json"}):
            self.problems.append(f"script {attrs}")
        for k, v in attrs:
            if k.startswith("on"):
                self.problems.append(f"{tag} {k}")
            if k in ("href", "src", "action", "formaction", "poster") and v is not None:
                scheme = "".join(v.split()).lower()
                if scheme.startswith(("javascript:", "vbscript:", "data:")) and v != "data:,":
                    self.problems.append(f"{tag} {k}={v}")
                if tag == "img" and k == "src" and scheme.startswith(("http:", "https:", "//")):
                    self.problems.append(f"remote image {v}")


def html_problems(text: str) -> list[str]:
    audit = _Audit()
    audit.feed(text)
    audit.close()
    return audit.problems


def xss_timeline() -> Timeline:
    """Every payload in every field, constructed directly (no store validation)."""
    events = []
    for i, p in enumerate(XSS_PAYLOADS):
        events.append(Event(
            id=f"x-{i}", when=When.parse("2025-07"), title=p, body=f"{p}\n\n{p}", tags=(p, f"t{i}"),
            sources=(SourceRef(title=p, url=p, publisher=p, quote=p, published=p),),
            media=(Media(url=p, alt=p, credit=p),), status=p,
        ))
    site = SiteConfig(title=XSS_PAYLOADS[0], description=XSS_PAYLOADS[1], author=XSS_PAYLOADS[4],
                      language="en", timezone="UTC")
    return Timeline(site, tuple(events))


def test_script_payloads_in_every_field_are_escaped_or_dropped(tmp_path: Path) -> None:
    events = []
    for i, p in enumerate(XSS_PAYLOADS):
        events.append(event(f"x-{i}", "2025-07", p, body=f"{p}\n\n{p}", tags=[p, f"t{i}"],
                            sources=[{"title": p, "url": p, "publisher": p, "quote": p}],
                            media=[{"url": p, "alt": p, "credit": p}]))
    content = write_content(tmp_path, events, site={"title": XSS_PAYLOADS[0], "description": XSS_PAYLOADS[1],
                                                   "author": XSS_PAYLOADS[4]})
    out = tmp_path / "site"
    # The store already refuses unsafe URLs; bypass it so the renderer's own defences are tested.
    with pytest.raises(ValidationError, match="unsafe URL"):
        build(content, out)
    timeline = xss_timeline()
    render_timeline(timeline, out, content_dir=content, base_url="https://ex.org/")
    for f in out.rglob("*"):
        if not f.is_file():
            continue
        text = f.read_text(encoding="utf-8")
        if f.suffix == ".html":
            problems = html_problems(text)
            assert not problems, (f, problems)
            assert "{{ 7*7 }}" in text or "7*7" not in text  # template syntax in content stays text
        elif f.suffix in (".xml",):
            ET.fromstring(text)
        elif f.suffix == ".json" and f.name == "events.json":
            for e in json.loads(text)["events"]:
                for link in [*e["sources"], *e["media"]]:
                    # JSON consumers read the text as is: no scheme but the safe ones.
                    assert link["url"] is None or browser_scheme(link["url"].replace("&", "&amp;")) in (
                        None, "http", "https", "mailto"), link["url"]
                assert "<script" not in e["body_html"] and "onerror" not in e["body_html"]


def test_script_payloads_are_escaped_by_user_templates_too(tmp_path: Path) -> None:
    """A project with its own templates renders every page with Jinja (no fast path): the same audit."""
    from timeline.site.environment import default_theme_dir

    events = [event(f"x-{i}", "2025-07", p, body=f"{p}\n\n{p}", tags=[p, f"t{i}"],
                    sources=[{"title": p, "url": f"https://example.com/{i}", "publisher": p, "quote": p}],
                    media=[{"url": f"https://example.com/{i}.png", "alt": p, "credit": p}])
              for i, p in enumerate(XSS_PAYLOADS)]
    content = write_content(tmp_path, events, site={"title": XSS_PAYLOADS[0], "description": XSS_PAYLOADS[1],
                                                   "author": XSS_PAYLOADS[4]})
    templates = tmp_path / "templates"
    templates.mkdir()
    for name in ("base.html", "index.html", "event.html", "_entry.html", "tag.html"):
        text = (default_theme_dir() / name).read_text(encoding="utf-8")
        mark = f"<!-- {name}, the user's copy -->"
        text = text.replace("{% block main %}", "{% block main %}" + mark, 1) if "{% block main %}" in text \
            else mark + text if name.startswith("_") else text + mark
        (templates / name).write_text(text, encoding="utf-8")
    out = tmp_path / "site"
    build(content, out, templates_dir=templates)
    pages = sorted(out.rglob("*.html"))
    assert "index.html, the user's copy" in (out / "index.html").read_text(encoding="utf-8")
    assert sum("event.html, the user's copy" in f.read_text(encoding="utf-8") for f in pages) == len(events)
    for f in pages:
        text = f.read_text(encoding="utf-8")
        assert not html_problems(text), (f, html_problems(text))
        assert "{{ 7*7 }}" in text or "7*7" not in text  # template syntax in content stays text


@pytest.mark.parametrize("url", ["../../../../etc/hostname", "/etc/hostname", "a/%2e%2e/%2e%2e/x", "./x/../../y"])
def test_local_images_cannot_climb_out_of_the_site(url: str) -> None:
    from timeline.site.safety import local_url

    assert local_url(url) is None
    assert "src=" not in render_markdown(f"![x]({url})")
    data = prepare(_timeline(_ev("a", "2025", media=(Media(url=url, alt="x"),))))
    assert data.events[0].media == []


def test_local_images_inside_the_site_are_kept() -> None:
    assert 'src="media/a.png"' in render_markdown("![x](media/a.png)")
    data = prepare(_timeline(_ev("a", "2025", media=(Media(url="media/a.png", alt="x"),))))
    assert [m.url for m in data.events[0].media] == ["media/a.png"]


def test_streamed_json_exports_equal_one_json_document() -> None:
    data = prepare(_timeline(_ev("a", "2025", title="A"), _ev("b", "2026", title='B "</script>"')))
    for export in (exports.events_json, exports.timelinejs_json):
        text = b"".join(export(data))
        assert text == export_reference.dumps(json.loads(text))
    assert [e["id"] for e in json.loads(b"".join(exports.events_json(data)))["events"]] == ["a", "b"]
    assert json.loads(b"".join(exports.events_json(prepare(_timeline()))))["events"] == []


# ------------------------------------------- big timelines: split by year
def _split_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, templates: dict[str, str] | None = None) -> Path:
    """12 events over 2024-2026 built with the split threshold lowered to 5."""
    from timeline.site import views

    monkeypatch.setattr(views, "SPLIT_LIMIT", 5)
    evs = [event(f"e{y}-{m}", f"{y}-{m:02d}-1{m}", f"Event {y}/{m}", tags=[f"Tag {m % 3}"])
           for y in (2024, 2025, 2026) for m in (1, 2, 3, 4)]
    content = write_content(tmp_path, evs)
    if templates:
        (tmp_path / "templates").mkdir()
        for name, text in templates.items():
            (tmp_path / "templates" / name).write_text(text)
    build(content, tmp_path / "site", base_url="https://example.org/tl/")
    return tmp_path / "site"


def test_a_big_timeline_gets_an_overview_index_and_a_page_per_year(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    site = _split_site(tmp_path, monkeypatch)
    index = (site / "index.html").read_text()
    assert 'class="event' not in index  # no entries here: the search box searches search.js
    assert 'id="_controls" role="search" aria-label="Search all events" data-search="search.js" hidden>' in index
    assert '<option value="tag-1">Tag 1 (6)</option>' in index  # every tag, counted over all years
    assert "12 events, 2024–2026. Each year has its own page." in index
    for y in (2024, 2025, 2026):
        assert f'<h2><a href="year-{y}.html">{y}</a></h2>\n<p>4 events:' in index
        assert f'<a href="year-{y}.html#_y{y}-1">January</a> (1) ·' in index
        page = (site / f"year-{y}.html").read_text()
        assert page.count('<li class="event') == 4 and f"Event {y}/3" in page
        assert all(f"Event {z}/" not in page for z in (2024, 2025, 2026) if z != y)
        assert 'id="_controls"' in page and "<h1><span class=\"kicker\">Year:</span> " + str(y) in page
        event_page = (site / "events" / f"e{y}-2.html").read_text()
        assert f'<a href="../year-{y}.html#e{y}-2">← Back to the timeline</a>' in event_page
    first, middle, last = ((site / f"year-{y}.html").read_text() for y in (2024, 2025, 2026))
    assert 'rel="prev"' not in first and '<a href="year-2025.html" rel="next">' in first
    assert '<a href="year-2024.html" rel="prev">' in middle and '<a href="year-2026.html" rel="next">' in middle
    assert 'rel="next"' not in last
    # The tag filter offers the year's tags with the year's counts.
    assert '<option value="tag-1">Tag 1 (2)</option>' in first
    assert "<loc>https://example.org/tl/year-2025.html</loc>" in (site / "sitemap.xml").read_text()
    # Year pages hand their search to the overview, which searches every year.
    assert '<a id="_everywhere" href="index.html">Search all years</a>' in middle
    assert "data-search" not in middle
    assert "search.js" not in (site / "sitemap.xml").read_text()


def test_split_pages_are_the_same_through_jinja_and_follow_overrides(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline.site import fast_theme

    fast = _split_site(tmp_path / "fast", monkeypatch)
    monkeypatch.setattr(fast_theme, "MIRRORED", dict.fromkeys(fast_theme.MIRRORED, "off"))
    slow = _split_site(tmp_path / "slow", monkeypatch)
    names = sorted(p.relative_to(fast).as_posix() for p in fast.rglob("*.html"))
    assert names == sorted(p.relative_to(slow).as_posix() for p in slow.rglob("*.html"))
    for name in names:
        assert (fast / name).read_bytes() == (slow / name).read_bytes(), name
    monkeypatch.undo()
    custom = _split_site(tmp_path / "custom", monkeypatch, {"_controls.html": '<p id="_controls">mine</p>\n'})
    assert '<p id="_controls">mine</p>' in (custom / "year-2025.html").read_text()


def _search_data(path: Path, target: str = "window.timelineSearch") -> dict:
    """The value a search data file assigns, read back as JSON (the escapes are JSON escapes)."""
    text = path.read_text(encoding="utf-8")
    head, _, rest = text.partition(f"{target}=JSON.parse(")
    assert head.startswith("/*") and head.endswith("*/\n") and rest.endswith(");\n")
    return json.loads(json.loads(rest[:-3]))  # a JSON string literal is a JavaScript one


def _part(site: Path, n: int) -> dict:
    return _search_data(site / "search" / f"{n}.js", f"(window.timelineSearchParts=window.timelineSearchParts||{{}})[{n}]")


def _ids(data: dict) -> list[str]:
    """Undo the front-coding of ids and expand title slugs (``*``), as static/timeline.js does."""
    ids, prev = [], ""
    for keep, rest, title in zip(data["idKeep"], data["idRest"], data["title"], strict=True):
        prev = prev[:keep] + rest
        head, star, cut = prev.partition("*")
        slug = re.sub("[^a-z0-9]+", "-", title.lower()).strip("-")
        ids.append(head + (slug[:int(cut)] if cut else slug) if star else prev)
    return ids


def test_split_search_data_holds_every_event_compactly_and_escaped(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline.site import views

    monkeypatch.setattr(views, "SPLIT_LIMIT", 3)
    nasty = 'A </script><!-- \u2028 & "q" \u2029 end'
    evs = [event("2024-01-05-talks-begin", "2024-01-05", nasty, tags=["Talks", "Ünïcode"], status="extracted"),
           event("2024-01-05-talks-end", "2024-01-05", "Talks end", tags=["Talks"]),
           event("2024-02-01-vote", "2024-02-01", "Vote", end="2024-02-03"),
           event("z-last", "2025", "Later"),
           {"date": "2025-03-04", "title": "Zürich accord"},  # derived ids: the slug of a non-ASCII title
           {"date": "2025-03-05", "title": "A long title " + "word " * 30},  # stays whole, or is cut to fit
           {"date": "2025-03-06", "title": "Talks (resumed!)"}]
    content = write_content(tmp_path, evs)
    build(content, tmp_path / "site")
    site = tmp_path / "site"
    files = [site / "search.js", site / "search" / "0.js"]
    for path in files:
        text = path.read_text(encoding="utf-8")
        for raw in ("</", "<!--", "&", "\u2028", "\u2029"):
            assert raw not in text  # nothing that could end the script or break a line
    contents = _search_data(site / "search.js")
    assert contents == {"version": 3, "years": [[2024, 3], [2025, 4]], "tags": [["talks", "Talks"], ["unicode", "Ünïcode"]],
                        "parts": [["search/0.js", 7, [0, 1]]]}
    data = _part(site, 0)
    assert data["years"] == [[2024, 3], [2025, 4]]
    assert data["pages"] == [["year-2024.html", 3], ["year-2025.html", 4]]
    assert _ids(data) == [e["id"] for e in evs[:4]] + [
        "2025-03-04-zurich-accord", "2025-03-05-a-long-title" + "-word" * 11, "2025-03-06-talks-resumed"]
    assert all((site / "events" / f"{i}.html").is_file() for i in _ids(data))
    # The id is the date part, then the title's slug (whole, or cut), front-coded against the previous id.
    assert data["idRest"][1:] == ["*", "2-01-*", "z-last", "2025-03-04-zurich-accord", "5-*67", "6-*"]
    assert data["idKeep"][1:] == [11, 6, 0, 0, 9, 9]
    assert data["title"][:4] == [nasty, "Talks end", "Vote", "Later"]
    assert [data["dates"][i] for i in data["date"]][:4] == [
        "Fri., Jan. 5, 2024", "Fri., Jan. 5, 2024", "Thu., Feb. 1, 2024 – Sat., Feb. 3, 2024", "2025"]
    assert len(data["dates"]) == 6  # a date shared by two events is stored once
    assert data["tag"] == [[0, 1], [0], [], [], [], [], []] and data["unreviewed"] == [0]
    # Deterministic, and rebuilt when an event changes (the page key covers it).
    build(content, tmp_path / "again")
    assert (tmp_path / "again" / "search" / "0.js").read_bytes() == (site / "search" / "0.js").read_bytes()
    evs[3]["title"] = "Much later"
    build(write_content(tmp_path, evs), site)
    assert _part(site, 0)["title"][3] == "Much later"
    from timeline.site import output

    assert {"search.js", "search/0.js"} <= set(output.read_manifest(site)[1])  # covered by incremental rebuilds


def test_search_results_link_to_the_page_of_a_long_year_that_lists_them(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A year longer than a page continues on year-<year>.p2.html: a hit there links to that page."""
    from timeline.site import views

    monkeypatch.setattr(views, "SPLIT_LIMIT", 3)
    monkeypatch.setattr(views, "PAGE_EVENTS", 3)
    evs = [event(f"e{m}", f"2022-{m:02d}-01", f"Event {m}") for m in range(1, 8)] + [event("f", "2023-01-01", "F")]
    site = tmp_path / "site"
    build(write_content(tmp_path, evs), site)
    pages = [name for name, count in _part(site, 0)["pages"] for _ in range(count)]
    for event_id, page in zip(_ids(_part(site, 0)), pages, strict=True):
        assert f'id="{event_id}"' in (site / page).read_text(encoding="utf-8"), (event_id, page)
    assert {"year-2022.html", "year-2022.p2.html", "year-2023.html"} <= set(pages)


def test_search_data_comes_in_parts_of_whole_years_and_a_big_year_in_pieces(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """No single file holds every event: parts of at most PART_EVENTS, each rewritten only when its events change."""
    from timeline.site import search, views

    monkeypatch.setattr(views, "SPLIT_LIMIT", 3)
    monkeypatch.setattr(search, "PART_EVENTS", 4)
    counts = {2020: 1, 2021: 2, 2022: 9, 2023: 1}  # 2022 is cut in three pieces of 3
    evs = [event(f"e{y}-{i}", f"{y}-01-{i + 1:02d}", f"Event {y} {i}", tags=[f"T{y}"])
           for y, n in counts.items() for i in range(n)]
    site = tmp_path / "site"
    build(write_content(tmp_path, evs), site)
    contents = _search_data(site / "search.js")
    assert [p[:2] for p in contents["parts"]] == [["search/0.js", 3], ["search/1.js", 3], ["search/2.js", 3],
                                                 ["search/3.js", 4]]
    # Which tags each part holds, so a tag filter loads only those parts.
    assert [p[2] for p in contents["parts"]] == [[0, 1], [2], [2], [2, 3]]
    parts = [_part(site, n) for n in range(4)]
    assert [p["years"] for p in parts] == [[[2020, 1], [2021, 2]], [[2022, 3]], [[2022, 3]], [[2022, 3], [2023, 1]]]
    assert [t for p in parts for t in p["title"]] == [e["title"] for e in evs]
    before = {n: (site / "search" / f"{n}.js").stat().st_ino for n in range(4)}
    evs[-1]["title"] = "Changed"
    build(write_content(tmp_path, evs), site)
    assert _part(site, 3)["title"][-1] == "Changed"
    after = {n: (site / "search" / f"{n}.js").stat().st_ino for n in range(4)}
    assert [before[n] == after[n] for n in range(4)] == [True, True, True, False]


def test_below_the_limit_nothing_is_split(tmp_path: Path) -> None:
    content = write_content(tmp_path, [event("a", "2024-01", "A"), event("b", "2025-01", "B")])
    build(content, tmp_path / "site")
    assert not list((tmp_path / "site").glob("year-*.html"))
    assert not (tmp_path / "site" / "search.js").exists() and not (tmp_path / "site" / "search").exists()
    assert "data-search" not in (tmp_path / "site" / "index.html").read_text()
    assert '<a href="../index.html#a">' in (tmp_path / "site" / "events" / "a.html").read_text()


def test_tags_differing_only_in_case_keep_one_order() -> None:
    """An event's tags read case-insensitively, then exactly: never in a set's hash order."""
    for tags in (("ai", "AI", "Policy"), ("Policy", "AI", "ai")):
        data = prepare(_timeline(_ev("a", "2025", tags=tags)))
        assert [t.name for t in data.events[0].tags] == ["AI", "ai", "Policy"]


def test_event_view_fields_are_in_the_order_prepare_passes_them() -> None:
    """prepare builds EventView positionally (cheaper at 100k events): a new or moved
    field must be placed there too."""
    import dataclasses

    from timeline.site.views import EventView

    assert [f.name for f in dataclasses.fields(EventView)] == [
        "event", "id", "url", "title", "when", "end", "date", "datetime", "end_date", "end_datetime",
        "year", "group", "tags", "sources", "media", "status", "reviewed", "fingerprint", "sort_key",
        "tag_slugs", "listing", "_body", "_summary", "local_start", "_body_json",
        "source_count", "first_reported", "first_reported_iso",  # these three set after, for events with sources
        "_tag_ranks",  # set after, for serve's kept views
        "_search_id", "_search_after", "_search_keep",  # made by the search data on first use
        "_page_key",  # set by the event page's key while serve keeps views
        "_item", "_item_full", "_citing_item"]  # made by the listing and sources pages on first use


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text("aZ0._-/\\:\0", max_size=12), max_size=4),
       st.sampled_from(["/tmp/site", "/tmp/site/", "/tmp//site", "relative/site", "/"]))
def test_inside_all_agrees_with_inside(relpaths: list[str], base: str) -> None:
    """The bulk check takes a shortcut for plain paths: same answers, same refusals."""
    from timeline.site.safety import inside_all

    def one(rel: str) -> str:
        try:
            return inside(base, rel)
        except TimelineError as exc:
            return f"error: {exc}"

    expected = [one(rel) for rel in relpaths]
    if any(e.startswith("error: ") for e in expected):
        with pytest.raises(TimelineError) as caught:
            inside_all(base, relpaths)
        assert f"error: {caught.value}" in expected
    else:
        assert inside_all(base, relpaths) == expected
