"""Dates that cannot date their sentence's clause (issue 16: dates right, session 32).

Every sentence here is written for these tests; the names are invented. A bracketed aside explaining a thing the
sentence names ("The Titanic (the liner that sank on its first voyage in 1912) did not stop ocean travel") dates that
thing, not the sentence's saying or state; a count from the story's last date ("Two months later") yields to a date
on the calendar in the same sentence ("in his June 15 speech").
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

TUESDAY = dt.date(2031, 5, 13)
LEAD = "Harbor Oil chief executive Ann Dorn defended the drilling programme on Tuesday.\n"


def events_after_lead(*sentences: str) -> list[tuple[str, str]]:
    events = extract(Document(path="t.txt", text=LEAD + "\n".join(sentences) + "\n", published=TUESDAY))
    return [(e.when.value(), e.title) for e in events if "drilling programme" not in e.title]


def test_a_date_in_an_explaining_aside_does_not_date_the_saying() -> None:
    dated = events_after_lead('"The Titanic (the liner that sank on its first voyage in 1912) did not stop ocean '
                              'travel," Dorn said.')
    assert all(d != "1912" for d, _ in dated)


def test_a_date_in_an_aside_of_a_noun_phrase_does_not_date_the_state() -> None:
    dated = events_after_lead("While still dwarfed by the largest spill on record (an estimated 3 million barrels in "
                              "1979) at the Bravo field, the leak is now twice as large as any other.")
    assert all(d != "1979" for d, _ in dated)
    dated = events_after_lead("The firm's record has been marred by a string of accidents -- including the depot "
                              "fire (which killed 12 and injured 40 others in 2007) and a pipeline leak.")
    assert all(d != "2007" for d, _ in dated)


def test_a_bracketed_date_alone_stays() -> None:
    # a bracket holding only a time gives the clause's own time again
    assert [d for d, _ in events_after_lead("The pipeline was shut at 9 a.m. (1300 GMT) on Wednesday.")] == [
        "2031-05-07T09:00"]


def test_a_calendar_date_beats_a_count_from_the_last_date() -> None:
    # the count runs from the last date told (March), which is not where the speech is
    dated = events_after_lead("The council approved the plan in March 2031.",
                              "Two months later, in his June 15 speech to the council, the mayor would fault the "
                              "plan he had earlier praised.")
    assert ("2031-06-15", "The mayor would fault the plan he had earlier praised") in dated
    assert all(d != "2031-05" for d, _ in dated)


def test_a_count_alone_still_dates_its_sentence() -> None:
    dated = events_after_lead("The council approved the plan in March 2031.",
                              "Two months later, the mayor faulted the plan.")
    assert [d for d, t in dated if "faults" in t] == ["2031-05"]


def test_a_closing_participle_dates_the_noun_it_describes() -> None:
    # the importing is four years back; the saying and the stock are of today
    assert events_after_lead("Marta Lind said the city alone has 1 million sandbags, imported four years ago during "
                             "the floods.") == [("2027", "1 million sandbags are imported during the floods")]


def test_a_participle_before_the_main_verb_is_left_as_it_was() -> None:
    assert events_after_lead("The firm's report, published last month, blamed a series of failures.") == [
        ("2031-04", "Harbor Oil's report blames a series of failures")]


def test_a_count_from_the_sentences_own_date_stays() -> None:
    dated = events_after_lead("The platform exploded on May 2 and sank two days later.")
    assert [d for d, _ in dated] == ["2031-05-02", "2031-05-04"]


def test_a_main_verb_after_an_aside_is_no_closing_participle() -> None:
    dated = events_after_lead("Shares in Acme and Bolt, two firms which may face claims over the leak, rallied on "
                              "Monday.")
    assert dated == [("2031-05-12", "Shares in Acme and Bolt rally")]


def test_a_dated_letter_and_a_main_verb_after_an_aside_keep_the_clause() -> None:
    dated = events_after_lead("The request was made in a letter from the port authority, dated 2 May.")
    assert [(d, t.startswith("The request is made")) for d, t in dated] == [("2031-05-02", True)]
    assert events_after_lead("The official estimate of 5,000 barrels a day, a figure repeated by the firm, "
                             "increased last week to 12,000 barrels.")[0][0] == "2031-W19"


def test_a_plural_noun_a_closing_participle_describes_takes_a_plural_verb() -> None:
    dated = events_after_lead("The leak forced the mayor to drop plans to dredge the bay, unveiled last month to win "
                              "support for the port.")
    assert ("2031-04", "Plans to dredge the bay were unveiled to win support for the port") in dated
