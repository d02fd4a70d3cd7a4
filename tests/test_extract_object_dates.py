"""A date inside a verb's object names that object's time, not the verb's (session 19).

Every text here is written for these tests: a relative clause whose object holds a dated happening ("who ran the
fund for victims of the March 3 flood"), a record named by its year as a verb's object ("cites a 2003 letter") or as
the subject of a reported clause ("said that a 2004 study ... found"). A relative clause whose act took place at the
happening ("who died in the March 3 flood") and a record after a preposition ("said in a 2007 interview") keep the
date.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

FRIDAY = dt.date(2026, 3, 20)


def events_of(text: str) -> list[tuple[str, str]]:
    return [(e.when.value(), e.title) for e in extract(Document(path="t.txt", text=text + "\n", published=FRIDAY))]


def test_a_relative_clauses_object_happening_does_not_date_the_clause() -> None:
    events = events_of("Ruth Calder, who ran the relief fund for victims of the 2019 Varden floods, will lead the "
                       "new claims office.")
    assert not any(when == "2019" and "Calder" in title for when, title in events), events
    events = events_of("The mayor named Omar Hale, who handled compensation for families of the June 4 mine "
                       "collapse, to chair the panel on Tuesday.")
    assert not any(when == "2025-06-04" and "Hale" in title for when, title in events), events


def test_a_relative_clause_at_the_happening_keeps_its_date() -> None:
    events = events_of("The inquiry is looking at the mill, where four workers died in the March 3 explosion.")
    assert ("2026-03-03", "Four workers die in the explosion") in events, events
    events = events_of("A lawyer who represented the mayor in the 2019 election recount has made a bid to lead the case.")
    assert any(when == "2019" and "lawyer" in title.lower() for when, title in events), events


def test_a_record_named_by_its_year_does_not_date_the_verb_that_takes_it() -> None:
    assert not any(when == "2003" for when, _ in events_of(
        "The complaint cites a 2003 letter from the regulator's director to the mill."))
    assert not any(when == "2006" for when, _ in events_of(
        "The lawsuit quotes the firm's 2006 safety memo at length."))


def test_a_record_after_a_preposition_keeps_its_year() -> None:
    assert any(when == "2007" for when, _ in events_of("Vale said in a 2007 interview that she would retire."))
