"""A death told by the surname, by the name the title gives, or by a description of the person is the one death.

News names a person in full once and by the surname after; a relative clause's title names its antecedent ("Castell,
who died last March" titles "Rhea Castell dies" whoever the sentence is about); a definite description ("the singer")
stands for the person named before. Each telling at a date that agrees is that one death. Two people of one surname
told dying keep their own deaths. Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

FRIDAY = dt.date(2026, 3, 20)


def events_of(text: str) -> list:
    return extract(Document(path="t.txt", text=text, published=FRIDAY))


def deaths(text: str) -> list[tuple[str, int]]:
    return sorted((e.when.value(), len(e.sources)) for e in events_of(text) if " dies" in e.title)


def test_a_bare_surname_is_the_one_person_of_that_surname_told_dying() -> None:
    # Another Vasquez is named (her son), so the bare surname alone does not say who; only one Vasquez dies.
    text = ("Lorna Vasquez, the jazz singer, died on May 4, 2025, aged 71.\n"
            "Her son, Teo Vasquez, said on Thursday that the family would open an archive of her letters.\n"
            "The album was finished before Vasquez died in 2025.\n")
    assert deaths(text) == [("2025-05-04", 2)]


def test_a_relative_clause_titled_by_its_antecedent_is_that_persons_death() -> None:
    text = ("Judge Alma Brandt said on Tuesday that the trial of Dr Ivo Marsh would open in May.\n"
            "Marsh denies causing the death of Rhea Castell, who died in March 2024.\n"
            "Castell died on March 2, 2024, at her home in Lisbon.\n")
    assert deaths(text) == [("2024-03-02", 2)]


def test_a_description_standing_for_the_person_is_the_one_death() -> None:
    text = ("Rhea Castell died on March 2, 2024, at her home in Lisbon.\n"
            "A court in Porto heard the case of her estate on Tuesday.\n"
            "Castell's fans were shocked when the singer died in 2024.\n")
    assert deaths(text) == [("2024-03-02", 2)]


def test_two_people_of_one_surname_keep_their_own_deaths() -> None:
    text = ("Ravel Kinsey died in 2019.\n"
            "His son, Mateo Kinsey, died in March 2019.\n"
            "The farm was sold after Kinsey died in 2019.\n")
    found = events_of(text)
    assert [(e.when.value(), len(e.sources)) for e in found if "Mateo Kinsey" in e.title] == [("2019-03", 1)]
    assert [(e.when.value(), len(e.sources)) for e in found if "Ravel Kinsey" in e.title] == [("2019", 1)]
