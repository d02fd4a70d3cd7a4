"""A tally's running count told right after the lead: a count of anything, named again by its own noun.

"Claims against the fund have reached 12,000" and "This week alone, more than 2,000 new claims were filed" tell one
happening, the tally as it stands and how it got there; another thing done over the same days is news of its own, and
a span of time ("for 10 years") counts nothing. Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

FRIDAY = dt.date(2026, 3, 20)


def events_of(text: str) -> list[tuple[str, int]]:
    return sorted((e.when.value(), len(e.sources)) for e in extract(Document(path="t.txt", text=text, published=FRIDAY)))


def test_a_tally_of_claims_and_this_weeks_new_claims_are_one_event_at_the_leads_day() -> None:
    text = ("Claims against the Keller fund have reached 12,000, its administrator said.\n"
            "This week alone, more than 2,000 new claims were filed.\n")
    assert events_of(text) == [("2026-03-20", 2)]


def test_a_tally_after_its_noun_and_the_past_weeks_count_are_one_event() -> None:
    text = ("Rescuers in Arlen have now found 140 survivors in the rubble, the army said.\n"
            "In the past week the number of survivors found each day has fallen sharply.\n")
    assert events_of(text) == [("2026-03-20", 2)]


def test_another_thing_done_over_the_same_days_is_its_own_event() -> None:
    text = ("Claims against the Keller fund have reached 12,000, its administrator said.\n"
            "This week alone, the fund hired 40 more lawyers in three cities.\n")
    assert len(events_of(text)) == 2


def test_a_span_of_years_is_no_tally() -> None:
    text = ("The Keller plant has fouled the river for 10 years, campaigners said.\n"
            "This week alone, more than 200 new complaints were filed with the agency.\n")
    assert len(events_of(text)) == 2
