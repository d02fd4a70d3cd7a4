"""Tagger round of session 33 (issue 17): a weekday inside the name of a weekly show, and a
length "to come". Sentences written for this table; no article text."""

from __future__ import annotations

import datetime as dt

from tagger_round_support import Row, round_test

SUN = dt.date(2025, 8, 17)   # Sunday
MON = dt.date(2025, 8, 18)   # Monday

TABLE: list[Row] = [
    # ---- a weekly show owned by its host is its slot in every week, also with the station or an
    # adjective of habit between the owner and the weekday
    (MON, "The singer marked ten years of her Harbour FM 2 Sunday show.", [("ten years", "DURATION", "P10Y")]),
    (MON, "He came back from leave to his regular Sunday morning show.", []),
    (MON, "He spoke on his Sunday show.", []),
    # ... not a place and a verb after "the" ("the Town Hall Sunday show that ...": results shown)
    (MON, "Figures from the Town Hall Sunday show that the fund grew.", [("Sunday", "DATE", "2025-08-17")]),
    # ---- a counted or vague length still ahead, "for many years to come", is spanned with its "to come"
    # as "years to come" is; the value is the length
    (MON, "The flood will mark the valley for many years to come, the mayor said.", [("many years to come", "DURATION", "PXY")]),
    (MON, "The storm may stall the ferries for several days to come.", [("several days to come", "DURATION", "PXD")]),
    (MON, "Repairs will take two weeks to come, and then more.", [("two weeks to come", "DURATION", "P2W")]),
    # ... but not an infinitive of "come" ("weeks to come into force", "months to come up with")
    (MON, "The new rules need two weeks to come into force.", [("two weeks", "DURATION", "P2W")]),
    (MON, "The council needs several months to come up with a plan.", [("several months", "DURATION", "PXM")]),
    # ---- a quoted show named with its day keeps the day: what is said on "... Sunday" is said on
    # the Sunday it airs, which the timeline needs (TimeML would leave the name untagged)
    (SUN, 'The harbour master told "Coast Report Sunday" that the ferries would sail.', [("Sunday", "DATE", "2025-08-17")]),
]

test_round13 = round_test(TABLE)
