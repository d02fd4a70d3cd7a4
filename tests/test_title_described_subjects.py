"""A title names the one a story's "The group" or "The president" stands for: the group a relative clause's
antecedent opening the sentence was found to be, the office holder an apposition names ("the president, Anton
Velko,"), a holder named before a possessive ("President Velko's address"), and a subject with a weekday before
its verb ("the president Wednesday asked").

Every sentence here is written for these tests; the people, firms and places are invented.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document


def titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]


def test_a_relative_clause_of_the_group_opening_the_sentence_names_the_group() -> None:
    text = ("Norvale Freight Ltd reported a loss for the year on Monday.\n"
            "The group, which agreed a $2 billion sale of its depots on Tuesday, said it had cash to spare.\n")
    found = titles(text)
    assert any(t.startswith("Norvale Freight agrees a $2 billion sale") for t in found), found
    assert not any(t.startswith("The group agrees") for t in found), found


def test_the_president_is_the_one_an_apposition_named() -> None:
    text = ("The Ostland president, Anton Velko, toured the flooded port of Marre.\n"
            "\"We will rebuild every quay,\" said the president, who will return to Marre on Friday.\n")
    found = titles(text)
    assert any(t.startswith("Anton Velko will return to Marre") for t in found), found


def test_a_possessive_ends_the_name_a_title_gives() -> None:
    text = ("The mayor of Marre answered President Velko's March 2025 speech on the docks with a plan of his own.\n"
            "Union leaders met in the town hall.\n"
            "They asked for a pay rise for the dockers.\n"
            "The president plans to visit the docks on Friday.\n")
    found = titles(text)
    assert any(t.startswith("Velko plans to visit the docks") for t in found), found


def test_a_weekday_between_the_president_and_the_verb() -> None:
    text = ("President Anton Velko met union leaders in Marre.\n"
            "Instead, the president Wednesday asked the union for a pause in the strike.\n")
    found = titles(text)
    assert any(t.startswith("Velko asks the union for a pause") for t in found), found


def test_they_after_two_named_senators_are_the_senators() -> None:
    text = ("Sens. Ann Pike (D-Ore.) and Tom Hale (R-Ida.), both critics of deep drilling, wrote to the committee.\n"
            "They said on Monday that the rules for the wells had failed.\n"
            "Pike has asked for hearings; Hale has not.\n")
    found = titles(text)
    assert any(t.startswith("Pike and Hale say") for t in found), found


def test_they_after_three_named_speakers_of_a_quotation() -> None:
    text = ("\"The port must reopen,\" Mayor Ines Valdaro, Piet Hollis and Ann Pike wrote to the board.\n"
            "They asked on Tuesday for a meeting with the harbour master.\n")
    found = titles(text)
    assert any(t.startswith("Valdaro, Hollis and Pike ask for a meeting") for t in found), found  # (a title before)


def test_a_name_the_story_never_shortens_stays_whole() -> None:
    text = ("Kestrel Tours and Blue Lagoon Holidays cancelled all trips to the coast until 8 May.\n"
            "They have now extended the cancellation of trips until 18 May.\n")
    found = titles(text)
    assert any(t.startswith("Kestrel Tours and Blue Lagoon Holidays have now extended") for t in found), found


def test_they_after_a_named_object_stays_unresolved() -> None:
    # ("The board hired Pike and Hale": the names are the verb's object, no subject "They" could continue)
    text = ("The board hired Ann Pike and Tom Hale as advisers.\n"
            "They said on Monday that the rules for the wells had failed.\n")
    found = titles(text)
    assert not any(t.startswith("Pike and Hale") for t in found), found
