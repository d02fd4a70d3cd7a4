"""Issue 17, sixth round: rates are no time, a quotation opening with "Today's", a season that
"it" is or will be.

Each row is a sentence written for this table (no article text), a DCT, and the TIMEX3
spans, types and values a careful reader gives them. The first rows of each class failed on
the code before this round; the rows after "..." guard what must stay as it was.
"""

from __future__ import annotations

import datetime as dt

from tagger_round_support import Row, round_test

WED = dt.date(2025, 8, 13)   # Wednesday, ISO week 2025-W33, summer
JUN = dt.date(2025, 6, 30)   # Monday, the first summer month gone

TABLE: list[Row] = [
    # ---- an amount and "a day", "per year", "daily", "annually" is a rate: how much, no time
    (WED, "The ferry line runs four sailings a week to the island.", []),
    (WED, "The dam releases 40 tonnes of silt per hour in the flood.", []),
    (WED, "The new filter cleans 2 million litres of water daily.", []),
    (WED, "Exports grew 6% annually.", []),
    (WED, "The clinic treats about 300 patients weekly, its director said on Monday.",
     [("Monday", "DATE", "2025-08-11")]),
    # ... what recurs ("twice a week", "each month", "is printed daily") stays a SET
    (WED, "The clinic opens twice a week.", [("twice a week", "SET", "P1W")]),
    (WED, "The newsletter is printed daily.", [("daily", "SET", "P1D")]),
    (WED, "Patients take the pill three times daily.", [("daily", "SET", "P1D")]),
    (WED, "The board meets each month.", [("each month", "SET", "P1M")]),
    # ---- '"Today's' opens a quotation: the apostrophe is a possessive, not the quote's end
    (WED, '"Today\'s vote settles it," the mayor said.', [("Today", "DATE", "2025-08-13")]),
    (WED, "“Today’s ruling is a relief,” the lawyer said.", [("Today", "DATE", "2025-08-13")]),
    # ... a programme's name in quotes is no day
    (WED, 'She said so on the "Today" programme.', []),
    # ---- a month in the possessive naming a done event is the last such month, whatever "until" says
    (dt.date(2025, 10, 8), "Until April's mine accident, it was the worst in the region.", [("April", "DATE", "2025-04")]),
    # ... an event still to come in its month keeps the clause's tense
    (dt.date(2025, 10, 8), "The board will be shut until April.", [("April", "DATE", "2026-04")]),
    # ---- "it is/was/will be" and a bare season: the time a clause names
    (JUN, "The trial has begun; it will be autumn before the results are known.", [("autumn", "DATE", "2025-FA")]),
    (JUN, "It may be spring before the bridge reopens.", [("spring", "DATE", "2026-SP")]),
    (WED, "It was winter when the pipes burst.", [("winter", "DATE", "2024-WI")]),
    # ---- "it will be some months before", "waited some weeks": how long
    (WED, "It will be some months before the bridge reopens.", [("some months", "DURATION", "PXM")]),
    (WED, "Residents waited some weeks for the report.", [("some weeks", "DURATION", "PXW")]),
    # ... "there will be some days when" counts days
    (WED, "There will be some days when the ferry cannot sail.", []),
    # ---- "the summer's" owns what follows: one summer, the one the tense points to
    (WED, "The island is one of the summer's busiest resorts.", [("the summer", "DATE", "2025-SU")]),
    (WED, "Crews cleared the winter's first snow from the pass.", [("the winter", "DATE", "2024-WI")]),
    # ... a season that is a name's first word or a noun's modifier is none
    (WED, "It was winter sports that drew the crowds.", []),
]


test_round_six_classes = round_test(TABLE)
