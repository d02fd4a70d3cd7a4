"""Tagger round of session 29 (issue 17): classes read on the dev12 split and in HeidelTime
disagreements. Sentences written for this table; no article text."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

WED = dt.date(2025, 8, 13)   # Wednesday

Row = tuple[dt.date, str, list[tuple[str, str, str]]]

TABLE: list[Row] = [
    # ---- parts of the day the sun names
    (WED, "Rescue boats set out at dawn Tuesday.", [("dawn Tuesday", "TIME", "2025-08-12TMO")]),
    (WED, "On Monday the barge left port. It ran aground shortly after sunset.",
     [("Monday", "DATE", "2025-08-11"), ("sunset", "TIME", "2025-08-11TEV")]),
    (WED, "Aug. 9: A tug is seen at sunrise off the coast.",
     [("Aug. 9", "DATE", "2025-08-09"), ("sunrise", "TIME", "2025-08-09TMO")]),
    # with no day told, a habit, a span of every day, a figure and a name are no day's dawn
    (WED, "The ferry sank at dusk.", []),
    (WED, "At dusk the pickers drive home in old vans.", []),
    (WED, "In May the port shut. Until then, the boats had sailed at dusk.",
     [("May", "DATE", "2025-05"), ("then", "DATE", "2025-05")]),
    (WED, "The crews toil from dawn until dusk.", []),
    (WED, "Rows have raged since the dawn of the jet age.", []),
    (WED, "Dawn reported that the talks had stalled.", []),
]


@pytest.mark.parametrize(("dct", "text", "expected"), TABLE, ids=[t[1][:50] for t in TABLE])
def test_round9(dct: dt.date, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in tag(text, dct)] == expected
