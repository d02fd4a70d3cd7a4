"""Failure classes found on the dev19 split of the hand-made tagger gold (benchmarks/tagger_gold.yaml,
issue 17) and in last session's open list: "early on" before a day opens that day's early hours and
belongs in the span (TimeML mod START), as "late on Friday" does, unless "early" modifies a verb of
its own ("will close early on Friday"); a "today" that names the present age ("today's teenagers",
"the world today", "than it does today", "most of today's Albania") is PRESENT_REF, the day's news
keeps the day; "with each passing day" is every day; "it may be some time before ..." and "It'll
be a while before ..." are the wait's length; "another"/"an additional" stay inside a range of
numbers as they do inside a single count; and a weekday an order told in the past names ("On
Tuesday the judge ordered BP to appear on Friday") is the first such day after the order's.

Each row is a sentence written for this table (no article text), a DCT, and the TIMEX3 spans,
types and values a careful reader gives them.
"""

from __future__ import annotations

import datetime as dt

from tagger_round_support import Row, round_test

WED_MAR = dt.date(2031, 3, 5)  # Wednesday
TUE_JUN = dt.date(2031, 6, 10)  # Tuesday
SAT_JUN = dt.date(2031, 6, 14)  # Saturday

TABLE: list[Row] = [
    # ---- "early on <day>": the modifier inside the span, whatever the sentence's position
    (WED_MAR, "Police said early on Tuesday that two men were held.", [("early on Tuesday", "DATE", "2031-03-04")]),
    (WED_MAR, "The crew finished a pressure test early on Sunday morning.",
     [("early on Sunday morning", "TIME", "2031-03-02TMO")]),
    # ... but "early" of a verb is the verb's: "close early", on Friday
    (WED_MAR, "The shops will close early on Friday.", [("Friday", "DATE", "2031-03-07")]),
    (WED_MAR, "The mayor admitted mistakes early on in the flood.", []),
    # ---- a generic "today": the present age, not the report's day
    (WED_MAR, "Today's teenagers read fewer newspapers.", [("Today", "DATE", "PRESENT_REF")]),
    (WED_MAR, "The lake held more fish in 1950 than it does today.",
     [("1950", "DATE", "1950"), ("today", "DATE", "PRESENT_REF")]),
    (WED_MAR, "The dam cost $4 billion in today's dollars.", [("today", "DATE", "PRESENT_REF")]),
    (WED_MAR, "Ferries are used on every lake in the world today.", [("today", "DATE", "PRESENT_REF")]),
    (WED_MAR, "The old kingdom covered most of today s Albania.", [("today", "DATE", "PRESENT_REF")]),
    # ... the day's news, a paper, a show and an audience keep the day
    (WED_MAR, "The harbour master told the world today that the port would reopen.", [("today", "DATE", "2031-03-05")]),
    (WED_MAR, "The story filled most of today's Herald.", [("today", "DATE", "2031-03-05")]),
    (WED_MAR, "We gave all of today's Talk Back to the flood.", [("today", "DATE", "2031-03-05")]),
    (WED_MAR, "Today's hearing lasted four hours.", [("Today", "DATE", "2031-03-05"), ("four hours", "DURATION", "PT4H")]),
    # ---- "with each passing day": every day
    (WED_MAR, "The bill grew with each passing day.", [("each passing day", "SET", "P1D")]),
    (WED_MAR, "With every passing hour the slick spread.", [("every passing hour", "SET", "PT1H")]),
    # ---- "be some time / a while before": the wait's length
    (WED_MAR, "It may be some time before the ferry runs again.", [("some time", "DURATION", "PXX")]),
    (WED_MAR, "It'll be a while before we know.", [("a while", "DURATION", "PXX")]),
    (WED_MAR, "This is some time to be alive.", []),
    # ---- the weekday an order told in the past names: the first one after the order's day
    (SAT_JUN, "On Tuesday the judge ordered the ferry firm to appear on Friday.",
     [("Tuesday", "DATE", "2031-06-10"), ("Friday", "DATE", "2031-06-13")]),
    (SAT_JUN, "On June 2 the admiral ordered the crew to return on Friday.",
     [("June 2", "DATE", "2031-06-02"), ("Friday", "DATE", "2031-06-06")]),
    # ... with no day told, a day or a few ahead of the report, else the days just gone
    (SAT_JUN, "The judge ordered the ferry firm to appear on Friday.", [("Friday", "DATE", "2031-06-13")]),
    (SAT_JUN, "The judge ordered the ferry firm to appear on Monday.", [("Monday", "DATE", "2031-06-16")]),
    # ... an order still standing ("has ordered") is the clause's: ahead
    (SAT_JUN, "The judge has ordered the ferry firm to appear on Friday.", [("Friday", "DATE", "2031-06-20")]),
    # ---- "another"/"an additional" inside a range of numbers
    (WED_MAR, "Drilling will take an additional 60 to 90 days.", [("an additional 60 to 90 days", "DURATION", "P60D")]),
    (WED_MAR, "It will take another four or five months.", [("another four or five months", "DURATION", "P4M")]),
]


test_dev19_gold_classes = round_test(TABLE)
