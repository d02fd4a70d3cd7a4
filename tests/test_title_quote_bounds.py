"""A quote title starts at its clause and never ends inside a phrase: a leading "and" goes, and a cut never leaves a
determiner and a modifier waiting for their noun ("in the course of this coming").

Every sentence here is written for these tests; the people and places are invented.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.titles import write_title
from timeline.model import Document


def titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]


def test_a_quote_opening_on_and_starts_at_its_clause() -> None:
    text = ("The council met on Monday.\n"
            "\"and the council has still yet to vote on the budget the mayor sent it,\" Councillor Ann Pike said on Monday.\n")
    found = titles(text)
    assert any("“The council has still yet to vote" in t for t in found), found
    assert not any("“and " in t for t in found), found


def test_a_quote_cut_after_a_modifier_drops_its_adverbial() -> None:
    sentence = ("\"We have a second barrier to build in the course of this coming week which will hold the river by next "
                "month,\" Piet Hollis told the radio station.")
    at = sentence.index("week")
    title = write_title(sentence, [(at, at + 4)])
    assert title.endswith("“We have a second barrier to build”"), title

