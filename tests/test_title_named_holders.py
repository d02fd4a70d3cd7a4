"""A title names whose thing "its" opens, as the story named the organisation.

Every sentence here is written for these tests; the firms, bodies and places are invented.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.title_referents import resolve_pronoun
from timeline.model import Document


def titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]


def test_its_before_a_name_is_the_organisation_s() -> None:
    assert resolve_pronoun("Its Northgate platform catches fire", "Harlow Energy") == \
        "Harlow Energy’s Northgate platform catches fire"
    assert resolve_pronoun("Its London shares close up 2 percent", "Harlow Energy") == \
        "Harlow Energy’s London shares close up 2 percent"


def test_its_before_a_name_needs_an_organisation() -> None:
    # ("London" is no owner of London shares; "Shares of Harlow" own nothing; a person has no "its")
    assert resolve_pronoun("Its London shares close up 2 percent", "London") == "Its London shares close up 2 percent"
    assert resolve_pronoun("Its London shares close up", "Shares of Harlow") == "Its London shares close up"
    assert resolve_pronoun("Its Northgate platform catches fire", "Ann Pike") == "Its Northgate platform catches fire"


def test_its_in_a_clause_after_the_organisation() -> None:
    text = ("Harlow Energy said on Tuesday it would pay for the cleanup of the Dorset coast.\n"
            "The company has run the field since 1998, and its Northgate platform caught fire on March 2.\n"
            "Harlow Energy shut the field on March 3, after its Northgate platform caught fire.\n")
    found = titles(text)
    assert any(t.startswith("Harlow Energy’s Northgate platform catches fire") for t in found), found


def test_its_in_a_relative_clause_is_the_subject_s() -> None:
    text = ("With a last load of concrete, Harlow Energy on Sunday sealed its well in the Bay of Corvin that "
            "ruptured in January and fouled forty miles of beaches.\n")
    found = titles(text)
    assert any(t.startswith("Harlow Energy's well in the Bay of Corvin ruptures") for t in found), found


def test_its_in_a_relative_clause_after_another_organisation_stays() -> None:
    text = ("Harlow Energy said on Sunday that Brenmar Drilling had inspected its blowout preventer, which "
            "failed in January.\n")
    found = titles(text)
    assert not any(t.startswith(("Harlow Energy's blowout", "Brenmar Drilling's blowout")) for t in found), found
