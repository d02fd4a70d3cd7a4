"""One happening told at its day and again at a time of that day is one event (issue 16, duplicates): "..., the
admiral has said." then "On Monday evening, Adm Vance hailed ...". And the lines that must stay apart: another
happening of the same evening, an act of the same evening
that shares no words with the lead.

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

from extract_support import events_of, together

from timeline.model import When

MONDAY = dt.date(2031, 5, 12)
#: A lead its speaker names, then lines of detail (the hour's telling comes further down than the next sentences).
_TOP_AND_DETAIL = ('Divers have made "steady progress" towards putting a new patch on the cracked hull of the ferry Alda, '
                   "harbour master Ina Vos has said.\n"
                   "The ferry sank in shallow water off Holm last month.\n"
                   "Its owners have not said when it will sail again.\n"
                   "Fishing boats have kept clear of the wreck.\n"
                   "Two tugs stand by at the harbour mouth.\n"
                   "Insurers are waiting for a report from the coast guard.\n"
                   "The crossing to Vorn is served by a smaller boat.\n"
                   "Passengers have complained about the queues.\n")


def test_the_lead_told_again_by_its_speaker_at_an_hour_of_its_day_is_one_event() -> None:
    text = _TOP_AND_DETAIL + (
            'On Monday evening, Ms Vos hailed "steady progress" on the new hull patch and live footage appeared to show '
            "the patch being placed on the hull.\n")
    events = events_of(text, MONDAY)
    assert together(events, "Divers have made", "On Monday evening")
    one = next(e for e in events if any("On Monday evening" in s.quote for s in e.sources))
    assert one.when == When.parse("2031-05-12TEV")  # the more precise date


def test_another_happening_at_an_hour_of_the_leads_day_stays_apart() -> None:
    text = _TOP_AND_DETAIL + (
            "On Monday evening, Ms Vos closed the harbour to fishing boats for the night.\n")
    assert not together(events_of(text, MONDAY), "Divers have made", "On Monday evening")


def test_a_company_the_top_names_is_no_sign_of_one_happening() -> None:
    # A company is named by most sentences of its story, and shares their words.
    text = ("Anger and accusations washed over Alba Bank on Monday as it tried to stem the losses from its failed "
            "bond fund.\n" + _TOP_AND_DETAIL.split("\n", 1)[1]
            + "An Alba Bank spokesman said at 6 p.m. on Monday that the losses from the failed bond fund had stopped "
            "growing.\n")
    assert not together(events_of(text, MONDAY), "Anger and accusations", "An Alba Bank spokesman")


def test_a_death_told_at_its_day_and_at_its_hour_in_the_next_sentence_is_one_death() -> None:
    text = ("Ina Vos kept the harbour office open all weekend.\n"
            "She learned the news from her brother, about their mother, who had died two days earlier.\n"
            "On Saturday at 5 a.m., their mother passed away in her sleep at the Holm hospital.\n")
    events = events_of(text, MONDAY)
    assert together(events, "who had died", "passed away in her sleep")


def test_another_death_of_the_day_at_an_hour_stays_apart() -> None:
    text = ("Ina Vos kept the harbour office open all weekend.\n"
            "She learned the news from her brother, about their mother, who had died two days earlier.\n"
            "On Saturday at 5 a.m., another patient at the Holm hospital passed away in her sleep.\n")
    assert not together(events_of(text, MONDAY), "who had died", "passed away in her sleep")
