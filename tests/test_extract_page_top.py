"""A page's headline, standfirst and lead telling one happening are one event (:mod:`timeline.extract.page_top`).

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document


def events_of(text: str) -> list:
    return extract(Document(path="t.txt", text=text, published=dt.date(2031, 5, 16)))


def sources_of(events: list, phrase: str) -> list[int]:
    return [len(e.sources) for e in events if any(phrase in s.quote for s in e.sources)]


def test_a_standfirst_and_the_lead_telling_one_vote_are_one_event() -> None:
    # Byline, stamp and a video's caption between them; "council" in most sentences, so a word of the whole story.
    text = ("Harwick council votes to shut two libraries\n"
            "The council voted 6-3 on Thursday evening after a long row over its budget.\n"
            "By Mara Quell\n"
            "Published 16 May 2031\n"
            "Watch: Readers react to the closures\n"
            "HARWICK — The Harwick district council voted 6-3 on Thursday evening to shut two branch libraries.\n"
            "The council expects to save about £400,000 a year.\n"
            "Readers at both branches signed a petition against the council plan.\n"
            "A council spokesman said the two buildings would be sold.\n")
    votes = [e for e in events_of(text) if any("voted 6-3" in s.quote for s in e.sources)]
    assert [(e.when.value()[:10], len(e.sources)) for e in votes] == [("2031-05-15", 2)]


def test_a_standfirst_telling_another_happening_of_the_day_stays_its_own_event() -> None:
    text = ("Harwick council votes to shut two libraries\n"
            "Parents protested outside the town hall on Thursday evening as the meeting began.\n"
            "By Mara Quell\n"
            "Published 16 May 2031\n"
            "HARWICK — The Harwick district council voted 6-3 on Thursday evening to shut two branch libraries.\n")
    events = events_of(text)
    assert sources_of(events, "voted 6-3") == [1]
    assert sources_of(events, "protested outside") == [1]


def test_one_verb_at_the_top_with_nothing_else_in_common_is_two_happenings() -> None:
    text = ("Storm closes Harwick airport\n"
            "Police closed the coast road on Thursday evening after a lorry overturned.\n"
            "By Mara Quell\n"
            "Published 16 May 2031\n"
            "HARWICK — Harwick airport closed its runway on Thursday evening as gusts reached 90mph, its owner "
            "Pell Aviation said.\n")
    events = events_of(text)
    assert sources_of(events, "coast road") == [1]
    assert sources_of(events, "its runway") == [1]
