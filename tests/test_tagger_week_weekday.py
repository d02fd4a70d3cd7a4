"""A weekday placed in a week counted from the report ("Tuesday last week") is one day: that weekday of the week
before, after or holding the report's. Every sentence here is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

SUNDAY = dt.date(2031, 3, 16)  # a Sunday: its week runs Monday 10 to Sunday 16 March


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("The depot reopened on Tuesday last week.", "Tuesday last week", "2031-03-04"),
    ("The depot reopened on Tuesday of last week.", "Tuesday of last week", "2031-03-04"),
    ("The depot reopened last week Tuesday.", "last week Tuesday", "2031-03-04"),
    ("Auditors counted, as of Friday last week, 312 crates.", "Friday last week", "2031-03-07"),
    ("The depot reopens on Wednesday next week.", "Wednesday next week", "2031-03-19"),
])
def test_a_weekday_of_a_counted_week_is_one_day(sentence: str, text: str, value: str) -> None:
    found = [(t.text, t.value) for t in tag(sentence, SUNDAY)]
    assert found == [(text, value)]


def test_a_week_that_owns_a_noun_is_not_the_weekday_s() -> None:
    found = [t.text for t in tag("The clerk said Tuesday last week's count was short.", SUNDAY)]
    assert "Tuesday last week" not in found
