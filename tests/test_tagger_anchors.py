"""How a sentence's date is chosen among the expressions the tagger finds in it (issue 16's
wrong dates): a trailing attribution's time is when the news was told, not when it happened.
Sentences written for this test."""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document


def _dates(text: str, published: dt.date) -> list[str]:
    return sorted(e.when.value() for e in extract(Document(path="t.txt", text=text, published=published)))


def test_a_trailing_attributions_time_yields_to_the_clauses_own_day() -> None:
    text = ("The mayor cancelled the parade.\n\n"
            "The mayor told the organisers in a meeting Tuesday night, offering an apology, "
            "the city's spokeswoman announced in a statement just after midnight.\n")
    dates = _dates(text, dt.date(2025, 8, 13))
    assert "2025-08-12TNI" in dates
    assert "2025-08-13T00:00" not in dates


def test_the_attribution_keeps_its_date_when_the_clause_has_only_a_vague_one() -> None:
    text = ("The two firms took risky shortcuts that fouled the coast over the summer, "
            "the inquiry said on Wednesday.\n")
    assert "2025-08-13" in _dates(text, dt.date(2025, 8, 13))
