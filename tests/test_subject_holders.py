"""Which named holder a vague subject ("the company", "BP") stands for (issue 16, vague subjects).

An initialism is short for an institution's name, never for a person's or a place's that happens to share its
letters; and "the company" after a story has named one company, and no other, is that company. Every sentence
here is written for these tests; the companies are invented.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.names import NameIndex
from timeline.model import Document


def titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]


def test_an_initialism_is_no_one_s_initials() -> None:
    text = ("Residents of the Bolivar Peninsula were angry.\nBP said it would pay for the cleanup.\n"
            "The Department of Defense sent ships. A DoD spokesman said more would follow.\n")
    names = NameIndex(text)
    assert names.resolve("BP") == "BP"
    assert names.resolve("DoD") == "Department of Defense"


def test_an_initialism_of_a_longer_or_glossed_name_is_short_for_it() -> None:
    # A company's name may look like a person's: three words, or a bracket after it, say the initialism is its own.
    text = "Shares in Harwick Personal Finance fell on Friday after profits dropped.\nHPF said more losses would follow.\n"
    assert NameIndex(text).resolve("HPF") == "Harwick Personal Finance"
    text = "Shares in Bay Power (BP) fell on Friday after profits dropped.\nBP said more losses would follow.\n"
    assert NameIndex(text).resolve("BP") == "Bay Power"


def test_the_company_after_bp_beside_a_place_with_its_initials_is_bp() -> None:
    found = titles("Tar balls washed up on the Bolivar Peninsula on Monday.\nResidents of the Bolivar Peninsula were "
                   "angry.\nBP said on Tuesday it would pay for the cleanup.\n"
                   "The company expects the beaches to reopen by Friday.\n")
    assert any(t.startswith("BP expects the beaches to reopen") for t in found), found


def test_the_company_after_the_one_company_named_is_that_one() -> None:
    found = titles("Tar balls found on Tarn beach were traced to a pipeline owned by Harrow Energy.\n"
                   "The company said on Tuesday it had shut the pipeline.\n")
    assert any(t.startswith("Harrow Energy says it had shut the pipeline") for t in found), found


def test_the_company_after_two_companies_named_stays() -> None:
    found = titles("Tar balls found on Tarn beach were traced to a pipeline owned by Harrow Energy and Kestrel Oil.\n"
                   "The company said on Tuesday it had shut the pipeline.\n")
    assert not any(t.startswith(("Harrow Energy says", "Kestrel Oil says")) for t in found), found
