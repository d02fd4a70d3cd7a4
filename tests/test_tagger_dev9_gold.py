"""Failure classes found on the dev9 split of the hand-made tagger gold (benchmarks/tagger_gold.yaml,
issue 17) and in a judged sample of disagreements with HeidelTime (seed 93939): "half-year" of
"half-year results", the half reported on as TimeBank dates "third-quarter" of "third-quarter
results" (not six months' length); "for a limited period", "in a short period of time", a length
left untold like TimeBank's "a fairly lengthy period"; a news feed's stamp "9 hrs ago", only known
to be past; and a bare plural unit after the verb "last" ("damage that may last decades"), a
length as after "lasted".

Each row is a sentence written for this table (no article text), a DCT, and the TIMEX3 spans,
types and values a careful reader gives them.
"""

from __future__ import annotations

import datetime as dt

from tagger_round_support import Row, round_test

SUN_JUL = dt.date(2025, 7, 27)  # Sunday
WED_MAR = dt.date(2025, 3, 12)  # Wednesday

TABLE: list[Row] = [
    # ---- "half-year results" report on the first half: this year's once July has come
    (SUN_JUL, "The brewer will unveil its half-year results next week.",
     [("half-year", "DATE", "2025-H1"), ("next week", "DATE", "2025-W31")]),
    (SUN_JUL, "Shares jumped after the miner's half-year profits beat forecasts.",
     [("half-year", "DATE", "2025-H1")]),
    # ... before July a report told in the past is last year's, a coming one this year's
    (WED_MAR, "The chain's half-year figures disappointed investors.", [("half-year", "DATE", "2024-H1")]),
    (WED_MAR, "The chain will publish half-year figures in September.",
     [("half-year", "DATE", "2025-H1"), ("September", "DATE", "2025-09")]),
    (WED_MAR, "No payout is likely before August, when the chain releases half-year figures.",
     [("August", "DATE", "2025-08"), ("half-year", "DATE", "2025-H1")]),
    # ... and "first-half" told in the future just after that half ended is the half still to be reported,
    # as a quarter just ended is, not next year's
    (SUN_JUL, "Analysts expect the brewer's first-half results to show a loss.", [("first-half", "DATE", "2025-H1")]),
    (dt.date(2025, 1, 22), "The chain will report second-half profits next week.",
     [("second-half", "DATE", "2024-H2"), ("next week", "DATE", "2025-W05")]),
    (dt.date(2025, 5, 14), "Analysts expect second-half profit to recover.", [("second-half", "DATE", "2025-H2")]),
    (dt.date(2025, 11, 5), "The chain expects first-half sales to slow.", [("first-half", "DATE", "2026-H1")]),
    # ... while a half-year before another noun is still six months long
    (SUN_JUL, "The mayor served a half-year term.", [("a half-year", "DURATION", "P6M")]),
    # ---- "a limited period", "a short period of time": a length left untold
    (SUN_JUL, "Readers may comment on each story for a limited period after it appears.",
     [("a limited period", "DURATION", "PXX")]),
    (SUN_JUL, "Prices can swing wildly in a short period of time.", [("a short period of time", "DURATION", "PXX")]),
    (SUN_JUL, "The bridge will close for a brief period on Monday.",
     [("a brief period", "DURATION", "PXX"), ("Monday", "DATE", "2025-07-28")]),
    # ... not a period told as a thing ("a short period in his life" is the subject's)
    (SUN_JUL, "It was a short period in his life.", []),
    # ---- a feed's stamp: past, at a clock the page does not give
    (SUN_JUL, "Ferry strike called off - 9 hrs ago Harbour Gazette", [("9 hrs ago", "TIME", "PAST_REF")]),
    (SUN_JUL, "Storm nears the coast - 44 mins ago Coast Radio", [("44 mins ago", "TIME", "PAST_REF")]),
    (SUN_JUL, "Council backs new tram line - 1 hr ago City Post", [("1 hr ago", "TIME", "PAST_REF")]),
    # ---- a bare plural unit after the verb "last" is a length
    (SUN_JUL, "Scientists warn the harm to the reef may last decades.", [("decades", "DURATION", "PXE")]),
    (SUN_JUL, "The inquiry is expected to last months.", [("months", "DURATION", "PXM")]),
    # ... never after the adjective "last"
    (SUN_JUL, "In the last years of his life he painted boats.", []),
]


test_dev9_gold_classes = round_test(TABLE)
