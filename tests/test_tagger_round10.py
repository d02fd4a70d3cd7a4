"""Tagger round of session 30 (issue 17): classes read on the dev13 split, on earlier dev splits and in
HeidelTime disagreements. Sentences written for this table; no article text."""

from __future__ import annotations

import datetime as dt

from tagger_round_support import Row, round_test

MON = dt.date(2025, 8, 11)   # Monday
TUE = dt.date(2025, 8, 12)   # Tuesday
WED = dt.date(2025, 8, 13)   # Wednesday
FRI = dt.date(2025, 8, 15)   # Friday

TABLE: list[Row] = [
    # ---- a unit's whole length after "a"/"an" with full, entire or whole
    (WED, "More gas escapes in an hour than the old estimate allowed in an entire day.",
     [("an hour", "DURATION", "PT1H"), ("an entire day", "DURATION", "P1D")]),
    (WED, "The pumps ran for a whole week without a fault.", [("a whole week", "DURATION", "P1W")]),
    (WED, "The divers worked a full day on the valve.", [("a full day", "DURATION", "P1D")]),
    (WED, "It was a grueling day for the crews.", []),
    # ---- "later on", "late on", "early on" before a day: inside the span, as "late Friday" is
    (WED, "Later on Wednesday, the minister is expected to visit the harbour.",
     [("Later on Wednesday", "DATE", "2025-08-13")]),
    (WED, "The claim was filed late on Tuesday in a federal court.", [("late on Tuesday", "DATE", "2025-08-12")]),
    (WED, "Early on, the mayor filed a claim.", []),
    (WED, "It was too late on Monday to stop the leak.", [("Monday", "DATE", "2025-08-11")]),
    # a day named with its part of the day still opens a story told day by day
    (dt.date(2025, 9, 30), "Very early on Friday, August 22, I bought a mask. Monday was the first full week of "
                           "the outbreak.",
     [("early on Friday, August 22", "DATE", "2025-08-22"), ("Monday", "DATE", "2025-08-25")]),
    # ---- "the weekend" a modal or a look ahead points to is the coming one
    (WED, "Oil could reach the coast over the weekend.", [("the weekend", "DATE", "2025-W33-WE")]),
    (FRI, "Tests should begin over the weekend, the engineer said.", [("the weekend", "DATE", "2025-W33-WE")]),
    (FRI, "The pundits take a look ahead to the weekend's matches.", [("the weekend", "DATE", "2025-W33-WE")]),
    (WED, "Oil reached the coast over the weekend.", [("the weekend", "DATE", "2025-W32-WE")]),
    (MON, "Crews worked through the weekend to contain the leak.", [("the weekend", "DATE", "2025-W32-WE")]),
    # ---- "current" picking out the institution, rule or holder in place is no time
    (WED, "Under current law, the payments are taxed.", []),
    (WED, "The current system has served the region well.", []),
    (WED, "The firm will keep its current name until next year.", [("next year", "DATE", "2026")]),
    # ... a state or an amount it dates stays the present, as TimeBank has it
    (WED, "The current weakness of the market worries investors.", [("current", "DATE", "PRESENT_REF")]),
    # ---- a sentence-opening "Today" that sets a standing state against the past: the present
    (WED, "The plant once employed 900 people. Today, the town relies on tourism.",
     [("Today", "DATE", "PRESENT_REF")]),
    (WED, "He ran the rig for 20 years. Today, he has a new job on a relief well.",
     [("20 years", "DURATION", "P20Y"), ("Today", "DATE", "PRESENT_REF")]),
    (WED, '"Today, we are a different company," the chairman said.', [("Today", "DATE", "PRESENT_REF")]),
    # the day's news, the day itself, or the day's own situation keep the report's day
    (WED, "Today, the company said it would pay the claims.", [("Today", "DATE", "2025-08-13")]),
    (WED, "Today, five months later, the company has given its view.",
     [("Today", "DATE", "2025-08-13"), ("five months later", "DATE", "2025-08")]),
    (WED, "Today I started to feel better.", [("Today", "DATE", "2025-08-13")]),
    (WED, "Today is a sad day for the town.", [("Today", "DATE", "2025-08-13")]),
    (WED, "Today there are 300 cases in the city.", [("Today", "DATE", "2025-08-13")]),
    (WED, "Today the committee will hear from the company.", [("Today", "DATE", "2025-08-13")]),
    (WED, "Today she is crying again.", [("Today", "DATE", "2025-08-13")]),
    (WED, "Today the pupils are in the lab.", [("Today", "DATE", "2025-08-13")]),
]


test_round10 = round_test(TABLE)
