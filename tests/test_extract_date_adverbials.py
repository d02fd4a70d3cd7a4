"""A bare date before a preposition is its clause's time, not a noun's modifier (issue 16).

Every text here is written for these tests. "sued the board Tuesday over the collapse", "came ashore Monday near
Portville", "warned landlords Monday against raising rents": news writes a weekday without "on", and a preposition
after it opens the verb's next phrase; no noun follows the date for it to modify, as one does in "his Tuesday
statement". Read as a modifier, the date yielded to any other date in the sentence, or left the lead to be dated by
the publication day beside its own day: the same report twice, once on the wrong day.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

THURSDAY = dt.date(2026, 3, 19)


def _dates(text: str) -> list[str]:
    return sorted(e.when.value() for e in extract(Document(path="t.txt", text=text, published=THURSDAY)))


def test_a_lead_dated_before_a_preposition_is_not_also_dated_by_the_publication() -> None:
    assert _dates("The city council sued the Harbour Board Tuesday over the collapse of the old pier.\n") == [
        "2026-03-17"]


def test_a_place_phrase_after_the_date() -> None:
    assert _dates("Storm Ada came ashore Monday near Portville, flooding hundreds of homes along the coast.\n") == [
        "2026-03-16"]


def test_the_clause_keeps_its_day_beside_another_date() -> None:
    text = "The new mayor warned landlords Monday against raising rents, two months after she was elected on Jan. 12.\n"
    events = extract(Document(path="t.txt", text=text, published=THURSDAY))
    assert any(e.when.value() == "2026-03-16" and "landlords" in e.title for e in events)


def test_a_date_before_its_noun_still_modifies_it() -> None:
    text = "Shares in Ostrava Mining rose 4 percent on Wednesday after the company's Tuesday statement.\n"
    assert "2026-03-18" in _dates(text) and "2026-03-17" not in _dates(text)
