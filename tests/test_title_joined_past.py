"""A verb joined by "or" to "was"/"were" of the same subject keeps its past: "No one dies or was even hurt" mixes tenses
(title_tense.py). Sentences written for these tests."""

from __future__ import annotations

from timeline.extract.titles import write_title


def _title(sentence: str, date: str) -> str:
    at = sentence.index(date)
    return write_title(sentence, [(at, at + len(date))])


def test_a_verb_joined_to_was_stays_past():
    sentence = "Nobody drowned or was even injured on Tuesday at the Millbrook weir, thanks to the lifeguards."
    assert _title(sentence, "on Tuesday") == "Nobody drowned or was even injured at the Millbrook weir, thanks to the lifeguards"


def test_a_clause_of_its_own_after_and_does_not_hold_the_first_verb_back():
    sentence = "The old mill exploded on Tuesday and the crew was evacuated."
    assert _title(sentence, "on Tuesday") == "The old mill explodes and the crew is evacuated"
