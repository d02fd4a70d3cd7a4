"""What "it", "its", "the company" and "the firm" stand for: the organisation a reader is following (issue 16).

Every sentence here is written for these tests; the companies are invented.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.names import NameIndex
from timeline.model import Document


def titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]


def test_it_continues_the_organisation_the_sentence_before_was_about() -> None:
    text = ("NVX is in talks to sell its northern terminals to Corvane Shipping, a rival, people close to the talks said.\n"
            "Corvane Shipping, worth $3 billion, is one of the region's largest ferry groups.\n"
            "It has a long history of smaller deals with NVX.\n"
            "In 2003 it paid $1.1 billion for the old Harwick shipyard.\n"
            "Three years later it struck a deal for 12 NVX berths in the bay.\n")
    found = titles(text)
    assert any(t.startswith("Corvane Shipping pays $1.1 billion") for t in found), found
    assert any(t.startswith("Corvane Shipping strikes a deal") or t.startswith("Corvane Shipping strikes deal")
               for t in found), found


def test_the_company_after_another_organisation_is_the_story_s_main_one() -> None:
    text = ("NVX is in talks to sell its northern terminals to Corvane Shipping, people close to the talks said.\n"
            "Corvane Shipping approached NVX with the plan a few weeks ago.\n"
            "Talks are under way over what else could be included.\n"
            "The Danish ferry giant has been selling assets to meet the cost of the harbour collapse at NVX's main port.\n"
            "This weekend the company is trying to shore up the collapsed quay with steel piles.\n"
            "NVX shares rose after the news, and NVX said more sales would follow.\n")
    found = titles(text)
    assert any(t.startswith("NVX is trying to shore up the collapsed quay") for t in found), found
    assert not any(t.startswith("Corvane Shipping is trying") for t in found), found


def test_a_possessive_and_a_lead_clause_s_subject() -> None:
    text = ("Corvane Shipping reported a loss on Monday.\n"
            "The firm's shares fell by 9% on Tuesday, wiping $300m off its value.\n"
            "When Tallis Ferries completes the purchase in 2027, its fleet will total 40 ships, a spokesman said.\n")
    found = titles(text)
    assert any(t.startswith(("Corvane Shipping's shares fall", "Corvane Shipping’s shares fall"))
               for t in found), found
    assert any(t.startswith("Tallis Ferries’s fleet") or t.startswith("Tallis Ferries’ fleet") for t in found), found


def test_it_for_a_thing_far_from_the_organisation_stays_unresolved() -> None:
    text = ("NVX said on Monday that it would close two terminals.\n"
            "A storm hit the coast overnight, flooding the harbour road.\n"
            "Forecasters expect more rain.\n"
            "It will be followed by a second storm on Friday, forecasters said.\n"
            "The government said on Wednesday it would pay for the repairs.\n")
    found = titles(text)
    assert not any(t.startswith("NVX will be followed") for t in found), found
    assert not any(t.startswith("NVX says it would pay") or t.startswith("NVX says it will pay") for t in found), found


def test_an_initialism_inside_a_name_is_not_short_for_another_name() -> None:
    text = "BGC Partners said NVX fell. NVX said it would recover. Analysts at BGC Partners disagreed."
    assert NameIndex(text).resolve("NVX") == "NVX"
