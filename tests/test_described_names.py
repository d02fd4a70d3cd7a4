"""A subject described and then named in an appositive before its verb: the name is the title's subject."""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.described_names import described_then_named
from timeline.model import Document


def _titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]


def test_a_long_appositive_ending_in_a_name_gives_the_name() -> None:
    titles = _titles("The woman expected to succeed Mr Lund, Norwegian colleague and Harlow Oil finance director "
                     "Kari Vik, took over the running of the pipeline last month.")
    assert any(t.startswith("Kari Vik takes over the running of the pipeline") for t in titles), titles


def test_an_honorific_and_a_surname_are_a_name() -> None:
    assert described_then_named("The man tipped to replace Mr Lund, finance director Mr Vik, took over in May.") \
        == "Mr Vik took over in May."


def test_a_name_set_off_by_dashes_gives_the_name() -> None:
    assert described_then_named("The head of the harbour board, Captain Ivo Rask - the official running the "
                                "clean-up - said the port would reopen.") == "Captain Ivo Rask said the port would reopen."


def test_a_description_of_a_thing_keeps_its_subject() -> None:
    text = "The pipeline built to replace the old line, Northern Link, opened in May."
    assert described_then_named(text) == text


def test_no_verb_after_the_name_keeps_the_subject() -> None:
    text = "The head of the panel, Lena Ortiz, whose report is due, was absent."
    assert described_then_named(text) == text
