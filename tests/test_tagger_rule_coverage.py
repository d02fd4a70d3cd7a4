"""The tagger's quarter and year-ago rules (``_quarter``, ``_yearago_adj``) on plain business-news English.

Each case is a sentence a reader resolves without doubt, said on Friday,
Feb. 27, 2026: the last quarter reported then is 2025's fourth. The
expected values are what the sentence means, worked out by hand, not read
from the tagger.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

SAID_ON = dt.date(2026, 2, 27)


def found(sentence: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(sentence, SAID_ON)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # The year-ago quarter of the last one reported (2025-Q4).
    ("Profit rose from the year-ago quarter.", ("the year-ago quarter", "DATE", "2024-Q4")),
    ("Sales fell 5% from the year-earlier period.", ("the year-earlier period", "DATE", "2024-Q4")),
    ("Net income beat the year-earlier fourth quarter.", ("the year-earlier fourth quarter", "DATE", "2024-Q4")),
    # A length of time, not a date.
    ("Revenue in the year-ago nine months was flat.", ("the year-ago nine months", "DURATION", "P9M")),
    # The same month and week a year before the article.
    ("Profit was up from the year-ago month.", ("the year-ago month", "DATE", "2025-02")),
    ("Profit rose from the year-ago week.", ("the year-ago week", "DATE", "2025-W09")),
])
def test_year_ago_adjectives(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(sentence)


def test_year_ago_follows_the_quarter_the_story_is_about() -> None:
    """Once the story names its quarter, "the year-ago period" is that quarter a year earlier."""
    assert found("Profit rose in the third quarter, the company said on Friday. Sales in the year-ago period fell.") \
        == [("the third quarter", "DATE", "2025-Q3"), ("Friday", "DATE", "2026-02-27"),
            ("the year-ago period", "DATE", "2024-Q3")]


def test_a_bare_year_earlier_compares_with_the_named_quarter() -> None:
    assert ("year-earlier", "DATE", "2024-Q4") in found("Fourth-quarter profit rose 10% from year-earlier levels.")


@pytest.mark.parametrize(("sentence", "expected"), [
    # Named by year.
    ("Sales rose in the fourth quarter of 2025.", ("the fourth quarter of 2025", "DATE", "2025-Q4")),
    ("Q3 2024 revenue rose.", ("Q3 2024", "DATE", "2024-Q3")),
    ("Sales rose in the second quarter of fiscal 2025.", ("the second quarter of fiscal 2025", "DATE", "2025-Q2")),
    ("It sold more in the 2024 fourth quarter.", ("the 2024 fourth quarter", "DATE", "2024-Q4")),
    # Relative to the article's date.
    ("Profit in the current quarter will rise.", ("the current quarter", "DATE", "2026-Q1")),
    ("Sales next quarter should improve.", ("next quarter", "DATE", "2026-Q2")),
    ("Profit fell last quarter.", ("last quarter", "DATE", "2025-Q4")),
    ("Sales rose in the latest quarter.", ("the latest quarter", "DATE", "2025-Q4")),
    ("Sales in this year's third quarter will rise.", ("this year's third quarter", "DATE", "2026-Q3")),
    ("Next year's first quarter looks strong.", ("Next year's first quarter", "DATE", "2027-Q1")),
    ("Sales will rise in the fourth quarter of this year.", ("the fourth quarter of this year", "DATE", "2026-Q4")),
    ("Sales in the third quarter of next year will rise.", ("the third quarter of next year", "DATE", "2027-Q3")),
    # A year back from a quarter.
    ("Sales were flat in the same quarter last year.", ("the same quarter last year", "DATE", "2024-Q4")),
    ("Sales rose in the third quarter a year ago.", ("the third quarter a year ago", "DATE", "2024-Q3")),
    ("Profit beat the comparable period.", ("the comparable period", "DATE", "2024-Q4")),
    # The tense decides the year of a bare ordinal quarter.
    ("Results for the second quarter were weak.", ("the second quarter", "DATE", "2025-Q2")),
    ("Profit in the first quarter will rise, the company said.", ("the first quarter", "DATE", "2026-Q1")),
    ("Profit rose in Q4.", ("Q4", "DATE", "2025-Q4")),
    # Every such quarter: a set.
    ("Fourth quarters are strong.", ("Fourth quarters", "SET", "XXXX-Q4")),
])
def test_quarters(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(sentence)


def test_the_quarter_is_the_one_the_story_is_about() -> None:
    assert found("Third-quarter profit rose, the company said. Profit in the quarter was $5.") == [
        ("Third-quarter", "DATE", "2025-Q3"), ("the quarter", "DATE", "2025-Q3")]


def test_plural_first_quarters_are_the_first_quarter_of_every_year() -> None:
    assert ("First quarters", "SET", "XXXX-Q1") in found("First quarters are slow.")


def test_words_that_only_look_like_quarters_are_not_dates() -> None:
    assert found("The company reported quarterly results.") == []
    assert found("He ran a quarter of a mile.") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # Every fourth quarter, not one of them.
    ("Retailers make most of their profit in fourth quarters.", ("fourth quarters", "SET", "XXXX-Q4")),
    # A named quarter with "last", "next", "this" or "the current": the nearest one that way (2026-Q1 now).
    ("Profit was weak last third quarter.", ("last third quarter", "DATE", "2025-Q3")),
    ("The company expects a loss next third quarter.", ("next third quarter", "DATE", "2026-Q3")),
    ("Sales will rise this fourth quarter.", ("this fourth quarter", "DATE", "2026-Q4")),
    ("Profit fell in the current first quarter.", ("the current first quarter", "DATE", "2026-Q1")),
    ("Sales rose in this year's first quarter.", ("this year's first quarter", "DATE", "2026-Q1")),
    # A year before the quarter: that quarter in that year; without one, the last quarter reported.
    ("Profit beat the 1988 third quarter.", ("the 1988 third quarter", "DATE", "1988-Q3")),
    ("Sales beat the 1988 quarter.", ("the 1988 quarter", "DATE", "1988-Q4")),
    ("Sales fell in the latest quarter of 2025.", ("the latest quarter of 2025", "DATE", "2025-Q4")),
    ("Sales rose in the second and third quarters of 2010.", ("third quarters of 2010", "DATE", "2010-Q3")),
    ("Profit fell in the fourth quarter a year ago.", ("the fourth quarter a year ago", "DATE", "2024-Q4")),
    # A year before the article, no quarter named.
    ("Profit rose from year-earlier levels.", ("year-earlier", "DATE", "2025")),
])
def test_quarters_named_with_a_determiner_or_a_year(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(sentence)
