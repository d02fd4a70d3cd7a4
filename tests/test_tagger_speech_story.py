"""Issue 17, fifth round: rates, a weekday's act of saying, the day of a quotation, weekdays and
weekends of a story told day by day.

Each row is a sentence written for this table (no article text), a DCT, and the TIMEX3
spans, types and values a careful reader gives them. The first rows of each class failed on
the code before this round; the rows after "..." guard what must stay as it was.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

WED = dt.date(2025, 8, 13)   # Wednesday, ISO week 2025-W33
SEP = dt.date(2025, 9, 10)   # Wednesday, four weeks after WED

TABLE: list[tuple[dt.date, str, list[tuple[str, str, str]]]] = [
    # ---- an amount and "a day", "per year" is a rate: how much, no time at all (TimeML marks the
    # times that recur, "each week", "twice a week", not the unit of an amount)
    (WED, "The ferry line runs four sailings a week to the island.", []),
    (WED, "The new mill grinds 1,200 tonnes of wheat per day.", []),
    (WED, "The charity spends $3 million a year on clean water.", []),
    (WED, "The tunnel will carry 30,000 cars a day later this year.",
     [("later this year", "DATE", "2025")]),
    (WED, "Between eight and 16 dump trucks a day leave the port.", []),
    (WED, "In 1998 a year of drought began.", [("1998", "DATE", "1998")]),
    (WED, "She signed one form without a second thought.", []),
    (WED, "The train reached 200 miles per hour on the test track.", []),
    # ---- a weekday owning an act of saying dates the act; "will" and "next week" are what was said
    (WED, "Tuesday's announcement that it will reopen the port next week cheered the fishermen.",
     [("Tuesday", "DATE", "2025-08-12"), ("next week", "DATE", "2025-W34")]),
    (WED, "Monday's ruling that they will pay damages was appealed.", [("Monday", "DATE", "2025-08-11")]),
    # ... a plan owned by the weekday lies ahead
    (WED, "Friday's expected announcement that rates will rise worries traders.", [("Friday", "DATE", "2025-08-15")]),
    # ---- "today" in a quotation is the speaker's day, which the attribution names
    (WED, '"We reopen the bridge today," the mayor said on Tuesday.',
     [("today", "DATE", "2025-08-12"), ("Tuesday", "DATE", "2025-08-12")]),
    (WED, "\u201cThe crews leave tonight,\u201d the harbour master told reporters Monday.",
     [("tonight", "TIME", "2025-08-11TNI"), ("Monday", "DATE", "2025-08-11")]),
    (WED, 'The coach said on Tuesday: "Tomorrow we train at home."',
     [("Tuesday", "DATE", "2025-08-12"), ("Tomorrow", "DATE", "2025-08-13")]),
    # ... a saying in the present, on the report's day, or reported in indirect speech keeps the report's day
    (WED, '"We reopen the bridge today," the mayor says.', [("today", "DATE", "2025-08-13")]),
    (WED, "The mayor said on Tuesday that the bridge would reopen today.",
     [("Tuesday", "DATE", "2025-08-12"), ("today", "DATE", "2025-08-13")]),
    (WED, '"It is over," he said on Monday. Today the port reopened.',
     [("Monday", "DATE", "2025-08-11"), ("Today", "DATE", "2025-08-13")]),
    # ---- a story told day by day from a day named with its weekday, weeks before the report
    (SEP, "On Friday, August 8, the first cases were found. On Monday, the schools closed.",
     [("Friday, August 8", "DATE", "2025-08-08"), ("Monday", "DATE", "2025-08-11")]),
    (SEP, "Divers went down on Tuesday, August 12. The next day was calm. On Friday, they found the wreck.",
     [("Tuesday, August 12", "DATE", "2025-08-12"), ("The next day", "DATE", "2025-08-13"),
      ("Friday", "DATE", "2025-08-15")]),
    (SEP, "The storm hit on Monday, August 11. My neighbour had left on Saturday.",
     [("Monday, August 11", "DATE", "2025-08-11"), ("Saturday", "DATE", "2025-08-09")]),
    # ---- "the weekend" of such a story is the one after its day; "the following day" after a weekend is its Monday
    (SEP, "Divers went down on Thursday, August 14. Over the weekend, they mapped the wreck. The following day they raised it.",
     [("Thursday, August 14", "DATE", "2025-08-14"), ("the weekend", "DATE", "2025-W33-WE"),
      ("The following day", "DATE", "2025-08-18")]),
    (WED, "Fans queued over the weekend. The next day, tickets sold out.",
     [("the weekend", "DATE", "2025-W32-WE"), ("The next day", "DATE", "2025-08-11")]),
    # ... a report of the news, a plan, or a story in the report's week keep the report's week
    (SEP, "On Friday, August 8, the first cases were found. Officials said on Monday that the outbreak had peaked.",
     [("Friday, August 8", "DATE", "2025-08-08"), ("Monday", "DATE", "2025-09-08")]),
    (SEP, "On Friday, August 8, the first cases were found. The schools will reopen on Monday.",
     [("Friday, August 8", "DATE", "2025-08-08"), ("Monday", "DATE", "2025-09-15")]),
    (SEP, "On Friday, September 5, the first cases were found. On Monday, the schools closed.",
     [("Friday, September 5", "DATE", "2025-09-05"), ("Monday", "DATE", "2025-09-08")]),
]


@pytest.mark.parametrize(("dct", "sentence", "expected"), TABLE, ids=[row[1][:50] for row in TABLE])
def test_round_five_classes(dct: dt.date, sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in tag(sentence, dct)] == expected
