"""Sentences dated by the happening told just before them through a moment soon after it or a reply to it.

Every text here is written for these tests. The kinds: an opener that tells a moment of the same day
("Shortly thereafter, ...", "Moments later, ...", "But hours later, however, ..."), the same moment told after the
verb ("used the radio shortly thereafter to ..."), and a reply to a dated act or saying ("X fired back that ...",
"Y responded that ...", "In response, ..."); and the sentences that must not take the day.
"""

from __future__ import annotations

import pytest
from extract_support import dated, events_of

from timeline.extract.continued import REPLY, SOON, occasion_tie
from timeline.extract.implied import CONTINUED_CONFIDENCE


def test_a_reply_takes_the_day_of_the_saying_it_answers() -> None:
    text = ("The opposition leader Mara Quist said on Sunday that the harbour plan favoured the shipping lines.\n"
            "\"It is a gift to the owners,\" Quist said.\n"
            "The port minister Ivo Rantala fired back that the opposition had not read the plan.\n")
    events = events_of(text)
    assert dated(events, "fired back") == ["2031-05-11"]
    reply = next(e for e in events if any("fired back" in s.quote for s in e.sources))
    assert reply.confidence == CONTINUED_CONFIDENCE  # a day inherited, not stated
    assert not any("Quist said on Sunday" in s.quote for s in reply.sources)  # the answer is its own event


def test_a_moment_told_after_the_verb_takes_the_day() -> None:
    text = ("The ferry operator Nordlink cancelled all crossings on Tuesday.\n"
            "The union used its website shortly thereafter to call a strike at the terminal.\n")
    assert dated(events_of(text), "call a strike") == ["2031-05-13"]


def test_moments_later_with_a_saying_takes_the_day() -> None:
    text = ("A protester interrupted the mining hearing on Wednesday and was led out of the room.\n"
            "Moments later, the chairman Olaf Berg opened the session, saying the spill should never have happened.\n")
    assert dated(events_of(text), "opened the session") == ["2031-05-14"]


@pytest.mark.parametrize("sentence, tie", [
    ("Shortly thereafter, the mayor ordered an evacuation of the quay.", SOON),
    ("Soon afterwards, crews reopened the coast road.", SOON),
    ("But hours later, however, the senator withdrew his remarks.", SOON),
    ("The defence countered that the pilot had ignored the warning.", REPLY),
    ("Corvex responded that the claims were unfounded.", REPLY),
    ("In response to the letter, the ministry suspended the licence.", REPLY),
    ("In response, the council closed the beach.", REPLY),
])
def test_a_moment_soon_after_or_a_reply_ties(sentence: str, tie: str) -> None:
    assert occasion_tie(sentence) == tie


@pytest.mark.parametrize("sentence", [
    "Eleven hours later the platform sank.",  # a counted distance, reckoned by offsets
    "In response to the flooding, the bill weakened its support for coastal building.",  # no act of one day
    "Neither the agency nor Corvex immediately responded to requests for comment.",  # nothing happened
    "The firm has responded to 300 leaks since 1990.",  # a record, not a reply
    "Soon afterwards, crews will reopen the coast road.",  # a plan
    "Ortiz responded.",  # a speaker's tag to a quotation
])
def test_what_is_no_moment_soon_after_nor_a_reply(sentence: str) -> None:
    assert occasion_tie(sentence) == ""


def test_a_moment_soon_after_a_saying_does_not_take_the_day_the_saying_reports() -> None:
    text = ("Senator Hal Voss questioned the shipping chief at a hearing on Thursday.\n"
            "\"I'm ashamed of what the ministry did yesterday,\" Voss told the chief.\n"
            "Hours later, Voss withdrew his remarks after his own party condemned them.\n")
    assert "2031-05-14" not in dated(events_of(text), "withdrew his remarks")


def test_a_counted_distance_after_the_verb_is_no_moment_of_the_day() -> None:
    assert occasion_tie("The climber was found alive thirty hours later near the summit.") == ""


def test_a_reply_does_not_reach_past_a_few_sentences() -> None:
    text = ("The harbour board raised its fees on Monday.\n"
            "Ships queued outside the port for most of the spring.\n"
            "Fishermen moved their boats to the river mouth.\n"
            "The old ferry dock was closed for repairs.\n"
            "Several cafes on the quay shut their doors.\n"
            "Corvex responded that the fees were fair.\n")
    assert dated(events_of(text), "fees were fair") == []
