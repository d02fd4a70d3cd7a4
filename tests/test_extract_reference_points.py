"""Dates a sentence measures its happening from: an occasion ahead, a condition's start, a plan not kept.

Every text here is written for these tests. "The union published its demands ahead of talks on Thursday": the
talks are Thursday, the demands were published before; "has been at a standstill since 2029": a background
condition, not a happening of 2029; "had hoped to open the lock on Monday but postponed it until Wednesday":
nothing opened on Monday. What began a condition, told beside its date, a post held, an activity, a plan still
standing and a date that is the whole occasion ("ahead of the weekend") keep their dates.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.reference_points import ahead_of, state_since
from timeline.extract.side_phrases import then_state
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
            ("Ahead of harbour board hearings on Thursday and Friday, two councillors released a letter to the port.",
             "Friday"),
            ("The ferry union will be finishing its list of demands ahead of the May 4-5 meeting of transport "
             "ministers in Lisbon.", "May 4-5"),
            ("Ms Varga, speaking to reporters ahead of Senate talks Friday, said the fund was too small.", "Friday"),
            ("The tour news comes ahead of next month's Dunmore Live concert.", "next month"),
            ("Tickets sold out in the run-up to the 2032 festival.", "2032"),
            ("Fares were frozen in advance of Sunday's referendum.", "Sunday"),
            ("Last month, ahead of his official May 1 start date, Reyes met the staff.", "May 1"),
    ):
        start, end = _at(sentence, date)
        assert ahead_of(sentence, 0, start, end), sentence


def test_a_happening_ahead_of_pace_or_of_a_bare_date_keeps_its_date() -> None:
    for sentence, date in (
            ("Engineers sealed the tunnel ahead of schedule on Tuesday.", "Tuesday"),
            ("Ahead of the vote, the mayor resigned on Monday.", "Monday"),
            ("The firm finished ahead of its rivals in March.", "March"),
            ("Many dealers had chosen to sell ahead of the weekend.", "the weekend"),
            ("Shoppers crowded the stores ahead of Friday.", "Friday"),
    ):
        start, end = _at(sentence, date)
        assert not ahead_of(sentence, 0, start, end), sentence


def test_the_letter_told_ahead_of_the_hearings_is_not_dated_by_them() -> None:
    text = ("Ahead of harbour board hearings on Thursday and Friday, two councillors released a letter to the port's "
            "owners.\n")
    assert not {"2031-03-13", "2031-03-14"} & _dates(text)


def test_a_condition_since_its_start_dates_nothing() -> None:
    for sentence, date in (
            ("His bakery has been at a standstill since April 20 and he says he has lost $40,000.", "April 20"),
            ("The Dunmore ferry has been out of service since July 2029.", "July 2029"),
            ("The toll, in force since January, raised little.", "January"),
            ("A flood test that has been in development under a contract with the agency since 2027 was called off.",
             "2027"),
            ("The bridge has been on hold ever since 2028.", "2028"),
            ("A ferry bill that's been on the back burner since last year is back.", "last year"),
    ):
        start, end = _at(sentence, date)
        assert state_since(sentence, 0, start, end), sentence


def test_what_began_it_a_post_an_activity_and_an_act_since_keep_their_date() -> None:
    for sentence, date in (
            ("The mill has been at a standstill since April 22, when the dam at Dunmore gave way.", "April 22"),
            ("The lock has been closed since Monday.", "Monday"),
            ("The port has handled 40 ships since March.", "March"),
            ("Ilse Moor has been the city's harbour master since 2024.", "2024"),
            ("Tom Reyes, who has been running the depot since 2024, resigned on Tuesday.", "2024"),
            ("The frigate, which has been on patrol since March, is due home.", "March"),
            ("The dockers have been on strike since Monday.", "Monday"),
    ):
        start, end = _at(sentence, date)
        assert not state_since(sentence, 0, start, end), sentence


def test_the_condition_does_not_date_its_sentence() -> None:
    assert "2029-07" not in _dates("Northwind shares fell sharply. Its ferry has been out of service since July 2029.\n")


def test_a_plan_not_kept_dates_nothing() -> None:
    for sentence, date in (
            ("They had hoped to open the lock Monday but delayed it until Wednesday after a crack was found.", "Monday"),
            ("Crews had planned to spend Saturday and Sunday pouring concrete, but the rain came.", "Saturday"),
            ("Reyes decided to extend the trial of the new pumps that had been scheduled to end Sunday.", "Sunday"),
            ("The film was supposed to open last week but the premiere was called off.", "last week"),
            ("The hearing was due to start on Thursday, but the jury took longer than expected to choose.", "Thursday"),
            ("Reyes had been expected to hand himself in to police last Friday, but his lawyers objected.",
             "last Friday"),
            ("The crew was originally scheduled to fly home on March 3 but the flight was cancelled.", "March 3"),
            ("The vote, an extension from the original Saturday deadline, passed.", "Saturday"),
    ):
        start, end = _at(sentence, date)
        assert unkept_plan(sentence, 0, start, end, len(sentence)), sentence


def test_a_plan_still_standing_or_not_said_to_be_broken_keeps_its_date() -> None:
    for sentence, date in (
            ("They had hoped to open the lock Monday but delayed it until Wednesday after a crack was found.",
             "Wednesday"),
            ("Reyes was due to meet Monday with the harbour board to discuss the leak.", "Monday"),
            ("Board members were due to brief the council later today.", "later today"),
            ("The first of the three concerts had been scheduled for July 13, but it was cancelled.", "July 13"),
            ("The offer had been set to expire on Friday.", "Friday"),
            ("The first Saturday game was a draw.", "Saturday"),
    ):
        start, end = _at(sentence, date)
        assert not unkept_plan(sentence, 0, start, end, len(sentence)), sentence


def test_a_broken_plan_leaves_no_replaced_deadline_to_date_its_sentence() -> None:
    assert "2031-03-08" not in _dates("The trial was set to end Sunday afternoon, but the deadline -- an extension from "
                                      "the original Saturday cutoff -- passed with no word.\n")


def test_the_delay_is_dated_by_what_came_instead() -> None:
    dates = _dates("The pump test at Dunmore was put off again.\nThey had hoped to open the lock Monday but delayed it "
                   "until Wednesday after a crack was found.\n")
    assert "2031-03-10" not in dates


def test_what_things_were_like_years_ago_dates_nothing() -> None:
    for sentence, date, expected in (
            ("The clean-up is no better than what was achievable 20 years ago, Ms Varga said.", "20 years ago", True),
            ("Some of the pumps in use are the same ones available two decades ago.", "two decades ago", True),
            ("Nobody knows what happened two years ago at the depot.", "two years ago", False),
            ("The same crew flew the route three years ago.", "three years ago", False),
    ):
        start, end = _at(sentence, date)
        assert then_state(sentence, 0, start, end) is expected, sentence
    assert "2011" not in _dates('"The clean-up is no better than what was achievable 20 years ago," Varga said.\n')
