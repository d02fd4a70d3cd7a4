"""A participle after a noun is the clause's own verb when no other verb stands in the clause (issue 16).

"A relief fund for victims of the fire opened on Monday" has one verb, "opened", whose subject is the fund; it is no
reduced relative of "the fire". "amid claims that its rules are unfair" puts a plural noun before "that", no verb.
Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

PUBLISHED = dt.date(2031, 3, 5)  # a Wednesday
LEAD = "The harbour board approved a new ferry terminal for Portville on Tuesday.\n\n"


def _events(sentence: str) -> list[tuple[str, str]]:
    found = extract(Document(path="t.txt", text=LEAD + sentence + "\n", published=PUBLISHED))
    return [(e.when.value(), e.title) for e in found if not e.sources[0].quote.startswith("The harbour board")]


def test_a_participle_with_no_other_verb_is_the_clauses_own() -> None:
    assert _events("A relief fund for victims of the Portville fire opened for business on Monday.") == [
        ("2031-03-03", "A relief fund for victims of the Portville fire opens for business")]
    assert _events("Many of the ferry crews stayed in port on Monday.") == [
        ("2031-03-03", "Many of the ferry crews stay in port")]


def test_a_plural_noun_before_that_is_no_verb() -> None:
    [(date, title)] = _events("A $2 million relief fund for victims of the Portville fire opened on Monday amid claims "
                              "that its rules are unfair.")
    assert date == "2031-03-03" and title.startswith("A $2 million relief fund opens"), title


def test_a_reduced_relative_before_the_clauses_verb_stays_a_happening() -> None:
    assert ("2030-05", "A plan is approved") in _events("Critics of a plan approved in May said the ferry would close.")
    assert ("2001", "A report is prepared") in _events("The minister cited a report prepared in 2001.")
    assert [d for d, _ in _events("Relatives of a sailor lost in 1998 gathered at the quay.")] == ["1998"]
