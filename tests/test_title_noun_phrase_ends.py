"""A cut does not leave a noun phrase without its noun, nor a verb of making without the state it makes (issue 16):
the phrase gives up its describing words first ("its initial coastal | high-speed ferry subsidy" -> "its ferry
subsidy"). Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from timeline.extract.title_premodifiers import lighter_noun_phrases
from timeline.extract.title_whole import ends_open
from timeline.extract.titles import write_title


def test_a_long_noun_phrase_at_the_end_keeps_its_noun() -> None:
    title = write_title("Last week, a regional appeals court rejected the county's effort to restore its initial coastal "
                        "high-speed ferry subsidy, which was cut after the spring floods.", [])
    assert title == "A regional appeals court rejects the county's effort to restore its ferry subsidy"


@pytest.mark.parametrize(("kept", "rest", "open_"), [
    ("the court moved to restore its initial coastal", "high-speed ferry subsidy.", True),
    ("the council voted to keep its old", "diesel ferry", True),
    ("the storm hit the island hardest before it reached the", "coastal towns", True),
    ("the rescue teams reached the village", "rejected the plan", False),
    ("the ministers met the visiting president", "battering coastal towns", False),
    ("the partner refused to pay its share of the costs", "so far", False),
])
def test_a_cut_inside_the_last_noun_phrase_is_open(kept: str, rest: str, open_: bool) -> None:
    assert ends_open(kept.split(), rest.split()) is open_


def test_modifiers_that_change_the_meaning_stay() -> None:
    former, costly = "the board dismissed its former chief harbour engineer", "the board approved its costly new harbour crane"
    assert lighter_noun_phrases(former.split(), len(former.split()) - 1, 2) == []
    assert lighter_noun_phrases(costly.split(), len(costly.split()) - 1, 2) == ["the board approved its new harbour crane"]


@pytest.mark.parametrize(("kept", "rest", "open_"), [
    ("the strike had not made the fuel shortage", "dramatically worse, officials said", True),
    ("the storm has left the island", "much poorer", True),
    ("the strike had not made the fuel shortage", "in the north", False),
])
def test_a_verb_of_making_keeps_the_state_it_makes(kept: str, rest: str, open_: bool) -> None:
    assert ends_open(kept.split(), rest.split()) is open_
