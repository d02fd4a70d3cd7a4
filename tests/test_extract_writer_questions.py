"""The writer's own question told in a statement's order, and a forecast's period after "after" (issue 16: precision).

Every text here is written for these tests. "So shareholders are blaming the weather for the bank's results this
quarter?" was an event of the quarter: the writer asks, and a question asserts nothing (:mod:`.writer_voice`).
"Analysts expect limited output growth after 2012" was an event of 2012: the year bounds the period a forecast
figure covers (:mod:`.scope_periods`), and "after" before it is a preposition, no clause of its own.
"""

from __future__ import annotations

import datetime as dt

from extract_support import events_of

MONDAY = dt.date(2026, 7, 20)


def _dates(text: str) -> list[str]:
    return [e.when.value() for e in events_of(text + "\n", MONDAY)]


def test_the_writers_question_dates_nothing() -> None:
    assert _dates("So shareholders are blaming the weather for the bank's results this quarter?") == []
    assert _dates("Yesterday we asked readers which two trophies were merged to make the new award?") == []


def test_a_statement_before_the_question_and_a_quoted_question_keep_their_dates() -> None:
    assert _dates("In 1976, 200 million doses were bought for a flu that never came, the result?") == ["1976"]
    assert _dates('The minister asked on Friday: "Why did the bank wait?"') == ["2026-07-17"]


def test_a_forecast_period_after_after_dates_nothing() -> None:
    assert _dates("The miner reported a loss on Monday.\n\nAnalysts at a City broker expect limited output growth "
                  "after 2028, but more in the longer term.").count("2028") == 0
    assert _dates("Output recovered after the strike ended in 2028.") == ["2028"]
