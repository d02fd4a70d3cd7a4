"""A title's "the Oregon Democrat" is the one lawmaker the story named just before by office and name."""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document


def _titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]


def test_the_state_and_party_is_the_senator_named_before() -> None:
    titles = _titles("Sen. Ann Pike toured the flooded valley with farmers. "
                     "The Oregon Democrat demanded on Monday that the dam's owner pay for the damage.")
    assert any(t.startswith("Ann Pike demands") for t in titles), titles


def test_the_description_after_a_quote_is_the_representative_named_before() -> None:
    titles = _titles("A farmer in Rep. Tom Hale's district has a plan for the levee. "
                     "\"Nobody has called us back,\" the Idaho Republican complained at a hearing on Tuesday.")
    assert any("Tom Hale complain" in t for t in titles), titles


def test_two_lawmakers_or_another_party_leave_the_description() -> None:
    titles = _titles("Sen. Ann Pike and Rep. Tom Hale toured the flooded valley. "
                     "The Oregon Democrat demanded on Monday that the dam's owner pay for the damage.")
    assert any(t.startswith("The Oregon Democrat demands") for t in titles), titles
    titles = _titles("Rep. Tom Hale, R-Idaho, toured the flooded valley. "
                     "The Oregon Democrat demanded on Monday that the dam's owner pay for the damage.")
    assert any(t.startswith("The Oregon Democrat demands") for t in titles), titles
