"""A "came as" frame of any noun phrase ties the happening after "as" to the news just told (:mod:`.frame_days`).

Every text here is written for these tests. The frame's subject may be any noun phrase naming the news told before
("The debate over the budget", "The revelations", "It"); the clause after "as" is dated by the nearest day told
before it, or by the story's news day when the nearest date is a week or month holding it, or when nothing before it
is dated. A state after "as", an idiom ("came as no surprise"), or a nearest date of another month stays undated.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_support import dated, events_of

from timeline.extract.frame_days import NearestDate, frame_day, keeps_a_total
from timeline.model import When


def test_any_noun_phrase_frame_dates_the_clause_by_the_day_told_before() -> None:
    text = ("The port authority closed the northern harbour on Wednesday after a tanker leaked fuel.\n"
            "The closure of the harbour came as divers found a second crack in the tanker's hull.\n")
    events = events_of(text)
    assert dated(events, "divers found a second crack") == ["2031-05-14"]
    divers = next(e for e in events if "divers found" in e.sources[0].quote)
    assert divers.sources[0].quote.startswith("divers found")  # not "The closure of the harbour came as"
    assert divers.title.startswith("Divers find a second crack")


def test_a_frame_after_an_undated_news_lead_takes_the_news_day() -> None:
    text = ("Lawmakers in Velmar have demanded an inquiry into the collapse of the Kessing dam.\n"
            "The debate over the dam came as engineers piled sandbags along the river's eastern bank.\n")
    events = events_of(text)
    assert dated(events, "engineers piled sandbags") == ["2031-05-15"]


def test_it_came_as_opens_a_frame_too() -> None:
    text = ("The mayor of Dunmore, Ruth Okafor, resigned on Tuesday.\n"
            "It came as the city council voted to cut the mayor's office budget by half.\n")
    assert dated(events_of(text), "the city council voted") == ["2031-05-13"]


def test_a_week_holding_the_news_day_dates_the_clause_by_that_day() -> None:
    text = ("The Harlow Mining Company has shut its two northern pits.\n"
            "Union leaders met the company's managers this week.\n"
            "The row came as the company said it would cut 400 jobs at its smelter.\n")
    assert dated(events_of(text), "would cut 400 jobs") == ["2031-05-15"]


@pytest.mark.parametrize("text", [
    # an idiom: no clause after "as"
    "Shares in Corvex fell 4 percent on Thursday.\nThe drop came as no surprise to most traders in the city.\n",
    # a state after "as", whatever the frame's noun
    "Shares in Corvex fell 4 percent on Thursday.\nThe sell-off comes as the company faces an inquiry into a loan.\n",
    # a running total after "as": no happening of the day
    "Shares in Corvex fell 4 percent on Thursday.\nThe fall came as Corvex put the cost of the recall to date at $90m.\n",
    # the nearest date is another month's: some other occasion, which dates nothing
    "The harbour board approved the new quay in March.\n"
    "The approval came as the city council voted to sell the old ferry terminal.\n",
])
def test_frames_that_date_nothing(text: str) -> None:
    last = text.rstrip("\n").split("\n")[-1]
    assert all(last[20:] not in s.quote for e in events_of(text) for s in e.sources)


def test_frame_day_reads_the_nearest_date() -> None:
    day = dt.date(2031, 5, 15)
    assert frame_day(NearestDate(None), day) == day
    assert frame_day(NearestDate(When.parse("2031-W20")), day) == day
    assert frame_day(NearestDate(When.parse("2031-05")), day) == day
    assert frame_day(NearestDate(When.parse("2031-03")), day) is None
    assert frame_day(NearestDate(When.parse("2031-05-14")), day) is None  # a day told: read where it stands
    assert keeps_a_total("BP put the cost of its response to date at $350m")
    assert not keeps_a_total("BP put the cost of its response at $350m")
