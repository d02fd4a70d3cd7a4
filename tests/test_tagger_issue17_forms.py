"""The forms issue 17 lists as ones the tagger did not know: lower-case names, a short month
without its period, ordinal days, clock phrases, a clock with the day written after it, BC years
and centuries. Each row is a sentence written for this table, said on Wednesday, June 18, 2008,
with the TIMEX3 span, type and value a reader gives it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

WED = dt.date(2008, 6, 18)

TABLE: list[tuple[str, list[tuple[str, str, str]]]] = [
    # ---- lower-case names
    ("We met last monday to talk.", [("last monday", "DATE", "2008-06-16")]),
    ("Talks resume next friday in Geneva.", [("next friday", "DATE", "2008-06-20")]),
    ("The vote is on june 14.", [("june 14", "DATE", "2008-06-14")]),
    # ---- a short month without its period
    ("The hearing was held Jun 19 in Dallas.", [("Jun 19", "DATE", "2008-06-19")]),
    ("The memo dated Sept 19 was leaked.", [("Sept 19", "DATE", "2007-09-19")]),
    # ---- ordinal days and clipped years
    ("She was born on the second of December, 1961.", [("the second of December, 1961", "DATE", "1961-12-02")]),
    ("He wrote it on the twenty-first of May 2004.", [("the twenty-first of May 2004", "DATE", "2004-05-21")]),
    ("The file is dated 18 Sep '05.", [("18 Sep '05", "DATE", "2005-09-18")]),
    # ---- clock phrases (written in words with no day told and not ahead, a clock is any day's:
    # see timeline/tagger/rules/any_day_clock.py)
    ("The bell rang at a quarter past 6.", [("a quarter past 6", "TIME", "2008-06-18T06:15")]),
    ("The train left at ten minutes to three.", [("ten minutes to three", "TIME", "XXXX-XX-XXT02:50")]),
    ("Lunch began at half past noon.", [("half past noon", "TIME", "XXXX-XX-XXT12:30")]),
    ("The blast was logged at 2:14:12.", [("2:14:12", "TIME", "2008-06-18T02:14:12")]),
    # ... the part of the day a clock phrase is told in is its half of the day
    ("The ceremony ended at half past ten in the evening.", [("half past ten in the evening", "TIME", "XXXX-XX-XXT22:30")]),
    ("They set off at a quarter past two at night.", [("a quarter past two at night", "TIME", "XXXX-XX-XXT02:15")]),
    ("The vigil closed at ten to eleven at night.", [("ten to eleven at night", "TIME", "XXXX-XX-XXT22:50")]),
    ("Talks began at half past nine in the morning.", [("half past nine in the morning", "TIME", "XXXX-XX-XXT09:30")]),
    # ... and so is a p.m. written after the seconds
    ("The record was set at 10:04:33 p.m.", [("10:04:33 p.m.", "TIME", "2008-06-18T22:04:33")]),
    ("At 12:00:05 a.m. the lights went out.", [("12:00:05 a.m.", "TIME", "2008-06-18T00:00:05")]),
    # ---- a clock with its day after it keeps that day and its year
    ("The call came at 8:43 on 6/12/2008.", [("8:43 on 6/12/2008", "TIME", "2008-06-12T08:43")]),
    ("They met at eleven in the morning on Tuesday.", [("eleven in the morning on Tuesday", "TIME", "2008-06-17T11:00")]),
    ("The launch was set for 9 a.m. Friday, October 1, 1999.",
     [("9 a.m. Friday, October 1, 1999", "TIME", "1999-10-01T09:00")]),
    ("The sensor fired at T13:23:42.", [("T13:23:42", "TIME", "2008-06-18T13:23:42")]),
    # ---- years and centuries of an era
    ("The city was founded in 567 BC.", [("567 BC", "DATE", "BC0567")]),
    ("The temple dates to the late 5th century B.C.", [("the late 5th century B.C.", "DATE", "BC04")]),
    ("The poem was written in the 4th century AD.", [("the 4th century AD", "DATE", "03")]),
    ("The coin is from the 4th century A.D. and later.", [("the 4th century A.D.", "DATE", "03")]),
]


@pytest.mark.parametrize(("sentence", "expected"), TABLE, ids=[row[0][:50] for row in TABLE])
def test_issue17_forms(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in tag(sentence, WED)] == expected
