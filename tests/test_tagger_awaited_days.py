"""Issue 17: a weekday that a present of waiting looks forward to ("are anxiously awaiting the
report late Monday"), or that a present copula names a deadline or fixture ("Wednesday is the
deadline for ..."), is still to come, also in a Sunday paper. Every sentence is written for this
file (no article text).

The rows under "ahead" failed before the change; the rows under "stays" guard what must not move.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

SUN = dt.date(2025, 3, 16)  # Sunday
WED = dt.date(2025, 3, 12)  # Wednesday

AHEAD: list[tuple[dt.date, str, str, str]] = [
    (SUN, "Dairy buyers are nervously awaiting the board's quarterly price survey late Monday.", "late Monday", "2025-03-17"),
    (SUN, "Bond dealers are still waiting the central bank's rate decision on Tuesday.", "Tuesday", "2025-03-18"),
    (SUN, "Ferry users are anxiously expecting the council's timetable review Thursday.", "Thursday", "2025-03-20"),
    (SUN, "Thursday is the deadline for tenants filing repair claims.", "Thursday", "2025-03-20"),
    (SUN, "The harbour board met twice. Friday is the last day for objections to the plan.", "Friday", "2025-03-21"),
    (WED, "Monday marks the final day of the bridge consultation.", "Monday", "2025-03-17"),
    (WED, "Monday is the deadline for written objections.", "Monday", "2025-03-17"),
]

STAYS: list[tuple[dt.date, str, str, str]] = [
    (SUN, "Dairy buyers were anxiously awaiting the board's price survey on Monday.", "Monday", "2025-03-10"),
    (SUN, "Inspectors are still awaiting results of soil samples collected on Tuesday.", "Tuesday", "2025-03-11"),
    (SUN, "Thursday was the deadline for tenants filing repair claims.", "Thursday", "2025-03-13"),
    (SUN, "Thursday's deadline for repair claims passed quietly.", "Thursday", "2025-03-13"),
]


def _value(dct: dt.date, text: str, expr: str) -> str:
    found = {t.text: t.value for t in tag(text, dct)}
    assert expr in found, found
    return found[expr]


@pytest.mark.parametrize(("dct", "text", "expr", "value"), AHEAD)
def test_awaited_or_due_weekday_lies_ahead(dct: dt.date, text: str, expr: str, value: str) -> None:
    assert _value(dct, text, expr) == value


@pytest.mark.parametrize(("dct", "text", "expr", "value"), STAYS)
def test_done_or_past_weekday_stays_behind(dct: dt.date, text: str, expr: str, value: str) -> None:
    assert _value(dct, text, expr) == value
