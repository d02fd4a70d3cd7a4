"""An "it" that only holds the place of a clause ("It is expected that ...", "It is no surprise that ...") names
nobody: the event's title is the clause, the way a headline tells it. Text written for these tests."""

from __future__ import annotations

import pytest
from extract_support import events_of


def _title_of(text: str, phrase: str) -> str:
    titles = [e.title for e in events_of(text) if any(phrase in s.quote for s in e.sources)]
    assert titles, text
    return titles[0]


@pytest.mark.parametrize(("text", "phrase", "title"), [
    # A frame of expectation over a clause with its own modal: the modal already says the happening is awaited.
    ("The harbour bridge was shut after the storm. It is expected that the bridge will reopen on Monday.",
     "reopen", "The bridge will reopen"),
    ("Engineers finished the new ferry ramp on Wednesday. It is currently anticipated that the ramp will carry "
     "its first cars on Saturday.", "first cars", "The ramp will carry its first cars"),
    ("It is hoped the new pumps will clear the flooded tunnel by Friday.", "new pumps",
     "The new pumps will clear the flooded tunnel"),
    ("It now looks like Northwind will keep its ferries in port until Friday.", "in port",
     "Northwind will keep its ferries in port"),
    # A factive judgement presupposes its clause: the clause is the news.
    ("Given the losses, it is no surprise that the ferry firm cut its summer timetable on Tuesday.", "timetable",
     "The ferry firm cuts its summer timetable"),
])
def test_a_placeholder_it_gives_way_to_its_clause(text: str, phrase: str, title: str) -> None:
    assert _title_of(text, phrase) == title


@pytest.mark.parametrize(("text", "phrase", "start"), [
    # A reversal keeps its frame: the clause alone would say the opposite.
    ("It is unlikely that the council will approve the ferry budget on Monday.", "ferry budget", "It is unlikely"),
    # A past expectation is mostly told to be overturned; its "would" is no headline's future.
    ("It was widely expected that the council would approve the ferry budget on Monday.", "ferry budget",
     "It is widely expected"),
])
def test_a_reversing_or_past_frame_stays(text: str, phrase: str, start: str) -> None:
    assert _title_of(text, phrase).startswith(start)

