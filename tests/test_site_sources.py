"""Sources as readers see them: one entry per source, real dates, zone names (both render paths)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from test_site_support import event, write_content

from timeline.model import Document, When
from timeline.pipeline import build

CNBC = {"title": "Anthropic heads into Friday", "url": "https://example.org/a", "publisher": "CNBC",
        "published": "2026-02-27"}
ARTICLE = """---
title: Talks resume in London
publisher: The Guardian
published: 2010-06-03T09:00+01:00
timezone: Europe/London
---
Negotiators will meet again at 10 a.m. BST on Friday, officials said.
"""


def _events() -> list[dict]:
    return [
        event("three-quotes", "2026-02-27", "Three quotes, one article", body="Body.", sources=[
            {**CNBC, "quote": "First sentence."}, {**CNBC, "quote": "Second sentence."},
            {**CNBC, "quote": "Third <sentence>."}, {"title": "Another paper", "quote": "Elsewhere."}]),
        event("late", "2010", "Late in the year", qualifier="late", sources=[{"title": "Wire", "published": "2011-01-04"}]),
        event("april", "2010-04", "In April", sources=[{"title": "Wire", "published": "2011-01-04"}]),
        event("early", "2009-05-02", "Earlier report", sources=[{"title": "Old paper", "published": "2009-05-03"}]),
        event("london", "2010-06-04T10:00+01:00", "Meeting in London", timezone="Europe/London",
              sources=[{"title": "Talks resume in London"}]),
    ]


@pytest.fixture(params=["fast", "jinja"])
def site(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The same site through the Python mirror of the templates and through Jinja."""
    from timeline.site import fast_theme

    if request.param == "jinja":
        monkeypatch.setattr(fast_theme, "MIRRORED", dict.fromkeys(fast_theme.MIRRORED, "off"))
    content = write_content(tmp_path, _events(), site={"timezone": "UTC"}, sources={"london.md": ARTICLE})
    build(content, tmp_path / "site")
    return tmp_path / "site"


def test_an_article_quoted_three_times_is_one_source_with_three_quotes(site: Path) -> None:
    page = (site / "events" / "three-quotes.html").read_text()
    assert page.count("Anthropic heads into Friday</a></cite>") == 1
    assert ('<li><cite><a href="https://example.org/a" rel="noopener noreferrer nofollow">Anthropic heads into Friday'
            '</a></cite>, CNBC, <time datetime="2026-02-27">Fri., Feb. 27, 2026</time>'
            "<blockquote><p>First sentence.</p></blockquote>\n<blockquote><p>Second sentence.</p></blockquote>\n"
            "<blockquote><p>Third &lt;sentence&gt;.</p></blockquote>\n</li>\n") in page
    assert "<li><cite>Another paper</cite><blockquote><p>Elsewhere.</p></blockquote>\n</li>" in page
    # The index's line of sources names each source once.
    index = (site / "index.html").read_text()
    assert ('<p class="cite">Sources:\n<a href="https://example.org/a" rel="noopener noreferrer nofollow">'
            "Anthropic heads into Friday</a> (CNBC); Another paper</p>") in index


def test_the_sources_page_orders_by_real_dates(site: Path) -> None:
    page = (site / "sources.html").read_text()
    # Sources by when they were published: 2009, June 2010 (the bundled article), 2011, then 2026.
    order = [page.index(t) for t in ("Old paper", "Talks resume in London", "Wire", "Anthropic heads into Friday")]
    assert order == sorted(order)
    # A source's events by when they happened: "Late 2010" after "April 2010".
    wire = page[page.index("Wire"):]
    assert wire.index("In April") < wire.index("Late in the year")
    assert '<time datetime="2011-01-04">Tue., Jan. 4, 2011</time>' in page
    # The bundled article's time in its own zone, by the zone's name.
    assert '<p class="meta">The Guardian, <time datetime="2010-06-03T09:00+01:00">Thu., June 3, 2010, 9 a.m. BST</time></p>' in page


def test_a_british_summer_time_shows_as_bst(site: Path) -> None:
    page = (site / "events" / "london.html").read_text()
    assert "Fri., June 4, 2010, 10 a.m. BST</time>" in page and "UTC+01:00" not in page


def test_a_time_read_with_its_zone_word_keeps_the_documents_zone(tmp_path: Path) -> None:
    """"10 a.m. BST" in a London paper: the offset the tagger gives is the zone's, so the zone's name is kept."""
    from timeline.extract import extract

    doc = Document(path="london.md", text="Negotiators will meet again at 10 a.m. BST on Friday, officials said.",
                   title="Talks", published=dt.datetime(2010, 6, 3, 9, 0), timezone="Europe/London")
    (found,) = extract(doc)
    assert found.when.value() == "2010-06-04T10:00+01:00" and found.when.timezone == "Europe/London"
    assert found.when.display("UTC") == "Fri., June 4, 2010, 10 a.m. BST"
    # A zone that disagrees with the offset is not claimed.
    assert When.parse("2010-06-04T10:00+01:00").in_zone("America/New_York").timezone is None


def test_reading_start_places_qualified_dates_where_readers_do() -> None:
    def at(value: str, qualifier: str | None = None) -> dt.datetime:
        return When.parse(value, qualifier=qualifier).reading_start()

    assert at("2010", "late") > at("2010-04") > at("2010", "early") == at("2010")
    assert at("2010", "before") < at("2010") < at("2010", "mid") < at("2010", "late") < at("2010", "after")
