"""Dates of no happening: a source's silence and a count of a crisis's days.

Every text here is written for these tests. A reporter notes that someone was asked and said nothing ("declined to
comment on Tuesday", "could not be reached Friday"); a timeline reader learns nothing from it. A refusal to act
("declined to pay the fine on Monday") is news and stays, and so does a happening told in another clause of the same
sentence ("spoke with the mayor on Monday but declined to say what was discussed"). "The strike, in its 40th day on
Monday, is the longest yet": the date dates the count, and a crisis going on is no happening.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.idle_dates import counts_days, withheld
from timeline.model import Document


def events_of(text: str, published: dt.date) -> list:
    return extract(Document(path="t.txt", text=text, published=published))


def _withheld(sentence: str, date: str) -> bool:
    at = sentence.index(date)
    return withheld(sentence, 0, at, at + len(date), len(sentence))


def test_a_refusal_to_comment_dates_nothing() -> None:
    for sentence, date in (
            ("Northwind Lines declined to comment on Tuesday on the number of claims it faces.", "Tuesday"),
            ("The harbour master, Ada Brell, refused to comment on the plan yesterday.", "yesterday"),
            ("Pilots' union officials could not be reached for comment Friday.", "Friday"),
            ("A spokesman for the ferry firm did not immediately return a telephone message on Monday.", "Monday"),
            ("The mayor said Wednesday that she could not comment about the specifics of the case.", "Wednesday"),
            ("The headteacher was unavailable for comment yesterday.", "yesterday"),
            ("A Northwind spokesman declined to comment on the leak this morning, referring inquiries to the port.",
             "this morning"),
            ("On Tuesday, the ministry declined to say when the lock would reopen.", "Tuesday"),
            ("Calls to the harbour board were not returned Monday.", "Monday"),
            ("Northwind did not immediately respond Tuesday to a request for comment.", "Tuesday"),
            ("The pilots' union has not replied to emails sent on Friday.", "Friday"),
            ("The ministry declined requests for comment on Monday.", "Monday")):
        assert _withheld(sentence, date), sentence


def test_a_refusal_to_act_or_another_clause_keeps_its_date() -> None:
    for sentence, date in (
            ("Northwind Lines declined to pay the fine on Monday.", "Monday"),
            ("The pilots refused to sail on Tuesday.", "Tuesday"),
            ("The crews did not return to work on Monday.", "Monday"),
            ("The patient did not respond to treatment on Monday.", "Monday"),
            ("The board would not say whether the pilots walked out on Monday.", "Monday"),
            ("The court ruled on Monday that the ferry firm could not confirm the sailings.", "Monday"),
            ("The results of the pressure test were not available until the night of May 3.", "the night of May 3"),
            ("The mayor spoke with the pilots on Monday but declined to say what was discussed.", "Monday"),
            ("Ada Brell, who resigned on Friday, could not be reached for comment.", "Friday"),
            ("The board sold the ferries on Monday, and its chairman declined to comment.", "Monday")):
        assert not _withheld(sentence, date), sentence


def test_a_silence_makes_no_event_and_a_happening_beside_it_stays() -> None:
    text = ("Pilots at Northwind Lines walked out on Monday over pay.\n"
            "Northwind Lines declined to comment on Tuesday.\n"
            "The mayor met the pilots on Wednesday but declined to say what was discussed.\n")
    events = events_of(text, dt.date(2031, 5, 15))
    assert sorted(e.when.value() for e in events) == ["2031-05-12", "2031-05-14"]


def test_a_date_of_a_count_of_days_dates_nothing() -> None:
    for sentence, date in (
            ("The ferry strike, in its 40th day on Monday, is already the longest in the port's history.", "Monday"),
            ("Officials are treating the strike, now in its 40th day on Monday, as the island's worst crisis.",
             "Monday"),
            ("The hunger strike entered its 20th day on Monday, the union said.", "Monday")):
        at = sentence.index(date)
        assert counts_days(sentence, 0, at, at + len(date), len(sentence)), sentence


def test_a_happening_beside_a_count_of_days_keeps_its_date() -> None:
    for sentence, date in (
            ("The hunger strike entered its 20th day on Monday as dockers blocked the port.", "Monday"),
            ("The siege, in its second month on Friday, ended with a deal.", "Friday"),
            ("The new lock gate held for a second day on Friday.", "Friday"),
            ("The pilots, whose union meets in the first week of June, walked out.", "the first week of June"),
            ("The minister is on the second day of a two-day visit before she flies home tonight.", "tonight"),
            ("The mayor, who will speak on Tuesday, faces questions over a strike which is in its 40th day.",
             "Tuesday")):
        at = sentence.index(date)
        assert not counts_days(sentence, 0, at, at + len(date), len(sentence)), sentence


def test_a_count_of_days_makes_no_event() -> None:
    text = ("Pilots at Northwind Lines walked out on May 2 over pay.\n"
            "The strike, in its 40th day on Monday, is already the longest in the port's history.\n")
    events = events_of(text, dt.date(2031, 6, 12))
    assert [e.when.value() for e in events] == ["2031-05-02"]


def test_a_day_that_is_only_its_count_makes_no_event() -> None:
    # (the day is the count's subject: "June 9 marks day 40", "Monday was day 38 of the strike")
    for line in ("June 9 marks day 40.", "Monday was day 38 of the strike."):
        text = f"Pilots at Northwind Lines walked out on May 2 over pay.\n{line}\n"
        events = events_of(text, dt.date(2031, 6, 12))
        assert [e.when.value() for e in events] == ["2031-05-02"], line
    # (a happening told beside the count keeps its date)
    at = "Monday was day 38 of the strike as dockers blocked the port.".index("Monday")
    assert not counts_days("Monday was day 38 of the strike as dockers blocked the port.", 0, at, at + 6, 59)
