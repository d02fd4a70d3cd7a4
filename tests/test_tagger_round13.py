"""Tagger round of session 33 (issue 17): a weekday inside the name of a show. Sentences written
for this table; no article text."""

from __future__ import annotations

import datetime as dt

from tagger_round_support import Row, round_test

SUN = dt.date(2025, 8, 17)   # Sunday
MON = dt.date(2025, 8, 18)   # Monday

TABLE: list[Row] = [
    # ---- a weekday closing or opening a quoted title of capitalized words names a show, not a day
    (SUN, 'The harbour master told "Coast Report Sunday" that the ferries would sail.', []),
    (MON, 'The mayor said on "Morning Line Sunday" that the bridge was safe.', []),
    (SUN, 'She will talk about the flood on "Sunday Harbour Hour" next week.', [("next week", "DATE", "2025-W34")]),
    # ... but a quoted answer, a quoted clause, or a show named before its day keeps the day
    (SUN, '"Sunday," the harbour master said when asked when the ferries would sail.', [("Sunday", "DATE", "2025-08-17")]),
    (MON, 'The mayor said: "We will reopen the bridge on Sunday."', [("Sunday", "DATE", "2025-08-24")]),
    (MON, 'The mayor said on "Morning Line" Sunday that the bridge was safe.', [("Sunday", "DATE", "2025-08-17")]),
    # ---- a weekly show owned by its host is its slot in every week, also with the station or an
    # adjective of habit between the owner and the weekday
    (MON, "The singer marked ten years of her Harbour FM 2 Sunday show.", [("ten years", "DURATION", "P10Y")]),
    (MON, "He came back from leave to his regular Sunday morning show.", []),
    # ... not a place and a verb after "the" ("the Town Hall Sunday show that ...": results shown)
    (MON, "Figures from the Town Hall Sunday show that the fund grew.", [("Sunday", "DATE", "2025-08-17")]),
]

test_round13 = round_test(TABLE)
