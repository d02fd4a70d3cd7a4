"""A range of weekdays with the week that holds them is one date (issue 16).

"attended classes on Monday to Wednesday last week" gives the tagger "Monday", "Wednesday" and "last week". The
two days are one range and the week only says which week; the week joined the range only when it stood within a
few characters of the range's first day, so a longer weekday name at its end ("Wednesday") left the week an event
of its own, titled "... to Wednesday". Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract import extract
from timeline.model import Document


def dated(text: str) -> list[tuple[str, str]]:
    return [(e.when.value(), e.title) for e in extract(Document(path="s.txt", text=text, published=dt.date(2031, 3, 7)))]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The head teacher said the boy attended classes on Monday to Wednesday last week before falling ill.",
     [("2031-02-24", "The boy attends classes before falling ill")]),
    ("Officials said the ferry ran on Tuesday to Thursday last week despite the storm.",
     [("2031-02-25", "The ferry runs despite the storm")]),
    ("The museum was closed from Monday to Friday last week for repairs.",
     [("2031-02-24", "The museum is closed for repairs")]),
])
def test_a_weekday_range_and_its_week_are_one_event(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert dated(sentence) == expected
