"""A title's bare "The rig" named as the story names that thing further down, when nothing before its sentence named
it (thing_names.py). Sentences written for these tests."""

from __future__ import annotations

from timeline.extract.thing_names import named_thing

_STORY = ("Shares in Northfield Energy have lost a third of their value since the rig exploded on 20 April.\n"
          "Analysts expect the bill to keep rising.\n"
          "The Sea Lantern rig had been drilling in deep water for a month.\n")


def test_a_thing_named_further_down():
    assert named_thing("The rig explodes", _STORY, 0) == "The Sea Lantern rig explodes"


def test_a_heading_capitalised_noun_is_no_name():
    text = _STORY.replace("The Sea Lantern rig had", "Northfield's Oil Rig Blast: what went wrong.\nIt had")
    assert named_thing("The rig explodes", text, 0) == "The rig explodes"


def test_two_rigs_named_leave_the_title():
    text = _STORY + "The Ocean Pearl rig was sent to drill a relief well.\n"
    assert named_thing("The rig explodes", text, 0) == "The rig explodes"
