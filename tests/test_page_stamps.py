"""A page's own stamp gives its publication date and time, in the stamp's zone on that date.

The pages are written for these tests (invented places and people), in the stamp forms current sites print.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.documents import read_document
from timeline.extract import extract
from timeline.extract.cleanup import find_furniture, publication_moment
from timeline.page_stamps import stamp_moment


def _zone(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


_STORY = ("Harbour road to close for repairs\nBy Jo Pell\n{stamp}\n"
          "PORTVILLE — The town council voted on Thursday to close the harbour road for six weeks, its leader said.\n")


def _page(tmp_path: Path, text: str, name: str = "page.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("stamp", "moment"), [
    ("Published 6:15 PM EDT, Thu April 2, 2026", dt.datetime(2026, 4, 2, 18, 15, tzinfo=_zone(-4))),
    ("Updated 3:12 PM EST, Tue March 3, 2026", dt.datetime(2026, 3, 3, 15, 12, tzinfo=_zone(-5))),
    # a zone that follows summer time takes its offset on the stamp's date (the US switched on March 8, 2026)
    ("April 2, 2026 at 6:15 p.m. ET", dt.datetime(2026, 4, 2, 18, 15, tzinfo=_zone(-4))),
    ("March 3, 2026 at 6:15 p.m. ET", dt.datetime(2026, 3, 3, 18, 15, tzinfo=_zone(-5))),
    ("January 12, 2026 at 9:05 a.m. CT", dt.datetime(2026, 1, 12, 9, 5, tzinfo=_zone(-6))),
    ("Published July 14, 2026, 11:40 AM MT", dt.datetime(2026, 7, 14, 11, 40, tzinfo=_zone(-6))),
    ("July 14, 2026 at 8 p.m. PT", dt.datetime(2026, 7, 14, 20, 0, tzinfo=_zone(-7))),
    ("2 April 2026 • 18:15 BST", dt.datetime(2026, 4, 2, 18, 15, tzinfo=_zone(1))),
    ("Thu 2 Apr 2026 18.15 BST", dt.datetime(2026, 4, 2, 18, 15, tzinfo=_zone(1))),
    ("Kit Varga | 07:37 UK time, Thursday, 2 April 2026", dt.datetime(2026, 4, 2, 7, 37, tzinfo=_zone(1))),
    ("March 3, 20263:12 AM UTCUpdated 2 hours ago", dt.datetime(2026, 3, 3, 3, 12, tzinfo=dt.UTC)),
])
def test_a_pasted_page_is_published_at_its_stamp_s_moment(tmp_path: Path, stamp: str, moment: dt.datetime) -> None:
    doc = read_document(_page(tmp_path, _STORY.format(stamp=stamp)))
    assert doc.published == moment and doc.published.utcoffset() == moment.utcoffset()
    assert doc.published_inferred


@pytest.mark.parametrize(("stamp", "day"), [
    ("February 30, 2026 at 6:15 p.m. ET\nFiled March 5, 2026", dt.date(2026, 3, 5)),  # no such day
    ("Fri April 2, 2026 6:15 PM ET\nFiled April 9, 2026", dt.date(2026, 4, 9)),  # April 2, 2026 is a Thursday
    ("April 2, 2026 at 26:15 ET", dt.date(2026, 4, 2)),  # no such hour: the day without a time
    ("Updated 2 hours ago\nMarch 3, 2026", dt.date(2026, 3, 3)),  # an age is no moment
    ("Sunday, May 16, 2010; 4:43 PM", dt.date(2010, 5, 16)),  # no zone: which 4:43?
])
def test_a_stamp_that_cannot_be_read_gives_no_time_rather_than_a_wrong_one(tmp_path: Path, stamp: str,
                                                                             day: dt.date) -> None:
    doc = read_document(_page(tmp_path, _STORY.format(stamp=stamp)))
    assert doc.published == day and not isinstance(doc.published, dt.datetime)


def test_the_publication_anchors_the_text_when_the_page_was_updated_the_next_day(tmp_path: Path) -> None:
    text = ("Harbour road to close\nBy Jo Pell\nUpdated 1:10 AM EDT, Fri April 3, 2026 | "
            "Published 11:40 PM EDT, Thu April 2, 2026\nPORTVILLE — The town council voted tonight to close the "
            "harbour road for six weeks, its leader said.\n")
    doc = read_document(_page(tmp_path, text))
    assert doc.published == dt.datetime(2026, 4, 2, 23, 40, tzinfo=_zone(-4))
    assert {e.when.value()[:10] for e in extract(doc)} == {"2026-04-02"}


def test_a_publication_stamp_below_the_update_s_is_still_the_publication(tmp_path: Path) -> None:
    text = ("Harbour road to close\nWed 8 Apr 2026 09.12 BST\nFirst published on Tue 7 Apr 2026 21.30 BST\n"
            "The town council voted tonight to close the harbour road for six weeks, its leader said.\n")
    assert read_document(_page(tmp_path, text)).published == dt.datetime(2026, 4, 7, 21, 30, tzinfo=_zone(1))


def test_the_front_matter_wins_over_a_stamp_in_the_body(tmp_path: Path) -> None:
    stamped = _STORY.format(stamp="Published April 2, 2026 at 6:15 p.m. ET")
    doc = read_document(_page(tmp_path, "---\npublished: 2026-04-01\n---\n" + stamped, "other.md"))
    assert doc.published == dt.date(2026, 4, 1)
    assert publication_moment(find_furniture(doc.text), doc.published) is None
    # a front matter that gives the day alone takes the stamp's time on that day, in its zone
    doc = read_document(_page(tmp_path, "---\npublished: 2026-04-02\n---\n" + stamped, "same.md"))
    assert publication_moment(find_furniture(doc.text), doc.published) == dt.datetime(2026, 4, 2, 18, 15,
                                                                                      tzinfo=_zone(-4))


def test_a_front_matter_day_takes_the_publication_time_of_a_stamp_line_that_names_the_update_first(
        tmp_path: Path) -> None:
    text = ("---\npublished: 2026-04-02\n---\nHarbour road to close\nBy Jo Pell\n"
            "Updated April 2, 2026 at 9:48 p.m. EDT | Published April 2, 2026 at 6:15 p.m. EDT\n"
            "PORTVILLE — The town council voted on Thursday to close the harbour road, its leader said.\n")
    doc = read_document(_page(tmp_path, text, "paper.md"))
    assert publication_moment(find_furniture(doc.text), doc.published) == dt.datetime(2026, 4, 2, 18, 15,
                                                                                      tzinfo=_zone(-4))


_HTML = ("<!doctype html><html><head><title>Harbour road to close</title></head><body><article>"
         "<h1>Harbour road to close</h1>{stamp}<p>The town council of Portville voted on Thursday to close the "
         "harbour road for six weeks, its leader said.</p></article></body></html>")


@pytest.mark.parametrize(("stamp", "moment"), [
    ('<div class="byline">By Jo Pell <time datetime="2026-04-02T18:15:00-04:00">April 2</time></div>',
     dt.datetime(2026, 4, 2, 18, 15, tzinfo=_zone(-4))),
    ('<div class="timestamp">Updated 9:48 PM EDT, Thu April 2, 2026 | Published 6:15 PM EDT, Thu April 2, 2026</div>',
     dt.datetime(2026, 4, 2, 18, 15, tzinfo=_zone(-4))),
    ('<p class="article-updated">Updated: 7:10 AM CT April 3, 2026</p>'
     '<p class="article-published">Published: 6:15 PM CT April 2, 2026</p>',
     dt.datetime(2026, 4, 2, 18, 15, tzinfo=_zone(-5))),
])
def test_an_html_page_s_stamp_dates_it_when_its_metadata_does_not(tmp_path: Path, stamp: str,
                                                                   moment: dt.datetime) -> None:
    doc = read_document(_page(tmp_path, _HTML.format(stamp=stamp), "page.html"))
    assert doc.published == moment


def test_page_metadata_wins_over_the_printed_stamp(tmp_path: Path) -> None:
    html = _HTML.format(stamp='<div class="timestamp">Published 6:15 PM EDT, Thu April 2, 2026</div>').replace(
        "<head>", '<head><meta property="article:published_time" content="2026-04-02T22:10:00Z">')
    assert read_document(_page(tmp_path, html, "page.html")).published == dt.datetime(2026, 4, 2, 22, 10, tzinfo=dt.UTC)


def test_a_stamp_s_clock_that_names_its_zone_and_a_24_hour_clock_with_a_stray_pm() -> None:
    assert stamp_moment("Page last updated at 07:41 GMT, Wednesday, 9 June 2010 08:41 UK") == dt.datetime(
        2010, 6, 9, 7, 41, tzinfo=dt.UTC)
    assert stamp_moment("Kit Varga | 14:07 PM, Monday, 1 June 2009") == dt.datetime(2009, 6, 1, 14, 7)
    assert stamp_moment("Kit Varga | 14:07 AM, Monday, 1 June 2009") is None
