"""A title's "its" names the organisation its own sentence named right before it.

Every sentence here is written for these tests; the firms, places and people are invented.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.possessive_owners import owner_named
from timeline.model import Document


def titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]


def test_its_in_a_noun_phrase_after_the_owner() -> None:
    text = ("Harlow Energy faces a wave of new lawsuits over the leak, lawyers said on Thursday.\n"
            "\"We have seen this before,\" said Ann Pike, a lawyer who sued Harlow Energy after the 2004 fire "
            "at its Kestrel refinery, which killed nine workers.\n")
    found = titles(text)
    assert any(t.startswith("The fire at Harlow Energy’s Kestrel refinery") for t in found), found


def test_its_for_the_organisation_that_acts_before_it() -> None:
    text = "Mr Lowe said he expected the dividend to be cut by the time Harlow Energy publishes its third quarter results, due in October.\n"
    found = titles(text)
    assert any(t.startswith("Harlow Energy’s third quarter results") for t in found), found


def test_owner_named_keeps_doubt() -> None:
    text = "Dorset Water fought the county's attempt to renew its ban on hosepipes, set in 2019, at the appeal court."
    start = text.index("its")
    # another's possessive between the name and "its": the county's ban
    assert owner_named("Its ban on hosepipes is set", text, start) == "Its ban on hosepipes is set"
    text = "Harlow Energy said Kestrel Oil had inspected its pipeline, which burst in 2019."
    start = text.index("its")
    # a verb of saying between: either firm's pipeline
    assert owner_named("Its pipeline bursts", text, start) == "Its pipeline bursts"
    text = "Cases rose in Castora, adding to its first two cases, reported in May."
    start = text.index("its")
    assert owner_named("Its first two cases are reported", text, start) == "Its first two cases are reported"  # a place


def test_owner_named_only_in_the_subject() -> None:
    text = "The panel, which Harlow Energy funds, released its findings in May."
    start = text.index("released")
    assert owner_named("The panel releases its findings", text, start) == "The panel releases its findings"


def test_the_company_inside_a_sentence_is_the_story_s_company() -> None:
    text = ("Harlow Energy said on Monday it would pay every claim from the Dorset spill.\n"
            "Harlow Energy shares fell 4 percent in London.\n"
            "Fishermen have claimed about $90 million in damages from Harlow Energy, but the company had paid "
            "out only $6 million by Thursday, a county report said.\n")
    found = titles(text)
    assert any(t.startswith("Harlow Energy has paid out only $6 million") for t in found), found


def test_the_company_opening_a_sentence_is_left_to_the_finder_of_organisations() -> None:
    # Two companies named as often: "the company" opening the sentence stays unnamed, and so inside it.
    text = ("Harlow Energy and Kestrel Oil said on Monday they would share the cost of the cleanup.\n"
            "Kestrel Oil and Harlow Energy both own the field.\n"
            "Claims have reached $90 million, but the company had paid out only $6 million by Thursday.\n")
    found = titles(text)
    assert not any(t.startswith(("Harlow Energy had paid", "Kestrel Oil had paid")) for t in found), found


def test_its_opening_a_sentence_is_the_organisation_the_sentence_before_named() -> None:
    text = ("Flood insurers face record claims this winter, brokers said on Monday.\n"
            "The storms dealt another setback to Kestrel Insurance when it reported that its reserves had fallen.\n"
            "Its managing director, Tom Reyes, said on Tuesday it would raise premiums.\n")
    found = titles(text)
    assert any(t.startswith("Kestrel Insurance’s managing director") for t in found), found


def test_its_keeps_doubt_when_the_sentence_before_spoke_of_an_unnamed_owner() -> None:
    text = ("Kestrel Insurance runs a pension fund for its staff.\n"
            "Kestrel Insurance's pension fund has not lost money on Kestrel shares: the fund's rules forbid it to buy them.\n"
            "According to its 2024 audit, its top holding was in Harlow Energy.\n")
    found = titles(text)
    assert not any(t.startswith("Kestrel Insurance’s top holding") for t in found), found


def test_its_for_it_s_names_no_owner() -> None:
    text = "KESTREL OIL SUED\nIts on the web: the full hearing from 2019, posted by Kestrel Oil."
    start = text.index("Its")
    assert owner_named("Its on the web: the full hearing", text, start) == "Its on the web: the full hearing"


def test_its_for_it_s_opening_a_sentence_names_no_owner() -> None:
    text = ("The one where the TARN COUNCIL was SUED for flooding the valley.\n"
            "Its on the web: the 2019 hearing of the Tarn Council.\n")
    found = titles(text)
    assert not any("’s on the web" in t for t in found), found
