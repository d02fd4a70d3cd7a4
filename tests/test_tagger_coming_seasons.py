""""this spring" in a clause that looks ahead, said after that spring is over, is next year's spring (issue 17).

Each row is a sentence written for this table (no article text), a DCT, and the value a careful reader gives the
season. A season still to come this year, a past clause, and a reported "would" or a participle that hangs the
season on something done keep this year's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

NOV = dt.date(2025, 11, 17)
APR = dt.date(2025, 4, 9)

TABLE: list[tuple[dt.date, str, str, str]] = [
    (NOV, "A second audit should be released this spring, the inspector said.", "this spring", "2026-SP"),
    (NOV, "The museum will reopen this summer after repairs.", "this summer", "2026-SU"),
    (NOV, "The ferry line is due to resume sailings this spring.", "this spring", "2026-SP"),
    # a season still to come, or the clause tells the past
    (NOV, "The road will close this winter for resurfacing.", "this winter", "2025-WI"),
    (APR, "The museum will reopen this autumn.", "this autumn", "2025-FA"),
    (NOV, "The first audit was released this spring.", "this spring", "2025-SP"),
    # the season belongs to a thing done, or to a reported view
    (NOV, "The insurer will pay for the damage done this summer.", "this summer", "2025-SU"),
    (NOV, "The firm estimated that the flooding this summer would cost it $4m.", "this summer", "2025-SU"),
]


@pytest.mark.parametrize(("dct", "sentence", "text", "value"), TABLE, ids=[row[1] for row in TABLE])
def test_this_season_in_a_clause_that_looks_ahead(dct: dt.date, sentence: str, text: str, value: str) -> None:
    assert [(t.text, t.value) for t in tag(sentence, dct)] == [(text, value)]
