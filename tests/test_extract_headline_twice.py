"""One sentence's headline at a day and at the week holding it is one event (issue 16, duplicates).

Every text here is written for these tests. A week named in a relative or participle clause ("pupils due
to sit exams this week") gets the main clause's headline, backshifted or not; the page must not show it
twice. Two days of one sentence, and a day and another verb's clause, stay two happenings.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.headline_twice import one_headline_twice
from timeline.extract.merge import Mention
from timeline.model import Document, When


def events_of(text: str, published: dt.date) -> list:
    return extract(Document(path="t.txt", text=text, published=published))


def mention(when: str, title: str, sentence: int = 3) -> Mention:
    return Mention(when=When.parse(when), start=0, end=10, sentence=sentence, actor=None, title=title, tags=[],
                   confidence=0.5, is_statement=False)


def test_a_day_and_the_week_of_a_clause_inside_it_are_one_event() -> None:
    text = ("A statement posted today on the club's website by its chairman, Ivo Brandt, said he was aware the "
            'closure would cause "real concern" to members due to race this week.\n')
    events = events_of(text, dt.date(2031, 5, 13))
    assert [e.when.value() for e in events if "Brandt" in e.title] == ["2031-05-13"]


def test_a_day_and_the_week_of_a_backshifted_clause_are_one_event() -> None:
    text = ("A note posted today on the council website by the mayor, Ines Vale, said she was aware the road closure "
            'would cause "serious delays" to drivers due to travel this week.\n')
    events = events_of(text, dt.date(2031, 5, 13))
    assert [e.when.value() for e in events if "Vale" in e.title] == ["2031-05-13"]


def test_a_backshifted_headline_is_the_same_headline() -> None:
    day = mention("2031-05-13", "Mara Quist says she is aware the closure would worry pupils")
    week = mention("2031-W20", "Mara Quist says she was aware the closure would worry pupils")
    assert one_headline_twice(day, week) and one_headline_twice(week, day)


def test_another_verbs_clause_is_another_headline() -> None:
    day = mention("2031-05-13", "The ferry Alda leaves the harbour at Vorn")
    week = mention("2031-W20", "The ferry Alda leaves the harbour at Vorn and sinks off the cape")
    assert not one_headline_twice(day, week)


def test_two_days_under_one_headline_stay_apart() -> None:
    first = mention("2031-05-12", "A union says it will hold strikes in 20 ports")
    second = mention("2031-05-15", "A union says it will hold strikes in 20 ports")
    assert not one_headline_twice(first, second)


def test_a_week_of_another_sentence_is_not_this_headline() -> None:
    day = mention("2031-05-13", "Mara Quist says she is aware the closure would worry pupils", sentence=3)
    week = mention("2031-W20", "Mara Quist says she is aware the closure would worry pupils", sentence=4)
    assert not one_headline_twice(day, week)


def test_two_moments_of_one_day_under_one_headline_are_one_event() -> None:
    entry = mention("2031-05-13T19:57", "Some new poll numbers give context for tonight: most voters back the plan")
    tonight = mention("2031-05-13TNI", "Some new poll numbers give context: most voters back the plan")
    assert one_headline_twice(entry, tonight) and one_headline_twice(tonight, entry)


def test_one_date_titled_twice_in_one_sentence_is_one_headline() -> None:
    noun = mention("2028", "Mara Quist gives a talk to the board")
    clause = mention("2028", "Mara Quist gives a talk to the board in 2028")
    assert one_headline_twice(noun, clause)

