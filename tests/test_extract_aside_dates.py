"""Dates of asides and of points given up are not the news's (issue 16, session 29).

Every sentence here is written for these tests. A relative clause set off by dashes ("Dana Reyes - who is to leave
the top job in October - accepted ...") holds its own date as one set off by commas does; so does a partitive
relative ("two relief wells, the first of which should be finished by mid-August"). A change measured from a date
with a hedge before its amount ("down about 25 percent from its 2025 high hit in late January") is a comparison, and
so is a date given up ("next week, instead of Sunday as hoped").
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

FRIDAY = dt.date(2026, 3, 20)
LEAD = "Harbor Oil said on Friday it would close its last refinery in the state.\n"


def events_after_lead(sentence: str) -> list[tuple[str, str]]:
    events = extract(Document(path="t.txt", text=LEAD + sentence + "\n", published=FRIDAY))
    return [(e.when.value(), e.title) for e in events if "last refinery" not in e.title]


def test_a_dashed_relative_clause_keeps_its_date() -> None:
    assert events_after_lead("But chief executive Dana Reyes - who is to leave the top job in October - accepted "
                             "that the firm could not move on with her at the helm.") == [
        ("2026-10", "Dana Reyes is to leave the top job")]
    assert events_after_lead("A top adviser to the governor -- who last month lifted a ban on drilling in the bay -- "
                             "said no new permits will be issued.") == [
        ("2026-02", "The governor lifts a ban on drilling in the bay")]
    assert [d for d, _ in events_after_lead("The mayor will not attend the parade — which she led last year.")] == [
        "2025"]


def test_a_date_after_the_closing_dash_is_the_main_clauses() -> None:
    assert events_after_lead("The tests - which will last several hours - were due on Monday but were delayed by "
                             "a leak.") == [("2026-03-23", "The tests are due but were delayed by a leak")]


def test_the_first_of_which_is_a_relative_clause() -> None:
    assert events_after_lead("The best hope lies with two relief wells, the first of which should be finished by "
                             "mid-August.") == [("2026-08", "The first of two relief wells should be finished")]


def test_a_hedged_change_from_a_date_is_a_comparison() -> None:
    assert events_after_lead("The index is down about 25 percent from its 2025 high hit in late January.") == []
    assert [d for d, _ in events_after_lead("Shares closed on Thursday down nearly 4 percent from their level in "
                                            "early February.")] == ["2026-03-19"]


def test_a_date_given_up_is_not_the_clauses() -> None:
    assert [d for d, _ in events_after_lead("Harbor Oil will attempt to seal the well next week, instead of Sunday as "
                                            "hoped.")] == ["2026-W13"]
    assert [d for d, _ in events_after_lead("The company said it would now start drilling in May instead of April.")] == [
        "2026-05"]


def test_a_dashed_relative_after_the_spans_own_keeps_the_spans_title() -> None:
    titles = [t for _, t in events_after_lead(
        "It took a big hit from a refinery fire in 2023 in Ohio which killed 15 workers and gas leaks in Texas in 2024 "
        "-- both of which inspectors blamed on cost-cutting.")]
    assert "A refinery fire in 2023 in Ohio kills 15 workers and gas leaks in Texas" in titles


def test_a_schedule_inside_a_relative_clause_is_the_scheduled_things() -> None:
    for sentence in ("Dr Murray, who was employed as the singer's doctor for a series of concerts in London scheduled "
                     "for July, posted a video.",
                     "Dr Murray - who was employed as the singer's doctor for a series of concerts in London scheduled "
                     "for July - posted a video."):
        assert events_after_lead(sentence) == [("2026-07", "A series of concerts in London is scheduled")]
