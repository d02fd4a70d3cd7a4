"""Readers' comments and a blog's link notes are page furniture, not events (issue 16).

Every text here is written for these tests. A blog's note that "Jane Doe has a great story about ..." points to
another outlet's piece; a reader's comment ("Re: Posted by harbourfan - March 7th, 2031 -- 4:59 pm GMT ...") is
not the story, and its "today" is not the article's day.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.link_notes import link_notes
from timeline.model import Document

PUBLISHED = dt.date(2031, 3, 5)  # a Wednesday

_STORY = "Dockers at Tilbury walked out on Tuesday over a pay offer, the union said."


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.title, e.when.value()) for e in extract(Document(path="t.txt", text=text, published=PUBLISHED))]


def _titles(text: str) -> list[str]:
    return [title for title, _ in _events(text)]


def _notes(line: str) -> list[str]:
    return [line[a:b] for a, b in link_notes(line, (0, len(line)))]


def test_a_note_pointing_to_another_outlets_piece_is_no_event() -> None:
    for note in (
            "Mara Quist has a great story about how nobody at the port authority wants to count the idle cranes.",
            "Tomas Ferreira has an excellent and very sobering report on the gap between the ferry company's "
            "figures and the harbour master's.",
            "The Coast Ledger has an interesting take on the strike ballot published on Monday.",
            "Lena Park has a good round-up of the finger-pointing between the three shipping lines.",
            "Harbour Weekly has a story on it here.",
    ):
        assert _titles(f"{_STORY}\n\n{note}\n") == _titles(f"{_STORY}\n"), note


def test_a_link_note_is_found_within_its_line() -> None:
    line = ("The dispute has dragged on for weeks. Mara Quist has a fine piece on what the dockers want. "
            "The union meets again on Friday.")
    assert _notes(line) == ["Mara Quist has a fine piece on what the dockers want."]


def test_a_happening_that_only_looks_like_a_link_note_stays() -> None:
    # In the past, a look at something is a happening; a pronoun is no writer's or outlet's name.
    assert _notes("The mayor had an early look at the plans on Monday.") == []
    assert _notes("We have a piece of equipment which we developed on Monday.") == []
    assert _notes("The port authority has a plan to reopen the terminal on Friday.") == []
