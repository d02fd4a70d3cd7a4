"""A date that is another happening's than the title's verb (issue 16, session 20, round 2).

Every text here is written for these tests. A forecast inside an active expectation ("expects the dam to be sealed
on Saturday") and a happening a verb readies for ("is angling for a possible run ... in 2031") keep their date in the
title, beside what it dates; a plan or a passive forecast loses it as any title does. A limit that a denied going-on
never reaches ("can't let the talks go on until midnight") dates nothing: the saying keeps the article's day.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

FRIDAY = dt.date(2026, 3, 20)


def events_of(text: str) -> list[tuple[str, str]]:
    return [(e.when.value(), e.title) for e in extract(Document(path="t.txt", text=text + "\n", published=FRIDAY))]


def test_a_forecast_inside_an_expectation_keeps_its_day_in_the_title() -> None:
    assert events_of("Marlow Energy expects the dam to be fully sealed on Saturday.") == [
        ("2026-03-21", "Marlow Energy expects the dam to be fully sealed on Saturday")]
    assert events_of("The utility said it hopes to begin its test of the new valve on Tuesday.") == [
        ("2026-03-24", "The utility says it hopes to begin its test of the new valve on Tuesday")]
    assert events_of("Engineers expect the bridge to reopen on Monday.") == [
        ("2026-03-23", "Engineers expect the bridge to reopen on Monday")]
    assert events_of("The union hopes the walkout will end on Tuesday.") == [
        ("2026-03-24", "The union hopes the walkout will end on Tuesday")]


def test_a_plan_or_a_passive_forecast_loses_its_date_as_before() -> None:
    assert events_of("The dam is expected to be sealed on Saturday.") == [
        ("2026-03-21", "The dam is expected to be sealed")]
    assert events_of("The utility plans to open the plant on Friday.") == [
        ("2026-03-20", "The utility plans to open the plant")]
    assert events_of("The utility does not expect to halt the flow until August.") == [
        ("2026-08", "The utility does not expect to halt the flow until August")]


def test_a_happening_readied_for_keeps_its_date_beside_it() -> None:
    assert events_of("Local political experts say Ana Reyes is angling for a possible run against Governor Tom "
                     "Hale in 2031.") == [
        ("2031", "Ana Reyes is angling for a possible run against Governor Tom Hale in 2031")]


def test_a_limit_a_denied_going_on_never_reaches_dates_nothing() -> None:
    assert events_of("Committee chair Lena Ortiz says she can't let the hearings go on until midnight.") == [
        ("2026-03-20", "Lena Ortiz says she can't let the hearings go on until midnight")]
    # a negated change happens at its limit, and a going-on that is not denied ends at it
    assert events_of("The dam will not be sealed until August, the agency says.") == [
        ("2026-08", "The dam will not be sealed until August")]
    assert events_of("The schools will stay closed until May 6.") == [("2026-05-06", "The schools will stay closed")]


def test_a_date_told_from_the_pages_moment_is_not_kept_in_the_title() -> None:
    # "early next week" beside a date on a timeline reads as a week after it: the title drops it as any title does
    [(when, title)] = events_of("If the test works, Harbor Oil hopes to begin pumping the brine ashore early next week.")
    assert when == "2026-W13" and title == "Harbor Oil hopes to begin pumping the brine ashore"
