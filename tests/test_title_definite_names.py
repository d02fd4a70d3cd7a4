"""A title whose subject is "The" and a common noun takes the fuller name the story gave that noun before
("The ferry sinks" -> "The Northern Star ferry sinks"): read apart from the story, the bare noun names nothing.

Every sentence here is written for these tests; the ships, firms and places are invented.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.definite_names import fuller_name
from timeline.model import Document


def titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]


def test_the_noun_takes_the_name_the_story_gave_it() -> None:
    text = ("Rescuers searched the icy waters off Corvin for a fourth day after the Northern Star ferry capsized.\n"
            "The vessel had been carrying 212 passengers and a crew of 30.\n"
            "The ferry sank on Tuesday, two hours after it struck rocks near the harbour mouth.\n")
    found = titles(text)
    assert any(t.startswith("The Northern Star ferry sinks") for t in found), found


def test_an_owner_s_name_and_a_name_joined_in_one_mention() -> None:
    before = "Talvik's Ormen well leaked for weeks. The Ormen well was drilled in 2004. Talvik's well is old. "
    assert fuller_name("The well is capped", before) == "Talvik's Ormen well is capped"


def test_two_different_names_for_the_noun_leave_the_title() -> None:
    before = "The Harwick government has resigned. The Dunmore government said it would wait. "
    assert fuller_name("The government says it will hold talks", before) == "The government says it will hold talks"


def test_a_noun_modifier_makes_another_thing() -> None:
    # ("Talvik's relief well" is not the well that leaked; an adjective between, "drilling", keeps the thing)
    assert fuller_name("The well is capped", "Talvik's relief well reached its target. ") == "The well is capped"
    assert fuller_name("The rig sinks", "the Marta Quell drilling rig burned. ") == "The Marta Quell drilling rig sinks"


def test_only_a_whole_subject_and_no_day_or_person() -> None:
    assert fuller_name("The oil spill begins", "the Talvik oil leaked. ") == "The oil spill begins"
    assert fuller_name("The fire spreads", "Thursday's fire was put out. ") == "The fire spreads"
    assert fuller_name("The singer dies", "the Ostland singer was ill. ") == "The singer dies"


def test_a_person_s_noun_becomes_the_person_the_story_so_described() -> None:
    text = ("Tributes poured in from across Ireland for folk singer Dara Quill, whose ballads filled concert halls.\n"
            "Fans gathered outside her Galway home, where she had lived for forty years.\n"
            "Her band played a final set for the singer, who died of a heart attack on Monday.\n")
    found = titles(text)
    assert any(t.startswith("Dara Quill dies of a heart attack") for t in found), found


def test_a_one_word_name_set_off_after_its_description_is_the_subject_once() -> None:
    text = "The ferry company, Portlines, said on Monday it had cancelled all crossings to Corvin.\n"
    assert titles(text) == ["Portlines says it has cancelled all crossings to Corvin"]
    assert titles("The company, however, said on Monday it had cancelled all crossings to Corvin.\n")[0].startswith(
        "The company says")
    # a place after a place is no name of the subject: "in Brent, Essex," leaves the school the subject
    assert titles("A school in Brent, Essex, was closed on Monday after a pupil fell ill.\n")[0].startswith(
        "A school in Brent")
