"""An "It says" after a lone name the story calls by an organisation's noun ("contractor Dravko") takes the name."""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document


def _titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]


def test_it_says_after_a_lone_name_called_a_contractor_is_that_contractor() -> None:
    titles = _titles("The safety board published its report on the mine fire on Monday, and cement contractor Dravko "
                     "said it was flawed. Dravko also hit back at the 90-page report. \"As we review the report published "
                     "on Monday, we have found many errors in it,\" it said on Tuesday.")
    assert any(t.startswith("Dravko says") and "many errors" in t for t in titles), titles


def test_it_says_after_a_lone_name_that_is_a_mans_keeps_its_pronoun() -> None:
    titles = _titles("The safety board published its report on the mine fire on Monday, and contractor Dravko said "
                     "his crew was not to blame. Dravko also hit back at the 90-page report. \"As we review the report "
                     "published on Monday, we have found many errors in it,\" it said on Tuesday.")
    assert not any(t.startswith("Dravko says") and "many errors" in t for t in titles), titles
