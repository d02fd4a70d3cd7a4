"""A title says which vessel exploded, sank or ran aground when the sentence said "it".

Every sentence here is written for these tests; the rigs, ships and firms are invented.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.vessel_things import sunk_vessel, vessel_before
from timeline.model import Document


def titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]


def test_vessel_after_a_preposition() -> None:
    text = ("Harlow Energy said on Thursday the leak was larger than it had thought.\n"
            "Far more oil was pouring from under the Northgate Star rig when it exploded last week.\n")
    found = titles(text)
    assert any(t.startswith("The Northgate Star rig explodes") for t in found), found


def test_vessel_before_a_relative_clause() -> None:
    text = ("Divers reached the seabed on Friday.\n"
            "Nearby lies the wreck of the drilling rig Ocean Lark, which Harlow Energy was leasing when it "
            "exploded on March 2 and set the field alight.\n"
            "It sank two days later.\n")
    found = titles(text)
    assert any(t.startswith("The drilling rig Ocean Lark explodes") for t in found), found
    assert any(t.startswith("The drilling rig Ocean Lark sinks") for t in found), found


def test_vessel_before_did() -> None:
    text = ("Spills in the bay have been rare since the 1980s.\n"
            "Together they leaked less oil than the Grey Heron tanker did when it ran aground in 1987.\n")
    found = titles(text)
    assert any(t.startswith("The Grey Heron tanker runs aground") for t in found), found


def test_it_sank_continues_the_vessel_that_exploded() -> None:
    text = ("The leak began on March 2 when the Ocean Lark rig, leased by Harlow Energy, exploded and burned.\n"
            "It sank two days later.\n")
    found = titles(text)
    assert any(t.startswith("The Ocean Lark rig sinks") for t in found), found


def test_vessel_before_keeps_doubt() -> None:
    # Two vessels named before the clause: either could have exploded.
    assert vessel_before("Oil flowed from the well beside the rig ", "it exploded.") is None
    # A noun that modifies another names no vessel ("the rig explosion", "the ferry crew").
    assert vessel_before("Questions about the ferry crew ", "it sank.") is None
    assert vessel_before("Oil was still spilling from under the Northgate rig ", "it exploded.") == "the Northgate rig"
    assert vessel_before("Investors asked what went wrong on the Ocean Lark ", "it exploded.") == "the Ocean Lark"
    # A place's name is no vessel's.
    assert vessel_before("Oil poured into the Gulf Coast ", "it exploded.") is None
    # A rig is not what is capped or plugged: the well is.
    assert vessel_before("The leak began when a Harlow rig exploded, unleashing oil ", "it was plugged.") is None
    assert vessel_before("Oil gushed out of the Kestrel well into the sea ", "it was capped.") == "the Kestrel well"
    # Only what a vessel undergoes.
    assert vessel_before("The board met aboard the Northgate rig ", "it voted.") is None


def test_sunk_vessel_needs_the_vessel_to_have_done_it() -> None:
    assert sunk_vessel("The leak began when the Ocean Lark rig exploded.") == "The Ocean Lark rig"
    assert sunk_vessel("Crews worked beside the rig all night.") is None  # named, neither exploding nor the subject
    assert sunk_vessel("The Ocean Lark rig drilled the well beside the platform.") is None  # two vessels
    assert sunk_vessel("Its rig exploded on Monday.") is None  # whose rig it was is for the organisations' finder
