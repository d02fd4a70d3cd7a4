"""Failure classes found on the dev8 split of the hand-made tagger gold (benchmarks/tagger_gold.yaml,
issue 17) and in a judged sample of disagreements with HeidelTime (seed 92929): "the current
financial quarter", the DCT's quarter as TimeBank's "the current fiscal year" is its year; "the
short-term"/"the long-term" written with a hyphen, still the noun of "in the short term"; "any
time soon" and "can't come soon enough", idioms of degree rather than a time ahead; a bare plural unit told as how far
off schedule ("weeks behind schedule", "months late"); "a year on from <event>", a span from it
like "a year after"; and a weekday owning a noun after "the" ("the Friday trip"), the day already
told for that weekday.

Each row is a sentence written for this table (no article text), a DCT, and the TIMEX3 spans,
types and values a careful reader gives them.
"""

from __future__ import annotations

import datetime as dt

from tagger_round_support import Row, round_test

MON = dt.date(2025, 3, 10)  # Monday
WED = dt.date(2025, 3, 12)  # Wednesday

TABLE: list[Row] = [
    # ---- "the current financial quarter" is the DCT's quarter, as "the current quarter" is
    (MON, "The board will decide on the payout for the current financial quarter.",
     [("the current financial quarter", "DATE", "2025-Q1")]),
    (MON, "Sales slowed in the current fiscal quarter, the retailer said.",
     [("the current fiscal quarter", "DATE", "2025-Q1")]),
    # ... while "current" before another noun is still the present
    # (not before a rule, a system or a holder, which "current" picks out as the one in place)
    (MON, "The current chairman will step down.", []),
    (MON, "The current slump will last.", [("current", "DATE", "PRESENT_REF")]),
    # ---- "the short-term" with a hyphen is still a time when a preposition leads it
    (MON, "Thousands of jobs could go in the short-term, the senator warned.",
     [("the short-term", "DATE", "FUTURE_REF")]),
    (MON, "Prices should fall over the long-term.", [("the long-term", "DATE", "FUTURE_REF")]),
    # ... and an adjective without one
    (MON, "Nobody knows the long-term damage to the marsh.", []),
    (MON, "The risk is small next to the long-term, costly harm of the spill.", []),
    (MON, "The Long-Term Coast Recovery Plan was unveiled.", []),
    # ---- "any time soon", "can't come soon enough": idioms of degree, not a time ahead
    (MON, "The rigs are not coming back any time soon.", []),
    (MON, "Nobody expects a deal anytime soon.", []),
    (MON, "For the fishermen, the reopening cannot come soon enough.", []),
    # ... while a plain "soon" is still ahead
    (MON, "The well will soon be sealed.", [("soon", "DATE", "FUTURE_REF")]),
    # ---- a bare plural unit told as how far off schedule is a length
    (MON, "The project was already weeks behind schedule.", [("weeks", "DURATION", "PXW")]),
    (MON, "The new plant is months beyond schedule and over budget.", [("months", "DURATION", "PXM")]),
    (MON, "The first cargo arrived days late.", [("days", "DURATION", "PXD")]),
    # ... not a unit before an adverb of another kind
    (MON, "The hearings were days apart.", []),
    # ---- "a year on from <event>" is a span from it, as "six months on from" is
    (MON, "A year on from the blast, the town is quiet.", [("A year", "DURATION", "P1Y")]),
    (MON, "A month on since the vote, little has changed.", [("A month", "DURATION", "P1M")]),
    # ---- "the Friday trip": a weekday owning a noun is the day already told for that weekday
    (WED, "The president will visit the coast on Friday. The Friday trip is meant to reassure residents.",
     [("Friday", "DATE", "2025-03-14"), ("Friday", "DATE", "2025-03-14")]),
    (WED, "The council met on Monday. The Monday session ran late.",
     [("Monday", "DATE", "2025-03-10"), ("Monday", "DATE", "2025-03-10")]),
    # ... while "the Friday before" another day is another Friday, read as before
    (WED, "The council met on Friday. It had met the Friday before the vote too.",
     [("Friday", "DATE", "2025-03-07"), ("Friday", "DATE", "2025-03-07")]),
]


test_dev8_gold_classes = round_test(TABLE)
