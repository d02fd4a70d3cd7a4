"""Tickers and link labels a saved wire page prints inside sentences (issue 16): kept out of
titles, subjects and tags, kept in the verbatim quote."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract import extract
from timeline.extract.inline_marks import inline_marks, reading_text
from timeline.model import Document


@pytest.mark.parametrize("text, marks", [
    ("Exxon Mobil (XOM.N), opens new tab said", ["(XOM.N), opens new tab"]),
    ("Halliburton Co <HAL.N> tumbled", ["<HAL.N>"]),
    ("Toyota (7203.T) and BP (BP.L) (BP.N) rose", ["(7203.T)", "(BP.L) (BP.N)"]),
    ("Berkshire (BRKa.N) and the index (.SPX) fell", ["(BRKa.N)", "(.SPX)"]),
    ("a detokenised Exxon Mobil Corp (XOM. N ) rose", ["(XOM. N )"]),
    ("shares (BP.L, BP.N) fell", ["(BP.L, BP.N)"]),
    ("read the report (opens in a new window) today", [" (opens in a new window)"]),
])
def test_tickers_and_link_labels_are_marked(text: str, marks: list[str]) -> None:
    assert [text[a:b] for a, b in inline_marks(text)] == marks


@pytest.mark.parametrize("text", [
    "officials in Washington (U.S.) said", "a doctor (Ph.D) said", "ranked (No. 2) in the league",
    "NEW YORK (AP) - Officials", "the World Health Organization (WHO) said", "Senator Smith (R) said",
    "the company (BP) said", "he opens a new shop", "the Nasdaq rose 1.5 percent (ND.2) on Monday",
])
def test_brackets_that_are_not_tickers_stay(text: str) -> None:
    assert inline_marks(text) == [] and reading_text(text) is text


def test_blanking_keeps_every_offset_and_line_break() -> None:
    text = "Shell (SHEL.L), opens new tab\nwill report"
    blank = reading_text(text)
    assert len(blank) == len(text) and blank.index("\n") == text.index("\n")
    assert blank.split() == ["Shell", "will", "report"]


def test_a_wire_sentence_with_tickers_gets_a_clean_title_no_ticker_tags_and_its_verbatim_quote() -> None:
    sentence = ("Northwind Energy (NWE.N), opens new tab said on Friday its first-quarter profit fell 6%, "
                "while Harbor Oil (HBO.L), opens new tab kept its forecast.")
    doc = Document(path="wire.md", text=f"HOUSTON (Wire) - {sentence}\n", title="Energy results",
                   published=dt.date(2025, 5, 2))
    [event] = extract(doc)
    assert event.title == "Northwind Energy says its first-quarter profit fell 6%"
    assert not {"NWE", "HBO", "NWE.N"} & set(event.tags) and "Northwind Energy" in event.tags
    assert event.sources[0].quote in doc.text and "(NWE.N), opens new tab" in event.sources[0].quote
    assert event.when.value() == "2025-05-02"


def test_a_blanked_ticker_keeps_the_names_on_either_side_apart() -> None:
    from timeline.extract.names import NameIndex

    text = reading_text("Northwind Energy (NWE.N) Chief Executive Dana Reyes said on Monday. "
                        "Spanish oil giant Harbor Oil (HBO.MC) HBO.N prepares to drill.")
    found = NameIndex(text).names_in(text, 0, len(text))
    assert "Northwind Energy" in found and "Dana Reyes" in found and "Harbor Oil" in found
    assert not any(len(name.split()) > 2 or name.startswith(("NWE", "HBO")) for name in found)
