"""A season's calendar and its outlook date nothing that happened (issue 16: precision).

Every sentence here is written for these tests; the places and names are invented.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

LEAD = "The harbour board approved a new ferry terminal for Portville on Tuesday after a two-year review.\n"


def dates_after_lead(text: str) -> list[str]:
    events = extract(Document(path="t.txt", text=LEAD + text, published=dt.date(2031, 6, 10)))
    return sorted(e.when.value() for e in events if not e.sources[0].quote.startswith("The harbour board"))


# ------------------------------------------------------------------ the calendar's bounds
def test_a_seasons_run_is_no_happening() -> None:
    assert dates_after_lead("The Caribbean storm season runs from June 1 to November 30.") == []
    assert dates_after_lead("Storm season in the bay ends on 30 November.") == []
    assert dates_after_lead("And the storm season that lasts through November could slow the repairs.") == []


def test_a_seasons_start_told_in_the_past_is_no_happening() -> None:
    assert dates_after_lead("The region's storm season started last week.") == []
    assert dates_after_lead("The flu season, which is forecast to be unusually mild this year, began last week, "
                            "typically peaks in January and ends in March.") == []
    assert dates_after_lead("With the storm season having officially started on June 1, the ferry firm is watching "
                            "the weather.") == []


def test_a_seasons_start_named_by_a_noun_or_a_day_is_no_happening() -> None:
    assert dates_after_lead("The repairs have been given added urgency by the start of the storm season tomorrow.") == []
    assert dates_after_lead("Sunday also marked the start of the storm season, with forecasters expecting eight storms.") == []
    assert dates_after_lead("The weather office in its yearly forecast for the storm season starting on 1 June "
                            "predicted eight storms.") == []


def test_a_seasons_outlook_is_no_happening() -> None:
    assert dates_after_lead("The storm season runs from June 1 to November 30 and forecasters predict this year "
                            "will be very active.") == []


# ------------------------------------------------------------------ what stays
def test_a_season_someone_opens_is_an_act() -> None:
    assert dates_after_lead("An emergency oyster season was opened on Thursday so that boats could land their catch.") \
        == ["2031-06-05"]


def test_a_storm_of_the_season_is_a_happening() -> None:
    assert dates_after_lead("Storm Ada, the first of the season, formed off Portville on Sunday.") == ["2031-06-08"]


def test_a_forecasters_act_keeps_its_day() -> None:
    assert dates_after_lead("The weather office predicted on Thursday that the storm season would be busy.") == ["2031-06-05"]


def test_a_date_of_other_happenings_in_the_sentence_stays() -> None:
    assert dates_after_lead("The storm season began on 1 June, and the ferry firm cancelled two crossings on Sunday.") \
        == ["2031-06-08"]


def test_a_seasons_bound_that_dates_another_act_stays_the_acts() -> None:
    assert dates_after_lead("The ferry firm said the pause would last at least until the rainy season begins in "
                            "November.") == ["2031-11"]
    assert dates_after_lead("Crews must finish the sea wall before the start of the storm season on July 1.") == [
        "2031-07-01"]
