"""What "it" opening a dated time clause stands for: the thing the main clause is about (issue 16, vague subjects).

Every sentence here is written for these tests; the ships, wells and events are invented.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.clause_things import clause_thing
from timeline.model import Document


def titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]


def test_a_ships_name_after_the_is_what_sank() -> None:
    text = ("Salvage crews reached the wreck off Tarnmouth on Monday, the coastguard said.\n"
            "The Northern Lantern had been burning for two days when it sank on Thursday in 300 ft of water.\n")
    found = titles(text)
    assert any(t.startswith("The Northern Lantern sinks") for t in found), found
    assert not any(t.startswith("It sinks") for t in found), found


def test_a_subject_with_an_aside_is_what_was_capped() -> None:
    text = ("The Harrow Deep well, some 40 miles off the coast, leaked thousands of barrels into the bay before it "
            "was capped in August.\n")
    found = titles(text)
    assert any(t.startswith("The Harrow Deep well is capped") for t in found), found


def test_a_reported_passive_without_that_is_the_things() -> None:
    text = ("The harbour festival has drawn complaints from residents since it was announced in January.\n")
    found = titles(text)
    assert any(t.startswith("The harbour festival is announced") for t in found), found


def test_an_irregular_verb_after_the_subject_still_ends_it() -> None:
    text = ("The pump became stuck in the outflow pipe after it was first lowered on Saturday night.\n")
    found = titles(text)
    assert any(t.startswith("The pump is first lowered") for t in found), found


def test_an_object_or_a_person_leaves_it_alone() -> None:
    # "it" may be the plan as well as the panel; a judge is "he" or "she"; "it" that holds a place names nothing.
    assert clause_thing("The panel rejected the plan ", "because ", "it was flawed") is None
    assert clause_thing("The judge adjourned the hearing ", "after ", "it was delayed") is None
    assert clause_thing("The new pump was lowered into the shaft ", "when ", "it became clear that it leaked") is None
    assert clause_thing("The company sold two ferries ", "after ", "it was fined") is None
    assert clause_thing("The rigs burned for days ", "until ", "it sank") is None
    assert clause_thing("The rig burned for days ", "where ", "it sank") is None


def test_a_named_thing_after_the_is_taken_whole() -> None:
    assert clause_thing("The Northern Lantern had been burning for hours ", "when ", "it sank") == "The Northern Lantern"
    assert clause_thing("The Harrow Deep well, off the coast, leaked oil ", "before ", "it was capped") == \
        "The Harrow Deep well"


def test_it_after_a_subject_with_an_irregular_past_is_that_thing() -> None:
    # "sank" ends the subject as "burned" does: the next sentence's "It" is the ferry.
    found = titles("The old ferry sank in a storm off Harwick with no one on board.\nIt was raised by salvage crews in "
                   "2012.\n")
    assert any(t.startswith("The old ferry is raised by salvage crews") for t in found), found


def test_it_finally_undergoing_a_passive_is_the_thing_before() -> None:
    found = titles("The tidal barrage project saw three years of delays and two public inquiries.\n"
                   "It was finally abandoned by the regional council in 2019.\n")
    assert any(t.startswith("The tidal barrage project is finally abandoned") for t in found), found
