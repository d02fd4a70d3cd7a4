"""Acts dated only by a happening the story dates: "two hours before the explosion", "the day after the blast"
(issue 16, recall and dates). Every text here is written for these tests."""

from __future__ import annotations

from extract_support import dated, events_of

from timeline.extract.anchored_acts import anchor_at, occasion_at

_BLAST = "A gas main exploded under Fenwick Street on May 6, injuring nine people.\n"


def test_hours_before_the_dated_blast_is_the_blast_day() -> None:
    events = events_of(_BLAST + "Two hours before the explosion, a resident reported a strong smell of gas.\n")
    assert dated(events, "strong smell of gas") == ["2031-05-06"]


def test_within_an_hour_of_the_blast_is_the_blast_day() -> None:
    events = events_of(_BLAST + "Within an hour of the blast, crews had shut off the supply to the whole district.\n")
    assert dated(events, "shut off the supply") == ["2031-05-06"]


def test_the_day_after_the_blast_is_the_next_day() -> None:
    events = events_of(_BLAST + "The day after the explosion, inspectors found a second crack in the main.\n")
    assert dated(events, "second crack") == ["2031-05-07"]


def test_the_morning_of_a_death_is_its_day() -> None:
    text = ("The composer Lena Marsh died in her Vienna flat on March 3, 2031.\n"
            "On the morning of her death, her nurse gave her a larger dose of the painkiller.\n")
    assert dated(events_of(text), "larger dose") == ["2031-03-03"]


def test_an_undated_happening_dates_nothing() -> None:
    text = ("The city council met on Tuesday to discuss the gas network.\n"
            "Two hours before the explosion, a resident reported a strong smell of gas.\n")
    assert dated(events_of(text), "strong smell of gas") == []


def test_a_plan_or_a_comparison_is_not_dated_by_the_blast() -> None:
    events = events_of(_BLAST + "The street's shops are worth less than they were on the day of the explosion.\n"
                       "Officials are expected to say whether workers checked the valve two hours before the blast.\n")
    assert dated(events, "worth less") == []
    assert dated(events, "checked the valve") == []


def test_distances_that_may_cross_midnight_or_are_spans_place_no_day() -> None:
    assert anchor_at("Some 20 hours before the explosion, crews left.", 0, 48) is None
    assert anchor_at("In the hours before the explosion, alarms sounded.", 0, 50) is None
    assert anchor_at("For the first hours of the spill, nobody came.", 0, 46) is None
    assert anchor_at("Days after the explosion, crews left.", 0, 37) is None


def test_a_relation_in_a_reported_clause_does_not_date_the_report() -> None:
    events = events_of(_BLAST + "The utility blamed a faulty valve and asked whether crews ignored an alarm two hours "
                       "before the explosion.\n")
    assert dated(events, "faulty valve") == []


_HEARING = "The transport committee held a hearing on the bridge closure on Tuesday.\n"
_FILLER = ("The bridge carries 40,000 cars a day.\nIt has been shut since March.\nLocal shops have lost trade.\n"
           "Some have cut staff.\nThe detour adds 20 minutes.\nBus routes have changed.\nCommuters are angry.\n")


def test_a_saying_at_the_dated_hearing_far_after_it_takes_its_day() -> None:
    events = events_of(_HEARING + _FILLER + "Engineer Tom Rivas said at the hearing that the cables had rusted through.\n")
    assert dated(events, "cables had rusted") == ["2031-05-13"]


def test_a_hearing_the_story_dates_twice_or_not_at_all_dates_nothing() -> None:
    two = "The committee held hearings on Tuesday and another hearing on Wednesday.\n"
    events = events_of(two + _FILLER + "Engineer Tom Rivas said at the hearing that the cables had rusted through.\n")
    assert dated(events, "cables had rusted") == []
    events = events_of(_FILLER + "Engineer Tom Rivas said at the hearing that the cables had rusted through.\n")
    assert dated(events, "cables had rusted") == []


def test_a_trial_of_many_days_dates_nothing() -> None:
    assert occasion_at("Rivas testified at the trial that he had warned them.", 0, 53) is None


def test_a_spill_of_many_days_or_a_papers_day_place_nothing() -> None:
    assert anchor_at("The day after the spill, crews burned oil.", 0, 42) is None
    assert anchor_at("Records from the day after the explosion show a leak.", 0, 53) is None


def test_the_leads_blast_told_as_background_dates_nothing() -> None:
    text = ("Residents returned to Fenwick Street since the blast destroyed three homes, the council said.\n"
            "Within an hour of the blast, crews had shut off the supply to the whole district.\n")
    assert dated(events_of(text), "shut off the supply") == []



def test_a_quoted_saying_told_at_the_dated_hearing_takes_its_day() -> None:
    events = events_of(_HEARING + _FILLER + "\u201cWe were never told about the rust,\u201d Rivas told the hearing.\n")
    assert dated(events, "never told about the rust") == ["2031-05-13"]


def test_a_plan_to_speak_at_the_hearing_is_not_dated_by_it() -> None:
    events = events_of(_HEARING + _FILLER + "The operator said it would send its chief engineer to the hearing.\n"
                       "Rivas will testify at the hearing again.\n")
    assert dated(events, "chief engineer") == []
    assert dated(events, "testify at the hearing again") == []


def test_the_leads_own_blast_dates_the_hours_around_it() -> None:
    text = ("A gas main exploded under Fenwick Street, injuring nine people.\n"
            "Within an hour of the blast, crews had shut off the supply to the whole district.\n")
    assert dated(events_of(text), "shut off the supply") == ["2031-05-15"]


def test_the_occasions_own_telling_keeps_the_title_when_they_merge() -> None:
    text = ("Health officials told a news conference on Tuesday that the new vaccine had passed its trials.\n"
            + _FILLER + "\u201cIt is a lock that needs a new key,\u201d Dr Ana Ruiz told the news conference.\n")
    events = events_of(text)
    assert dated(events, "new key") == ["2031-05-13"]
    assert any(e.title.startswith("Health officials tell a news conference") for e in events)
