"""Helpers shared by the tests of saved modern pages (tests/fixtures/extract/modern*): read a page, extract it,
check its expected events and that no furniture reaches a title or a quote."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from timeline.documents import read_document
from timeline.extract import extract
from timeline.model import Event

FIXTURES = Path(__file__).parent / "fixtures" / "extract"


def page_events(page: str) -> tuple[list[Event], str]:
    doc = read_document(FIXTURES / page)
    return extract(doc), doc.text


def found(events: list[Event], date: str, words: str) -> bool:
    """Whether an event of ``date`` (or a time or part of that day) quotes ``words``."""
    return any((e.when.value() == date or e.when.value().startswith(date + "T"))
               and any(words in s.quote for s in e.sources) for e in events)


def check_page(page: str, published: dt.datetime, expected: list[tuple[str, str]], furniture: str) -> None:
    """The page's publication moment, every expected event, and no furniture in any title or quote."""
    doc = read_document(FIXTURES / page)
    assert doc.published == published
    events = extract(doc)
    missing = [(date, words) for date, words in expected if not found(events, date, words)]
    assert not missing, missing
    furniture_re = re.compile(furniture)
    for event in events:
        assert not furniture_re.search(event.title), event.title
        for source in event.sources:
            assert source.quote in doc.text and not furniture_re.search(source.quote), source.quote


def line_spans(text: str) -> list[tuple[int, int]]:
    """Each line's (start, end) offsets, as the page readers pass them."""
    out, start = [], 0
    for line in text.split("\n"):
        out.append((start, start + len(line)))
        start += len(line) + 1
    return out
