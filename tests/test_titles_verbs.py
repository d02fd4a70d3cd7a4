"""Headline titles: irregular verbs, dates whose removal would break the wording, transitive verbs at a
cut and unnamed subjects. Every sentence here is invented for the test."""

from __future__ import annotations

from timeline.extract.title_words import _PRESENT, _subject_end
from timeline.extract.titles import write_title


def test_common_irregular_pasts_are_verbs_in_the_headline_present() -> None:
    for past, present in {"fled": "flees", "sought": "seeks", "swore": "swears", "wore": "wears", "wove": "weaves",
                          "forbade": "forbids", "taught": "teaches", "flew": "flies", "underwent": "undergoes"}.items():
        assert _PRESENT[past] == present


def test_an_irregular_past_ends_the_subject() -> None:
    text = "The mayor of the river town fled the rising water"
    assert text[_subject_end(text):].startswith("fled")
    assert write_title("Thousands of villagers fled the rising water on Monday.", [(len(
        "Thousands of villagers fled the rising water "), len("Thousands of villagers fled the rising water on Monday"))]
    ) == "Thousands of villagers flee the rising water"


def test_a_plural_quantifier_subject_takes_the_plural_verb() -> None:
    assert write_title("Some swore they would stay in the valley.", []).startswith("Some swear")
