"""Property tests: whatever the text, the tagger returns well-formed spans.

Also a modest linear-time sanity check on pathological inputs (sizes kept
small; real timings live in benchmarks/tempeval.py, never in unit tests).
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.tagger import tag

TYPES = {"DATE", "TIME", "DURATION", "SET"}
WORDS = ["May", "may", "March", "the", "last", "next", "year", "years", "ago", "Friday", "2026", "1990s",
         "5:01", "p.m.", "ET", "noon", "quarter", "third", "fourth", "early", "mid-", "late", "of", "in", "a",
         "week", "two", "24", "hours", "past", "every", "Tuesday", "now", "Feb.", "23,", "2/23/2026", ",", ".",
         "fall", "spring", "we", "sun", "$27", "50%", "earlier", "this", "that", "day", "following", "-", "'s"]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
    st.lists(st.sampled_from(WORDS), max_size=60).map("".join),
)
dcts = st.one_of(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
                 st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 12, 31)))


def check_well_formed(text: str, timexes: list) -> None:
    previous_end = 0
    for t in timexes:
        assert 0 <= t.start < t.end <= len(text)
        assert t.start >= previous_end, "spans overlap or are out of order"
        assert text[t.start:t.end] == t.text
        assert t.type in TYPES
        assert isinstance(t.value, str) and t.value
        assert t.mod is None or t.mod.isupper()
        t.when  # noqa: B018 - must never raise
        previous_end = t.end


@settings(max_examples=300, deadline=None)
@given(texts, dcts)
def test_never_raises_and_spans_are_well_formed(text: str, dct: dt.date) -> None:
    check_well_formed(text, tag(text, dct))


@settings(max_examples=50, deadline=None)
@given(texts, st.sampled_from(["America/New_York", "Europe/Paris", "UTC", None]))
def test_timezone_never_breaks_spans(text: str, timezone: str | None) -> None:
    dct = dt.datetime(2026, 2, 27, 23, 30, tzinfo=dt.UTC)
    check_well_formed(text, tag(text, dct, timezone))


def test_extreme_reference_dates_do_not_overflow() -> None:
    text = "next year, last year, tomorrow, yesterday, two centuries ago, next week, this weekend, Q4"
    for dct in (dt.date(1, 1, 1), dt.date(9999, 12, 31)):
        check_well_formed(text, tag(text, dct))


def test_pathological_inputs_complete() -> None:
    """Inputs that make backtracking regexes explode; kept small for a unit test."""
    cases = [
        "May " * 20_000,
        "1" * 50_000,
        " " * 50_000 + "May",
        "May" + " " * 50_000 + "5",
        "the " * 10_000 + "year",
        "a-" * 20_000,
        "".join(chr(i % 0x3000) for i in range(40_000)),
        "Feb. 23, " * 5_000,
        "two " * 10_000 + "years",
    ]
    for text in cases:
        check_well_formed(text, tag(text, dt.date(2026, 2, 27)))
