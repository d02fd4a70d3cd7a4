"""A title's "his death" as the death of the one person the story says died, or left when it may be another's."""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.title_nominal import verbal_title
from timeline.model import Document


def _titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]


def test_his_death_is_the_death_of_the_one_man_the_story_says_died() -> None:
    titles = _titles("Mr Tom Varley's death shocked the town of Elham. "
                     "Prosecutors said the nurse gave Varley a dose of the drug fenoxal that caused his death in "
                     "June 2024.")
    assert any("causes Varley’s death" in t for t in titles), titles


def test_his_death_in_a_story_of_two_deaths_keeps_its_pronoun() -> None:
    titles = _titles("Mr Tom Varley's death shocked the town of Elham, and Mr Jim Hoad died a week later. "
                     "Prosecutors said the nurse gave a dose of the drug fenoxal that caused his death in June 2024.")
    assert any("causes his death" in t for t in titles), titles


def test_a_verb_before_a_possessive_name_keeps_the_title_a_clause() -> None:
    assert verbal_title("The drug fenoxal causes Varley’s death") == "The drug fenoxal causes Varley’s death"


def test_an_owner_before_a_name_is_no_verb() -> None:
    assert verbal_title("Raid of the singer's Coldwater Ranch in Ohio") == "The singer's Coldwater Ranch is raided in Ohio"
