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


def test_another_of_its_kind_named_further_down():
    text = ("Schools closed after the virus was identified on 23 April.\n"
            "Tests showed not all patients had the new H1N1 virus.\n"
            "The AIDS virus spread for years before it was identified, she noted.\n")
    assert named_thing("The virus is identified", text, 0) == "The virus is identified"


def test_a_persons_thing_named_further_down():
    text = ("The performance appeared to end his hopes of higher office.\n"
            "The senator dismissed Tom Ridley's performance in the debate.\n")
    assert named_thing("The performance appears to end his hopes", text, 0) == "The performance appears to end his hopes"
