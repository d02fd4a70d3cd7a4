"""Dated events the text states without a date of their own (issue 16, round 6: recall).

Every text here is written for these tests. Each test names the kind it guards: a sentence dated
by the occasion told just before it ("At the hearing, ...", "Meanwhile, ...", "He later said ..."),
and the sentences that must not take that day (a plan, a state, biography long before the news,
a vaguer date before them); a sentence broken across lines after an abbreviation.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extract_support import dated, events_of

from timeline.extract import extract
from timeline.extract.continued import continues_occasion
from timeline.extract.merge import named_source
from timeline.extract.sentences import split_sentences
from timeline.model import Document


# ------------------------------------------------------------ dated by the occasion before
def test_a_sentence_at_the_occasion_just_told_takes_its_day() -> None:
    text = ("The river commission began its public hearings on Monday.\n"
            "At the hearing, ferry owner Dana Kell said the flood warnings had come far too late.\n")
    events = events_of(text)
    assert dated(events, "ferry owner") == ["2031-05-12"]
    assert len(events) == 2  # the hearing and what was said at it


def test_meanwhile_ties_a_past_happening_to_the_news_day() -> None:
    text = ("Engineers closed the cracked sluice gate on Saturday night, the water board said.\n"
            "The gate had been leaking for a week.\n"
            "Meanwhile, the regional government issued a new ban on building near the river.\n")
    events = events_of(text, dt.date(2031, 5, 11))
    assert dated(events, "new ban") == ["2031-05-10"]


def test_a_later_statement_of_the_day_is_its_own_event() -> None:
    text = ("On Wednesday, chairman Olaf Brink told reporters that the company cared about small towns.\n"
            "He later said he was sorry for speaking clumsily.\n")
    events = events_of(text)
    assert dated(events, "sorry") == ["2031-05-14"]
    assert len(events) == 2
    assert "Brink" in next(e for e in events if "sorry" in e.sources[0].quote).title


def test_the_comments_came_in_an_occasion_dates_it() -> None:
    text = ("The inspection found cracks in the tower, Senator Ada Moss said Wednesday.\n"
            "The comments came in a hearing in which lawmakers questioned the builders.\n")
    assert dated(events_of(text), "lawmakers questioned") == ["2031-05-14"]


@pytest.mark.parametrize("text", [
    # a plan, a state and a present tense tell no happening of that day
    "The national regulator fined the savings bank on Monday for fraud.\nMeanwhile, crews will drill a second well.\n",
    "The national regulator fined the savings bank on Monday for fraud.\nMeanwhile, the police have started interviewing staff.\n",
    "The national regulator fined the savings bank on Monday for fraud.\nMeanwhile, the singer records a new album, often praised by critics.\n",
    # a vaguer date before: no day to take
    "The national regulator fined the savings bank in March for fraud.\nMeanwhile, the minister resigned.\n",
    # biography long before the news
    "The painter Ann Lowe was born in a Leeds terrace on 3 May 1890.\nShe later worked for a butcher in the town.\n",
    # a concession, not a happening of its own
    "The national regulator fined the savings bank on Monday for fraud.\nAlthough Reed later retracted his remarks, the damage was done.\n",
])
def test_sentences_that_take_no_day_from_the_sentence_before(text: str) -> None:
    events = events_of(text)
    second = text.split("\n")[1]
    assert all(second not in s.quote for e in events for s in e.sources)


def test_continues_occasion_reads_the_opener_and_the_tense() -> None:
    assert continues_occasion("At the news conference, the mayor announced a curfew.")
    assert continues_occasion("During the session, two members walked out.")
    assert continues_occasion("In one exchange, Rep. Jo Hale pressed the chief executive on safety.")
    assert not continues_occasion("At the moment, the dam is holding.")
    assert not continues_occasion("Meanwhile, \"we are working around the clock,\" a spokesman said.")
    assert not continues_occasion("The council met on Monday.")


# ------------------------------------------------------------ sentences broken after an abbreviation
def test_a_line_broken_after_a_party_abbreviation_continues() -> None:
    text = ("In one exchange, Rep. Jo Hale (D-Mass.)\npressed the builder on the delay.\n"
            "The panel's chair, Rep. Sam Roe (R-Tex.)\n, said on Tuesday the bridge was unsafe.\n"
            "He left the U.S.\nThe next day he returned.\n")
    assert [s.text.replace("\n", " ") for s in split_sentences(text)] == [
        "In one exchange, Rep. Jo Hale (D-Mass.) pressed the builder on the delay.",
        "The panel's chair, Rep. Sam Roe (R-Tex.) , said on Tuesday the bridge was unsafe.",
        "He left the U.S.",
        "The next day he returned.",
    ]


def test_a_saying_inside_a_relative_clause_is_not_the_speaker() -> None:
    text = "The valve, which the maker said was fail-safe, failed twice, Senator Ada Moss said."
    spans = [(text.index("Ada Moss"), text.index("Ada Moss") + 8, "Ada Moss")]
    assert named_source(text, 0, len(text), spans) == "Ada Moss"
    text = "The valve, which Corva said was fail-safe, failed twice."
    spans = [(text.index("Corva"), text.index("Corva") + 5, "Corva")]
    assert named_source(text, 0, len(text), spans) == ""


# ------------------------------------------------------------ the lead after a headline run into a standfirst
def test_the_lead_follows_a_headline_run_into_its_standfirst() -> None:
    title = "Divers using robots to seal leaking tanker hull"
    text = ("Divers using robots to seal leaking tanker hull Salvage crews racing against the tide off Bergen\n"
            "Salvage company Norsk Marine is using underwater robots to seal the hull of the tanker that ran aground.\n"
            "The tanker was carrying 80,000 tonnes of crude oil.\n")
    events = extract(Document(path="t.txt", text=text, title=title, published=dt.date(2031, 5, 15)))
    assert dated(events, "Norsk Marine is using") == ["2031-05-15"]
    assert not dated(events, "Salvage crews racing")


def test_a_headline_run_in_that_reports_stays_the_lead() -> None:
    title = "Coastguard says tanker has run aground off Bergen"
    text = ("Coastguard says tanker has run aground off Bergen as storm hits the coast and crews rush out\n"
            "The tanker was carrying 80,000 tonnes of crude oil when it struck rocks near the harbour.\n")
    events = extract(Document(path="t.txt", text=text, title=title, published=dt.date(2031, 5, 15)))
    assert dated(events, "tanker has run aground") == ["2031-05-15"]


# ------------------------------------------------------------ a distance from a dated happening
def test_a_distance_beside_a_date_dates_the_happening_it_measures_from() -> None:
    text = ("The ferry Nordlys sank on 22 April, two days after a huge fire that gutted its engine room.\n"
            "Divers reached the wreck on Monday.\n")
    events = events_of(text, dt.date(2031, 5, 1))
    fire = [e for e in events if e.when.value() == "2031-04-20"]
    assert len(fire) == 1 and fire[0].sources[0].quote.startswith("a huge fire")


def test_a_distance_from_a_happening_dated_elsewhere_dates_the_clause() -> None:
    text = ("The Kestrel mine collapsed on 20 April 2031, trapping 14 miners underground for a week.\n"
            "Witnesses told the inquiry that three months before the collapse the owners had been warned "
            "the roof supports were failing.\n"
            "Union leader Mia Storr said seven days after the collapse that the warning had been ignored.\n")
    events = events_of(text, dt.date(2031, 7, 10))
    assert "2031-01" in [e.when.value() for e in events]
    assert dated(events, "seven days after the collapse") == ["2031-04-27"]


@pytest.mark.parametrize("sentence", [
    "For more than a month after the collapse, officials said the mine was safe.",
    "The company spent $9 million in the first 41 days after the collapse.",
    "In the recording, made six weeks before the collapse, the owner sounds calm.",
])
def test_a_span_or_a_named_things_distance_dates_no_clause(sentence: str) -> None:
    text = "The Kestrel mine collapsed on 20 April 2031, trapping 14 miners underground for a week.\n" + sentence + "\n"
    events = events_of(text, dt.date(2031, 7, 10))
    assert all(sentence not in s.quote for e in events for s in e.sources)


def test_an_irregular_comparatives_point_of_comparison_is_no_event() -> None:
    text = ("The harbour authority said on Monday that dredging had started again.\n"
            "The harbour is now in a far worse state than it was 30 years ago, fishermen say.\n"
            "The water was better than it was last year.\n")
    assert [e.when.value() for e in events_of(text, dt.date(2031, 7, 10))] == ["2031-07-07"]


def test_the_writers_own_narrative_is_no_lead() -> None:
    text = ("We reached the edge of the flooded valley after a long hike through the Orvale plantations.\n"
            "Ahead of us lay swamp.\n")
    assert events_of(text) == []
    text = ("Orvale Farms has closed its riverside plantations after floods reached the edge of the valley.\n"
            "Ahead of the farm lay swamp.\n")
    assert [e.when.value() for e in events_of(text)] == ["2031-05-15"]


# ------------------------------------------------------------ a caption closed by an unbracketed credit
def test_an_unbracketed_credit_before_a_dateline_closes_the_caption_above_it() -> None:
    from timeline.extract.cleanup import find_furniture

    text = ("May 14: Mayor Ida Lund meets harbour workers at the quay.\n"
            "Lund told reporters afterward that the port would stay open, a remark that angered the unions.\n"
            "City Hall BERGEN, Norway -- Dock workers in Bergen say they are tired of promises from the port's owners.\n"
            "On Wednesday, the owners said wages would be frozen.\n")
    kinds = {(f.kind, text[f.start:f.end]) for f in find_furniture(text)}
    assert ("credit", "City Hall") in kinds
    assert ("dateline", "BERGEN, Norway -- ") in kinds
    assert any(k == "caption" and t.startswith("Lund told reporters") for k, t in kinds)
    events = events_of(text)
    assert not dated(events, "Lund told reporters")
    assert dated(events, "Dock workers in Bergen") == ["2031-05-15"]
    assert not find_furniture("Watch TV -- the mayor said the port would stay open.\n")
