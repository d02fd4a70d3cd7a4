"""A main clause too long for a title makes room before its point is cut (issue 16): words whose loss costs a little
("that", a speaker's affiliation, a body's full name given with its initials, "what she called", "he believes", a time
the date tells) go when the clause then ends whole; negation, numbers and the agent stay, and nothing goes when it
would not make the clause end whole. Every sentence here is invented for the test."""

from __future__ import annotations

from timeline.extract.title_room import Clause, Initials, initials_named, room_made
from timeline.extract.titles import write_title


def _title(sentence: str, *dates: str) -> str:
    return write_title(sentence, [(sentence.index(d), sentence.index(d) + len(d)) for d in dates])


def test_the_that_of_a_reported_clause_goes_when_the_clause_then_ends_whole() -> None:
    title = _title("The board estimates that a worst-case flood could cover about 4,000 of the homes in the valley, "
                   "according to a report released by a councillor.")
    assert title == "The board estimates a worst-case flood could cover about 4,000 of the homes in the valley"


def test_a_saying_noun_after_a_verb_keeps_its_that() -> None:
    title = _title("Harbourline has rejected claims that it cut safety checks on its night crossings to Portville.")
    assert "claims that it cut" in title


def test_he_believes_after_says_goes_when_the_clause_then_ends_whole() -> None:
    title = _title("The chief engineer tells the Gazette he believes the cracked viaduct will cost the rail company "
                   "more than the line, though the board disagrees.")
    assert title == "The chief engineer says the cracked viaduct will cost the rail company more than the line"


def test_that_stays_when_the_cut_would_lose_the_reported_verb() -> None:
    # Without "that", a cut before "were due" would read as the report of a slide.
    title = _title("The Courier reported on Tuesday that a steep slide in the harbour company's share price and a "
                   "surge in the cost of its loans were due to fears the quay would stay shut for months.", "Tuesday")
    assert "reports that" in title


def test_a_speakers_affiliation_goes_when_what_was_said_then_fits() -> None:
    title = _title("Dana Whitfield of Greenpeace said the council was \"pouring concrete over the problem\" of the "
                   "footpaths whose stiles have long rotted away.")
    assert title == "Dana Whitfield says the council is \"pouring concrete over the problem\" of the footpaths"


def test_a_body_named_with_its_initials_is_named_by_them_when_room_is_short() -> None:
    title = _title("The Coastal Flood Forecasting Service (CFFS) said the surge was expected to reach the harbour in "
                   "the next two days, and the quay may close.")
    assert title.startswith("The CFFS says the surge")
    assert title.endswith("in the next two days")


def test_initials_are_found_for_the_names_they_spell() -> None:
    assert initials_named("the Scottish Centre for Flood Risk (CFR) said") == (Initials("Centre for Flood Risk", "CFR"),)
    # a word the name took on later ("and Prevention") may be missing from the initials
    assert initials_named("the Centre for Flood Control and Prevention (CFC)") == (
        Initials("Centre for Flood Control and Prevention", "CFC"),)
    assert initials_named("the harbour board (HB) said") == ()


def test_what_she_called_goes_in_a_title_that_tells_her_saying() -> None:
    title = _title("Karen Molloy said the council was responding with what she called the largest repair effort in "
                   "fifty years, but it would need help from the government.")
    assert title == "Karen Molloy says the council is responding with the largest repair effort in fifty years"


def test_a_time_the_date_tells_goes_when_the_predicate_then_ends_whole() -> None:
    title = _title("The injured climber turned up at a mountain rescue post on Tuesday complaining of a sprained "
                   "ankle, and has since recovered, the rescue team said.")
    assert title == "The injured climber turns up at a mountain rescue post complaining of a sprained ankle"


def test_a_day_that_is_a_verbs_object_stays() -> None:
    title = _title("Aldo Ferri spent Saturday mending the nets on his trawler at the harbour in Portree, after a "
                   "passing squall had soaked the quay.")
    assert title.startswith("Aldo Ferri spends Saturday mending the nets")


def test_nothing_goes_when_the_clause_would_still_be_cut() -> None:
    clause = Clause("Karen Molloy of the Harbour Trust says the council is responding with what she called the largest "
                    "repair effort ever mounted by the county and its neighbours along the mouth of the estuary", 34)
    assert room_made(clause) == clause
