"""A title lifted from a coordinated predicate keeps the subject of the clause it shares, and "the company" in a
reported clause is named when the story leaves no doubt which company it is (issue 16).

Every sentence here is written for these tests; the companies are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract import extract
from timeline.extract.conjunct_subjects import conjunct_subject
from timeline.model import Document


def titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]


@pytest.mark.parametrize(("title", "sentence", "expected"), [
    ("Then begins work on a relief well",
     "After the rig sank, Westmark capped the leaking well on Monday, then began work on a relief well in May.",
     "Westmark then begins work on a relief well"),
    ("Should reach the coast by Friday",
     "The slick grew overnight, and by Thursday should reach the coast by Friday.",
     "The slick should reach the coast by Friday"),
    ("Acquires the rival fuel group Norlube",
     "Westmark bought the refiner in 1998 and two years later acquired the rival fuel group Norlube.",
     "Westmark acquires the rival fuel group Norlube"),
    ("Then resigns in March",
     "The mayor of the harbour town lost the vote in January and then resigned in March.",
     "The mayor of the harbour town then resigns in March"),
    ("Then begins to decline at about 5% a year",
     "The boom was short: a decade later, in 1988, Norland's fish catch peaked, then began to decline at about 5% a year.",
     "Norland's fish catch then begins to decline at about 5% a year"),
])
def test_a_predicate_without_its_subject_takes_the_coordinated_clause_s(title: str, sentence: str, expected: str) -> None:
    assert conjunct_subject(title, sentence) == expected


@pytest.mark.parametrize(("title", "sentence"), [
    # the clause before is subordinate: its subject is not the main clause's
    ("Begins pumping mud into the well",
     "When Westmark capped the well and began pumping mud into the well on Tuesday, shares rose."),
    # a pronoun or "this" is no subject a title can use
    ("Should start pumping oil", "It should be on the seabed by Saturday, and as early as Sunday should start pumping oil."),
    ("Force it to sell assets", "This could hurt its plans, or force it to sell assets."),
    # a second clause with a subject of its own
    ("Will pay for the clean-up", "The rig sank and the oil companies will pay for the clean-up."),
    ("Then I learn that the fund will pay", "But then I learned that the fund will pay."),
])
def test_a_title_with_no_coordinated_main_subject_stays(title: str, sentence: str) -> None:
    assert conjunct_subject(title, sentence) == title


def test_the_company_in_a_reported_clause_is_the_one_company_named_before() -> None:
    text = ("Westmark Energy has begun drilling a relief well off the northern coast, officials said.\n"
            "The rig leased by Westmark sank in deep water last month.\n"
            "On Wednesday the coast guard said the company had corralled the thickest part of the slick inside booms.\n")
    found = titles(text)
    assert any("says Westmark Energy has corralled the thickest part" in t
               for t in found), found


def test_the_company_after_the_speaker_s_employer_is_that_employer() -> None:
    text = ("Westmark Energy and Harlow Oil both worked on the rig that sank last month.\n"
            "Harlow Oil said it had finished its part of the work days before the blast.\n"
            "On Thursday Westmark chief executive Anna Berg said the company was doubling its clean-up crews.\n")
    found = titles(text)
    assert any(t.startswith("Anna Berg says Westmark") for t in found), found


def test_the_company_stays_when_two_companies_could_be_meant() -> None:
    text = ("Westmark Energy and Harlow Oil both worked on the rig that sank last month.\n"
            "Harlow Oil said it had finished its part of the work days before the blast.\n"
            "On Thursday the coast guard said the company was doubling its clean-up crews.\n")
    found = titles(text)
    assert not any("Westmark" in t and "doubling" in t for t in found), found
    assert not any("Harlow" in t and "doubling" in t for t in found), found


def test_the_company_stays_beside_a_company_of_a_name_no_kind_tells() -> None:
    text = ("Westmark Energy leased the rig from Transvik before it sank last month.\n"
            "Transvik said its crew had followed every procedure.\n"
            "On Thursday the coast guard said the company was doubling its clean-up crews.\n")
    found = titles(text)
    assert not any("Westmark" in t and "doubling" in t for t in found), found


def test_a_dateline_s_place_in_capitals_is_no_company() -> None:
    text = ("NORTHAVEN, Westland (Reuters) - Vaccine sales grew faster than expected this spring.\n"
            "Drug maker chief executive Tom Reyes told Reuters last month that the company should grow its sales by 8 percent.\n")
    found = titles(text)
    assert not any("NORTHAVEN should" in t for t in found), found


def test_the_company_s_full_name_is_written_as_the_story_s_short_form() -> None:
    text = ("Northern Petroleum, known to traders as NP, ran the terminal for a decade.\n"
            "Last year the explosion at the company's Harwick refinery killed two workers.\n")
    found = titles(text)
    assert any("explosion at NP's Harwick refinery" in t for t in found), found


def test_a_company_in_capitals_with_its_legal_form_is_still_a_rival() -> None:
    text = ("Photo: a barge provided by WESTMARK PLC sits beside the platform.\n"
            "Harlow Oil has blamed the platform's design for the blast.\n"
            "On Thursday the coast guard said the company never tested the seal.\n")
    found = titles(text)
    assert not any("says Harlow Oil never tested" in t or "says WESTMARK" in t for t in found), found
