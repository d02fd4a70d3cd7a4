"""A statement dated only by the year or season its forecast looks to takes its saying's day (:mod:`.forecast_sayings`).

Every text here is written for these tests. The speaker's statement or act told a few sentences before gives the
day; a saying in the present with none is the publication day's; a day the speaker names, a past saying with no
day told, and a year that is no forecast keep their dates.
"""

from __future__ import annotations

from extract_support import dated, events_of


def test_a_plan_for_this_year_is_told_on_the_speakers_day() -> None:
    text = ("Senator Ray Dorn praised the governor's flood plan on Tuesday.\n"
            "The plan had been delayed by a row over its cost.\n"
            "He said he looks forward to passing a new flood bill this year and urged his rivals to join him.\n")
    assert dated(events_of(text), "looks forward to passing") == ["2031-05-13"]


def test_a_quoted_forecast_of_a_year_is_told_on_the_speakers_day() -> None:
    text = ("The economy of Norland will recover next spring, Finance Minister Ana Ruiz said on Tuesday.\n"
            "Exports fell 4 percent in March.\n"
            "\"It is likely that we will start 2032 in a clear recovery,\" Ruiz said.\n")
    events = events_of(text)
    assert dated(events, "start 2032") == ["2031-05-13"]
    assert "2032" not in [e.when.value() for e in events]


def test_a_present_saying_of_a_season_ahead_is_the_publication_days() -> None:
    text = ("Professor Ann Lowe, a virologist at Carvel University, says that pupils going back to school after the "
            "summer break would give the virus its chance to spread.\n"
            "The health ministry confirmed 15 more cases on Sunday.\n")
    assert dated(events_of(text), "summer break") == ["2031-05-15"]


def test_a_day_the_speaker_names_stays_the_happenings() -> None:
    text = ("Senator Ray Dorn praised the governor's flood plan on Tuesday.\n"
            "He said the committee will vote on the bill on Friday.\n")
    assert dated(events_of(text), "vote on the bill") == ["2031-05-16"]


def test_a_past_saying_with_no_day_told_keeps_its_year() -> None:
    text = ("The harbour of Kelby was rebuilt after the storm.\n"
            "Port chief Mia Holm said the new pier would open in 2033.\n")
    assert dated(events_of(text), "new pier") == ["2033"]


def test_a_year_of_what_happened_is_no_forecast() -> None:
    text = ("Senator Ray Dorn praised the governor's flood plan on Tuesday.\n"
            "He said the river had flooded the town in 2019.\n")
    assert dated(events_of(text), "flooded the town") == ["2019"]


def test_a_years_plan_told_in_the_present_with_no_day_keeps_its_year() -> None:
    text = ("The jeweller Orla Gems has said it hopes to hold 5 percent of the national market by 2033.\n"
            "It holds about 2 percent now.\n")
    assert dated(events_of(text), "hopes to hold") == ["2033"]


def test_a_saying_told_as_made_before_keeps_its_year() -> None:
    text = ("Harbour chief Mia Holm said on Tuesday that the pier had reopened.\n"
            "Holm has already said the port will pay no bonus this year.\n")
    assert dated(events_of(text), "no bonus") == ["2031"]
