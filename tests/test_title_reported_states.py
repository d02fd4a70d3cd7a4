"""A reported state keeps its source; a reported intention or belief keeps its sense (issue 16).

When a sentence's date is the saying's and what was said is a state, a judgement, a negation, a forecast or a
modal, the title names who says it ("Port officials say ..."); a completed happening stands alone. After a verb
of saying in the headline present, a backshifted "planned", "believed", "expected" is present too. Every
sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from timeline.extract.reported_states import reported_state
from timeline.extract.titles import write_title


def _dated(sentence: str, date: str) -> str:
    start = sentence.index(date)
    return write_title(sentence, [(start, start + len(date))])


@pytest.mark.parametrize(("sentence", "title"), [
    ("The mould is spreading quickly through orchards outside the northern valleys, but the outbreak is "
     "mild, a Norland Health Board official said on Tuesday.",
     "A Norland Health Board official says the mould is spreading quickly through orchards"),
    ("The cost of repairs at the flooded Ketter mine could exceed $40 million, Halvard Ratings said on Friday.",
     "Halvard Ratings says the cost of repairs could exceed $40 million"),
    ("The harbour wall is too weak to hold another winter storm, port engineers said on Monday.",
     "Port engineers say the harbour wall is too weak to hold another winter storm"),
    ("Most of the spilled grain is still lying on the riverbed, researchers at Elm University said on Thursday.",
     "Researchers at Elm University say most of the spilled grain is still lying on the riverbed"),
])
def test_a_reported_state_keeps_its_source(sentence: str, title: str) -> None:
    day = next(d for d in ("on Tuesday", "on Friday", "on Monday", "on Thursday") if d in sentence)
    assert _dated(sentence, day) == title


def test_a_state_in_a_long_report_keeps_its_source() -> None:
    sentence = ("Port Police Sergeant Dan Ostrow said on Friday that a 40-foot patrol boat watching the bay has not seen any "
                "signs of the missing barge.")
    assert _dated(sentence, "on Friday") == "Dan Ostrow says a 40-foot patrol boat has not seen any signs of the missing barge"


def test_a_report_at_the_article_date_keeps_its_source() -> None:
    sentence = "This winter's ice on Lake Vorn is the thinnest on record, Vorn Valley biologists report."
    assert write_title(sentence, []) == "Vorn Valley biologists report this winter's ice on Lake Vorn is the thinnest on record"


@pytest.mark.parametrize(("sentence", "title"), [
    # a completed happening is the event: its attribution goes
    ("Twelve miners were rescued from the Ketter mine, the regional governor said on Sunday.",
     "Twelve miners are rescued from the Ketter mine"),
    # a speaker that names nobody stays out
    ("The harbour wall is too weak to hold another winter storm, he said on Monday.",
     "The harbour wall is too weak to hold another winter storm"),
    # the company telling of its own act
    ("Ostrow Shipping has finished unloading the stranded ferry, Ostrow Shipping said on Friday.",
     "Ostrow Shipping has finished unloading the stranded ferry"),
    ("Ostrow Shipping will close its river depot, the company said on Friday.", "Ostrow Shipping will close its river depot"),
])
def test_a_happening_or_an_unnamed_speaker_drops_the_attribution(sentence: str, title: str) -> None:
    day = next(d for d in ("on Sunday", "on Monday", "on Friday") if d in sentence)
    assert _dated(sentence, day) == title


def test_a_negation_keeps_its_scope_whole() -> None:
    # (cut before "outside", the claim would deny the spread everywhere: the clause stays whole, without its speaker)
    sentence = ("The new mould strain has not yet taken root outside the northern valleys, a Norland Health Board "
                "official said on Tuesday.")
    assert _dated(sentence, "on Tuesday") == "The new mould strain has not yet taken root outside the northern valleys"


def test_a_date_inside_what_was_said_keeps_the_bare_clause() -> None:
    sentence = "The ferry will be refloated on Saturday, the port authority said."
    assert _dated(sentence, "on Saturday") == "The ferry will be refloated"


@pytest.mark.parametrize(("clause", "state"), [
    ("the strain has not yet taken hold", True),
    ("costs could top $3 billion", True),
    ("the plan was a mistake", True),
    ("the outbreak requires close monitoring", True),
    ("the town has no power", True),
    ("eighteen people were killed in a shootout", False),
    ("the virus has killed 60 people", False),
    ("the agency was sending a team", False),
    ("Egypt has also had sporadic cases", False),
])
def test_what_a_state_is(clause: str, state: bool) -> None:
    assert reported_state(clause) is state


@pytest.mark.parametrize(("sentence", "title"), [
    ("Norland Power said on Tuesday that it planned to close the coal plant by 2030.",
     "Norland Power says it plans to close the coal plant by 2030"),
    ("The rangers said on Tuesday they wanted more money for patrols.",
     "The rangers say they want more money for patrols"),
    ("Vera Holm said on Tuesday she believed the dam was likely to hold.",
     "Vera Holm says she believes the dam is likely to hold"),
    ("Ketter Mining said on Tuesday it expected output to recover in the spring.",
     "Ketter Mining says it expects output to recover in the spring"),
])
def test_a_reported_intention_or_belief_takes_the_present(sentence: str, title: str) -> None:
    assert _dated(sentence, "on Tuesday") == title


def test_an_intention_with_its_own_past_keeps_it() -> None:
    sentence = "Vera Holm said on Tuesday she hoped in 2019 to retire."
    assert _dated(sentence, "on Tuesday") == "Vera Holm says she hoped in 2019 to retire"


def test_a_past_told_step_by_step_keeps_its_past() -> None:
    sentence = ("A museum spokesman, Ed Varga, said on Monday that two frames were empty in the first print and a "
                "technician added the portraits later.")
    assert "two frames were empty" in _dated(sentence, "on Monday")


def test_a_participle_phrase_in_a_long_subject_goes_before_the_speaker_does() -> None:
    sentence = ("Coast Guard Petty Officer Dan Ostrow said on Friday that a 40-foot harbour patrol launch watching the "
                "bay has not seen any sign of the barge.")
    assert _dated(sentence, "on Friday") == "Dan Ostrow says a 40-foot harbour patrol launch has not seen any sign of the barge"
