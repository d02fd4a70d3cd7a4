"""Three forms a reading of tagger-vs-HeidelTime disagreements (issue 17) found the tagger missing
or cutting short. Each row is a sentence written for this table, said on Tuesday, March 10,
2026, with the TIMEX3 span, type, value and mod a reader gives it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

TUE = dt.date(2026, 3, 10)

TABLE: list[tuple[str, list[tuple[str, str, str, str | None]]]] = [
    # ---- some units just before or after the time told of, their number unsaid
    ("In the following days, crews pumped mud into the well.", [("the following days", "DURATION", "PXD", None)]),
    ("The ensuing weeks brought more layoffs.", [("The ensuing weeks", "DURATION", "PXW", None)]),
    ("Sales have doubled over the past years.", [("the past years", "DURATION", "PXY", None)]),
    ("The club paid less tax than in previous years.", [("previous years", "DATE", "PAST_REF", None)]),
    ("Payments follow in each of the subsequent quarters.", [("the subsequent quarters", "DURATION", "PXQ", None)]),
    # ... never the end of what "of" names, nor a bare adjective
    ("She nursed him in the last days of his life.", []),
    ("Past years were calmer for the port.", []),
    # ---- a relative unit told roughly is one expression, its value kept
    ("The board will decide in the next day or two.", [("the next day or two", "DATE", "2026-03-11", "APPROX")]),
    ("Prices may peak over the next month or so.", [("the next month or so", "DATE", "2026-04", "APPROX")]),
    ("Divers spent the previous week or so mapping the reef.", [("the previous week or so", "DATE", "2026-W10", "APPROX")]),
    ("The new cap should hold for the coming week or two.", [("the coming week or two", "DURATION", "P1W", "EQUAL_OR_MORE")]),
    # ... "or two years" is a second expression
    ("The next year or two years will be hard.", [("The next year", "DATE", "2027", None), ("two years", "DURATION", "P2Y", None)]),
    # ---- one unit measured from an event: "since", an "any" phrase, a clause of "-ing"
    ("It has been a year since the dam burst.", [("a year", "DURATION", "P1Y", None)]),
    ("It hardly feels like a month since she left.", [("a month", "DURATION", "P1M", None)]),
    ("The mayor arrived a week before any aid did.", [("a week", "DURATION", "P1W", None)]),
    ("He fell ill a day after landing in Lima.", [("a day", "DURATION", "P1D", None)]),
    # ... an amount before it, even past an aside, makes it a rate
    ("The pipe has leaked 800 barrels (33,600 gallons) a day since the quake.", []),
    # ---- a clock range's start told with its end's half of the day, its day and zone
    ("The quiz airs 7.00-9.30 pm on the station.", [("7.00", "TIME", "2026-03-10T19:00", None),
                                                    ("9.30 pm", "TIME", "2026-03-10T21:30", None)]),
    ("Booths will open from 6 to 8 p.m. on Friday.", [("6", "TIME", "2026-03-13T18:00", None),
                                                 ("8 p.m. on Friday", "TIME", "2026-03-13T20:00", None)]),
    ("The shop shuts between 12 and 2 pm.", [("12", "TIME", "2026-03-10T12:00", None), ("2 pm", "TIME", "2026-03-10T14:00", None)]),
    ("The vote runs 11-1 pm ET.", [("11", "TIME", "2026-03-10T11:00-04:00", None), ("1 pm ET", "TIME", "2026-03-10T13:00-04:00", None)]),
    # ... a score or a count before it is no clock
    ("The Hawks won 3-1 pm kickoff aside.", [("1 pm", "TIME", "2026-03-10T13:00", None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), TABLE, ids=[row[0][:50] for row in TABLE])
def test_disagreement_forms(sentence: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert [(t.text, t.type, t.value, t.mod) for t in tag(sentence, TUE)] == expected
