"""One act of one day told by its verb and again by its noun is one event (:mod:`timeline.extract.act_nouns`).

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.predicates import predicate
from timeline.model import Document


def events_of(text: str) -> list:
    return extract(Document(path="t.txt", text=text, published=dt.date(2031, 5, 15)))


def sources_of(events: list, phrase: str) -> list[int]:
    return [len(e.sources) for e in events if any(phrase in s.quote for s in e.sources)]


def test_a_quote_naming_the_meeting_the_story_told_by_its_verb_is_that_meeting() -> None:
    text = ("Norvale Mining may cut its dividend. The company's board meets on Monday to decide whether to pay the "
            "final instalment.\n"
            "Analysts expect a cut of at least half.\n"
            "\"There's a board meeting on Monday, but they may not take a decision then,\" one investor said.\n")
    assert sources_of(events_of(text), "board meeting") == [2]


def test_a_call_named_at_the_hour_someone_is_due_to_phone_is_that_call() -> None:
    text = ("Premier Ana Hale will try to settle the fishing dispute with Taoiseach Liam Byrne this weekend.\n"
            "Ms Hale is due to phone Mr Byrne at 4pm on Saturday to discuss the quotas.\n"
            "Fishing crews in both ports have stayed in harbour for a week.\n"
            "Ministers hope the call at 4pm on Saturday will end the dispute over the quotas.\n")
    assert sources_of(events_of(text), "the call at 4pm") == [2]


def test_another_meeting_of_the_day_stays_its_own_event() -> None:
    text = ("The Norvale board meets on Monday to decide whether to pay the final dividend.\n"
            "Shares fell 3 percent.\n"
            "Another board meeting on Monday will weigh the sale of the copper mine, a person familiar with the plan "
            "said.\n")
    assert sources_of(events_of(text), "Another board meeting") == [1]


def test_one_shared_name_does_not_make_two_calls_one() -> None:
    text = ("Ms Hale is due to phone Mr Byrne at 4pm on Saturday.\n"
            "Crews worked through the night in both harbours.\n"
            "Mr Byrne's call at 4pm on Saturday with union leaders will cover wages.\n")
    assert sources_of(events_of(text), "union leaders") == [1]


def test_the_act_someone_is_due_to_do_is_the_clause_main_verb() -> None:
    assert predicate("Ms Hale is due to phone Mr Byrne at 4pm on Saturday.").verbs == {"phon"}
    assert "announ" in predicate("The bank was set to announce its results on Tuesday.").verbs


def test_a_noun_spelt_apart_from_its_verb_names_the_act_the_verb_told() -> None:
    # "found" and "discovery", "sold" and "sale": the noun's stem is not the verb's, and still one act.
    text = ("Tar balls were found on Monday on the beach at Ostmark, the harbour authority said.\n"
            "Crews raked the sand through the night.\n"
            "The council met after Monday's discovery on the beach to plan the clean-up.\n")
    assert sources_of(events_of(text), "Monday's discovery") == [2]
    text = ("Norvale Mining sold its copper mine on Monday to a Danish fund for $2 billion.\n"
            "Shares rose 3 percent.\n"
            "Monday's sale of the copper mine ends a two-year search for a buyer, analysts said.\n")
    assert sources_of(events_of(text), "Monday's sale") == [2]
