"""A pull quote's "End Quote" marker and its credit run into the next paragraph are furniture (issue 16).

Every text here is written for these tests, laid out as saved pages lose their layout.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.cleanup import find_furniture
from timeline.model import Document

WEDNESDAY = dt.date(2026, 3, 4)
LEAD = "Northwind Lines cancelled all ferries to the islands on Tuesday because of the pilots' strike.\n"


def furniture_of(text: str) -> list[str]:
    return [text[f.start:f.end] for f in find_furniture(text)]


def titles_of(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="t.txt", text=text, published=WEDNESDAY))]


def test_the_quoted_words_the_marker_and_the_credit_are_furniture() -> None:
    text = LEAD + ("We have never seen the harbour this empty in winter\" End Quote Jane Doe Harbour board chair "
                   "The strike began on Monday after talks broke down.\n")
    assert ("We have never seen the harbour this empty in winter\" End Quote Jane Doe Harbour board chair"
            in furniture_of(text))
    assert not any("End Quote" in t or "Jane Doe" in t for t in titles_of(text))


def test_the_story_restarts_at_an_opening_quote_or_a_capital_after_the_role() -> None:
    for credit, story in (("Ann Ro Ferry captain", "\"We are ready to sail whenever the pilots are.\""),
                          ("Ben Holt Northwind chief executive", "Shares in the company fell 4% on Tuesday."),
                          ("Ann Ro Harbour Secretary", "Northwind said the strike had cost it £2m.")):
        text = LEAD + f"It cannot go on like this\" End Quote {credit} {story}\n"
        assert f"It cannot go on like this\" End Quote {credit}" in furniture_of(text), credit


def test_a_name_after_the_role_opens_the_story() -> None:
    text = LEAD + ("It cannot go on like this\" End Quote Ann Ro Northwind business editor Ben Holt said the pilots "
                   "had asked for talks on Tuesday.\n")
    assert "It cannot go on like this\" End Quote Ann Ro Northwind business editor" in furniture_of(text)


def test_a_credit_whose_end_cannot_be_read_leaves_only_the_marker_out() -> None:
    text = LEAD + ("It cannot go on like this\" End Quote Ann Ro Harbour Board Ben Holt, who runs the "
                   "port, said the pilots had asked for talks on Tuesday.\n")
    assert "It cannot go on like this\" End Quote" in furniture_of(text)


def test_a_marker_after_words_that_close_no_quote_is_left_alone() -> None:
    text = LEAD + "The pilots voted to strike at a meeting they called End Quote on Monday.\n"
    assert not any("End Quote" in t for t in furniture_of(text))
