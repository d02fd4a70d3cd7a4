"""What "it" continues after a sentence whose thing subject is followed by an aside between commas: "The virus, which
spreads easily, has been found in 64 countries. It was found this week in ..." is the virus.

Every sentence here is written for these tests; the places are invented.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.body_chain import thing_subject
from timeline.model import Document


def test_it_continues_a_thing_subject_with_an_aside_between_commas() -> None:
    assert thing_subject("The parasite, which thrives in warm ponds, has been found in 12 towns.") == "The parasite"
    # an aside with a subject of its own offers another thing "it" could be
    assert thing_subject("The flood, which began when the dam broke, has reached Tolland.") is None


def test_the_title_names_the_thing_for_it() -> None:
    text = ("Health officials in Norland said on Monday that a parasite had spread to the coast.\n"
            "The parasite, which thrives in warm ponds, has been found in 12 towns, officials said.\n"
            "It was found on Tuesday in wells in Tolland and Marsby.\n")
    found = [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]
    assert any(t.startswith("The parasite is found") for t in found), found
