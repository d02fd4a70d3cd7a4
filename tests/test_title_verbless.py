"""A title with no verb is written again from the clause that governs its sentence (issue 16).

Every sentence here is written for these tests in news style.
"""

from __future__ import annotations

import pytest

from timeline.extract.title_gate import title_defect
from timeline.extract.titles import write_title


def _title(sentence: str, *dates: str) -> str:
    spans = []
    for date in dates:
        start = sentence.index(date)
        spans.append((start, start + len(date)))
    return write_title(sentence, spans)


@pytest.mark.parametrize(("sentence", "dates", "title"), [
    # A fronted phrase of time with no verb of its own, before the subject.
    ("Last Thursday, three weeks into the longest strike in the port's history, Northwind chief executive Ann Holt "
     "shut herself in an office on the top floor of the harbour building.", ("Last Thursday",),
     "Ann Holt shuts herself in an office on the top floor of the harbour building"),
    # A relative clause inside the subject, the main verb after it.
    ("On March 2, two days before the strike began, one of the two \"night men\" who had run the late ferries on the "
     "northern route for Northwind boarded a train and headed for the capital.", ("On March 2",),
     "One of the two \"night men\" boards a train and heads for the capital"),
    # A subject and its predicate with an apposition between them.
    ("Today, a quiet quay at the far end of a narrow inlet on the north side of Portville's Old Harbour, a site hit "
     "heavily by oil in 2019, draws an iconic scene of natural beauty.", ("Today",),
     "A quiet quay draws an iconic scene of natural beauty"),
])
def test_a_verbless_title_takes_the_governing_clause(sentence: str, dates: tuple[str, ...], title: str) -> None:
    written = _title(sentence, *dates)
    assert written == title
    assert title_defect(written) is None


@pytest.mark.parametrize(("sentence", "dates"), [
    # An apposition between a subject and its verb is not the clause.
    ("Shares in Harbour Line and in Coastal Freight, two firms which may face claims over the collision, rallied on "
     "Wednesday.", ("Wednesday",)),
    # A title with a verb the gate does not know ("meet" after two names) stays as it is.
    ("Under a grey sky on Friday morning, the mayor and harbour master Ann Holt, the council's lead on the strike, met "
     "with the pilots on an otherwise empty quay.", ("Friday morning",)),
    # A relative clause with its own subject, and another relative clause after it: no main verb to take.
    ("A $5 million fund that Northwind set up in March for crews and small firms that were hurt by the strike.",
     ("March",)),
    # A verb's "that" opens its complement, no relative clause.
    ("In a long essay, Hale and the board's chair Joan Ferris argued that \"the leak has reminded voters that we must "
     "cut our gas use.\"", ()),
])
def test_no_clause_is_made_of_an_apposition_or_a_complement(sentence: str, dates: tuple[str, ...]) -> None:
    written = _title(sentence, *dates)
    assert "rallied" not in written and "two firms" not in written.lower() and "argued has" not in written
    assert not written.startswith("Under") and "fund are" not in written and "fund affected" not in written
