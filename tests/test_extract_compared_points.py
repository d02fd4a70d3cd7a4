"""Dates a sentence only compares with, or bounds a past state by, are no event of that date (issue 16: dates right).

"closer to a strike than at any point since 1968", "different from the steam boats used in 1967", "said that before
2001, the harbour was run differently": the date is what the clause is set against, not when what it tells happened;
a timeline entry at it states today's view or state as that year's happening.

Every sentence here is written for these tests; the names are invented.
"""

from __future__ import annotations

from extract_support import events_of

LEAD = "The harbour board approved a new ferry terminal for Portville on Tuesday.\n\n"


def _dates(text: str) -> list[str]:
    return [e.when.value() for e in events_of(LEAD + text) if "harbour board approved" not in e.sources[0].quote]


def test_any_point_since_a_year_is_a_comparison() -> None:
    assert _dates("Experts say the region is closer to a ferry strike than at any point since 1968.") == []


def test_a_named_thing_with_a_numeral_is_still_the_thing_compared() -> None:
    assert _dates("He believes the storm may cause more damage than the Ixtoc I blowout 30 years ago.") == []


def test_a_thing_set_apart_from_is_no_happening_of_its_year() -> None:
    assert _dates("Jo Hale noted that current ferries are different from the steam boats used in 1967 on the route.") == []
    assert _dates("The new sea wall, unlike the levees built in 1965, will hold, engineers said.") == []


def test_a_state_bounded_after_a_saying_is_no_happening() -> None:
    assert _dates("The board said that before 2001, the harbour was run differently.") == []


def test_happenings_and_limits_keep_their_dates() -> None:
    assert _dates("The ferry sank in 1967 off the coast of Portville.") == ["1967"]
    assert _dates("The board said the terminal would open no later than 2033.") != []
    assert _dates("The board said that before 2001 it sold the old ferry to a firm in Leeds.") == ["2001"]


def test_a_spelled_count_compared_with_is_a_comparison_point() -> None:
    # "up from one yesterday": the earlier count's day, as "up from 12 yesterday" is
    assert "2031-05-14" not in _dates("Officials said four ferries have been withdrawn, up from one yesterday.")


def test_a_level_with_its_figure_before_its_date_is_a_comparison_point() -> None:
    assert _dates("The board's bonds are still down 12 percent from their close of $98.40 on March 2.") == []
    assert _dates("The shares have risen 30 percent from their low of $4.10 on January 9.") == []
    # the day a figure moved is its own: "closed at $98.40 on March 2" tells that day's close
    assert _dates("The board's bonds closed at $98.40 on March 2.") != []
