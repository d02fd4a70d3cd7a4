"""Sayings of the story's news day told after its dated lead with no date (:mod:`.day_sayings`).

Every text here is written for these tests: a lead dated to the news day, then a named speaker's saying in the
past with no date of its own; and the sayings that must not take the day (the lead's own speaker told on, a
pronoun, a quotation's introduction, a saying that reaches back, an unnamed speaker, anything after a sentence
dated to another day, or after a lead dated only by its publication).
"""

from __future__ import annotations

import pytest
from day_sayings_support import LEAD, dated, events_of

from timeline.extract.day_sayings import saying_speaker
from timeline.extract.day_statements import DAY_CONFIDENCE


def test_a_named_speakers_saying_after_the_lead_takes_the_news_day() -> None:
    events = events_of(LEAD + "The Ostmark Shipping Register reported 14 groundings in the channel this season.\n")
    assert dated(events, "reported 14 groundings") == ["2031-05-15"]
    saying = next(e for e in events if any("reported 14 groundings" in s.quote for s in e.sources))
    assert saying.confidence == DAY_CONFIDENCE  # a day read from where it stands, not stated


def test_a_speaker_named_with_an_apposition() -> None:
    text = LEAD + "Marta Ilves, head of the pilots' union, said the channel buoys had drifted in the storm.\n"
    assert dated(events_of(text), "said the channel buoys") == ["2031-05-15"]


def test_the_day_is_the_stated_day_after_a_lead_dated_by_its_publication() -> None:
    text = ("A harbour inquiry has found that the channel's buoys were out of place for weeks.\n"
            "Inspector Jon Vaher told a council meeting on Wednesday that the buoys had drifted.\n"
            "The Veldt Pilots Association said its members had warned the port twice.\n")
    assert dated(events_of(text), "Pilots Association said") == ["2031-05-14"]


@pytest.mark.parametrize("sentence", [
    "Port officials said the quay would reopen within a week.",  # the lead's own speaker told on
    "He said the quay would reopen within a week.",  # a pronoun
    "Officials said the quay would reopen within a week.",  # no name
    "Marta Ilves said: “The buoys drifted in the storm and nobody moved them back.”",  # a quotation's introduction
    "Marta Ilves had said the buoys were unsafe.",  # reaches back
    "Marta Ilves previously said the buoys were unsafe.",
    "The shipping line Corvex declined to comment.",
])
def test_what_is_no_saying_of_the_day(sentence: str) -> None:
    events = events_of(LEAD + sentence + "\n")
    assert dated(events, sentence[:22]) == []


def test_a_speaker_named_again_goes_on_with_the_saying_told() -> None:
    text = (LEAD + "Marta Ilves, head of the pilots' union, said the channel buoys had drifted in the storm.\n"
            "Ilves said the union would ask for an inquiry.\n")
    assert dated(events_of(text), "Ilves said the union") == []


def test_nothing_after_a_sentence_dated_to_another_day() -> None:
    text = LEAD + ("The same tanker lost power in the channel on 3 March.\n"
                   "The Ostmark Shipping Register reported 14 groundings in the channel this season.\n")
    assert dated(events_of(text), "reported 14 groundings") == []


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("The Ostmark Shipping Register reported 14 groundings.", "The Ostmark Shipping Register"),
    ("The Centre for Port Safety (CPS) said the buoys drifted.", "The Centre for Port Safety (CPS)"),
    ("Marta Ilves, head of the pilots' union, said the buoys drifted.", "Marta Ilves"),
    ("He said the buoys drifted.", ""),
    ("But Ilves said the buoys drifted.", "Ilves"),  # an opener before the speaker
    ("The buoys drifted, Ilves said.", ""),
])
def test_saying_speaker(sentence: str, speaker: str) -> None:
    assert saying_speaker(sentence) == speaker


@pytest.mark.parametrize("sentence", [
    "Tests confirmed that the tanker's hull had cracked.",  # a capitalised word, no name
    "Jo Kent, a shipping analyst at Norvik Bank, said the port would lose a week of trade.",  # a commentator
])
def test_no_speaker_named_or_a_commentator(sentence: str) -> None:
    events = events_of(LEAD + sentence + "\n")
    assert dated(events, sentence[:22]) == []


@pytest.mark.parametrize("sentence", [
    "Marta Ilves told Radio Veldt she believed the buoys had drifted.",  # a belief
    "Oskar Tamm, head of the quay traders, said his members were already losing trade.",  # a state of long standing
    "The Ostmark forecasting centre said a tropical storm would reach the channel.",  # the weather
    "The Associated Press said the quay looked like a car park.",  # the story's own source
])
def test_a_belief_a_state_the_weather_or_the_news_agency_is_no_saying_of_the_day(sentence: str) -> None:
    events = events_of(LEAD + sentence + "\n")
    assert dated(events, sentence[:22]) == []


@pytest.mark.parametrize("sentence", [
    "The Ostmark Shipping Register said it believed the buoys had drifted in the storm.",
    "The Ostmark Shipping Register said that its inspectors thought the buoys had drifted in the storm.",
    "Marta Ilves told reporters she felt the port had been slow to act.",
])
def test_a_belief_told_as_what_was_said_is_a_view(sentence: str) -> None:
    assert dated(events_of(LEAD + sentence + "\n"), sentence[8:40]) == []


def test_a_belief_further_on_in_what_was_said_is_its_condition() -> None:
    # The saying is the day's news; "believed" belongs to the condition it sets, not to the speaker's view.
    sentence = ("The Ostmark Shipping Register said it would close the channel to grain tankers if its inspectors "
                "believed the buoys were unsafe.")
    assert dated(events_of(LEAD + sentence + "\n"), "would close the channel") == ["2031-05-15"]
