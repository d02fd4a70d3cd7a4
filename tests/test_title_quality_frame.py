"""The title benchmark's "frame" detector (benchmarks/title_quality.py) and the title writer share one predicate,
title_open.left_open: a title that stops on a frame, or inside the clause a frame opens, is flagged, and the titles
the writer makes of the same sentences are not. Every sentence here is invented for the test."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from title_quality import defects

from timeline.extract.title_open import left_open
from timeline.extract.titles import write_title

_SENTENCES = [
    ("The dairy says its monthly figures, normally published on the first Monday of the month, will be late.",
     "The dairy says its monthly figures, normally published on the first Monday"),
    ("Two retired teachers claim they were never told that the school had closed its pension scheme.",
     "Two retired teachers claim"),
    ("Farmers in the valley are challenging the council's assertion that the river is safe to drink from.",
     "Farmers in the valley are challenging the council's assertion"),
    ("The ferry company issued a statement saying that every sailing had been cancelled.",
     "The ferry company issued a statement saying"),
]


@pytest.mark.parametrize(("sentence", "cut"), _SENTENCES)
def test_a_title_stopping_on_a_frame_is_flagged_by_both(sentence: str, cut: str) -> None:
    assert "frame" in defects(cut, sentence, sentence)
    rest = sentence[len(cut):].split()
    assert left_open(cut.split(), rest)


@pytest.mark.parametrize(("sentence", "cut"), _SENTENCES)
def test_the_writers_titles_of_the_same_sentences_are_not(sentence: str, cut: str) -> None:
    title = write_title(sentence, [])
    assert "frame" not in defects(title, sentence, sentence), title


def test_a_whole_clause_or_a_report_after_what_was_said_is_not_flagged() -> None:
    quote = "The mill will close in the spring, its owner said."
    assert "frame" not in defects("The mill will close, its owner says", quote, quote)
    quote = "The minister says the bridge will reopen."
    assert "frame" not in defects("The minister says the bridge will reopen", quote, quote)
    quote = "It supports the plan to widen the road, the council said."
    assert not left_open(["The", "council", "says", "it", "supports", "the", "plan"], ["to", "widen", "the", "road"])


def test_a_speaker_with_an_apposition_and_nothing_said_is_flagged() -> None:
    quote = "Mara Lind, the head of botany at the city museum, said her team found no trace of the beetle."
    assert "frame" in defects("Mara Lind, the head of botany at the city museum says", quote, quote)


def test_a_whether_clause_without_its_verb_is_open_for_both() -> None:
    sentence = "Inspectors are examining whether the pilots of the small plane had been warned about the storm."
    cut = "Inspectors are examining whether the pilots"
    assert left_open(cut.split(), sentence[len(cut):].split())
    assert "frame" in defects(cut, sentence, sentence)
