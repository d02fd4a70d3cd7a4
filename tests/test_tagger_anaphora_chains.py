"""Issue 17: a weekday counted within a named month is one day of it ("the last Friday of June"),
not the last Friday before the report; a weekday naming a weekly show or the day's papers ("her
Sunday show", "the Sunday papers") is no date; days counted from a month whose day is not known
("in July 2005 ... three days later") fall in that month, not on its fourth day.

Each row is a sentence written for this table (no article text), a DCT, and the TIMEX3 spans,
types and values a careful reader gives them. The first rows of each class failed on the code
before this change; the rows after "..." guard what must stay as it was.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

JUN = dt.date(2010, 6, 15)  # Tuesday

TABLE: list[tuple[dt.date, str, list[tuple[str, str, str]]]] = [
    # ---- an ordinal weekday of a named month: one day of that month
    (JUN, "The referendum will be held on the last Friday of June.",
     [("the last Friday of June", "DATE", "2010-06-25")]),
    (JUN, "The regatta opens on the first Monday in May, organisers said.",
     [("the first Monday in May", "DATE", "2011-05-02")]),
    (JUN, "The strike began on the second Tuesday of March and lasted a week.",
     [("the second Tuesday of March", "DATE", "2010-03-09"), ("a week", "DURATION", "P1W")]),
    (JUN, "Voters go to the polls on the last Sunday in October.",
     [("the last Sunday in October", "DATE", "2010-10-31")]),
    (JUN, "The board met on the third Thursday of November 2008.",
     [("the third Thursday of November 2008", "DATE", "2008-11-20")]),
    # ... a weekday counted within every month stays a routine
    (JUN, "The club meets on the first Monday of each month.",
     [("the first Monday of each month", "SET", "P1M")]),
    # ---- a weekday naming a weekly show or the day's papers: no date
    (JUN, "She told viewers on her Sunday show that the bill would fail.", []),
    (JUN, "The Sunday papers said the minister would resign.", []),
    (JUN, "He repeated the claim on his Friday talk show.", []),
    # ... a weekday of the story stays a date
    (JUN, "She said on Sunday that the show would go on.", [("Sunday", "DATE", "2010-06-13")]),
    (JUN, "On last weekend's Saturday night show, the host apologised.",
     [("last weekend", "DATE", "2010-W23-WE"), ("Saturday night", "TIME", "2010-06-12TNI")]),
    (JUN, "The papers reported on Sunday that the minister would resign.", [("Sunday", "DATE", "2010-06-13")]),
    # ---- days counted from a month whose day is not known: somewhere in that month
    (JUN, "The platform was evacuated in July 2005, and three days later it was seen tilting.",
     [("July 2005", "DATE", "2005-07"), ("three days later", "DATE", "2005-07")]),
    (JUN, "In March the board met. Two days later it fired the chief executive.",
     [("March", "DATE", "2010-03"), ("Two days later", "DATE", "2010-03")]),
    # ... counted from a day, a day
    (JUN, "Trading was halted on March 3. Two days later the exchange reopened.",
     [("March 3", "DATE", "2010-03-03"), ("Two days later", "DATE", "2010-03-05")]),
]


@pytest.mark.parametrize(("dct", "text", "expected"), TABLE, ids=[row[1][:40] for row in TABLE])
def test_anaphora_chains(dct: dt.date, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in tag(text, dct)] == expected
