"""One act told twice in one article is one event (issue 16, duplicates): at its day and again at its hour; in the
lead and again further down by a definite description. And the lines that must stay apart: another act of the day,
the act done again.

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

from told_twice_support import dated, events_of


def test_an_act_told_at_its_day_and_again_at_its_hour_is_one_event_at_the_hour() -> None:
    text = ("Port engineers lowered a steel plate on Tuesday to stop the floodwater, as part of a trial of the "
            "harbour's new barrier.\n"
            "The barrier cost 40 million crowns.\n"
            "Residents of the old town had asked for it for years.\n"
            "Fishing boats stayed in the inner basin.\n"
            "The ferry to Holm was cancelled.\n"
            "The floodwater was held back at 9:30 a.m. on Tuesday, as part of a trial of the barrier.\n")
    assert dated(events_of(text)) == [("2031-05-13T09:30", 2)]


def test_an_act_told_again_at_its_hour_with_its_verb_is_one_event() -> None:
    text = ("A charter plane brought 90 pupils home to Holm on Monday after a week in quarantine.\n"
            "Their parents waited at the gate.\n"
            "The school had paid for the flight.\n"
            "Two teachers stayed behind with a sick boy.\n"
            "The quarantine camp was in a former barracks.\n"
            "Meals were brought by soldiers.\n"
            "The pupils played football and wrote letters.\n"
            "Several of them kept diaries.\n"
            "Doctors checked them twice a day.\n"
            "The charter plane brought the children and their teachers to the airport at about 1 p.m. on Monday.\n")
    assert dated(events_of(text, dt.date(2031, 5, 13))) == [("2031-05-12T13:00", 2)]


def test_another_act_of_the_same_verb_at_an_hour_stays_apart() -> None:
    text = ("A charter plane brought 90 pupils home to Holm on Monday after a week in quarantine.\n"
            "Their parents waited at the gate.\n"
            "The school had paid for the flight.\n"
            "Two teachers stayed behind with a sick boy.\n"
            "The quarantine camp was in a former barracks.\n"
            "Meals were brought by soldiers.\n"
            "The pupils played football and wrote letters.\n"
            "Several of them kept diaries.\n"
            "Doctors checked them twice a day.\n"
            "A cargo plane brought medicine to the airport at about 1 p.m. on Monday.\n")
    assert len(events_of(text, dt.date(2031, 5, 13))) == 2


def test_another_act_of_that_day_at_an_hour_stays_apart() -> None:
    text = ("Port engineers closed the northern sluice gate on Tuesday to hold back the floodwater.\n"
            "The barrier cost 40 million crowns.\n"
            "Residents of the old town had asked for it for years.\n"
            "The harbour master reopened the ferry terminal at 3 p.m. on Tuesday after the water fell.\n")
    assert len(events_of(text)) == 2


def test_the_lead_told_again_by_a_definite_description_is_one_event() -> None:
    text = ("A film of the Old Harbour fire has been shown to the inquiry into Norrhavn Shipping's insurers.\n"
            "The footage was found in a cellar in Kalmar.\n"
            "It runs for nine minutes.\n"
            "Historians say it is the only record of the fire.\n"
            "The reel, already seen in part by the press, was shown in full on Wednesday at the inquiry in Holm.\n")
    assert dated(events_of(text)) == [("2031-05-14", 2)]


def test_another_act_of_the_day_by_a_definite_description_stays_apart() -> None:
    text = ("A film of the Old Harbour fire has been shown to the inquiry into Norrhavn Shipping's insurers.\n"
            "The footage was found in a cellar in Kalmar.\n"
            "It runs for nine minutes.\n"
            "The insurers' lawyer, already questioned by the press, was called on Wednesday to the inquiry in "
            "Holm.\n")
    assert len(events_of(text)) == 2


def test_the_act_done_again_by_a_definite_description_stays_apart() -> None:
    text = ("A film of the Old Harbour fire has been shown to the inquiry into Norrhavn Shipping's insurers.\n"
            "The footage was found in a cellar in Kalmar.\n"
            "It runs for nine minutes.\n"
            "The second reel, found in the same cellar, was shown on Wednesday at the inquiry in Holm.\n")
    assert len(events_of(text)) == 2


# --------------------------------------------------------- the article's one explosion, a vaguer date told further off
def test_the_one_explosion_told_well_before_its_week_joins_its_day() -> None:
    text = ("Divers have reached the wreck of the ferry Alda, the line's owner said on Friday.\n"
            "Oil has leaked into the bay since the engine room of the ferry exploded and sank in heavy seas off the "
            "Vorn coast last week.\n"
            "Rescue boats reached the Alda two hours after it blew up on Tuesday.\n"
            "All 30 passengers were saved.\n")
    events = events_of(text, dt.date(2031, 5, 19))  # a Monday: last week holds last Tuesday
    blasts = [e for e in events if e.when.value() in ("2031-05-13", "2031-W20")]
    assert [(e.when.value(), len(e.sources)) for e in blasts] == [("2031-05-13", 2)]


def test_a_date_heading_an_entry_that_tells_the_one_explosion_joins_its_day() -> None:
    text = ("Divers have reached the wreck of the ferry Alda, the line's owner said on Friday.\n"
            "Rescue boats reached the Alda two hours after its engine room exploded on May 6.\n"
            "All 30 passengers were saved.\n"
            "May 2031: Blast in the Alda's engine room sinks the ferry off the Vorn coast\n")
    events = events_of(text, dt.date(2031, 6, 20))
    assert sorted(e.when.value() for e in events if e.when.value().startswith("2031-05")) == ["2031-05-06"]


def test_a_date_heading_an_entry_of_another_happening_stays_apart() -> None:
    text = ("Divers have reached the wreck of the ferry Alda, the line's owner said on Friday.\n"
            "Rescue boats reached the Alda two hours after its engine room exploded on May 6.\n"
            "All 30 passengers were saved.\n"
            "May 2031: The Vorn line cancels its summer timetable after the blast\n")
    events = events_of(text, dt.date(2031, 6, 20))
    assert sorted(e.when.value() for e in events if e.when.value().startswith("2031-05")) == ["2031-05", "2031-05-06"]


# --------------------------------------------------------- one forecast spreading over consecutive days
def test_a_forecast_spreading_place_by_place_over_days_is_one_event() -> None:
    text = ("The harbour master warned on Tuesday that the slick could reach the Holm marshes Friday night, Kalmar "
            "Sound on Saturday and the Vorn Islands on Sunday.\n"
            "Booms have been laid across the inner basin.\n")
    events = events_of(text)
    assert sorted(e.when.value()[:10] for e in events) == ["2031-05-13", "2031-05-16"]


def test_past_days_listed_place_by_place_stay_apart() -> None:
    text = ("The harbour master said on Tuesday that the slick reached the Holm marshes on Friday, Kalmar Sound on "
            "Saturday and the Vorn Islands on Sunday.\n"
            "Booms have been laid across the inner basin.\n")
    events = events_of(text)
    assert sorted(e.when.value()[:10] for e in events) == ["2031-05-09", "2031-05-10", "2031-05-11", "2031-05-13"]


def test_a_wire_possessive_month_owning_the_one_explosion_joins_its_day() -> None:
    # Wire copy loses the apostrophe: "Last month s explosion".
    text = ("Divers have reached the wreck of the ferry Alda, the line said on Friday.\n"
            "Rescue boats reached the Alda two hours after it blew up on May 6.\n"
            "All 30 passengers were saved.\n"
            "Last month s explosion in the engine room still keeps the Vorn line's other ferries in port.\n")
    events = events_of(text, dt.date(2031, 6, 20))
    assert sorted(e.when.value() for e in events if e.when.value().startswith("2031-05")) == ["2031-05-06"]


def test_a_blowout_and_the_well_that_blew_out_that_day_are_one_event() -> None:
    text = ("Vorn Gas has shut its last three wells in the bay, the company said on Friday.\n"
            "The company said the May 6 blowout of its Kalmar well had prompted the move.\n"
            "Gas has escaped since the Kalmar well blew out and caught fire on May 6, killing two workers.\n"
            "Fishing in the bay is banned.\n")
    events = events_of(text, dt.date(2031, 6, 20))
    assert [len(e.sources) for e in events if e.when.value() == "2031-05-06"] == [2]


# --------------------------------------------------------- a plan announced at a vaguer date, then given its day
def test_a_plan_told_next_month_and_then_at_its_day_is_one_event() -> None:
    text = ("The mayor of Holm will open a new ferry terminal in Kalmar next month, hoping to win back tourists.\n"
            "The terminal cost 30 million crowns.\n"
            "Her office said on Friday the terminal would be opened on June 4 with a concert on the quay.\n")
    events = events_of(text, dt.date(2031, 5, 9))
    assert [(e.when.value(), len(e.sources)) for e in events if e.when.value().startswith("2031-06")] == [
        ("2031-06-04", 2)]


def test_another_plan_of_the_same_verb_stays_apart() -> None:
    text = ("The mayor of Holm will open a new ferry terminal in Kalmar next month, hoping to win back tourists.\n"
            "The terminal cost 30 million crowns.\n"
            "Her office said on Friday a second terminal would be opened on June 4 in Vorn.\n")
    events = events_of(text, dt.date(2031, 5, 9))
    assert sorted(e.when.value() for e in events if e.when.value().startswith("2031-06")) == ["2031-06", "2031-06-04"]


def test_a_leak_begun_at_a_week_and_a_blast_of_its_month_are_one_happening() -> None:
    text = ("Engineers hope the new dome will be the best way of controlling the leak that has only grown since it "
            "began two weeks ago.\n"
            "Crude has been pouring into the sea at a rate of 5,000 barrels a day since a drilling platform blew up and "
            "sank last month, killing five workers.\n")
    events = events_of(text, dt.date(2031, 5, 7))
    assert len(events) == 1 and len(events[0].sources) == 2


def test_a_gas_leak_and_an_explosion_of_one_day_stay_apart() -> None:
    text = ("A gas leak began at the Portville plant on Tuesday.\n"
            "Residents were told to stay indoors.\n"
            "The plant's boiler exploded on Tuesday, injuring two workers.\n")
    assert len([e for e in events_of(text) if e.when.value().startswith("2031-05-13")]) == 2


def test_a_leak_begun_after_the_blast_stays_its_own() -> None:
    text = ("A second leak began in May at a pipe near the wellhead.\n"
            "The drilling platform exploded in April, killing five workers.\n")
    assert dated(events_of(text)) == [("2031-04", 1), ("2031-05", 1)]


def test_a_spill_that_starts_reaching_the_shore_is_not_the_blast() -> None:
    text = ("The spill started washing ashore on the Portville beaches two weeks ago, after the platform sank.\n"
            "Traders watched the price of crude.\n"
            "The drilling platform exploded last month, killing five workers.\n")
    assert [n for _, n in dated(events_of(text, dt.date(2031, 5, 7)))] == [1, 1]
