"""A title opened by a person's surname alone takes the full name the story gives that one person; a surname two
people share, a storm's name and a full name the limit has no room for leave the title (surname_openings.py).
Texts written for these tests."""

from __future__ import annotations

from extract_support import events_of

from timeline.extract.names import NameIndex
from timeline.extract.surname_openings import surname_in_full


def _titles(text: str) -> list[str]:
    return [e.title for e in events_of(text)]


def test_a_spokesmans_surname_is_named_in_full() -> None:
    titles = _titles("Harlow Oil altered a photograph of its response centre, a blogger found on Thursday.\n\n"
                     "Rupert Kell, a spokesman for Harlow Oil, said there was nothing sinister in the change.\n\n"
                     '"We will put the original picture on our website tonight," Kell said.\n')
    assert any(t.startswith("Rupert Kell says: “We will put the original picture") for t in titles), titles
    assert not any(t.startswith("Kell") for t in titles), titles


def test_a_surname_with_a_verb_is_named_in_full() -> None:
    text = "Harbour pilot Dana Moreau guided the tanker in.\n\nMoreau says the channel reopens on Friday.\n"
    assert surname_in_full("Moreau says the channel reopens", text, NameIndex(text), {}) == \
        "Dana Moreau says the channel reopens"


def test_a_surname_two_people_share_stays() -> None:
    text = "Lena Voss and her brother Karl Voss sued the port.\n\nVoss says the case opens on Friday.\n"
    assert surname_in_full("Voss says the case opens", text, NameIndex(text), {}) == "Voss says the case opens"


def test_a_storms_name_is_no_surname() -> None:
    text = "Hurricane Alex churned toward the coast.\n\nAlex weakens to a tropical storm on Friday.\n"
    assert surname_in_full("Alex weakens to a tropical storm", text, NameIndex(text), {}) == \
        "Alex weakens to a tropical storm"


def test_an_owner_or_a_pair_stays() -> None:
    text = "Dana Moreau and Rupert Kell met the port board.\n\nMoreau's plan was dropped on Friday.\n"
    names = NameIndex(text)
    assert surname_in_full("Moreau's plan is dropped", text, names, {}) == "Moreau's plan is dropped"
    assert surname_in_full("Moreau and Kell meet the board", text, names, {}) == "Moreau and Kell meet the board"


def test_a_full_name_past_the_limit_leaves_the_surname() -> None:
    text = "Harbour pilot Maximilian-Alexander Moreau guided the tanker in.\n"
    title = "Moreau: “We will keep the channel open through the whole of the long holiday weekend and after”"
    assert surname_in_full(title, text, NameIndex(text), {}) == title


def test_a_place_the_name_finder_folds_is_no_person() -> None:
    text = "Health officials in South Dakota confirmed two cases on Monday.\n\nDakota has only a handful of cases.\n"
    assert surname_in_full("Dakota has only a handful of cases", text, NameIndex(text), {}) == \
        "Dakota has only a handful of cases"
