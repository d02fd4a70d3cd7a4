"""One act told twice in one article is one event (issue 16, duplicates): at its day and again at its hour; in the
lead and again further down by a definite description. And the lines that must stay apart: another act of the day,
the act done again.

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

WEDNESDAY = dt.date(2031, 5, 14)


def events_of(text: str, published: dt.date = WEDNESDAY) -> list:
    return extract(Document(path="t.txt", text=text, published=published))


def dated(events: list) -> list[tuple[str, int]]:
    return sorted((e.when.value(), len(e.sources)) for e in events)


def test_an_act_told_at_its_day_and_again_at_its_hour_is_one_event_at_the_hour() -> None:
    text = ("Port engineers lowered a steel plate on Tuesday to stop the floodwater, as part of a trial of the "
            "harbour's new barrier.\n"
            "The barrier cost 40 million crowns.\n"
            "Residents of the old town had asked for it for years.\n"
            "Fishing boats stayed in the inner basin.\n"
            "The ferry to Holm was cancelled.\n"
            "The floodwater was held back at 9:30 a.m. on Tuesday, as part of a trial of the barrier.\n")
    assert dated(events_of(text)) == [("2031-05-13T09:30", 2)]


def test_another_act_of_that_day_at_an_hour_stays_apart() -> None:
    text = ("Port engineers closed the northern sluice gate on Tuesday to hold back the floodwater.\n"
            "The barrier cost 40 million crowns.\n"
            "Residents of the old town had asked for it for years.\n"
            "The harbour master reopened the ferry terminal at 3 p.m. on Tuesday after the water fell.\n")
    assert len(events_of(text)) == 2


def test_the_lead_told_again_by_a_definite_description_is_one_event() -> None:
    text = ("A film of the Old Harbour fire has been shown to the inquiry into Norrhavn Shipping's insurers.\n"
            "The footage was found in a cellar in Kalmar.\n"
            "It runs for nine minutes.\n"
            "Historians say it is the only record of the fire.\n"
            "The reel, already seen in part by the press, was shown in full on Wednesday at the inquiry in Holm.\n")
    assert dated(events_of(text)) == [("2031-05-14", 2)]


def test_another_act_of_the_day_by_a_definite_description_stays_apart() -> None:
    text = ("A film of the Old Harbour fire has been shown to the inquiry into Norrhavn Shipping's insurers.\n"
            "The footage was found in a cellar in Kalmar.\n"
            "It runs for nine minutes.\n"
            "The insurers' lawyer, already questioned by the press, was called on Wednesday to the inquiry in "
            "Holm.\n")
    assert len(events_of(text)) == 2


def test_the_act_done_again_by_a_definite_description_stays_apart() -> None:
    text = ("A film of the Old Harbour fire has been shown to the inquiry into Norrhavn Shipping's insurers.\n"
            "The footage was found in a cellar in Kalmar.\n"
            "It runs for nine minutes.\n"
            "The second reel, found in the same cellar, was shown on Wednesday at the inquiry in Holm.\n")
    assert len(events_of(text)) == 2
