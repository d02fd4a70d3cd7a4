"""The date of a clause after "but" titles that clause, not the one before it (issue 16, session 28).

Every sentence here is written for these tests. "Sales of the drug were falling, but profits rose in 2025": 2025 is
the profits', and "Sales are falling" under 2025 told the first clause at the second's date. The second clause's
subject may have no determiner ("profits", "older pupils"), a date after its subject is its own ("but the governor on
Monday vetoed it"), and an undated attribution after
it ("..., the minister said") does not make the date the saying's. Two predicates joined by "but", each with its date,
are two events, as with "and"; and "came back in August" keeps its "back".
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

WEDNESDAY = dt.date(2026, 3, 18)
LEAD = "Harbor Oil said on Wednesday it would close its last refinery in the state.\n"


def events_after_lead(sentence: str) -> list[tuple[str, str]]:
    events = extract(Document(path="t.txt", text=LEAD + sentence + "\n", published=WEDNESDAY))
    return [(e.when.value(), e.title) for e in events if "last refinery" not in e.title]


def test_a_bare_subject_after_but_takes_its_clauses_date() -> None:
    assert events_after_lead("Sales of the drug were falling, but profits rose in 2025.") == [("2025", "Profits rise")]


def test_an_undated_attribution_leaves_the_date_to_its_clause() -> None:
    assert events_after_lead("Most schools will stay shut but older pupils will return on Thursday, the minister "
                             "said.") == [("2026-03-19", "Older pupils will return")]


def test_a_date_after_the_second_clauses_subject_is_that_clauses() -> None:
    assert events_after_lead("The council had ruled out a strike so far, but a ballot held on Tuesday forced a "
                             "rethink.") == [("2026-03-17", "A ballot forces a rethink")]


def test_two_predicates_joined_by_but_each_with_its_date() -> None:
    assert events_after_lead("The virus seemed to vanish during the summer but came back in August.") == [
        ("2025-SU", "The virus seems to vanish"), ("2025-08", "The virus comes back")]


def test_back_after_a_verb_of_return_is_its_particle() -> None:
    assert events_after_lead("The virus came back in August.") == [("2025-08", "The virus comes back")]
    assert events_after_lead("The firm struck a deal back in 2007.") == [("2007", "Harbor Oil strikes a deal")]
