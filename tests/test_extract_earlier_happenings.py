"""A named date that closes an earlier happening's noun phrase after "over", "for", "into" (issue 16, session 25).

Every sentence here is written for these tests. "A heart surgeon was charged over the singer's death in June 2024":
the date is the death's, not the charging's; the statement at that date was titled by the charge ("A heart surgeon
is charged ...") as if the charge were June 2024's. It is now the happening's own statement. A recent day told from
the page ("on Tuesday"), a preposition of occasion ("died in the explosion on 3 February") and a passive's agent
("killed by the spill in 2011") keep the clause's title, and so does a deal or a vote ("paid for the merger in 2019").
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

FRIDAY = dt.date(2026, 3, 20)


def events_of(text: str) -> list[tuple[str, str]]:
    return [(e.when.value(), e.title) for e in extract(Document(path="t.txt", text=text + "\n", published=FRIDAY))]


def test_an_earlier_happenings_date_after_a_preposition_of_cause_is_the_happenings() -> None:
    assert events_of("A heart surgeon was charged with manslaughter over the singer's death in June 2024, but he "
                     "denied any wrongdoing.") == [("2024-06", "The singer dies")]
    assert events_of("The refinery paid a record fine of $40 million for a chemical plant fire in 2019.") == [
        ("2019", "A chemical plant fire breaks out")]
    assert events_of("The airline has faced mounting anger over the crash on 14 January that killed 90 "
                     "passengers.") == [("2026-01-14", "The crash kills 90 passengers")]


def test_a_recent_day_an_occasion_or_a_passives_agent_keeps_the_clauses_title() -> None:
    assert events_of("Police arrested a man over the killing on Tuesday.") == [
        ("2026-03-17", "Police arrest a man over the killing")]
    assert events_of("The miners died in the explosion on 3 February.") == [
        ("2026-02-03", "The miners die in the explosion")]
    assert events_of("Thousands of seabirds were killed by the tanker spill in 2011.") == [
        ("2011", "Thousands of seabirds are killed by the tanker spill")]
    # (a deal or a vote an act is for may be the act's own time: only mishaps a later act answers are read so)
    assert events_of("The company paid $5 million for the merger in 2019.") == [
        ("2019", "The company pays $5 million for the merger")]
