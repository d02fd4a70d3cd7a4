"""A sentence's later date that only borrows the headline of the clause it sits inside (issue 16, session 25).

Every sentence here is written for these tests. "The ministry on Tuesday repeated its warning that the work could
take until August": the second date was a second event with the same headline, "The ministry repeats its warning",
as if the ministry warned in August. A date the other headline keeps beside what it dates is its own happening's
(left as it was); so a saying's report at its own date stays a statement of its own; one expression read two ways is no
pair.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

FRIDAY = dt.date(2026, 3, 20)


def events_of(text: str) -> list[tuple[str, str]]:
    return [(e.when.value(), e.title) for e in extract(Document(path="t.txt", text=text + "\n", published=FRIDAY))]


def test_a_later_date_in_a_clause_the_dated_headline_carries_is_no_event_of_that_headline() -> None:
    assert events_of("The mayor on Thursday ordered crews to clear the dam's spillway before the storm reaches "
                     "the coast on Sunday.") == [
        ("2026-03-19", "The mayor orders crews to clear the dam's spillway before the storm reaches the coast")]
    assert events_of("On Monday, the governor ordered a new review of the harbor cleanup, despite reports that "
                     "the pipe began leaking around March 2.") == [
        ("2026-03-16", "The governor orders a new review of the harbor cleanup")]


def test_a_date_the_other_headline_keeps_stays_its_own_happenings() -> None:
    # (the later date is the losses', the fix's: a second event of the sentence as the gold counts it)
    assert events_of("The water board on Tuesday repeated its warning that the \"lasting fix\" could take until "
                     "August -- or longer -- to finish.") == [
        ("2026-03-17", "The water board repeats its warning that the \"lasting fix\" could take until August"),
        ("2026-08", "The water board repeats its warning that the \"lasting fix\" could take to finish")]
    # (a figure's year told by the admission is no second admission: the gold has one event, of last month, for such a
    # sentence; "The refinery admits ..." at 2024 placed the admission at the dumping's year, :mod:`.saying_pasts`)
    assert events_of("Last month the refinery admitted to dumping 3,000 tonnes of waste in 2024.") == [
        ("2026-02", "The refinery admits to dumping 3,000 tonnes of waste in 2024")]
    assert events_of("The company's shares closed up 4% in Oslo on Thursday, recovering losses suffered on "
                     "Wednesday.") == [
        ("2026-03-19", "The company's shares close up 4% in Oslo, recovering losses suffered on Wednesday"),
        ("2026-03-18", "The company's shares close up 4% in Oslo, recovering losses suffered")]


def test_a_saying_and_what_it_reports_stay_two_statements() -> None:
    assert events_of("The company said on Monday it had spilled oil into the bay in 2024.") == [
        ("2026-03-16", "The company says it had spilled oil into the bay in 2024"),
        ("2024", "The company says it had spilled oil into the bay")]


def test_a_report_after_a_saying_verb_keeps_its_own_date() -> None:
    # (the headline of the death at last week drops its saying's frame, but the date is the death's)
    assert [when for when, _ in events_of("County health officials said on Saturday a woman in her 40s with asthma "
                                          "died of the infection last week.")] == ["2026-03-14", "2026-W11"]


def test_one_expression_read_two_ways_and_an_opening_phrase_of_its_own_are_no_pair() -> None:
    assert [when for when, _ in events_of("In 2024, the latest year for which figures exist, the fever killed "
                                          "3,000 people across the region.")] == ["2024", "2025"]
    assert events_of("Based on a new schedule the agency released Wednesday, the valve could begin being lifted "
                     "late Thursday.") == [
        ("2026-03-18", "Based on a new schedule the agency released, the valve could begin being lifted")]
    # (the title's "late" went with its "Thursday": a cut never splits a time phrase, test_title_time_phrases.py)


def test_a_second_verb_coordinated_with_the_headlines_keeps_its_date() -> None:
    assert events_of("Mayor Tran has toured the flooded towns this spring and is heading to the capital later in "
                     "June.") == [
        ("2026-SP", "Mayor Tran has toured the flooded towns and is heading to the capital later in June"),
        ("2026-06", "Mayor Tran has toured the flooded towns this spring and is heading to the capital")]


def test_a_happening_named_by_its_date_and_a_compared_period_stay() -> None:
    assert [when for when, _ in events_of("About $80 million drained out of the fund last week alone, twice the level "
                                          "of the week following last month's Harlow Corp. cash squeeze.")] == [
        "2026-W11", "2026-02"]
    assert [when for when, _ in events_of("In the fourth quarter, the shipper, which is half-owned by Norland Rail Co. "
                                          "of Ohio, had a net loss of $12.5 million, or 40 cents a share, compared "
                                          "with a restated loss of $3 million, or 9 cents a share, a year ago.")] == [
        "2025-Q4", "2024-Q4"]


def test_one_day_told_twice_and_a_coordinated_clause_keep_their_dates() -> None:
    assert [when for when, _ in events_of("Nine were rescued Monday and several others Tuesday.")] == [
        "2026-03-16", "2026-03-17"]
    assert [when for when, _ in events_of("The site engineer learned the next afternoon, March 12, that his "
                                          "managers had decided against the extra supports.")] == [
        "2026-03-21TAF", "2026-03-12"]


def test_a_participles_own_date_stays() -> None:
    assert [when for when, _ in events_of("In 2019, Dr Hale opened her own clinic in Leeds, expanding with a second "
                                          "clinic in York in 2023.")] == ["2019", "2023"]
