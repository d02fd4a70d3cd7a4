"""One sentence's clause found at two dates is one event, not the same headline twice (issue 16, duplicates).

Every text here is written for these tests. A second date in a sentence is often no happening of its
own: the year a named period lies in, the week a reported day lies in. Two dates that lie apart in one
sentence may be two happenings (of one subject, or a statement and what it reports), and stay apart.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.one_clause import one_clause
from timeline.model import Document


def events_of(text: str, published: dt.date) -> list:
    return extract(Document(path="t.txt", text=text, published=published))


def test_a_period_and_the_year_it_is_named_by_are_one_event() -> None:
    text = ("Ferries on the lake were busy again.\n"
            "The ferry season runs from 1 June to 30 September, and operators expect this year's to be a busy one.\n")
    events = events_of(text, dt.date(2031, 5, 20))
    assert [e.when.value() for e in events if "season" in e.title] == ["2031-06-01"]


def test_a_week_and_the_day_it_was_reported_are_one_event() -> None:
    text = ("Forty rescued seals were released on a beach near Vorn this week, the wildlife trust said on Thursday.\n")
    events = events_of(text, dt.date(2031, 5, 16))
    assert [(e.when.value(), len(e.sources)) for e in events] == [("2031-05-15", 1)]


def test_two_days_of_one_sentence_stay_two_happenings() -> None:
    text = "Work on the north tunnel started on 2 May, with the south tunnel starting on 16 May.\n"
    events = events_of(text, dt.date(2031, 6, 1))
    assert sorted(e.when.value() for e in events) == ["2031-05-02", "2031-05-16"]


def test_two_months_of_one_subject_stay_two_happenings() -> None:
    text = "The dock strike, which began in April and was finally settled in September, cost the port dearly.\n"
    events = events_of(text, dt.date(2031, 10, 2))
    assert sorted(e.when.value() for e in events) == ["2031-04", "2031-09"]


def test_one_clause_is_the_same_opening_words() -> None:
    assert one_clause("The ferry season runs from 1 June to 30 September", "The ferry season runs")
    assert one_clause("A city engineer says the tunnel would be finished", "A city engineer says the tunnel would")
    assert not one_clause("The ferry season runs", "The ferry season ends")
    assert not one_clause("The explosion", "The explosion")  # a bare noun names no clause


def test_a_statements_day_and_the_day_it_reports_stay_two_events() -> None:
    text = "The ferry company said on Tuesday it had carried 14,800 passengers on Monday, a record.\n"
    events = events_of(text, dt.date(2031, 5, 14))
    assert sorted(e.when.value() for e in events) == ["2031-05-12", "2031-05-13"]


def test_a_title_opened_by_its_time_is_the_same_clause() -> None:
    assert one_clause("This afternoon the council announces it will spend $9m on roads",
                      "The council announces it will spend $9m")
    assert not one_clause("This afternoon the council announces it will spend $9m", "The council spends")



def test_a_part_of_a_period_dates_a_happening_of_its_own() -> None:
    text = ("Lena Ortiz, the ferry line's finance chief, will leave the company at the end of the year and give up "
            "her seat on the board effective Oct. 31.\n")
    events = events_of(text, dt.date(2031, 9, 2))
    assert len(events) == 2


def test_a_span_closed_at_a_vaguer_date_is_no_second_happening_of_its_clause() -> None:
    # "before the end of May", "through the end of 2031": a limit of what the clause tells; the clause's own day
    # (or the other date) is its one event, not the same headline twice.
    text = ("Harbour officials and the ferry company gave conflicting views on Thursday about when the port might "
            "reopen.\n"
            "In interviews on Wednesday, the company's operations chief, Karl Osmond, raised the possibility of "
            "reopening before the end of May.\n")
    events = events_of(text, dt.date(2031, 5, 9))
    assert [e.when.value() for e in events if "possibility" in e.title] == ["2031-05-07"]
    text = ("Farm groups welcomed the new budget on Thursday.\n"
            "The budget bill now before the council includes a fuel credit for small farms retroactive to January 1 "
            "and valid through the end of 2031.\n")
    events = events_of(text, dt.date(2031, 5, 9))
    assert [e.when.value() for e in events if "credit" in e.title] == ["2031-01-01"]
