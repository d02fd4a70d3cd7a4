"""Failure classes found on the dev20 split of the hand-made tagger gold (benchmarks/tagger_gold.yaml,
issue 17) and in last session's open list: a year and the next joined by a slash ("the 1997/98
season", "fiscal year 2009/10") are one stretch across the turn of the year, written by its first
year; a season after "whose" is the owner's, as after "their"; "a night out" is an outing, not a
length; "longer than one hour" keeps its comparison inside the span, as TimeBank's "less than one
hour"; "daily" after a measured amount that flows ("2 million gallons ... leaking daily") is the
amount's rate, as "2 million gallons daily" is; and "Election Day" in a text about a parliament
("MPs", "Westminster") is that country's election, whose day the US calendar does not give.

Each row is a sentence written for this table (no article text), a DCT, and the TIMEX3 spans,
types and values a careful reader gives them.
"""

from __future__ import annotations

import datetime as dt

from tagger_round_support import Row, round_test

TUE_JUN = dt.date(2031, 6, 10)  # Tuesday
MON_SEP = dt.date(2031, 9, 15)  # Monday
WED_APR = dt.date(2031, 4, 16)  # Wednesday

TABLE: list[Row] = [
    # ---- a slash between a year and the next: one season or fiscal year, at its first year
    (TUE_JUN, "The club was relegated in the 1997/98 season.", [("1997/98", "DATE", "1997")]),
    (TUE_JUN, "Grain stocks opened the 2030/31 marketing year low.", [("2030/31", "DATE", "2030")]),
    (TUE_JUN, "Its fiscal year 2029/30 ended with a loss.", [("fiscal year 2029/30", "DATE", "2029")]),
    # ... years further apart, and a dash, stay two years
    (TUE_JUN, "The survey ran in 2024/2027 and in 2028-29.",
     [("2024", "DATE", "2024"), ("2027", "DATE", "2027"), ("2028", "DATE", "2028"), ("29", "DATE", "2029")]),
    # ---- a season after "whose" is the owner's, as after "their"
    (TUE_JUN, "The museum, whose summer party was cancelled, said nothing.", [("summer", "DATE", "2031-SU")]),
    # ---- an outing is no length
    (TUE_JUN, "He fell ill after a night out with his team.", []),
    (TUE_JUN, "She spent a day out of the office.", [("a day", "DURATION", "P1D")]),
    # ---- "longer than" a length: inside the span
    (TUE_JUN, "Contacts who stayed longer than one hour were traced.", [("longer than one hour", "DURATION", "PT1H")]),
    (TUE_JUN, "The repair should take no longer than a week.", [("no longer than a week", "DURATION", "P1W")]),
    # ---- "daily" closing a clause whose subject is a measured amount that flows: its rate
    (TUE_JUN, "An estimated 2 million gallons of water is thought to be leaking daily.", []),
    (TUE_JUN, "Some 9,000 barrels of brine had been pouring from the pipe daily.", []),
    # ... a habit stays a set
    (TUE_JUN, "Officials counted 400 cases, with the figures rising daily.", [("daily", "SET", "P1D")]),
    # ---- "Election Day" of a parliament's election: a day the calendar cannot give
    (WED_APR, "For all the cynicism about MPs, what happens on Election Day matters.",
     [("Election Day", "DATE", "XXXX-XX-XX")]),
    (WED_APR, "Early voting will end before Election Day.", [("Election Day", "DATE", "2031-11-04")]),
]


test_dev20_gold_classes = round_test(TABLE)
