"""A title's "The country's" is the one country the story named just before it."""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document


def _titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]


def test_the_country_after_its_people_is_that_country() -> None:
    titles = _titles("Peruvians are returning to the beaches after a quiet week. "
                     "But the country's transport minister said on Sunday that ferries would stay in port.")
    assert any(t.startswith("Peru's transport minister says") for t in titles), titles


def test_the_country_named_earlier_in_its_own_sentence() -> None:
    titles = _titles("In Chile, where the port of Arica closed on Monday, the country's fisheries minister said "
                     "on Tuesday that the fleet would stay ashore.")
    assert any(t.startswith("Chile's fisheries minister") for t in titles), titles


def test_the_country_is_the_nearest_named_not_the_story_s_first() -> None:
    titles = _titles("The new strain first appeared in Mexico last month. "
                     "Qatar is the region's busiest hub, but the country's health ministry said on Monday that "
                     "flights would go on.")
    assert any(t.startswith("Qatar's health ministry says") for t in titles), titles


def test_the_country_stays_when_the_nearest_sentence_names_two() -> None:
    titles = _titles("Peruvians and Chileans watched the storm pass. "
                     "The country's navy said on Sunday that ferries would stay in port.")
    assert any(t.startswith("The country's navy says") for t in titles), titles
