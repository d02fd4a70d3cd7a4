"""A "he" opening a time clause is not the woman the sentence's "she" stands for (issue 16, subjects).

"She said the doctor rode with the singer after he collapsed": the sayer is a woman, so "he" is someone else; with
two men named in the sentence the title keeps the pronoun (vague rather than wrong). Written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document


def _titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="t.txt", text=text, published=dt.date(2031, 6, 30)))]


def test_he_in_a_time_clause_is_not_the_woman_who_said_it() -> None:
    text = ("Ines Varga said the ferry's skipper had helped the inquiry.\n"
            "She said Tomas Roth had stayed on the quay with Erik Lund after he collapsed last Thursday, and would "
            "stay in Portville.\n")
    titles = _titles(text)
    assert not any("Varga collapses" in t for t in titles), titles
    assert "He collapses" in titles, titles


def test_he_in_a_time_clause_still_names_the_man_who_said_it() -> None:
    text = ("Tomas Roth spoke to investors on Monday.\n"
            "He said the ferry line had grown fast since he became chief executive in 2027.\n")
    assert "Roth becomes chief executive" in _titles(text)
