"""What may come in a season or a year ahead is no happening of it (:mod:`.possible_outlooks`). Every text here is
written for these tests."""

from __future__ import annotations

from extract_support import dated, events_of

_LEAD = "The health ministry confirmed 40 new cases of the flu on Tuesday.\n"


def test_a_possibility_for_a_season_ahead_dates_nothing() -> None:
    for outlook in ("The chief medical officer predicted that a second wave of infections could be expected in the "
                    "autumn.",
                    "It could be that we will see a resurgence of the virus in the winter.",
                    "In the autumn the mutated strain could spread north, a virologist told reporters.",
                    "Analysts think the losses could top $3 billion this year."):
        events = events_of(_LEAD + outlook + "\n")
        assert dated(events, outlook[10:40]) in ([], ["2031-05-15"]), outlook


def test_a_planned_act_a_wait_a_saying_and_a_day_keep_their_dates() -> None:
    kept = {"The ministry said the first doses could be given in the autumn.": "2031-FA",
            "It may be the second half of 2032 before the court rules.": "2032-H2",
            "The agency said last year that a pandemic could cost $3 trillion.": "2030",
            "The pumps could start working again by Friday.": "2031-05-16",
            "Flu experts predicted that a pandemic is likely to strike the country in the autumn.": "2031-FA",
            "The president said such deals could help halve costs by the end of 2032.": "2032"}
    for sentence, value in kept.items():
        assert dated(events_of(_LEAD + sentence + "\n"), sentence[4:30]) == [value], sentence
