"""A named actor's news act told in the present perfect, undated, after a lead of the news day (:mod:`.perfect_acts`).

Every text here is written for these tests: a lead dated to the news day (Thursday 2031-05-15), then a sentence
telling another actor's act in the present perfect, which is an event of the news day titled as its own clause;
pronouns, unnamed groups, hedges, standing pledges, running totals and background stay out.
"""

from __future__ import annotations

import pytest
from day_sayings_support import LEAD, dated, events_of

from timeline.extract.perfect_acts import act_title, passive_act, perfect_act


def _titles(events: list, phrase: str) -> list[str]:
    return [e.title for e in events if any(phrase in s.quote for s in e.sources)]


@pytest.mark.parametrize(("sentence", "phrase", "title"), [
    ("The Veldt Port Authority has suspended the night pilotage service.\n", "night pilotage",
     "The Veldt Port Authority has suspended the night pilotage service"),
    ("The Estonian Navy has also sent two salvage tugs to the channel, the ministry said.\n", "salvage tugs",
     "The Estonian Navy has sent two salvage tugs to the channel"),
    ("The Baltic Shipping Board has now confirmed three cases of fuel contamination in the harbour.\n",
     "fuel contamination", "The Baltic Shipping Board has confirmed three cases of fuel contamination in the harbour"),
])
def test_a_perfect_act_of_a_named_actor_is_an_event_of_the_news_day(sentence: str, phrase: str, title: str) -> None:
    events = events_of(LEAD + sentence)
    assert dated(events, phrase) == ["2031-05-15"]
    assert _titles(events, phrase) == [title]


@pytest.mark.parametrize("sentence", [
    "He has suspended the night pilotage service.",  # a pronoun
    "Officials have suspended the night pilotage service.",  # no name
    "The Veldt Port Authority may have suspended the night pilotage service.",  # hedged
    "The Veldt Port Authority has already suspended the night pilotage service.",  # reaches back
    "The Veldt Port Authority has paid out more than 40,000 euros to the crews.",  # a running total
    "The Veldt Port Authority has pledged to meet all claims.",  # a standing pledge
    "The Veldt Port Authority has closed the quay since the storm.",  # background
    "The Veldt Port Authority has said the quay is safe.",  # a saying, not an act
    "The Veldt Port Authority has adopted 78 industry rules, records show.",  # a finding of old records
])
def test_pronouns_hedges_pledges_totals_and_sayings_are_no_perfect_act(sentence: str) -> None:
    assert perfect_act(sentence) is None


def test_the_title_is_the_acts_whole_clause_or_nothing() -> None:
    sentence = "The Veldt Port Authority has closed the outer berth to all shipping, which angered the ferry firms."
    act = perfect_act(sentence)
    assert act is not None
    assert act_title(sentence, act, act.subject) == "The Veldt Port Authority has closed the outer berth to all shipping"
    long = ("The Veldt Port Authority has closed the outer berth and the fuel dock and the grain terminal and the "
            "ferry ramp to all shipping until further notice.")
    long_act = perfect_act(long)
    assert long_act is not None and act_title(long, long_act, long_act.subject) == ""


def test_a_state_of_emergency_declared_is_an_act() -> None:
    assert perfect_act("Governor Tamm has declared a state of emergency in the county.") is not None
    assert perfect_act("Governor Tamm has declared that safety is the first priority.") is None


def test_a_perfect_in_the_background_after_an_older_day_is_not_dated_by_the_news_day() -> None:
    text = (LEAD + "The quay was built in 1998 by a Danish firm.\n"
            "The Veldt Port Authority has suspended the night pilotage service.\n")
    assert dated(events_of(text), "night pilotage") == []


def test_a_long_clause_ends_before_a_phrase_of_place_never_inside_a_conjunct_or_a_complement() -> None:
    sentence = ("The Veldt Port Authority has met the families of the sailors rescued from the tanker at "
                "the harbour office in the old town.")
    act = perfect_act(sentence)
    assert act is not None
    assert act_title(sentence, act, act.subject) == (
        "The Veldt Port Authority has met the families of the sailors rescued from the tanker")
    conjunct = ("The Veldt Port Authority has funded a radio and television campaign to tell holidaymakers that the "
                "beaches of the bay remain open for swimming.")
    conjunct_act = perfect_act(conjunct)
    assert conjunct_act is not None and act_title(conjunct, conjunct_act, conjunct_act.subject) == ""
    amount = ("The Veldt Port Authority has agreed to place 40 million euros in a special fund to pay the fishermen "
              "of the bay for their lost catch.")
    amount_act = perfect_act(amount)
    assert amount_act is not None and act_title(amount, amount_act, amount_act.subject) == ""


@pytest.mark.parametrize(("sentence", "title"), [
    ("Three ferry terminals have been closed, two in Veldt and one in Lind.", "Three ferry terminals have been closed"),
    ("A nearby fuel depot has been evacuated as a precaution.", "A nearby fuel depot has been evacuated as a precaution"),
    ("Another 12 cases of fuel poisoning have been confirmed in Lind, bringing the total to 40.",
     "Another 12 cases of fuel poisoning have been confirmed in Lind"),
    ("The May Day regatta has been cancelled.", "The May Day regatta has been cancelled"),
])
def test_a_passive_perfect_of_a_news_act_is_titled_as_its_clause(sentence: str, title: str) -> None:
    act = passive_act(sentence)
    assert act is not None
    assert act_title(sentence, act, act.subject) == title


@pytest.mark.parametrize("sentence", [
    "Nearly 400 cases of fuel poisoning have been confirmed in nine countries.",  # a running total, no new cases
    "No cases have been reported in Lind.",  # nothing happened
    "The school has been closed until Monday.",  # a thing told before, unknown to a title alone
    "The ferry terminal has been closed since the storm.",  # background
])
def test_running_totals_negations_and_things_told_before_are_no_passive_act(sentence: str) -> None:
    assert passive_act(sentence) is None


def test_a_passive_perfect_after_a_news_day_lead_is_an_event_of_that_day() -> None:
    events = events_of(LEAD + "Three ferry terminals have been closed, two in Veldt and one in Lind.\n")
    assert dated(events, "ferry terminals") == ["2031-05-15"]
    assert _titles(events, "ferry terminals") == ["Three ferry terminals have been closed"]


def test_the_leads_own_doer_is_not_told_again_from_a_perfect() -> None:
    # (the lead's doer, the port officials' authority, is named by the lead: its perfects retell its news)
    lead = ("The Veldt Port Authority closed the northern quay on Thursday after a grain tanker ran aground.\n"
            "The tanker's crew of eighteen were taken ashore by lifeboat.\n")
    events = events_of(lead + "The Veldt Port Authority has suspended the night pilotage service.\n")
    assert dated(events, "night pilotage") == []
