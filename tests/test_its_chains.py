"""A sentence-opening "Its" named by the organisation the sentence before opened with and called "its" itself."""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document


def _titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]


def test_its_after_a_sentence_whose_own_its_told_the_owner_is_that_owners() -> None:
    # (two names before: a storm and the insurer, which the story also gives a person as a surname)
    titles = _titles("Walter Quenby, the founder, retired in 2019. Denver-based Quenby expects its bill for Storm Ardo "
                     "to reach $90m. Its travel arm was hit by the floods on Monday and has raised prices by 3%.")
    assert any(t.startswith("Quenby’s travel arm is hit by the floods") for t in titles), titles


def test_its_with_a_name_after_it_after_shares_of_a_company_is_that_companys() -> None:
    titles = _titles("Shares of Orvel -- which has lost a third of its value since the fire -- closed 2 percent "
                     "higher in Chicago on Thursday. Its Paris shares closed up 1.5 percent on Thursday.")
    assert any(t.startswith("Orvel’s Paris shares close up 1.5 percent") for t in titles), titles


def test_its_after_a_sentence_opening_with_a_person_keeps_its_pronoun() -> None:
    titles = _titles("Tony Marsh praised its record and Storm Ardo's end. "
                     "Its travel arm was hit by the floods on Monday and has raised prices by 3%.")
    assert not any(t.startswith("Tony Marsh’s travel arm") or t.startswith("Marsh’s travel arm") for t in titles), titles
