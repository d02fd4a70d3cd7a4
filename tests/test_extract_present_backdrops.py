"""A past date in a clause told only in the present progressive is the backdrop of a state (issue 16, precision).

Every text here is written for these tests: "the town, which is still recovering from the 2027 floods" is no
happening of 2027; a clause with a past verb, or a progressive dated near the article's day or still to come, keeps
its date.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

PUBLISHED = dt.date(2031, 5, 14)  # a Wednesday
LEAD = "The harbour board approved a new ferry terminal for Portville on Tuesday.\n"


def _events(text: str) -> list[tuple[str, str]]:
    events = extract(Document(path="t.txt", text=LEAD + text, published=PUBLISHED))
    return [(e.when.value(), " | ".join(s.quote or "" for s in e.sources)) for e in events]


def test_a_progressive_state_dated_long_before_is_no_event() -> None:
    for text, clause in (
            ("The harbour serves Portville, which is still recovering from the ravages of the floods in 2027.\n",
             "still recovering"),
            ("Northwind Lines is facing new fines in connection with its conviction for a fuel spill in 2028.\n",
             "is facing"),
            ("\"Descendants of the 1998 strain are still infecting fish in the bay,\" Ann Cole said.\n", "infecting"),
    ):
        events = _events(text)
        assert not any(clause in quote for _, quote in events), events
    # the happening the state is set against is one of its own
    assert ("2028", "a fuel spill in 2028") in _events(
        "Northwind Lines is facing new fines in connection with its conviction for a fuel spill in 2028.\n")


def test_a_past_verb_a_near_date_or_a_coming_one_keeps_it() -> None:
    cases = (
        ("The leak began on March 2 and is causing damage along the coast.\n", "2031-03-02"),
        ("Tom Reed, who is coordinating the clean-up, said in a March 3 briefing that crews were tired.\n", "2031-03-03"),
        ("Lawyers for the fishermen are heading to Portville this week.\n", "2031-W20"),
        ("The inquiry is holding its last hearings before its report in September.\n", "2031-09"),
        # the progressive of a that-clause another verb governs: the date is its subject's happening
        ("The failure of the sluice on March 2, 2030 means that water is pouring into the valley.\n", "2030-03-02"),
    )
    for text, date in cases:
        events = _events(text)
        assert date in [when for when, _ in events], (text, events)
