"""The renderer's shortcuts must give exactly the bytes of the slow, obvious path.

Each shortcut (plain-prose Markdown, plain-text summaries, the Python mirror of
the default templates, faster escaping) is compared with the code it replaces on
random input, so a difference shows up here and not in someone's published site.
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import html
import json
import string
from pathlib import Path

import export_reference
from hypothesis import example, given, settings
from hypothesis import strategies as st
from markupsafe import escape
from test_site_support import XSS_PAYLOADS

from timeline.model import Document, Event, Location, Media, Precision, SiteConfig, SourceRef, Timeline, When
from timeline.site import exports, fast_theme, keys, theme, views
from timeline.site.environment import default_theme_dir, make_environment
from timeline.site.markdown import (
    MD_SPECIAL,
    full_markdown,
    html_text,
    is_plain,
    plain_text,
    render_both,
    render_markdown,
)
from timeline.site.pages import Page
from timeline.site.render import pages

# Markdown-significant characters, digits, whitespace of every kind, and text.
RICH = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("*_[]()<>&#!|~:=+-.`\\'\"/;,?@$%^{}") + list(string.digits)),
        st.sampled_from([" ", " ", "\n", "\n", "\t", "\r", "\u00a0", "\u2003", "\u3000", "\x0b", "\x85", "\u2028", "\u2029"]),
        st.sampled_from(["\x00", "\x02", "\x03", "\x07", "\x0c", "\x1f", "\x7f", "\x9f", "\ufffe", "\ud800", "\ufeff"]),
        st.characters(codec="utf-8", categories=("L", "N", "Zs", "P", "S", "M")),
        st.sampled_from(list("abcdefgh")),
    ),
    max_size=120,
)
# Mostly plain prose: everything but the characters that rule the fast path out.
PROSE = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_characters="\\`*_[]<>#!&|~=\r\t\u00a0"),
        st.sampled_from([" ", "\n", "\n", ".", ":", "(", ")", "'", '"', "-", "+", "1"]),
    ),
    max_size=120,
)
# Several lines of words: plain prose over more than one line, which the other
# strategies only rarely produce (a line may not start with a digit, +, - or a space).
LINES = st.lists(
    st.lists(st.text(alphabet=st.one_of(st.characters(codec="utf-8", categories=("L",)),
                                        st.sampled_from(list(".,:;()'\"?"))), min_size=1, max_size=8),
             min_size=1, max_size=6).map(" ".join),
    min_size=1, max_size=4,
).map("\n".join)
WORDY = st.lists(st.text(alphabet=st.sampled_from(list("abc xyz.,:;()'\"?-+19")), max_size=30), max_size=5).map("\n".join)


#: Words between runs of spaces and line breaks (normalizing them shortens text a lot).
SPACED = st.lists(st.tuples(st.text(alphabet="abé.", min_size=1, max_size=6), st.text(alphabet=" \n\t", min_size=1, max_size=25)),
                  max_size=12).map(lambda parts: "".join(w + gap for w, gap in parts))
#: ASCII text, which is_plain scans its own way.
ASCII = st.text(alphabet=st.one_of(st.characters(max_codepoint=127), st.sampled_from(list("ab \n"))), max_size=80)


@settings(max_examples=1500, deadline=None)
@given(st.one_of(RICH, WORDY, PROSE, LINES, ASCII))
def test_is_plain_is_the_regex(text: str) -> None:
    assert is_plain(text) == (MD_SPECIAL.search(text) is None)


@settings(max_examples=1000, deadline=None)
@given(st.one_of(RICH, WORDY, PROSE, ASCII, SPACED).map(lambda t: t * 5), st.integers(min_value=0, max_value=120))
def test_a_summary_normalizes_only_what_it_shows_with_the_same_result(text: str, limit: int) -> None:
    from timeline.site.markdown import _summary, shorten

    assert _summary(text, limit) == shorten(" ".join(text.split()), limit)


#: Words joined by single spaces, the form prose from YAML usually has, with now and
#: then another separator: every kind of whitespace str.split knows, Unicode's included.
SEPARATED = st.lists(st.tuples(st.text(alphabet="ab\u00e9.\u4e00", min_size=1, max_size=5),
                               st.sampled_from([" "] * 12 + ["", "  ", "\n", "\t", "\x0b", "\x0c", "\r", "\x1c",
                                                             "\x1f", "\x85", "\xa0", "\u1680", "\u2000", "\u200a",
                                                             "\u2028", "\u2029", "\u202f", "\u205f", "\u3000"])),
                     max_size=30).map(lambda parts: "".join(w + gap for w, gap in parts))


@settings(max_examples=1500, deadline=None)
@given(st.one_of(SEPARATED, SEPARATED.map(lambda t: " " + t), SPACED, ASCII))
def test_single_spacing_is_split_and_join(text: str) -> None:
    from timeline.site.markdown import single_spaced

    assert single_spaced(text) == " ".join(text.split())


@settings(max_examples=1500, deadline=None)
@given(st.one_of(RICH, WORDY, PROSE, LINES))
def test_plain_bodies_render_as_markdown_would(text: str) -> None:
    """Fast path vs python-markdown + nh3, on text that passes the plain test."""
    render_markdown.cache_clear()
    if is_plain(text) and text.strip():
        assert str(render_markdown(text)) == full_markdown(text)


@settings(max_examples=1500, deadline=None)
@given(st.one_of(RICH, WORDY, PROSE, LINES), st.sampled_from([None, 20, 200]))
def test_plain_text_shortcut_matches_the_html_path(text: str, limit: int | None) -> None:
    assert plain_text(text, limit) == html_text(render_markdown(text), limit)


def test_the_strategies_reach_the_fast_path() -> None:
    """Guard against a vacuous differential test: plenty of examples must be plain."""
    from hypothesis import find

    # Derandomized: a search that may give up on an unlucky seed would make CI flaky.
    budget = settings(max_examples=5000, derandomize=True, database=None)
    find(LINES, lambda t: is_plain(t) and "\n" in t.strip() and len(t.split()) > 3, settings=budget)
    find(PROSE, lambda t: is_plain(t) and len(t.split()) > 3, settings=budget)
    find(WORDY, lambda t: is_plain(t) and "\n\n" in t.strip(), settings=budget)


def test_escape_is_markupsafe_escape() -> None:
    @settings(max_examples=500, deadline=None)
    @given(RICH)
    def check(text: str) -> None:
        assert fast_theme.escape(text) == str(escape(text))

    check()


@settings(max_examples=1000, deadline=None)
@given(st.one_of(RICH, WORDY, PROSE, LINES))
@example("\ud800")  # a lone surrogate, which nh3 refused (found by this test)
@example("a *\udfff* b")
def test_render_both_is_render_markdown_and_plain_text(text: str) -> None:
    assert render_both(text, 200) == (render_markdown(text), plain_text(text, 200))


def test_lone_surrogates_render_as_replacement_characters() -> None:
    assert str(render_markdown("x \ud800 y")) == "<p>x \ufffd y</p>"


# ------------------------------------------------------- default theme mirror
def test_the_mirror_pins_the_packaged_templates() -> None:
    """The pinned hashes are the packaged templates' (generated: tests/test_theme.py runs the command).

    (A stale pin is never used, since its hash no longer matches, but every
    page would silently go back to the slow path.)
    """
    packaged_dir = default_theme_dir()
    for name, digest in fast_theme.MIRRORED.items():
        actual = hashlib.sha256((packaged_dir / name).read_bytes()).hexdigest()
        assert actual == digest, f"templates/{name} changed: run python -m timeline.site.theme --update"
    # Every packaged template is mirrored: a default-theme build never needs jinja2
    # (tests/test_pipeline.py checks that it does not import it).
    assert set(fast_theme.MIRRORED) == {p.name for p in packaged_dir.glob("*.html")}
    assert theme.mirrored_in([packaged_dir]) == frozenset(fast_theme.MIRRORED)


#: What a user's theme folder may hold under a template's name: nothing, a copy of
#: the packaged file (as is, with CRLF line ends, with a BOM), an edit, or a folder.
OVERRIDES = st.sampled_from(["none", "copy", "crlf", "bom", "edited", "folder"])


@settings(max_examples=80, deadline=None)
@given(st.fixed_dictionaries({name: OVERRIDES for name in sorted(fast_theme.MIRRORED)}), st.booleans())
def test_mirrored_in_finds_what_the_jinja_loader_finds(choices: dict[str, str], nested: bool) -> None:
    """``mirrored_in`` (no Jinja) and ``mirrored`` (the loader of the build's Environment) agree."""
    import tempfile

    packaged_dir = default_theme_dir()
    with tempfile.TemporaryDirectory() as tmp:
        user = Path(tmp) / "a" / "b" if nested else Path(tmp)
        user.mkdir(parents=True, exist_ok=True)
        for name, choice in choices.items():
            packaged = (packaged_dir / name).read_bytes()
            if choice == "copy":
                (user / name).write_bytes(packaged)
            elif choice == "crlf":  # Jinja reads with universal newlines: still the packaged template
                (user / name).write_bytes(packaged.replace(b"\n", b"\r\n"))
            elif choice == "bom":  # but a BOM is kept, so this one is not
                (user / name).write_bytes(b"\xef\xbb\xbf" + packaged)
            elif choice == "edited":
                (user / name).write_bytes(packaged.replace(b"</", b"</ ", 1))
            elif choice == "folder":  # a folder of that name is skipped, as by FileSystemLoader
                (user / name).mkdir()
                (user / name / name).write_bytes(b"mine")
        dirs = [user, packaged_dir]
        expected = theme.mirrored(make_environment(dirs))
        assert theme.mirrored_in(dirs) == expected
        assert theme.mirrored_in([str(d) for d in dirs]) == expected
        off = {n for n, c in choices.items() if c in ("bom", "edited")}
        assert not off & expected
        for name in set(fast_theme.MIRRORED) - off:
            if not set(theme.INCLUDES.get(name, ())) & off:
                assert name in expected, name


def test_a_template_that_is_not_utf8_is_left_to_jinja(tmp_path: Path) -> None:
    """Undecodable, it cannot be the packaged file; Jinja, which reads it instead, reports it."""
    (tmp_path / "404.html").write_bytes(b"caf\xe9")
    assert theme.mirrored_in([tmp_path, default_theme_dir()]) == frozenset(fast_theme.MIRRORED) - {"404.html"}
    assert theme.template_source([tmp_path, default_theme_dir()], "../404.html") is None


def test_a_user_template_turns_the_mirror_off(tmp_path: Path) -> None:
    (tmp_path / "event.html").write_text('{% extends "base.html" %}{% block main %}mine{% endblock %}')
    (tmp_path / "tags.html").write_text('{% extends "base.html" %}{% block main %}my tags{% endblock %}')
    (tmp_path / "404.html").write_text('{% extends "base.html" %}{% block main %}lost{% endblock %}')
    env = make_environment([tmp_path, default_theme_dir()])
    assert not theme.mirrors(env, "base.html", "event.html")
    assert theme.mirrors(env, "base.html", "_entry.html")
    tl = Timeline(SiteConfig(title="T"), (Event(id="a", when=When.parse("2020"), title="A"),))
    site = {p.path: _bytes(p).decode() for p in pages(tl, [tmp_path, default_theme_dir()])}
    assert "mine" in site["events/a.html"]
    assert "my tags" in site["tags.html"] and "lost" in site["404.html"]
    assert "mine" not in site["index.html"]


def _bytes(page: Page) -> bytes:
    data = page.render()
    return data if isinstance(data, bytes) else b"".join(data)


def _site(tl: Timeline, base_url: str | None, mirror: bool) -> dict[str, bytes]:
    saved = dict(fast_theme.MIRRORED)
    if not mirror:
        fast_theme.MIRRORED.update(dict.fromkeys(saved, "off"))
    try:
        return {p.path: _bytes(p) for p in pages(tl, [default_theme_dir()], base_url)}
    finally:
        fast_theme.MIRRORED.update(saved)


NASTY = st.sampled_from([*XSS_PAYLOADS, "", "a & b", "Tom's \"quote\"", "x > y < z", "plain words", "日本語"])
TEXT = st.one_of(NASTY, RICH.filter(lambda t: "\ud800" not in t and "\x00" not in t))
URL = st.sampled_from([None, "https://example.com/a?b=1&c=<2>", "media/a.png", "javascript:alert(1)",
                       "https://ex.com/\"onmouseover=x", "img/p.jpg"])
DATES = st.sampled_from(["2021", "2025-07", "2026-02-27", "2026-W09", "2025-Q4", "2026-02-27T17:01-05:00",
                         "2026-02-27T09:30", "1999-12-31"])


@st.composite
def events(draw: st.DrawFn, i: int) -> Event:
    def opt(strategy: st.SearchStrategy[str]) -> str | None:
        return draw(st.one_of(st.none(), strategy))

    sources = tuple(
        SourceRef(title=opt(TEXT), url=draw(URL), publisher=opt(TEXT), published=opt(st.sampled_from(["2026-02-27", "x<y"])),
                  quote=opt(TEXT))
        for _ in range(draw(st.integers(0, 3)))
    )
    same = draw(st.booleans())
    if same and sources and sources[0].title:  # publisher equal to the title is printed once
        sources = (SourceRef(title=sources[0].title, publisher=sources[0].title), *sources[1:])
    media = tuple(Media(url=u, alt=draw(TEXT), credit=opt(TEXT))
                  for u in draw(st.lists(URL.filter(lambda u: u is not None), max_size=3)))
    end = draw(st.one_of(st.none(), st.just("2030-01")))
    body = draw(st.one_of(TEXT, st.just("Some *Markdown* with [a link](https://example.com) and\n\n- a list"),
                          # plain prose, one paragraph or more: the body's HTML is then made without Markdown
                          st.text(alphabet="ab \u00e9\"'.,;\u2014\n\u4e00", min_size=1, max_size=40)))
    return Event(
        id=f"e{i}", when=When.parse(draw(DATES)), end=When.parse(end) if end else None, title=draw(TEXT) or "t",
        body=body, tags=tuple(draw(st.lists(st.sampled_from(["A", "b & c", "<x>", "Ünï"]), max_size=3, unique=True))),
        sources=sources, media=media, status=draw(st.sampled_from([None, "extracted", "reviewed"])),
    )


DOCS = st.lists(st.builds(
    Document, path=st.sampled_from(["sources/a.md", "sources/b.txt"]), text=st.just(""),
    title=st.one_of(st.none(), TEXT), url=URL, publisher=st.one_of(st.none(), TEXT),
    published=st.sampled_from([None, datetime.date(2026, 2, 27)]),
), max_size=2)


@settings(max_examples=60, deadline=None)
@given(
    st.integers(0, 4).flatmap(lambda n: st.tuples(*(events(i) for i in range(n)))),
    st.sampled_from([None, "https://example.org/site/"]),
    st.sampled_from(["", "Ann <a@b>"]),
    TEXT.filter(bool),
    st.sampled_from(["", "d<&"]),
    DOCS,
    st.sampled_from(["full", "compact", "split", "paged"]),
)
def test_fast_theme_pages_equal_jinja_pages(evs: tuple[Event, ...], base_url: str | None, author: str,
                                            title: str, description: str, docs: list[Document],
                                            layout: str) -> None:
    """Every page and export, rendered with the mirror and with Jinja, byte for byte."""
    tl = Timeline(SiteConfig(title=title, author=author, description=description), evs, tuple(docs))
    limits = views.FULL_INDEX_LIMIT, views.SPLIT_LIMIT, views.PAGE_EVENTS
    # Compact index entries, as for >1000 events; split by year (year pages), as for >2000;
    # paged: years and tags on pages of at most 2 events.
    views.FULL_INDEX_LIMIT = 0 if layout != "full" else limits[0]
    views.SPLIT_LIMIT = 0 if layout in ("split", "paged") else limits[1]
    views.PAGE_EVENTS = 2 if layout == "paged" else limits[2]
    try:
        site = _site(tl, base_url, mirror=True)
        assert site == _site(tl, base_url, mirror=False)
        assert (layout in ("split", "paged")) == any(path.startswith("year-") for path in site) or not evs
    finally:
        views.FULL_INDEX_LIMIT, views.SPLIT_LIMIT, views.PAGE_EVENTS = limits


#: Strings that must come out escaped in titles, tag names and the base URL.
HOSTILE = st.sampled_from([*XSS_PAYLOADS[:6], "a & b", "Tom's \"quote\"", "x > y < z", "日本語 · café", "&amp;", "plain"])
BASE_URLS = st.sampled_from([None, "https://example.org/site/", "https://ex.com/a&b/?q=1&r=<2>",
                             'https://ex.com/"><script>alert(1)</script>/', "https://ex.com/it's/日本/"])


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(["2023-01-05", "2024-03", "2024-03-09", "2024-07-01", "2024-Q4", "2025",
                                        "2025-11-30T08:00"]),
                       st.lists(HOSTILE, max_size=3, unique=True)), max_size=8),
    HOSTILE, st.sampled_from(["", "d<&'\""]), st.sampled_from(["", "Ann <a@b>"]), BASE_URLS,
    st.sampled_from(["full", "compact", "split", "paged"]),
)
def test_listing_mirrors_equal_jinja_with_hostile_text(dated: list[tuple[str, list[str]]], title: str,
                                                       description: str, author: str, base_url: str | None,
                                                       layout: str) -> None:
    """tags.html, 404.html and the index (its split overview too), mirror vs Jinja, byte for byte:
    several months a year, hostile site title, tag names and base URL (404.html links through it)."""
    evs = tuple(Event(id=f"e{i}", when=When.parse(d), title=f"t{i}", tags=tuple(tags))
                for i, (d, tags) in enumerate(dated))
    tl = Timeline(SiteConfig(title=title, author=author, description=description), evs)
    limits = views.FULL_INDEX_LIMIT, views.SPLIT_LIMIT, views.PAGE_EVENTS
    views.FULL_INDEX_LIMIT = 0 if layout != "full" else limits[0]
    views.SPLIT_LIMIT = 0 if layout in ("split", "paged") else limits[1]
    views.PAGE_EVENTS = 2 if layout == "paged" else limits[2]
    try:
        fast = _site(tl, base_url, mirror=True)
        slow = _site(tl, base_url, mirror=False)
    finally:
        views.FULL_INDEX_LIMIT, views.SPLIT_LIMIT, views.PAGE_EVENTS = limits
    for name in ("tags.html", "404.html", "index.html"):
        assert fast[name] == slow[name], name
    assert fast == slow
    if evs and layout in ("split", "paged"):
        assert b'id="_overview"' in fast["index.html"]



# ------------------------------------------------------------- page keys
def test_every_field_of_an_event_changes_its_digest() -> None:
    """Page keys decide which files a rebuild reuses: any content change must change them."""
    src = SourceRef(title="t", url="https://e.com/a", publisher="p", published="2026-02-27", quote="q")
    base = Event(id="a", when=When.parse("2026-02-27T17:01", timezone="America/New_York"), title="T",
                 end=When.parse("2026-03"), body="b", tags=("x",), sources=(src,),
                 media=(Media(url="m.png", alt="a", credit="c"),), status="extracted", confidence=0.5)
    changed = [
        dataclasses.replace(base, id="b"), dataclasses.replace(base, title="U"), dataclasses.replace(base, body="c"),
        dataclasses.replace(base, tags=("y",)), dataclasses.replace(base, status="reviewed"),
        dataclasses.replace(base, confidence=0.6), dataclasses.replace(base, draft=True),
        dataclasses.replace(base, end=None), dataclasses.replace(base, end=When.parse("2026-04")),
        dataclasses.replace(base, when=When.parse("2026-02-27T17:01", timezone="Europe/Paris")),
        dataclasses.replace(base, when=When.parse("2026-02-27T17:01", timezone="America/New_York", qualifier="before")),
        dataclasses.replace(base, when=When.parse("2026")), dataclasses.replace(base, when=When.parse("2026-W09")),
        *(dataclasses.replace(base, sources=(dataclasses.replace(src, **{f.name: "z"}),))
          for f in dataclasses.fields(SourceRef)),
        *(dataclasses.replace(base, media=(Media(**{"url": "m.png", "alt": "a", "credit": "c", f.name: "z"}),))
          for f in dataclasses.fields(Media)),
        dataclasses.replace(base, sources=()), dataclasses.replace(base, media=()),
    ]
    digests = {keys.event_digest(e) for e in [base, *changed]}
    assert len(digests) == len(changed) + 1
    # Where it was read from is not content.
    moved = dataclasses.replace(base, location=Location("elsewhere.yaml", 3, 1))
    assert keys.event_digest(moved) == keys.event_digest(base)
    # Precision alone (same year) is content too.
    assert keys.event_digest(dataclasses.replace(base, when=When(Precision.DECADE, 2020))) != keys.event_digest(
        dataclasses.replace(base, when=When(Precision.YEAR, 2020)))


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 4).flatmap(lambda n: st.tuples(*(events(i) for i in range(n)))),
       st.sampled_from([None, "https://example.org/site/"]), st.sampled_from([None, 0.25, 1, 0.1 + 0.2]))
def test_events_json_text_is_the_encoded_items(evs: tuple[Event, ...], base_url: str | None,
                                               confidence: float | None) -> None:
    """events.json is written from pre-encoded values; it must equal json.dumps of the items."""
    evs = tuple(dataclasses.replace(e, confidence=confidence, draft=i % 2 == 1) for i, e in enumerate(evs))
    data = views.prepare(Timeline(SiteConfig(title="T"), evs), base_url)
    written = b"".join(exports.events_json(data))
    expected = export_reference.dumps({"events": list(export_reference.event_items(data)), "site": {
        "title": "T", "description": "", "language": "en", "timezone": "UTC", "author": "",
        "base_url": data.base_url or None}})
    assert written == expected


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 4).flatmap(lambda n: st.tuples(*(events(i) for i in range(n)))),
       st.sampled_from(["", "d<&"]))
def test_timelinejs_text_is_the_encoded_items(evs: tuple[Event, ...], description: str) -> None:
    data = views.prepare(Timeline(SiteConfig(title="T<", description=description), evs))
    written = b"".join(exports.timelinejs_json(data))
    expected = export_reference.dumps({"events": list(export_reference.timelinejs_items(data)), "title": {
        "text": {"headline": "T&lt;", "text": html.escape(description)}}})
    assert written == expected


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 4).flatmap(lambda n: st.tuples(*(events(i) for i in range(n)))), st.booleans())
def test_both_json_exports_share_each_body_as_json_whichever_comes_first(evs: tuple[Event, ...],
                                                                         timelinejs_first: bool) -> None:
    """events.json and timelinejs.json encode each body's HTML once (exports.body_json), the
    first of them to run making it: either order writes what json.dumps of the items gives."""
    data = views.prepare(Timeline(SiteConfig(title="T"), evs))
    exporters = [exports.events_json, exports.timelinejs_json]
    written = {f.__name__: b"".join(f(data)) for f in (exporters[::-1] if timelinejs_first else exporters)}
    assert all(v._body_json == json.dumps(str(v.body), ensure_ascii=False) for v in data.events)
    assert written["events_json"] == export_reference.dumps({"events": list(export_reference.event_items(data)), "site": {
        "title": "T", "description": "", "language": "en", "timezone": "UTC", "author": "", "base_url": None}})
    assert written["timelinejs_json"] == export_reference.dumps({"events": list(export_reference.timelinejs_items(data)), "title": {
        "text": {"headline": "T", "text": ""}}})


@settings(max_examples=500, deadline=None)
@given(st.text("ab-1é", max_size=120), st.text("ab-1é", max_size=120))
def test_search_shared_prefix_is_the_common_prefix_capped_at_99(a: str, b: str) -> None:
    """search.js front-codes ids with the shared prefix length found by bisection."""
    from os.path import commonprefix

    from timeline.site.search import shared_prefix

    assert shared_prefix(a, b) == min(len(commonprefix([a, b])), 99)  # noqa: RUF071 (characters wanted)
    assert shared_prefix(a, a + b) == min(len(a), 99)


_SEGMENT_CHARS = st.sampled_from([*"abcz09._-", "..", "\n", "A", "é", " ", "/", "con", "lpt1", "aux.", "nul\n"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.lists(_SEGMENT_CHARS, max_size=8).map("".join),
                          st.sampled_from(["con", "com1.x", "lpt9", "a.", "a..b", "x" * 120, "x" * 121, "ok-id",
                                           "2026-02-27-talks", "-a", ".a", "_a", "", "a_b", "x" * 119 + "."])),
                max_size=6))
def test_bulk_id_check_agrees_with_one_by_one(names: list[str]) -> None:
    """check_segments (scans of the joined names) accepts exactly what
    check_segment accepts name by name, and otherwise raises its first message."""
    from timeline.errors import TimelineError
    from timeline.site.safety import check_segment, check_segments

    expected = None
    for name in names:
        try:
            check_segment(name, "event id")
        except TimelineError as exc:
            expected = str(exc)
            break
    try:
        check_segments(names, "event id")
        got = None
    except TimelineError as exc:
        got = str(exc)
    assert got == expected
