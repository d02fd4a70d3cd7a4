"""A telling's day and the day of what it told: two events, each with its own headline (issue 16, one sentence,
two dates).

Every text here is written for these tests. "The minister told reporters on Tuesday that the bridge would open on
Saturday": the telling is Tuesday's event, the opening Saturday's. The title writer drops the "that", and the
reported clause was found only after "says" or "told ... that", so Saturday's event kept the telling's headline,
the same one a reader sees at Tuesday.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document


def titles_by_day(text: str, published: dt.date) -> dict[str, str]:
    events = extract(Document(path="t.txt", text="Harbour news.\n" + text + "\n", published=published))
    return {e.when.value(): e.title for e in events}


def test_what_a_minister_told_reporters_is_headlined_at_its_own_day() -> None:
    titles = titles_by_day("The transport minister told reporters on Tuesday that the new bridge would open on "
                           "Saturday.", dt.date(2031, 5, 14))
    assert titles["2031-05-17"] == "The new bridge will open"
    assert titles["2031-05-13"].startswith("The transport minister")


def test_what_a_named_agency_was_told_is_headlined_at_its_own_day() -> None:
    titles = titles_by_day("The harbour master told The Coastal Gazette on Friday that the dredgers removed 400 "
                           "tonnes of silt on Wednesday.", dt.date(2031, 5, 17))
    assert titles["2031-05-14"] == "The dredgers remove 400 tonnes of silt"
    assert titles["2031-05-16"].startswith("The harbour master")


def test_a_told_clause_naming_nobody_keeps_its_teller() -> None:
    titles = titles_by_day("The port's owner told investors on Monday that it would sell the terminal next month.",
                           dt.date(2031, 5, 14))
    assert titles["2031-06"].startswith("The port's owner")
