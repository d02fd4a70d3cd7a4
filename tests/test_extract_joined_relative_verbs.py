"""A restrictive relative clause with two past verbs joined before its date (:mod:`.restrictive`, issue 16).

Every text here is written for these tests. "The ferry company, which owned the boat that capsized and sank last
week, said ..." was an event of last week titled "The ferry company owns the boat": the date ends the inner clause
("that capsized and sank last week"), whose happening it dates, but "that" was read as a relative pronoun only
before one past verb and its time. Two past verbs joined by "and" make the same clause.
"""

from __future__ import annotations

import datetime as dt

from extract_support import events_of

THURSDAY = dt.date(2026, 4, 30)


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.when.value(), e.title) for e in events_of(text + "\n", THURSDAY)]


def test_two_joined_verbs_keep_the_date_in_their_clause() -> None:
    events = _events("Fishermen rushed to the harbour on Thursday.\n\nThe ferry company, which owned the boat that "
                     "capsized and sank last week, said it would pay compensation.")
    assert ("2026-W17", "The boat capsizes and sinks") in events
    assert not any("owns" in title for _, title in events)


def test_a_restrictive_clause_in_the_object_dates_its_own_happening() -> None:
    events = _events("Officials questioned the firm that built the bridge that cracked and collapsed on Monday.")
    assert events == [("2026-04-27", "The bridge cracks and collapses")]
