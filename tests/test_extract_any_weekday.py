"""A weekday after the indefinite article, any of its kind, dates nothing (issue 16, precision).

Every text here is written for these tests: "from a Saturday to a Monday" (any days, one like another) and "on a
Saturday night" in a clause telling a habit are no dates; "a Tuesday meeting" and "on a Tuesday night in the hall"
name the one day and keep it.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

PUBLISHED = dt.date(2031, 5, 14)  # a Wednesday


def _events(text: str) -> list[tuple[str, str]]:
    events = extract(Document(path="t.txt", text=text, published=PUBLISHED))
    return [(e.when.value(), " | ".join(s.quote or "" for s in e.sources)) for e in events]


def test_a_run_of_any_weekdays_dates_nothing() -> None:
    text = ("The harbour reopened to fishing boats on Monday after the storm.\n"
            "\"It is all work now,\" said the harbourmaster, Tom Reed. \"We sail every day, from a Saturday to a "
            "Monday to a Wednesday.\"\n")
    events = _events(text)
    assert not any("from a Saturday" in quote for _, quote in events), events
    assert any("reopened" in quote for _, quote in events), events


def test_a_habits_weekday_dates_nothing() -> None:
    text = ("The harbour reopened to fishing boats on Monday after the storm.\n"
            "The quayside bar normally employs ten staff who serve 500 people on a Saturday night.\n")
    events = _events(text)
    assert not any("quayside bar" in quote for _, quote in events), events


def test_one_weekday_told_with_the_article_keeps_its_date() -> None:
    text = ("The harbour reopened to fishing boats on Monday after the storm.\n"
            "The closure was the first question put to the mayor during a Tuesday meeting with fishermen.\n"
            "Fishermen crowded into the harbour hall on a Tuesday night to hear the mayor.\n")
    events = dict((quote, when) for when, quote in _events(text))
    meeting = next(q for q in events if "Tuesday meeting" in q)
    hall = next(q for q in events if "harbour hall" in q)
    assert events[meeting] == "2031-05-13", events
    assert events[hall].startswith("2031-05-13"), events
