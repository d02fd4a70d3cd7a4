"""A reporting period before a company's figures sorts the figures; it does not date the meeting or the
announcement they come with (issue 16, dates right).

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document


def dates_of(text: str, published: dt.date) -> list[str]:
    return [e.when.value() for e in extract(Document(path="t.txt", text=text, published=published))]


def test_a_half_year_results_announcement_is_not_dated_by_the_half() -> None:
    text = ("The brewer's board is weighing the chief executive's future ahead of the company's half-year results "
            "announcement on Tuesday, people close to the talks said.\n")
    dates = dates_of(text, dt.date(2031, 7, 27))
    assert "2031-H1" not in dates and dates


def test_a_dated_happening_noun_still_takes_its_date() -> None:
    text = "Investors are still digesting the company's April 20 announcement of job cuts, analysts said.\n"
    assert "2031-04-20" in dates_of(text, dt.date(2031, 7, 27))
