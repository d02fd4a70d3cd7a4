"""A title's opening "Its" or "He" named by the one organisation or person a reader can take it for, or left."""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document


def _titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]


def test_its_after_initials_in_its_own_sentence_is_that_body() -> None:
    # (initials that are also a word, "WHO", are no name the name finder keeps)
    titles = _titles("In March the agency warned of a second wave, as the vaccine makers were told to get ready. "
                     "On Wednesday, when the WHO raised the threat level to five - one short of a pandemic, its "
                     "director general stopped short of asking vaccine makers to switch to the new strain.")
    assert any(t.startswith("WHO’s director general stops short") for t in titles), titles


def test_he_with_two_people_before_it_keeps_its_pronoun() -> None:
    titles = _titles("Dr Lena Ortiz said she rode in the ambulance with Mr Paul Rand after he collapsed on Thursday.")
    assert not any(t.startswith(("Ortiz collapses", "Rand collapses")) for t in titles), titles


def test_he_in_a_quotation_is_the_speakers_to_name() -> None:
    titles = _titles('"My son was born early," said Mr Tom Reyes. "He suffered from complications and died on '
                     'Friday."')
    assert not any(t.startswith("Reyes") and "complications" in t for t in titles), titles


def test_he_after_an_unnamed_person_keeps_its_pronoun() -> None:
    titles = _titles("The doctor told Mr Paul Rand's family that he had collapsed on Thursday.")
    assert not any(t.startswith("Rand collapse") for t in titles), titles


def test_his_after_one_described_person_is_that_persons() -> None:
    titles = _titles('Fishermen have waited for weeks. "This is not a promise I make lightly," the governor said in '
                     "his March 2 announcement at the harbour.")
    assert "The governor’s announcement at the harbour" in titles, titles


def test_his_death_after_the_singer_is_the_singers() -> None:
    titles = _titles("Jurors filled in a long questionnaire about the pop singer, his songs and the press coverage "
                     "of his death in June 2009.")
    assert not any(t.startswith("His") for t in titles), titles
    assert any(t.startswith("The pop singer") for t in titles), titles


def test_her_after_a_man_described_keeps_its_pronoun() -> None:
    titles = _titles('"We will rebuild," the man said after her March 2 announcement at the harbour.')
    assert not any(t.startswith("The man’s") for t in titles), titles


def test_it_that_raises_its_alert_is_the_one_body_named_before() -> None:
    # ("it" is no person, and only an organisation raises its alert: the body the sentence before names)
    titles = _titles("The spread of the disease has led the IHA to warn of a pandemic.\n"
                     "On March 4 it raised its pandemic alert to level five.")
    assert any(t.startswith("IHA raises its pandemic alert") for t in titles), titles


def test_it_credited_after_a_quotation_is_the_body_named_before() -> None:
    titles = _titles("The IHA has long said the virus cannot be caught from food.\n"
                     '"There is no risk of infection from well-cooked pork," it said on its website on Thursday.')
    assert any(t.startswith("IHA says on its website: “There is no risk of infection") for t in titles), titles


def test_it_that_only_a_thing_does_keeps_its_pronoun() -> None:
    titles = _titles("The IHA inspected the Sea Lark platform on Monday.\nIt sank on Thursday.")
    assert not any(t.startswith("IHA sinks") for t in titles), titles


def test_it_after_two_bodies_keeps_its_pronoun() -> None:
    titles = _titles("The spread of the disease has led the IHA and the ECDC to warn of a pandemic.\n"
                     "On Tuesday it raised its alert to level five.")
    assert not any(t.startswith(("IHA raises", "ECDC raises")) for t in titles), titles
