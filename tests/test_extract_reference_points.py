"""Dates a sentence measures its happening from: an occasion ahead, a state's start, a plan not kept.

Every text here is written for these tests. "The union published its demands ahead of talks on Thursday": the
talks are Thursday, the demands were published before; "has been harbour master since 2004": a background state,
not a happening of 2004; "had hoped to open the lock on Monday but postponed it until Wednesday": nothing opened on
Monday. What began a state, told beside its date, and a plan still standing keep their dates.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.reference_points import ahead_of, state_since
from timeline.extract.unasserted import unkept_plan
from timeline.model import Document

PUBLISHED = dt.date(2031, 3, 12)  # a Wednesday


def _dates(text: str) -> set[str]:
    return {e.when.value() for e in extract(Document(path="t.txt", text=text, published=PUBLISHED))}


def _at(sentence: str, date: str) -> tuple[int, int]:
    at = sentence.index(date)
    return at, at + len(date)


def test_an_occasion_ahead_dates_nothing_told_before_it() -> None:
    for sentence, date in (
            ("Ahead of harbour board hearings on Thursday and Friday, two councillors released a letter to the port.",
             "Thursday"),
            ("The ferry union will be finishing its list of demands ahead of the May 4-5 meeting of transport "
             "ministers in Lisbon.", "May 4-5"),
            ("Ms Varga, speaking to reporters ahead of Senate talks Friday, said the fund was too small.", "Friday"),
            ("The tour news comes ahead of next month's memorial concert in Dunmore.", "next month"),
            ("Tickets sold out in the run-up to the 2032 festival.", "2032"),
            ("Fares were frozen in advance of Sunday's referendum.", "Sunday"),
    ):
        start, _ = _at(sentence, date)
        assert ahead_of(sentence, 0, start), sentence


def test_a_happening_ahead_of_pace_or_told_in_its_own_clause_keeps_its_date() -> None:
    for sentence, date in (
            ("Engineers sealed the tunnel ahead of schedule on Tuesday.", "Tuesday"),
            ("Ahead of the vote, the mayor resigned on Monday.", "Monday"),
            ("The firm finished ahead of its rivals in March.", "March"),
    ):
        start, _ = _at(sentence, date)
        assert not ahead_of(sentence, 0, start), sentence


def test_the_letter_told_ahead_of_the_hearings_is_not_dated_by_them() -> None:
    text = ("Ahead of harbour board hearings on Thursday and Friday, two councillors released a letter to the port's "
            "owners.\n")
    assert "2031-03-13" not in _dates(text)


def test_a_state_since_its_start_dates_nothing() -> None:
    for sentence, date in (
            ("Water has been pouring into the mine since Sunday.", "Sunday"),
            ("His bakery has been at a standstill since April 20 and he says he has lost $40,000.", "April 20"),
            ("Tom Reyes, a manager who has been running the depot in Dunmore since April, will take over.", "April"),
            ("A pump test that has been in preparation since 2027 was called off.", "2027"),
            ("The toll, in force since January, raised little.", "January"),
            ("Reyes has only been in the job since May last year.", "May last year"),
    ):
        start, end = _at(sentence, date)
        assert state_since(sentence, 0, start, end, len(sentence)), sentence


def test_what_began_the_state_and_an_act_since_keep_their_date() -> None:
    for sentence, date in (
            ("Water has been flowing since April 22, when the dam at Dunmore gave way.", "April 22"),
            ("The lock has been closed since Monday.", "Monday"),
            ("The port has handled 40 ships since March.", "March"),
            # told in a main clause, holding a post may mark when it was taken
            ("Ilse Moor has been the city's harbour master since 2024.", "2024"),
            ("Moor had run the ferry service since July 2029.", "July 2029"),
            ("Ilse Moor, who has been harbour master since 2024, resigned on Tuesday.", "2024"),
    ):
        start, end = _at(sentence, date)
        assert not state_since(sentence, 0, start, end, len(sentence)), sentence


def test_the_state_does_not_date_the_happening_of_its_sentence() -> None:
    assert _dates("Tom Reyes, who has been running the depot since 2024, resigned on Tuesday.\n") == {"2031-03-11"}
    assert "2029-07" not in _dates("Northwind shares fell sharply. Its ferry has been out of service since July 2029.\n")


def test_a_plan_not_kept_dates_nothing() -> None:
    for sentence, date in (
            ("They had hoped to open the lock Monday but delayed it until Wednesday after a crack was found.", "Monday"),
            ("Crews had planned to spend Saturday and Sunday pouring concrete into the shaft.", "Saturday"),
            ("The trial of the new pumps had been scheduled to end Sunday.", "Sunday"),
            ("The film was supposed to open last week but the premiere was called off.", "last week"),
            ("The hearing was due to start on Thursday, but the jury took longer than expected to choose.", "Thursday"),
            ("Reyes had been expected to hand himself in to police last Friday.", "last Friday"),
            ("The crew was originally scheduled to fly home on March 3.", "March 3"),
    ):
        start, _ = _at(sentence, date)
        assert unkept_plan(sentence, 0, start, len(sentence)), sentence


def test_a_plan_still_standing_and_what_came_instead_keep_their_dates() -> None:
    for sentence, date in (
            ("They had hoped to open the lock Monday but delayed it until Wednesday after a crack was found.",
             "Wednesday"),
            ("Reyes was due to meet Monday with the harbour board to discuss the leak.", "Monday"),
            ("Board members were due to brief the council later today.", "later today"),
            ("The first of the three concerts had been scheduled for July 13.", "July 13"),
    ):
        start, _ = _at(sentence, date)
        assert not unkept_plan(sentence, 0, start, len(sentence)), sentence


def test_the_delay_is_dated_by_what_came_instead() -> None:
    dates = _dates("The pump test at Dunmore was put off again.\nThey had hoped to open the lock Monday but delayed it "
                   "until Wednesday after a crack was found.\n")
    assert "2031-03-10" not in dates


def test_a_state_told_across_a_place_with_commas_dates_nothing() -> None:
    sentence = "Tom Reyes, who has been running the depot in Dunmore, Ky., since April, will take over."
    start, end = _at(sentence, "April")
    assert state_since(sentence, 0, start, end, len(sentence))
    sentence = "Since 2027, the plant has been idle, and in May the owners sold it."
    start, end = _at(sentence, "2027")
    assert not state_since(sentence, 0, start, end, len(sentence))
