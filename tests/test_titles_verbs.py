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


def _dated(sentence: str, date: str) -> str:
    start = sentence.index(date)
    return write_title(sentence, [(start, start + len(date))])


def test_a_date_that_is_a_verbs_object_or_complement_stays() -> None:
    assert _dated("The ferry company took two weeks to deliver the spare engine.", "two weeks") \
        == "The ferry company takes two weeks to deliver the spare engine"
    assert "dated 3 June and released" in _dated("The new budget is dated 3 June and released to the council.",
                                                 "3 June")
    assert _dated("The district vote is Tuesday.", "Tuesday") == "The district vote is Tuesday"


def test_an_adverb_that_modifies_only_the_date_goes_with_it() -> None:
    title = _dated("Just last month, the harbour court fined a subsidiary of the ferry firm for dumping fuel.",
                   "last month")
    assert title.startswith("The harbour court fined"), title
    assert _dated("The mayor will open the bridge Friday.", "Friday") == "The mayor will open the bridge"
