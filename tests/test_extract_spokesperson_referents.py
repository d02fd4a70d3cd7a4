"""A title's "The spokesman" put as the one spokesman the story described before, by the body he speaks for
(spokesperson_referents.py); a spokesman told without his body, two bodies' spokesmen or a spokeswoman for a
spokesman leave the title as it is.

Every sentence here is written for these tests; the firms and people are invented.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.sentences import split_sentences
from timeline.extract.spokesperson_referents import spokesperson_named
from timeline.model import Document


def _named(title: str, text: str) -> str:
    sentences = split_sentences(text)
    return spokesperson_named(title, text, sentences, len(sentences) - 1)


def test_an_unnamed_spokesman_by_his_body() -> None:
    text = ("A Northfield Energy spokesman confirmed the email's contents on Monday.\n"
            "Chief executive Ann Voss said she was reviewing the bonuses.\n"
            "The spokesman said the review would end next year.\n")
    assert _named("The spokesman says the review will end next year", text) == \
        "Northfield Energy spokesman says the review will end next year"


def test_a_named_spokesman() -> None:
    text = ("Northfield Energy spokesman Karl Ostrander said the valve held.\n"
            "The spokesman was answering a newspaper report on Tuesday.\n")
    assert _named("The spokesman was answering a newspaper report", text) == \
        "Northfield Energy spokesman Karl Ostrander was answering a newspaper report"


def test_a_spokeswoman_for_a_body_or_a_person() -> None:
    text = ("Checks will end next week, according to a spokeswoman for the Marine Safety Board.\n"
            "The spokeswoman said inspectors would visit every rig.\n")
    assert _named("The spokeswoman says inspectors will visit every rig", text) == \
        "Marine Safety Board spokeswoman says inspectors will visit every rig"
    text = ("The premier spoke to the chairman, a spokesman for Hallworth said.\n"
            "The spokesman said the talks went well on Monday.\n")
    assert _named("The spokesman says the talks went well", text) == "Hallworth spokesman says the talks went well"


def test_a_spokesman_without_his_body_leaves_the_title() -> None:
    text = ("A Northfield Energy spokesman confirmed the email on Monday.\n"
            "A spokesman said the figures would come later.\n"
            "The spokesman said the review would end next year.\n")
    title = "The spokesman says the review will end next year"
    assert _named(title, text) == title


def test_two_bodies_spokesmen_leave_the_title() -> None:
    text = ("A Northfield Energy spokesman declined to comment.\n"
            "A Harwell Drilling spokesman said the crew had left.\n"
            "The spokesman said the review would end next year.\n")
    title = "The spokesman says the review will end next year"
    assert _named(title, text) == title


def test_a_spokeswoman_is_no_spokesman() -> None:
    text = ("A Northfield Energy spokeswoman confirmed the email.\n"
            "The spokesman said the review would end next year.\n")
    title = "The spokesman says the review will end next year"
    assert _named(title, text) == title


def test_a_spokesman_described_in_the_title_keeps_his_words() -> None:
    text = ("A Northfield Energy spokesman confirmed the email.\n"
            "The spokesman from Harwell Drilling said the crew had left.\n")
    title = "The spokesman from Harwell Drilling says the crew had left"
    assert _named(title, text) == title


def test_the_extractor_names_the_spokesman_in_a_title() -> None:
    text = ("A Northfield Energy spokesman confirmed the email's contents on Monday.\n"
            "Chief executive Ann Voss said she was reviewing the bonuses.\n"
            "The spokesman said on Tuesday the review would end next year.\n")
    found = [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]
    assert any(t.startswith("Northfield Energy spokesman says the review") for t in found), found
