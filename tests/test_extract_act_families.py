"""One act of one day told twice with two verbs of one family is one event (issue 16, duplicates): "set fire to" and
"burned", "shut" and "closed off", "launched" and "started". And the lines that must stay apart: one actor's two acts
of one family done to two things, an act done again, a family's verb in another act's sentence.

Every text here is written for these tests.
"""

from __future__ import annotations

from told_twice_support import FILLER, dated, events_of

from timeline.extract.act_families import ACT_FAMILIES


def test_one_act_told_by_two_verbs_of_one_family_is_one_event() -> None:
    text = ("Firefighters set fire to a stretch of dry reeds near Holm on Monday to slow the blaze.\n" + FILLER +
            "The crews lit the dry reeds late on Monday afternoon inside a firebreak.\n")
    assert dated(events_of(text)) == [("2031-05-12TAF", 2)]


def test_a_shutting_told_again_as_closing_off_is_one_event() -> None:
    text = ("Engineers shut the sluice gates on Monday as the water level rose by the hour.\n"
            + FILLER + "It took the crew about forty minutes on Monday to close off all the gates of the sluice.\n")
    assert dated(events_of(text)) == [("2031-05-12", 2)]


def test_a_launch_told_again_as_a_start_is_one_event() -> None:
    text = ("The council launched its deep drain effort at Holm on Monday.\n" + FILLER +
            "Residents have waited for news since the drain effort started on Monday.\n")
    assert dated(events_of(text)) == [("2031-05-12", 2)]


def test_one_actors_two_acts_of_one_family_on_different_things_stay_apart() -> None:
    text = ("Engineers shut the sluice gates at Holm on Monday.\n" + FILLER +
            "Engineers shut the ferry terminal at Vorn on Monday.\n")
    assert dated(events_of(text)) == [("2031-05-12", 1), ("2031-05-12", 1)]


def test_a_family_verb_in_another_acts_sentence_does_not_join() -> None:
    text = ("Engineers shut the sluice gates on Monday as the water level rose by the hour.\n"
            + FILLER + "On Monday evening the mayor praised the crews as footage showed the gates of the sluice "
            "being closed off.\n")
    assert len(events_of(text)) == 2


def test_a_beginning_before_its_act_is_not_the_act() -> None:
    text = ("Engineers shut the sluice gates at Holm on Monday.\n" + FILLER +
            "Engineers started draining the sluice gates' basin at Holm on Monday.\n")
    assert len(events_of(text)) == 2


def test_the_family_table_has_no_saying_verb() -> None:
    import re
    for pattern in ACT_FAMILIES.values():
        assert re.fullmatch(pattern, "said") is None and re.fullmatch(pattern, "announced") is None
