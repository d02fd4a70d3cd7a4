"""One happening told at two dates of one sentence is one event (issue 16, duplicates).

Every text here is written for these tests. Dates joined by "or" say when one thing may happen; the two ends of a
change ("rose from 12 on Monday to 85 on Thursday") close one rise. Dates joined by "and" stay several happenings.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document


def events_of(text: str, published: dt.date) -> list:
    return extract(Document(path="t.txt", text="Harbour news.\n" + text + "\n", published=published))


def test_a_night_or_the_next_morning_is_one_landfall() -> None:
    text = "Storm Edda could reach the northern coast of Vorn Sunday night or early Monday, forecasters said."
    events = events_of(text, dt.date(2031, 3, 7))
    assert [e.when.value() for e in events] == ["2031-03-09TNI"]


def test_tonight_or_early_tomorrow_is_one_landfall_titled_without_the_alternative() -> None:
    events = events_of("Storm Edda could reach the northern coast tonight or early tomorrow after crossing the bay.",
                       dt.date(2031, 3, 7))
    assert [(e.when.value(), e.title) for e in events] == [
        ("2031-03-07TNI", "Storm Edda could reach the northern coast after crossing the bay")]


def test_a_day_or_even_a_week_is_one_wait() -> None:
    text = "\"You will not see ferries sailing the next day or even the next week,\" said Harbour Master Ivo Lant."
    events = events_of(text, dt.date(2031, 3, 7))
    assert len(events) == 1 and "next" not in events[0].title


def test_a_change_from_one_day_to_another_is_one_rise() -> None:
    events = events_of("The number of flu cases in Vorn rose from 12 on Monday to 85 on Thursday, officials said.",
                       dt.date(2031, 7, 4))
    assert len(events) == 1
    events = events_of("The river rose from 2 metres on Monday morning to 5.5 metres by Tuesday evening.",
                       dt.date(2031, 7, 4))
    assert len(events) == 1


def test_dates_joined_by_and_stay_several_happenings() -> None:
    events = events_of("The ferry Alda sank on Monday and the ferry Brun sank on Tuesday.", dt.date(2031, 3, 12))
    assert sorted(e.when.value() for e in events) == ["2031-03-10", "2031-03-11"]
    events = events_of("The harbour flooded in 1918, 1957 and 1968.", dt.date(2031, 3, 12))
    assert sorted(e.when.value() for e in events) == ["1918", "1957", "1968"]


def test_from_a_place_is_no_change() -> None:
    events = events_of("Kessel arrived from Vorn on Thursday to attend the talks and planned to leave on Sunday.",
                       dt.date(2031, 3, 9))
    assert len(events) == 2
