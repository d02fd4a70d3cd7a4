"""A sentence wholly inside one quotation is as long as its words: its two marks do not count toward a title's
limit (issue 16). The sentences are invented for the test."""

from __future__ import annotations

from timeline.extract.title_cuts import title_length
from timeline.extract.titles import write_title


def test_the_marks_of_a_wholly_quoted_sentence_do_not_count() -> None:
    words = "The families who lost their homes in the flood will be paid in full by the two water board"
    assert len(words) == 90
    assert write_title(f"“{words}.”", []) == f"“{words}”"


def test_marks_around_part_of_a_title_count() -> None:
    assert title_length("“The water is safe,” the mayor says") == len("“The water is safe,” the mayor says")
    assert title_length("“The water is safe”") == len("The water is safe")
