"""The news day after a forecast, and two sentences that are no saying of the day (:mod:`.day_sayings`).

Every text here is written for these tests. A forecast dated to a later day ("could reach the shore by Friday") does
not carry the story to that day: a named speaker's saying told after it is still of the news day. A quotation's credit
the sentence splitter cut off from its quotation ("Vaher said at a news conference.") says nothing, and an act told
with a pronoun for its doer before the speaker's name ("He also repainted ..., Vaher said.") is a detail of a
happening told before, with its doer unnamed: neither is a saying of its own.
"""

from __future__ import annotations

from day_sayings_support import LEAD, dated, events_of

from timeline.extract.day_sayings import saying_speaker, trailing_speaker


def test_a_saying_after_a_forecast_for_a_later_day_keeps_the_news_day() -> None:
    text = LEAD + ("Salvage crews expect to refloat the tanker by Saturday.\n"
                   "The Ostmark Shipping Register reported 14 groundings in the channel this season.\n")
    assert dated(events_of(text), "reported 14 groundings") == ["2031-05-15"]


def test_a_saying_after_a_sentence_dated_to_an_earlier_day_still_waits_for_the_news_day() -> None:
    text = LEAD + ("The channel was last dredged on 2 March.\n"
                   "The Ostmark Shipping Register reported 14 groundings in the channel this season.\n")
    assert dated(events_of(text), "reported 14 groundings") == []


def test_a_quotations_credit_split_from_it_is_no_saying() -> None:
    assert saying_speaker("Inspector Vaher said at a news conference.") == ""
    assert saying_speaker("Inspector Vaher said.") == ""
    assert saying_speaker("Inspector Vaher said at a news conference that the buoys had drifted.") == "Inspector Vaher"
    text = LEAD + "“Nobody moved the buoys back.”\nInspector Vaher said at a news conference.\n"
    assert dated(events_of(text), "said at a news conference") == []


def test_an_act_told_with_a_pronoun_before_a_trailing_speaker_is_no_saying_of_its_own() -> None:
    assert trailing_speaker("He also repainted the hull so that the damage was hidden, Vaher said.") is None
    assert trailing_speaker("The crew repainted the hull so that the damage was hidden, Vaher said.") is not None
