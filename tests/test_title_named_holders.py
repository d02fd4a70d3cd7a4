"""A title names whose thing "its" opens, and which body "the commission" or "the panel" is, as the story named them.

Every sentence here is written for these tests; the firms, bodies and places are invented.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.definite_names import fuller_name
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


def test_the_commission_is_the_one_the_story_described() -> None:
    before = "In its report, the Downing Street flood review commission said the barrier had failed. "
    assert fuller_name("The commission will publish its full review", before) == \
        "The Downing Street flood review commission will publish its full review"
    assert fuller_name("The commission's co-chairs brief ministers", before) == \
        "The Downing Street flood review commission's co-chairs brief ministers"


def test_the_panel_is_the_commission_the_story_named() -> None:
    before = "The findings of the National Flood Review Commission could embarrass ministers. "
    assert fuller_name("The panel says the agency wanted to warn towns", before) == \
        "The National Flood Review Commission says the agency wanted to warn towns"


def test_a_body_s_noun_stays_when_unsure() -> None:
    # two committees: which one is unclear; a verb between the name and the noun makes two phrases
    before = "The Senate energy committee met. The Assembly energy committee met. "
    assert fuller_name("The committee weighs proposals", before) == "The committee weighs proposals"
    before = "The Downing Street spokesman said the commission would meet. "
    assert fuller_name("The commission weighs proposals", before) == "The commission weighs proposals"
    # a panel the story named as a panel is that panel, not a commission
    before = "The Corvin Medical Panel met. The National Flood Review Commission met. "
    assert fuller_name("The panel says", before) == "The Corvin Medical Panel says"


def test_a_performer_s_noun_is_the_person_the_story_is_about() -> None:
    text = ("Trial of Liam Fane's manager to open in Dublin\n"
            "The trial of Liam Fane's manager is expected to open in Dublin next week.\n"
            "The singer died at his Galway home on 4 May 2025.\n")
    found = titles(text)
    assert any(t.startswith("Liam Fane dies at his Galway home") for t in found), found
    before = ("Liam Fane's manager convicted Liam Fane's manager, Dr Ross Keane, was convicted of fraud.\n"
              "Dr Ross Keane said Liam Fane had signed every contract.\n")
    assert fuller_name("The popstar dies", before) == "Liam Fane dies"
    assert fuller_name("The singer's guitars are sold", before) == "Liam Fane's guitars are sold"


def test_a_performer_s_noun_stays_when_the_top_names_no_one_person() -> None:
    # two people named as often at the top; a "she" the lead's man cannot be; a place is nobody
    before = ("Orla Brady to host Liam Fane tribute Orla Brady will host the Liam Fane tribute concert in Cork.\n")
    assert fuller_name("The star says she was thrilled", before) == "The star says she was thrilled"
    before = ("Liam Fane's manager and Orla Brady's agent to be questioned Liam Fane's manager and Orla Brady's agent "
              "will be questioned.\n")
    assert fuller_name("The singer dies", before) == "The singer dies"
    before = "Fans gathered in Galway Bay and Galway Bay was quiet.\n"
    assert fuller_name("The singer dies", before) == "The singer dies"


def test_an_undated_lead_s_title_names_whom_its_opening_stands_for() -> None:
    # the page's news peg, dated by its publication, reads "The company" as the dated sentences do
    text = ("Ferry firm under fire\nHarlow Ferries faces questions over the sinking.\n"
            "The company said it would open its books to the inquiry.\n")
    found = titles(text)
    assert "Harlow Ferries says it will open its books to the inquiry" in found, found


def test_it_in_a_relative_clause_is_never_the_sentence_s_person() -> None:
    # "which it bought back" is the group's act; the fund manager named before bought nothing
    text = ("Fund manager Ann Pike said diversification pays in wild times.\n"
            "That has protected the share price, but the Harlow group is in the index thanks to the revival of its "
            "Corvin chain, which it bought back in 2007 in the country's biggest takeover.\n")
    found = titles(text)
    assert not any(t.startswith("Pike buys") for t in found), found
