"""Modern saved pages, text and HTML, with their furniture: nav, cookie banners, share bars, bylines with
roles, stamps, live-blog times, picture credits, calls to action, fact boxes, salutations and related
links make no events and no titles, the story's statements all stay, the source text is never changed,
and the page's dateline still tells when it was published (issue 16).

The fixtures are pages written for these tests, laid out the way news sites lay out theirs.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from timeline.documents import read_document
from timeline.extract import extract

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
#: Words of the pages' furniture: none may reach a title or a quote.
FURNITURE = re.compile(r"(?i)photograph|getty|cookie|share|sign up|newsletter|read more|watch:|listen|follow us|"
                       r"send us|hear from you|chairman fisk|thank you|contributed|related|approximate|correspondent|"
                       r"updated|reuters|\| wed|10:42|get in touch|live updates|copyright")


def test_a_saved_text_page_keeps_its_story_and_drops_its_furniture() -> None:
    path = FIXTURES / "saved-page-modern.txt"
    doc = read_document(path)
    assert doc.text == path.read_text(encoding="utf-8")  # the source text is never changed
    # The stamp under the byline dates the page; its clock time and zone make the publication moment.
    assert doc.published == dt.datetime(2026, 3, 4, 10, 42, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert doc.published_inferred
    events = extract(doc)
    got = sorted((e.when.value(), e.title) for e in events)
    assert [value for value, _ in got] == ["1991", "2009", "2019", "2026-03-01TNI", "2026-03-03", "2026-03-03TEV",
                                           "2026-03-05"]
    for event in events:
        for source in event.sources:
            assert source.quote in doc.text
            assert not FURNITURE.search(source.quote), source.quote
        assert not FURNITURE.search(event.title), event.title
    assert ("1991", "520,000 gallons spill when a barge sinks") in got  # a fact box's entry, dated by its year


def test_a_saved_html_page_keeps_its_story_and_drops_its_furniture() -> None:
    doc = read_document(FIXTURES / "saved-page-modern.html")
    assert doc.published == dt.datetime(2026, 3, 4, 10, 42, tzinfo=dt.UTC)
    for chrome in ("cookies", "Skip to main content", "Copy link", "Related", "morning briefing", "All rights"):
        assert chrome not in doc.text
    events = extract(doc)
    assert sorted(e.when.value() for e in events) == ["2026-02-27", "2026-03-04", "2026-03-04T14:00", "2026-03-06"]
    for event in events:
        assert not FURNITURE.search(event.title), event.title
        for source in event.sources:
            assert source.quote in doc.text and not FURNITURE.search(source.quote), source.quote
