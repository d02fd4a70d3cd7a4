"""Failure classes found on the dev21 split of the hand-made tagger gold (benchmarks/tagger_gold.yaml,
issue 17): "the next decade" after a preposition of a stretch ("over the next decade", "plans for
the next decade") is the ten years ahead of now, as "the coming decade" is, not the calendar decade
after this one; a past story's "in the next decade" still counts from its own date. A capitalised
"Year" and its number ("Year Seven", "Year 9") name a British school year, so the number before it
counts pupils, not years.

Each row is a sentence written for this table (no article text), a DCT, and the TIMEX3 spans,
types and values a careful reader gives them.
"""

from __future__ import annotations

import datetime as dt

from tagger_round_support import Row, round_test

TUE_MAY = dt.date(2031, 5, 27)  # Tuesday

TABLE: list[Row] = [
    # ---- the ten years ahead of now
    (TUE_MAY, "The levy would bring in $9 billion over the next decade.", [("the next decade", "DURATION", "P1E")]),
    (TUE_MAY, "Its drilling plans for the next decade rest on new finds.", [("the next decade", "DURATION", "P1E")]),
    (TUE_MAY, "The fund could grow fourfold within the next decade.", [("the next decade", "DURATION", "P1E")]),
    # ... a past story counts from its own date
    (TUE_MAY, "The mill opened in 1990, and in the next decade it doubled in size.",
     [("1990", "DATE", "1990"), ("the next decade", "DATE", "200")]),
    # ---- a British school year: no length
    (TUE_MAY, "Four Year Nine pupils were sent home on Friday.", [("Friday", "DATE", "2031-05-23")]),
    (TUE_MAY, "Six Year 11 students sat the exam.", []),
    # ... a plan's length keeps its number
    (TUE_MAY, "A Five Year Plan was dropped.", [("Five Year", "DURATION", "P5Y")]),
]


test_dev21_gold_classes = round_test(TABLE)
