"""A person dies once: every telling of a named person's death, at dates that agree, is one event.

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

FRIDAY = dt.date(2026, 3, 20)


def events_of(text: str) -> list:
    return extract(Document(path="t.txt", text=text, published=FRIDAY))


def test_a_death_told_at_its_day_and_at_its_month_is_one_event() -> None:
    text = ("Ines Moreau died at her home in Portville on March 2, her family said.\n"
            "Moreau, who died in March aged 81, wrote 30 novels.\n")
    deaths = [e for e in events_of(text) if "dies" in e.title]
    assert [(e.when.value(), len(e.sources)) for e in deaths] == [("2026-03-02", 2)]


def test_another_persons_death_of_a_date_holding_it_stays_its_own() -> None:
    text = ("Ravel Kinsey died in 2019.\n"
            "His brother, Tomas, died in March 2019.\n")
    assert sorted(e.when.value() for e in events_of(text)) == ["2019", "2019-03"]


def test_a_death_told_as_passing_away_is_the_one_death() -> None:
    text = ("Ines Moreau passed away at her home in Portville on March 2, her family said.\n"
            "Moreau, who died in March aged 81, wrote 30 novels.\n")
    deaths = [e for e in events_of(text) if "dies" in e.title or "passes away" in e.title]
    assert [(e.when.value(), len(e.sources)) for e in deaths] == [("2026-03-02", 2)]


def test_passing_away_is_a_death_to_the_happening_stems() -> None:
    from timeline.extract.happenings import stem, stems

    assert stem("death") in stems("the actor passed away on Monday") and stem("died") in stems("she passes away")
    # Passing a law or a bill away from a committee is no death.
    assert stem("died") not in stems("the senate passed the bill away from the floor")
