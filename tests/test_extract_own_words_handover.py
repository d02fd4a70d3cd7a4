"""A speaker's statement told again in the speaker's own words, and a handover told from the holder's side alone,
are one event each (:mod:`timeline.extract.own_words`, :mod:`timeline.extract.succession`; issue 16, duplicates).

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.merge import Mention
from timeline.extract.own_words import own_words
from timeline.model import Document, When

THURSDAY = dt.date(2031, 5, 15)


def events_of(text: str) -> list:
    return extract(Document(path="t.txt", text=text, published=THURSDAY))


def sources_of(events: list, phrase: str) -> list[int]:
    return [len(e.sources) for e in events if any(phrase in s.quote for s in e.sources)]


def test_a_speakers_quotation_of_the_week_they_forecast_is_their_statement() -> None:
    text = ("Harbour master Tom Reed said the amount of fuel pumped from the wreck could almost double by next week.\n"
            "Divers have worked on the hull since Monday.\n"
            "The tanker ran aground in a storm.\n"
            "Mr Reed said the pumps were now lifting 300 tonnes a day.\n"
            "He said he hoped a second pump would arrive soon.\n"
            "\"We're only at 300 now and we'll be at 600 next week.\n"
            "It is slow work,\" he added.\n")
    assert sources_of(events_of(text), "almost double") == [2]


def test_another_speakers_quotation_of_that_week_stays_apart() -> None:
    text = ("Harbour master Tom Reed said the amount of fuel pumped from the wreck could almost double by next week.\n"
            "Divers have worked on the hull since Monday.\n"
            "Fishermen's leader Ana Hale was less hopeful.\n"
            "\"We'll be back at sea next week if the weather holds,\" Ms Hale said.\n")
    assert sources_of(events_of(text), "almost double") == [1]


def test_the_holder_stepping_down_in_the_month_is_the_handover_on_its_day() -> None:
    text = ("Norvale chief executive Ana Hale will step down from the company's top post in October and take a job "
            "with a rival miner, the company said on Thursday.\n"
            "Shares in Norvale fell 2 percent.\n"
            "Tom Reed, the head of the copper division, is set to replace Ana Hale on October 1.\n")
    assert sources_of(events_of(text), "is set to replace") == [2]


def test_a_holder_stepping_down_beside_two_handovers_stays_apart() -> None:
    text = ("Norvale chief executive Ana Hale will step down from the company's top post in October, the company said "
            "on Thursday.\n"
            "Tom Reed is set to replace Ana Hale as chief executive on October 1.\n"
            "Lena Ford will succeed Ana Hale as chair of the board on October 1.\n")
    events = events_of(text)
    assert sources_of(events, "is set to replace") == [1]
    assert sources_of(events, "will succeed") == [1]


def test_a_quotation_naming_the_speaker_is_someone_elses_words() -> None:
    text = ("Councillor Tom Reed said the harbour fees would rise next month. "
            "\"Councillor Reed wants the fees to rise next month.")
    month = When.parse("2031-06")
    opens = text.index("\"")
    said = Mention(when=month, start=0, end=opens - 1, sentence=0, actor="Tom Reed", title="Tom Reed says the fees will rise",
                   tags=[], confidence=0.9, is_statement=True)
    quoted = Mention(when=month, start=opens, end=len(text), sentence=1, actor="Tom Reed",
                     title="Councillor Reed wants the fees to rise", tags=[], confidence=0.9, is_statement=False)
    own_words([said, quoted], text)
    assert said.one_of == quoted.one_of == ""
    unnamed = Mention(when=month, start=opens, end=len(text), sentence=1, actor="Ana Hale", title="Hale: fees", tags=[],
                      confidence=0.9, is_statement=False)
    hale = Mention(when=month, start=0, end=opens - 1, sentence=0, actor="Ana Hale", title="Ana Hale says", tags=[],
                   confidence=0.9, is_statement=True)
    own_words([hale, unnamed], text)
    assert hale.one_of == unnamed.one_of != ""


def test_the_statement_told_to_reuters_after_an_undated_lead_is_its_source() -> None:
    text = ("Members of the Holm City Council have begun drafting a ban on night flights over the old town.\n"
            "\"We're working on it,\" council leader Ana Hale told Reuters on Wednesday.\n"
            "The airport says a ban would cost 300 jobs.\n")
    assert sources_of(events_of(text), "begun drafting") == [2]


def test_a_named_persons_lead_statement_quoted_again_with_its_day_further_down_is_one_event() -> None:
    text = ("The harbour minister, Ina Vos, has told MPs that the Holm ferry line will close for good.\n"
            "The line has carried islanders for ninety years.\n"
            "Its two boats are older than most of their crews.\n"
            "Fares rose twice last year.\n"
            "Islanders have started a petition.\n"
            "\"We had no other choice,\" Vos told the transport committee on Wednesday.\n")
    assert sources_of(events_of(text), "will close for good") == [2]


def test_a_lead_the_ministry_speaks_stays_apart_from_the_ministers_own_words() -> None:
    text = ("Ina Vos will close the Holm ferry line for good, the harbour ministry said.\n"
            "The line has carried islanders for ninety years.\n"
            "Its two boats are older than most of their crews.\n"
            "Fares rose twice last year.\n"
            "Islanders have started a petition.\n"
            "\"The new bridge is safe,\" Vos told the transport committee on Wednesday.\n")
    assert sources_of(events_of(text), "close the Holm ferry line") == [1]
