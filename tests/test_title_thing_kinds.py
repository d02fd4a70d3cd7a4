"""A vessel's or an installation's kind words ("oil", "drilling", "offshore") between its name and its noun, or before
a name put after the noun, still name the one thing ("The rig sinks" -> "The Kestrel Dawn oil rig sinks"); a title's
own kind words pick no other thing ("The oil rig explodes"); a word of its state is no part of its name once
that state may be over ("Norvale's leaking well" -> "Norvale's well is capped"). A happening's noun ("spill") takes no
kind words: "the Harwick Sound oil spill" is another spill. A thing's or a body's noun before another word ("The rig
explosion", "The administration reiterates") takes the name as well (thing_kinds.py, definite_names.py,
thing_names.py).

Every sentence here is written for these tests; the rigs, wells and firms are invented.
"""

from __future__ import annotations

from timeline.extract.definite_names import fuller_name
from timeline.extract.thing_names import named_thing


def named(title: str, before: str, after: str = "The crews worked on.") -> str:
    """The title of the sentence ``after`` as the extractor names it: as the story before named it, then its thing."""
    text = before + " " + after
    return named_thing(fuller_name(title, before + " "), text, len(before) + 1)


def test_kind_words_between_the_name_and_the_noun() -> None:
    before = "Fire broke out on the Kestrel Dawn oil rig on Tuesday."
    assert named("The rig sinks", before) == "The Kestrel Dawn oil rig sinks"
    before = "Workers fled the Kestrel Dawn oil drilling rig as it burned."
    assert named("The rig sinks", before) == "The Kestrel Dawn oil drilling rig sinks"


def test_kind_words_before_a_name_after_the_noun() -> None:
    before = "Boats circled the off shore oil rig Kestrel Dawn, which burned for a day."
    assert named("The rig sinks", before) == "The Kestrel Dawn rig sinks"


def test_a_title_s_own_kind_words_pick_no_other_thing() -> None:
    before = "Fire broke out on the Kestrel Dawn rig on Tuesday."
    assert named("The oil rig explodes", before) == "The Kestrel Dawn rig explodes"
    assert named("The offshore drilling rig sinks", before) == "The Kestrel Dawn rig sinks"


def test_the_name_told_further_down_names_a_kind_worded_title() -> None:
    text = ("The oil rig exploded on Tuesday, the coast guard said. "
            "Crews on the Kestrel Dawn rig had been drilling for a month.")
    assert named_thing("The oil rig explodes", text, 0) == "The Kestrel Dawn rig explodes"


def test_a_state_word_is_no_part_of_the_name() -> None:
    before = "Oil still gushed from Norvale's leaking well in May."
    assert named("The well is capped", before) == "Norvale's well is capped"
    before = "Divers reached Norvale's sunken Kestrel Dawn oil rig on Friday."
    assert named("The rig sinks", before) == "Norvale's Kestrel Dawn oil rig sinks"


def test_a_word_that_makes_another_thing_is_no_kind() -> None:
    before = "Norvale began drilling its Kestrel relief well in May."
    assert named("The well is capped", before) == "The well is capped"


def test_a_happening_s_noun_takes_no_kind_words() -> None:
    before = "The Harwick Sound oil spill of 2003 fouled the bay for months."
    assert named("The spill is plugged", before) == "The spill is plugged"
    assert named("The oil spill begins", before) == "The oil spill begins"


def test_two_rigs_named_leave_the_title() -> None:
    before = "The Kestrel Dawn oil rig and the Harrow Star oil rig drilled in the field."
    assert named("The rig sinks", before) == "The rig sinks"


def test_a_noun_before_another_word_takes_the_name() -> None:
    before = "Fire broke out on the Kestrel Dawn rig on Tuesday."
    assert named("The rig explosion kills 11 workers", before) == "The Kestrel Dawn rig explosion kills 11 workers"
    before = "Critics said the Voss administration was slow."
    assert named("The administration reiterates that it will act", before) == \
        "The Voss administration reiterates that it will act"
