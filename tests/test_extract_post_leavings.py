"""One departure from a post told twice in other words is one event (:mod:`timeline.extract.post_leavings`).

Every text here is written for these tests.
"""

from __future__ import annotations

from extract_support import events_of, together


def test_resigned_and_stepped_down_of_one_day_are_one_departure() -> None:
    text = ("Grain prices rose again in Veldt, and the row over the harbour reached the city hall, where the head of "
            "the port authority resigned on Thursday.\n"
            "Port director Ilse Brandt stepped down on Thursday, hours before a council meeting on the closed quay.\n")
    events = events_of(text)
    assert together(events, "resigned on Thursday", "stepped down on Thursday")


def test_fired_and_ousted_of_one_day_are_one_dismissal() -> None:
    text = ("The board of Norvale Mining fired its chief executive on Thursday after the copper mine flooded.\n"
            "Shares rose 3 percent.\n"
            "Lars Okafor was ousted on Thursday after eleven years at the head of the company.\n")
    events = events_of(text)
    assert together(events, "fired its chief executive", "Lars Okafor was ousted")


def test_another_departure_stays_its_own_event() -> None:
    text = ("Port director Ilse Brandt resigned on Thursday over the closed quay.\n"
            "Her deputy also stepped down on Thursday.\n")
    events = events_of(text)
    assert not together(events, "Ilse Brandt resigned", "also stepped down")


def test_two_people_named_are_two_departures() -> None:
    text = ("Port director Ilse Brandt resigned on Thursday over the closed quay.\n"
            "Harbour master Tomas Veer stepped down on Thursday over the dredging contract.\n")
    events = events_of(text)
    assert not together(events, "Ilse Brandt resigned", "Tomas Veer stepped down")
