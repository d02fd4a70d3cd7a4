"""A chronology's lines are dated by their entry's heading (:mod:`timeline.extract.chronologies`).

Every text here is written for these tests: an invented factbox under an invented story.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.chronologies import chronologies
from timeline.model import Document
from timeline.tagger import Timex

_STORY = ("HARBOURTON (Wire) - The Harbourton dam has been closed to traffic after cracks were found in its wall, "
          "officials said on Friday.\n"
          "Below is a timeline of the dam's troubles.\n")
_FACTBOX = ("March 3, 2031 - Engineers report a crack in the dam's north wall.\n"
            "The reservoir is lowered by two metres.\n"
            "March 9 - Governor Ana Reyes visits the dam.\n"
            "-- The water board orders a full inspection of the wall.\n"
            "* Farmers downstream are told to move their cattle.\n"
            "March 17 - A second crack is found below the spillway.\n"
            "A fishing ban on the lake is widened and extended to April 30.\n"
            "April 2 - Divers begin repairs on the north wall.\n")


def events_of(text: str) -> list:
    return extract(Document(path="t.txt", text=text, published=dt.date(2031, 5, 16)))


def dates_of(events: list, phrase: str) -> list[str]:
    return sorted(e.when.value() for e in events if any(phrase in (s.quote or "") for s in e.sources))


def test_a_line_after_an_entry_takes_its_heading_date() -> None:
    events = events_of(_STORY + _FACTBOX)
    assert dates_of(events, "The reservoir is lowered") == ["2031-03-03"]


def test_a_dash_line_and_a_bullet_line_take_their_entry_date() -> None:
    events = events_of(_STORY + _FACTBOX)
    assert dates_of(events, "orders a full inspection") == ["2031-03-09"]
    assert dates_of(events, "Farmers downstream") == ["2031-03-09"]


def test_each_line_of_an_entry_is_its_own_event() -> None:
    events = events_of(_STORY + _FACTBOX)
    march_9 = [e for e in events if e.when.value() == "2031-03-09"]
    assert len(march_9) == 3
    assert all(len(e.sources) == 1 for e in march_9)


def test_a_line_whose_date_is_a_bound_is_dated_by_its_heading() -> None:
    # "extended to April 30": the end of the ban, not the day it was widened
    events = events_of(_STORY + _FACTBOX)
    assert "2031-03-17" in dates_of(events, "fishing ban")


def test_no_chronology_line_takes_the_publication_day() -> None:
    events = events_of(_STORY + _FACTBOX)
    chronology = _FACTBOX.split("\n")
    for e in events:
        if e.when.value() == "2031-05-16":
            assert not any(line and (s.quote or "")[:30] in line for s in e.sources for line in chronology)


def test_year_headings_date_their_lines_at_year_precision() -> None:
    text = ("Key dates in the career of the surgeon Lena Marsh.\n"
            "2019: Marsh opens a clinic in Dunmore.\n"
            "She hires four nurses from the city hospital.\n"
            "2021: Marsh is named head of surgery at the county hospital.\n"
            "2024: The clinic is sold to a health group.\n")
    events = extract(Document(path="t.txt", text=text, published=dt.date(2026, 2, 3)))
    assert dates_of(events, "She hires four nurses") == ["2019"]


def test_a_heading_without_a_year_keeps_the_chronology_running_forward() -> None:
    # The page was published in June; "5 August" after "15 July" is the same year's, not the year before's.
    text = ("How the well was sealed.\n"
            "20 April: A surge of gas causes a fire on the platform.\n"
            "15 July: Valves on the new cap are closed and the flow stops.\n"
            "5 August: Engineers pump cement into the well.\n"
            "Crews start to remove the booms from the bay.\n")
    events = extract(Document(path="t.txt", text=text, published=dt.date(2030, 6, 15)))
    assert dates_of(events, "Crews start to remove") == ["2030-08-05"]
    assert dates_of(events, "Engineers pump cement") == ["2030-08-05"]


def test_a_heading_line_other_date_keeps_no_heading_in_its_title() -> None:
    text = ("Below is a timeline of the talks.\n"
            "May 2 - The unions reject the offer.\n"
            "May 6 - The minister says she will meet union leaders on May 12 to end the strike.\n")
    events = extract(Document(path="t.txt", text=text, published=dt.date(2030, 5, 20)))
    assert not any(e.title.startswith("May 6") for e in events)


def test_lines_outside_a_chronology_are_not_dated_by_a_date_opening_one_line() -> None:
    text = ("March 3 - Engineers reported a crack in the dam's north wall, officials said.\n"
            "The reservoir was lowered by two metres.\n")
    events = extract(Document(path="t.txt", text=text, published=dt.date(2031, 5, 16)))
    assert "2031-03-03" not in dates_of(events, "The reservoir was lowered")


def test_a_live_page_of_clock_times_is_no_chronology_of_years() -> None:
    # The tagger read the first post's time as a time and the next ones as years: the page is a day's posts.
    text = ("Follow the debate as it happens.\n"
            "1917: The speaker opens the session.\n"
            "1945: Members begin to vote on the bill.\n"
            "The count takes about ten minutes.\n"
            "2010: The bill passes by twelve votes.\n")
    timexes = [Timex(33, 37, "1917", "TIME", "2030-05-20T19:17"), Timex(70, 74, "1945", "DATE", "1945"),
               Timex(146, 150, "2010", "DATE", "2010")]
    assert [text[t.start:t.end] for t in timexes] == ["1917", "1945", "2010"]
    assert chronologies(text, timexes) == []
    assert len(chronologies(text, [timexes[1], timexes[2]])) == 1


def test_a_long_explanation_under_an_entry_is_no_list_of_happenings() -> None:
    text = ("How engineers tried to plug the well.\n"
            "12 May: Engineers start the \"mud plug\" procedure.\n"
            "A frame of pipes is fixed to the valve stack.\n"
            "Hoses from the frame run to a ship on the surface.\n"
            "Thick mud is pushed down the hoses at high pressure.\n"
            "The mud's weight holds the oil back.\n"
            "19 May: The company says the plug has failed.\n"
            "24 May: A cap is lowered over the well.\n"
            "This collects about 9,000 barrels a day.\n")
    events = extract(Document(path="t.txt", text=text, published=dt.date(2030, 5, 28)))
    assert dates_of(events, "Thick mud is pushed") == []
    assert dates_of(events, "This collects") == []
    assert dates_of(events, "Engineers start") == ["2030-05-12"]


def test_readers_posts_stamped_with_a_date_and_time_are_no_chronology() -> None:
    text = ("The council voted to close the library.\n"
            "3rd March 2031 - 17:42 What a waste of money.\n"
            "Nobody asked the people who use it.\n"
            "4th March 2031 - 8:26 The library was half empty anyway.\n"
            "The council is right.\n")
    events = extract(Document(path="t.txt", text=text, published=dt.date(2031, 3, 2)))
    assert dates_of(events, "Nobody asked") == []


def test_captions_headed_by_yesterday_and_today_are_no_chronology() -> None:
    text = ("Engineers pumped mud into the well on Wednesday, officials said.\n"
            "Yesterday: The plume on Wednesday afternoon.\n"
            "Notice how the plume was wider in the first picture.\n"
            "Today: the plume as seen this morning.\n")
    events = extract(Document(path="t.txt", text=text, published=dt.date(2030, 5, 28)))
    assert dates_of(events, "Notice how the plume") == []
