"""A title's "It" that emerges, spreads or kills is the one flu or virus its sentence (or the one before) names."""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document


def _titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]


def test_it_that_emerges_is_the_strain_its_sentence_names() -> None:
    titles = _titles("Doctors in Lisbon are tracking the spread of the new H7N3 strain, which reached Spain on "
                     "Friday after outbreaks in Brazil, where it emerged in January.")
    assert any(t.startswith("The new H7N3 strain emerges") for t in titles), titles


def test_it_that_surfaces_is_the_flu_the_sentence_before_names() -> None:
    titles = _titles("Duck flu is the latest threat to the region's farms. It first surfaced in 2004 in Norfolk.")
    assert any(t.startswith("Duck flu first surfaces") for t in titles), titles


def test_two_diseases_leave_it() -> None:
    titles = _titles("Both duck flu and swine flu worry the region's farmers. It first surfaced in 2004 in Norfolk.")
    assert not any(t.startswith(("Duck flu first", "Swine flu first")) for t in titles), titles
