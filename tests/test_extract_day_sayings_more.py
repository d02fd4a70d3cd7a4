"""Undated sayings of the news day that a report tells past a plan, or by a speaker named before without a saying
(:mod:`.day_sayings`, :mod:`.saying_sentences`).

Every text here is written for these tests.
"""

from __future__ import annotations

from day_sayings_support import LEAD, dated, events_of

_SAYING = "The Ostmark Shipping Register reported 14 groundings in the channel this season.\n"


def test_a_plan_for_a_later_week_does_not_end_the_news_day() -> None:
    # A forecast or a plan ("hopes to reopen next week") tells what may come; the report goes on at its news day.
    text = LEAD + "The port said it hoped to reopen the quay next week.\n" + _SAYING
    assert dated(events_of(text), "reported 14 groundings") == ["2031-05-15"]


def test_background_of_an_earlier_year_still_ends_it() -> None:
    text = LEAD + "The port said it hoped to reopen the quay next week.\nGrain exports doubled in 2029.\n" + _SAYING
    assert dated(events_of(text), "reported 14 groundings") == []
