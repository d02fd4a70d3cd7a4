"""One sentence's clause headlined again at the bound it keeps is one event (issue 16, duplicates).

Every text here is written for these tests. A clause that closes a span with a date ("until 9 May") keeps the date
as a word of its own; the title writer gives the bound the clause's headline, and the reader saw one happening twice.
Any other second date (a modifier's day, what a speaker's words are about, a comparison's year), dates listed or
coordinated, and a second date with a headline of its own stay apart: each may date a happening of its own.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document


def events_of(text: str, published: dt.date) -> list:
    return extract(Document(path="t.txt", text=text, published=published))


def dates_of(text: str, published: dt.date, word: str) -> list[str]:
    return sorted(e.when.value() for e in events_of(text, published) if word in e.title)


def test_a_modifiers_day_stays_a_mention_of_its_own() -> None:
    text = ("Harbour stocks had a mixed week.\n"
            "The ferry operator's shares closed up 6.4% in Oslo on Friday, recovering losses suffered on Wednesday.\n")
    assert dates_of(text, dt.date(2031, 3, 15), "shares") == ["2031-03-12", "2031-03-14"]


def test_a_bound_of_what_was_told_is_no_second_event() -> None:
    text = ("Parents in Vorn were worried.\n"
            "On Monday, the head teacher told us that we would not be having lessons until the 9th May.\n")
    assert dates_of(text, dt.date(2031, 4, 30), "lessons") == ["2031-04-28"]


def test_what_the_speakers_words_are_about_stays_a_mention_of_its_own() -> None:
    text = ("Flooding spread along the coast.\n"
            "On Monday, Governor Hale said his state would not slow its response, despite reports that a dam began "
            "leaking around April 12.\n")
    assert dates_of(text, dt.date(2031, 4, 30), "response") == ["2031-04-12", "2031-04-28"]


def test_a_planned_act_with_its_own_headline_stays_apart() -> None:
    text = "Mr Lund told the council on Tuesday that the harbour would attempt a full reopening of the quay on Saturday.\n"
    assert sorted(e.when.value() for e in events_of(text, dt.date(2031, 4, 30))) == ["2031-04-29", "2031-05-03"]


def test_coordinated_days_stay_two_happenings() -> None:
    text = "The river ferry ran aground near Vorn on 3 May and was refloated on 9 May.\n"
    assert len(events_of(text, dt.date(2031, 5, 20))) == 2


def test_coordinated_years_stay_apart() -> None:
    text = "The ferry line cut its timetable by a quarter in 1999 and 2005 at each of its five harbours.\n"
    assert sorted(e.when.value() for e in events_of(text, dt.date(2031, 4, 30))) == ["1999", "2005"]


def test_a_second_day_with_its_own_verb_stays_apart() -> None:
    text = "Hearings in the ferry case are due to begin on 8 June with closing speeches due to begin on 27 June.\n"
    assert sorted(e.when.value() for e in events_of(text, dt.date(2031, 5, 20))) == ["2031-06-08", "2031-06-27"]


def test_a_bound_of_what_was_told_is_no_second_event_when_a_possessive_is_spaced() -> None:
    # Some feeds set an apostrophe apart as a token ("the Vales ' lawyer"); the title closes it up ("the Vales'
    # lawyer"), and the clause's words must still be found in the sentence.
    text = "On Tuesday, Vales ' office said she would not be able to return calls until 9 May.\n"
    assert dates_of(text, dt.date(2031, 5, 2), "office") == ["2031-04-29"]
