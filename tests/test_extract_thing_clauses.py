"""A thing named only by the clause that dates the act done to it ("The gate, lowered on Monday") and that act told in
a main clause of the same day by a verb of one family are one event (issue 16, duplicates); another thing, another
family of act, or another day stay apart.

Every text here is written for these tests.
"""

from __future__ import annotations

from told_twice_support import FILLER, dated, events_of


def test_a_participle_naming_the_thing_joins_the_act_told_before() -> None:
    text = ("Engineers installed a new steel gate at the Holm sluice on Monday.\n" + FILLER +
            "The gate, lowered on Monday, has held back the river since.\n")
    assert dated(events_of(text)) == [("2031-05-12", 2)]


def test_a_relative_clause_naming_the_thing_joins_the_act_told_before() -> None:
    text = ("Engineers placed a steel gate over the Holm sluice on Monday.\n" + FILLER +
            "Water levels fell at Vorn after the gate, which was installed on Monday, closed the channel.\n")
    events = events_of(text)
    assert dated(events) == [("2031-05-12", 2)]
    assert events[0].title.startswith("Engineers place a steel gate")  # the main clause's telling heads it


def test_the_act_told_in_full_titles_the_event_though_the_thing_comes_first() -> None:
    text = ("The gate, lowered on Monday, has held back the river since.\n" + FILLER +
            "Engineers installed a new steel gate at the Holm sluice on Monday.\n")
    events = events_of(text)
    assert dated(events) == [("2031-05-12", 2)]
    assert events[0].title == "Engineers install a new steel gate at the Holm sluice"


def test_another_thing_installed_that_day_stays_apart() -> None:
    text = ("Engineers installed a new steel gate at the Holm sluice on Monday.\n" + FILLER +
            "The barrier, lowered on Monday, has held back the river since.\n")
    assert dated(events_of(text)) == [("2031-05-12", 1), ("2031-05-12", 1)]


def test_another_act_on_the_thing_that_day_stays_apart() -> None:
    text = ("Engineers shut the old gate at the Holm sluice on Monday.\n" + FILLER +
            "Water levels fell at Vorn after the gate, which was installed on Monday, closed the channel.\n")
    assert dated(events_of(text)) == [("2031-05-12", 1), ("2031-05-12", 1)]


def test_what_the_sentence_goes_on_to_tell_of_the_thing_keeps_its_own_day() -> None:
    text = ("Engineers installed a new steel gate at the Holm sluice on Monday.\n" + FILLER +
            "The gate, lowered on Monday, failed a pressure test on Tuesday.\n")
    assert dated(events_of(text)) == [("2031-05-12", 2), ("2031-05-13", 1)]
