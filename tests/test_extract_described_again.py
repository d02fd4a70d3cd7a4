"""A happening picked up further down by a definite description of what it made is one event
(:mod:`timeline.extract.described_again`, issue 16, duplicates); a thing made again or an indefinite one stays apart.

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.described_again import described_again
from timeline.extract.happenings import stems
from timeline.extract.merge import Mention
from timeline.model import Document, When

THURSDAY = dt.date(2031, 5, 15)


def events_of(text: str, published: dt.date = THURSDAY) -> list:
    return extract(Document(path="t.txt", text=text, published=published))


def sources_of(events: list, phrase: str) -> list[int]:
    return [len(e.sources) for e in events if any(phrase in s.quote for s in e.sources)]


def test_the_new_estimates_released_that_day_are_the_estimate_told_first() -> None:
    text = ("Engineers at the Holm dam raised their estimate of the flood damage on Thursday.\n"
            "The river rose a metre overnight.\n"
            "Farmers moved their herds to higher ground.\n"
            "The new estimates, released Thursday by the regional water board, put the damage at 40 million "
            "crowns.\n")
    assert sources_of(events_of(text), "The new estimates") == [2]


def test_the_complaint_filed_yesterday_is_the_suit_told_in_the_lead() -> None:
    text = ("The city of Holm sued the Vanta shipping line on Wednesday over the fuel that leaked into its harbour "
            "last month.\n"
            "The harbour was closed for nine days.\n"
            "Fishermen say they lost a season's catch.\n"
            "The 30-page complaint, filed yesterday in the district court, accuses Vanta of ignoring three safety "
            "warnings.\n")
    assert sources_of(events_of(text), "The 30-page complaint") == [2]


def test_yesterdays_suit_is_the_suit_told_before() -> None:
    text = ("The city of Holm sued the Vanta shipping line on Wednesday over the fuel that leaked into its harbour "
            "last month.\n"
            "The harbour was closed for nine days.\n"
            "Yesterday's suit had been long expected by the port's tenants.\n")
    assert sources_of(events_of(text), "Yesterday's suit") == [2]


def test_the_records_first_reported_that_day_are_the_leads_news() -> None:
    text = ("Inspectors have found that the grain stores at the port of Holm hold less than a month of wheat, "
            "according to records seen by this newspaper.\n"
            "The port authority declined to comment.\n"
            "Bakers in the city have raised their prices twice this year.\n"
            "The mayor has called a meeting of the city council.\n"
            "The records were first reported by the Holm Courier on Thursday afternoon.\n")
    assert sources_of(events_of(text), "first reported") == [2]


def test_another_complaint_filed_that_day_is_news_of_its_own() -> None:
    text = ("The city of Holm sued the Vanta shipping line on Wednesday over the fuel that leaked into its harbour "
            "last month.\n"
            "The harbour was closed for nine days.\n"
            "Another complaint, filed yesterday by the fishermen's union, seeks damages for the lost catch.\n")
    assert sources_of(events_of(text), "Another complaint") == [1]


def test_an_indefinite_report_released_that_day_is_news_of_its_own() -> None:
    text = ("The city of Holm sued the Vanta shipping line on Wednesday over the fuel that leaked into its harbour "
            "last month.\n"
            "The harbour was closed for nine days.\n"
            "A report released on Wednesday by the port found three cracked tanks.\n")
    assert sources_of(events_of(text), "A report released") == [1]


def test_a_further_act_on_the_thing_told_is_another_happening() -> None:
    text = ("The Holm council drafted a bill on Wednesday to ban night flights over the old town.\n"
            "Residents have complained about the noise for years.\n"
            "The airport says the ban would cost 300 jobs.\n"
            "The bill, rejected on Wednesday evening by the regional assembly, will return in the autumn.\n")
    assert sources_of(events_of(text), "drafted a bill") == [1]


def test_a_reaction_to_a_report_is_not_the_reports_publication() -> None:
    text = ("The dockers' union branded the port's safety report \"one-sided\" on Wednesday.\n"
            "The report blames the crane crews for three accidents.\n"
            "\"As we read the port's report published earlier today, we found many errors,\" the shipping line "
            "said.\n")
    assert sources_of(events_of(text, dt.date(2031, 5, 14)), "branded the port") == [1]


def test_a_meeting_named_by_its_day_is_the_meeting_told_before() -> None:
    text = ("The regional council convened an emergency meeting of the harbour towns on Thursday to discuss the "
            "flooding.\n"
            "Ferries stayed in port.\n"
            "Further details about Thursday's meeting have to be worked out by the mayors.\n")
    assert sources_of(events_of(text), "Thursday's meeting") == [2]


def test_a_thing_named_by_its_day_is_no_other_word_of_an_earlier_telling() -> None:
    text = ("The port's inspectors said on Wednesday that the new quay was sound.\n"
            "In Wednesday's report, the inspectors said the cement in the quay wall had set well.\n"
            "Divers checked the wall, paving the way for that night's cementing of the second berth.\n")
    assert sources_of(events_of(text), "that night's cementing") == [1]


def test_a_concert_named_by_its_day_is_the_concert_told_at_that_day() -> None:
    text = ("Four bands will perform at the concert at the Holm stadium on Saturday.\n"
            "Tickets sold out in an hour.\n"
            "Saturday's tribute concert will raise money for three charities.\n")
    assert sources_of(events_of(text), "Saturday's tribute concert") == [2]


def test_a_thing_named_by_its_day_is_not_any_word_after_the_lead() -> None:
    text = ("Members of the Holm City Council have launched an advertising campaign to bring tourists back. "
            "The campaign offers a summer promotion of cheap ferry tickets. "
            "Officials said: \"Nobody should misread today's beach promotion.\"")
    day = When.parse("2031-05-15")
    first_stop = text.index(".") + 1
    lead = Mention(when=day, start=0, end=first_stop, sentence=0, actor="Holm City Council", title="Members launch",
                   tags=[], confidence=0.5, is_statement=False, lead=True, stems=stems(text[:first_stop]))
    said = text.index("Officials")
    today = text.index("today")
    later = Mention(when=day, start=said, end=len(text), sentence=2, actor=None, title="Officials say",
                    tags=[], confidence=0.9, is_statement=True, date=(today, today + len("today")),
                    stems=stems(text[said:]))
    described_again([lead, later], text)
    assert later.one_of == ""
