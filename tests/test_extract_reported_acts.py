"""A named speaker's undated report of a news act on the story's day (:mod:`.reported_acts`).

Every text here is written for these tests: a lead dated to the news day, the port authority's first saying (its
statement of the day), then the same speaker's report of another act of its own, which is an event of the news day;
views, hedges, running totals, quoted frames and unnamed speakers stay out.
"""

from __future__ import annotations

import pytest
from day_sayings_support import LEAD, dated, events_of

from timeline.extract.reported_acts import _AMOUNT_CUT, reported_act

_FIRST = "The Veldt Port Authority said the channel would stay shut to tankers.\n"


def _titles(events: list, phrase: str) -> list[str]:
    return [e.title for e in events if any(phrase in s.quote for s in e.sources)]


@pytest.mark.parametrize(("sentence", "phrase", "title"), [
    ("The Veldt Port Authority said it would pay the salvage crews from its reserve fund.\n", "pay the salvage",
     "The Veldt Port Authority will pay the salvage crews from its reserve fund"),
    ("The Veldt Port Authority said it had suspended the night pilotage service.\n", "suspended the night",
     "The Veldt Port Authority has suspended the night pilotage service"),
    ("Hoping to reassure shippers, the Veldt Port Authority said it would open a second berth at Lind.\n",
     "second berth", "The Veldt Port Authority will open a second berth at Lind"),
    ("The Veldt Port Authority announced plans to close the outer berth to all shipping.\n", "outer berth",
     "The Veldt Port Authority plans to close the outer berth to all shipping"),
])
def test_a_speakers_report_of_another_act_is_an_event_of_the_news_day(sentence: str, phrase: str, title: str) -> None:
    events = events_of(LEAD + _FIRST + sentence)
    assert dated(events, phrase) == ["2031-05-15"]
    assert _titles(events, phrase) == [title]


@pytest.mark.parametrize("sentence", [
    "The Veldt Port Authority said it could pay the salvage crews from its reserve fund.\n",  # hedged
    "The Veldt Port Authority said it was confident the quay would hold.\n",  # a view
    "The Veldt Port Authority said it had paid the salvage crews 40,000 euros so far.\n",  # a running total
    "The Veldt Port Authority said it had suspended the night service before the grounding.\n",  # background
    "The Veldt Port Authority earlier said it would pay the salvage crews from its reserve fund.\n",  # reaches back
])
def test_hedges_views_totals_and_background_are_no_reported_act(sentence: str) -> None:
    assert reported_act(sentence) is None


def test_an_unnamed_speaker_reports_no_act() -> None:
    assert reported_act("Officials said they would pay the salvage crews from the reserve fund.") is None
    assert reported_act("He said he would pay the salvage crews from the reserve fund.") is None


def test_a_quotation_before_the_act_is_a_frame_not_a_report() -> None:
    assert reported_act('The Veldt Port Authority said: "It would pay the salvage crews."') is None


def test_a_saying_in_the_present_and_the_perfect_reports_an_act() -> None:
    assert reported_act("The Veldt Port Authority says it has suspended the night pilotage service.") is not None
    assert reported_act("The Veldt Port Authority has announced that it will pay the salvage crews.") is not None


def test_a_person_whose_office_the_story_never_tells_reports_no_act() -> None:
    # (her first saying is :mod:`.day_sayings`' to keep or leave; her second reports no act of a newsmaker's)
    text = (LEAD + _FIRST + "Anna Rebane watched the tanker from the quay with her neighbours.\n"
            "Anna Rebane said the channel was always busy.\n" + "Anna Rebane said she would sell her boat.\n")
    assert dated(events_of(text), "sell her boat") == []


def test_an_office_holder_reports_an_act() -> None:
    text = (LEAD + _FIRST + "Port director Jaan Tamm told reporters that the harbour office had closed the fuel "
            "dock until the tanker is moved.\n" + "Jaan Tamm said he had ordered a survey of the breakwater.\n")
    assert dated(events_of(text), "survey of the breakwater") == ["2031-05-15"]


def test_a_title_cut_after_an_amount_leaves_the_act_out() -> None:
    assert _AMOUNT_CUT.search("The Veldt Port Authority has given 40,000 euros")
    assert _AMOUNT_CUT.search("The Veldt Port Authority has given $25 million")
    assert not _AMOUNT_CUT.search("The Veldt Port Authority has ordered a full reform")


def test_an_amount_with_whom_it_went_to_keeps_its_title() -> None:
    text = LEAD + _FIRST + ("The Veldt Port Authority said it had given 40,000 euros to each of the crews' families "
                            "to help them through the closure.\n")
    assert dated(events_of(text), "40,000 euros") == ["2031-05-15"]


def test_the_government_a_speaker_reports_on_stays_the_headlines_subject() -> None:
    text = (LEAD + _FIRST + "Prime Minister Liis Org said the grounding was a warning to every port.\n"
            "Liis Org said the government had ordered two new pilot boats.\n")
    events = events_of(text)
    assert dated(events, "two new pilot boats") == ["2031-05-15"]
    assert _titles(events, "two new pilot boats") == ["The government has ordered two new pilot boats"]


def test_a_title_ending_in_a_word_is_no_amount_cut() -> None:
    text = LEAD + _FIRST + ("The Veldt Port Authority said it had ordered a full reform of the pilotage service "
                            "and its training.\n")
    assert dated(events_of(text), "full reform") == ["2031-05-15"]
