"""A date told in a side phrase dates that phrase, never the sentence's main clause (session 18).

Every text here is written for these tests: a participle phrase ("a wetland already damaged by a flood in 2007",
"The yacht, made ten years ago by ..."), an appositive naming the thing a comparison measures against ("has
surpassed the longest earlier dispute, the dock walkout at Harwell in 1994"), an appositive naming a record's
date again ("since 1962, the year ..."), the earlier reading a change counts from ("down six points from early
last month"), and two coordinated predicates each with its date ("caught fire on March 3 and capsized two days
later"). "X said on Monday" and "X, who was elected in 2008, resigned on Monday" keep their dates.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

FRIDAY = dt.date(2026, 3, 20)


def events_of(text: str) -> list[tuple[str, str]]:
    return [(e.when.value(), e.title) for e in extract(Document(path="t.txt", text=text + "\n", published=FRIDAY))]


def test_a_participle_after_an_ing_verbs_object_dates_its_own_happening() -> None:
    events = events_of("Thousands of tonnes of grain have spilled into the Varden river since a March 3 explosion "
                       "at a depot, threatening a fragile wetland already damaged by a flood in 2007.")
    for when, title in events:
        assert not (when == "2007" and "grain" in title), events
    assert ("2007", "A fragile wetland is already damaged by a flood") in events


def test_an_appositive_participle_straight_before_its_date_is_the_things() -> None:
    events = events_of("The yacht, made ten years ago by the Dutch yard Vink, sold for nearly 700,000 euros on Tuesday.")
    assert ("2016", "The yacht is made by the Dutch yard Vink") in events
    assert ("2026-03-17", "The yacht sells for nearly 700,000 euros") in events


def test_an_appositive_of_the_thing_compared_gives_the_main_clause_no_date() -> None:
    events = events_of("Ten days into the strike, the port stoppage has now surpassed the longest earlier dispute, "
                       "the dock walkout at Harwell in 1994, according to union figures.")
    assert not any(when == "1994" for when, _ in events), events
    events = events_of("Most of the grain has simply rotted, like that from the largest similar loss, the burning of "
                       "silos at Karvik in 1998 by rebel fighters.")
    assert not any(when == "1998" for when, _ in events), events


def test_a_record_dates_restated_by_an_appositive_is_still_a_reference_point() -> None:
    events = events_of("Marta Lind was elected in January to replace the retiring mayor, becoming the town's first "
                       "female mayor since 1962, the year her father took office.")
    assert [when for when, _ in events] == ["2026-01"], events


def test_the_earlier_reading_a_change_counts_from_dates_nothing() -> None:
    assert not any(when == "2026-02" for when, _ in events_of(
        "The mayor's approval stood at 41% in the survey, down six points from early last month."))
    assert not any(when == "2026-02" for when, _ in events_of(
        "Support for the council rose to 38%, up sharply from last month."))


def test_each_coordinated_predicate_is_titled_by_its_own_verb() -> None:
    assert events_of("The ferry Aurora caught fire on March 3 and capsized two days later.") == [
        ("2026-03-03", "The ferry Aurora catches fire"), ("2026-03-05", "The ferry Aurora capsizes")]
    events = events_of("Officials said the ferry Aurora, which caught fire on March 3 and capsized two days later, "
                       "would be raised.")
    assert ("2026-03-03", "Aurora catches fire") in events and ("2026-03-05", "Aurora capsizes") in events
    assert events_of("The minister resigned on Monday and left the country on Wednesday.") == [
        ("2026-03-16", "The minister resigns"), ("2026-03-18", "The minister leaves the country")]


def test_a_participle_aside_does_not_close_a_since_clause() -> None:
    events = events_of("Grain has been spilling since the barge Tamsin, owned by Kell Ltd, struck a pier on 3 March "
                       "and sank two days later.")
    assert ("2026-03-03", "The barge Tamsin strikes a pier") in events
    assert ("2026-03-05", "The barge Tamsin sinks") in events
    assert not any(title.startswith("Grain") and when != "2026-03-20" for when, title in events), events


def test_the_main_clauses_own_date_stays() -> None:
    assert ("2026-03-16", "The minister resigns") in events_of(
        "The minister, who was elected in 2008, resigned on Monday.")
    assert [when for when, _ in events_of("The talks have stalled, a spokesman said on Monday.")] == ["2026-03-16"]
    assert [when for when, _ in events_of(
        "Among people with less than a college degree, the rate in March was 6.1 percent.")] == ["2026-03"]
    events = events_of("The plant, built in 1998, was shut down on Tuesday, the company said.")
    assert ("2026-03-17", "The plant is shut down") in events


def test_a_long_since_clauses_second_predicate_is_the_clauses_not_the_main_ones() -> None:
    events = events_of("Grain has been spilling into the bay since the cargo barge Tamsin struck a pier near the "
                       "harbour on 3 March and sank two days later.")
    assert ("2026-03-05", "The cargo barge Tamsin sinks") in events, events
    assert not any(title.startswith("Grain") and when != "2026-03-20" for when, title in events), events


def test_a_since_gerund_clause_dates_its_own_verb() -> None:
    assert events_of("The firm has now sold 2 billion euros of assets since announcing in July a plan to sell its "
                     "ports.") == [("2025-07", "The firm announces a plan to sell its ports")]


def test_the_first_predicates_title_leaves_out_the_whole_second_one() -> None:
    events = events_of("Tomas Berg was born in 1868 and died in 1870 when he fell into a well.")
    assert ("1868", "Tomas Berg is born") in events, events


def test_a_participles_approximate_or_counted_date_is_its_own() -> None:
    assert ("1910", "Oskar Lind is born") in events_of("Oskar Lind, born about 1910, ran the mill.")
    assert ("2026-03-17", "The rescue plan is started to save the mill") in events_of(
        "The bank says the rescue plan, started three days earlier to save the mill, has failed.")


def test_a_first_predicates_title_in_a_quotation_keeps_no_trailing_space() -> None:
    events = events_of('Maud: "My grandfather fell ill in 1921. Jon Avery was taken to the county hospital in that year '
                       'and died there in 1931 and was buried at the chapel graveyard."')
    assert ("1921", "Jon Avery is taken to the county hospital") in events, events
