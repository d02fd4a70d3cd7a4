"""Sayings of the story's news day whose speaker is named at their end (:mod:`.day_sayings`).

Every text here is written for these tests: a lead dated to the news day, then "..., X said." telling an act in the
simple past with no date of its own; and the sayings so told that must not take the day (a view, a state, a plan, a
pronoun or unnamed speaker, a commentator, another outlet, the weather, a quotation's credit, the lead's happening
told on).
"""

from __future__ import annotations

import pytest
from day_sayings_support import LEAD, dated, events_of

from timeline.extract.day_sayings import trailing_speaker
from timeline.extract.day_statements import DAY_CONFIDENCE


@pytest.mark.parametrize("sentence", [
    "Salvage crews pumped 300 tonnes of wheat out of the stricken vessel, the Ostmark Shipping Register said.",
    "Tugs towed two waiting freighters to the southern quay, said Marta Ilves, head of the pilots' union.",
    "The harbour master suspended night pilotage in the channel, a Corvex Shipping spokesman told reporters.",
])
def test_a_named_speakers_act_told_with_the_speaker_last_takes_the_news_day(sentence: str) -> None:
    events = events_of(LEAD + sentence + "\n")
    assert dated(events, sentence[:30]) == ["2031-05-15"]
    saying = next(e for e in events if any(sentence[:30] in s.quote for s in e.sources))
    assert saying.confidence == DAY_CONFIDENCE  # a day read from where it stands, not stated


@pytest.mark.parametrize("sentence", [
    "The closure was a sensible step but not a solution, said Marta Ilves, head of the pilots' union.",  # a view
    "Grain prices in Veldt would rise if the quay stayed shut, the Ostmark Shipping Register said.",  # a forecast
    "Salvage crews pumped 300 tonnes of grain out of the hold, he said.",  # a pronoun
    "Salvage crews pumped 300 tonnes of grain out of the hold, officials said.",  # no one named
    "Salvage crews pumped 300 tonnes of grain out of the hold, said Jo Kent, a shipping analyst at Norvik Bank.",
    "Salvage crews pumped 300 tonnes of grain out of the hold, the Veldt Daily Post reported.",  # another outlet
    "A storm surge flooded the quay road, the Ostmark Weather Service said.",  # the weather
    "“Salvage crews pumped 300 tonnes of grain out of the hold,” Marta Ilves said.",  # a quotation's credit
    "The closure followed a series of collisions in the channel, the Ostmark Shipping Register said.",  # told on
    "There were no injuries among the crew, the Ostmark Shipping Register said.",  # a state
    "The owners had no immediate comment, a Corvex Shipping spokesman said.",  # no news
])
def test_what_is_no_saying_of_the_day(sentence: str) -> None:
    events = events_of(LEAD + sentence + "\n")
    assert dated(events, sentence[:30]) == []


def test_the_speaker_of_the_lead_told_on() -> None:
    text = ("The Ostmark Shipping Register said on Thursday that a grain tanker ran aground in the Veldt channel.\n"
            "The tanker's crew of eighteen were taken ashore by lifeboat.\n"
            "Salvage crews pumped 300 tonnes of grain out of the tanker's hold, the Ostmark Shipping Register said.\n")
    assert dated(events_of(text), "Salvage crews pumped") == []


def test_after_a_lead_dated_only_by_its_publication_the_publication_day() -> None:
    text = ("Port officials in Veldt have closed the northern quay after a grain tanker ran aground in the channel.\n"
            "The tanker's crew of eighteen were taken ashore by lifeboat.\n"
            "Salvage crews pumped 300 tonnes of grain out of the tanker's hold, the Ostmark Shipping Register said.\n")
    assert dated(events_of(text), "Salvage crews pumped") == ["2031-05-15"]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Salvage crews pumped 300 tonnes of grain out of the hold, the Ostmark Shipping Register said.",
     "the Ostmark Shipping Register"),
    ("Salvage crews pumped 300 tonnes of grain out of the hold, Corvex said in a statement.", "Corvex"),
    ("Tugs towed two freighters to the southern quay, said Marta Ilves, head of the pilots' union.", "Marta Ilves"),
    ("As the tide turned, salvage crews pumped grain out of the hold, Corvex said.", "Corvex"),
    ("As the salvage crews pressed on, the owners were weighing a sale of the tanker, Corvex said.", None),
    ("Marta Ilves said salvage crews pumped 300 tonnes of grain out of the hold.", None),
])
def test_trailing_speaker(sentence: str, speaker: str | None) -> None:
    found = trailing_speaker(sentence)
    assert (found.name if found else None) == speaker
    if found:
        assert sentence[found.start:found.end] == speaker


@pytest.mark.parametrize("sentence", [
    "The Veldt prosecutor has opened an inquiry into the grounding, the Ostmark Shipping Register said.",
    "The second mate has been taken to the Veldt naval hospital, a Corvex Shipping spokesman said.",
])
def test_an_act_told_in_the_perfect_takes_the_news_day(sentence: str) -> None:
    assert dated(events_of(LEAD + sentence + "\n"), sentence[:30]) == ["2031-05-15"]


@pytest.mark.parametrize("sentence", [
    "The Veldt prosecutor has never opened an inquiry into a grounding, the Ostmark Shipping Register said.",
    "Grain barges have used the channel since the war, the Ostmark Shipping Register said.",
    "The second mate has spent time ‘in the engine room all week’, a Corvex Shipping spokesman said.",
])
def test_a_perfect_that_reaches_back_or_is_quoted_is_no_act_of_the_day(sentence: str) -> None:
    assert dated(events_of(LEAD + sentence + "\n"), sentence[:30]) == []


def test_an_act_the_weather_caused_takes_the_day_but_not_the_weather_itself() -> None:
    halted = "Dredging work in the outer channel was halted because of high winds, the Ostmark Shipping Register said."
    storm = "A storm surge flooded the quay road, the Ostmark Shipping Register said."
    assert dated(events_of(LEAD + halted + "\n"), halted[:30]) == ["2031-05-15"]
    assert dated(events_of(LEAD + storm + "\n"), storm[:30]) == []
