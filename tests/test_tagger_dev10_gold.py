"""Failure classes found on the dev10 split of the hand-made tagger gold (benchmarks/tagger_gold.yaml,
issue 17) and in a judged sample of disagreements with HeidelTime (seed 94949): a bare plural unit
before "before"/"after" and any event ("hours after one of the lowest points", "years before the
beaches reopen"), a length as "hours after the blast" is; "three and half months", the informal
"and half" without its article; "since then", the stretch from a date to now, which TimeBank and
the news gold leave untagged ("until then" stays the date); and a weekday counted in every month
("on the last Tuesday of the month"), a routine, not the Tuesday before the report; and a day of a
month told as a habit ("Usually the first frost doesn't come until 20 October"), any year's
("XXXX-10-20") as such a month already is.

Each row is a sentence written for this table (no article text), a DCT, and the TIMEX3 spans,
types and values a careful reader gives them.
"""

from __future__ import annotations

import datetime as dt

from tagger_round_support import Row, round_test

THU_JUN = dt.date(2025, 6, 19)  # Thursday
FRI_SEP = dt.date(2025, 9, 12)  # Friday

TABLE: list[Row] = [
    # ---- a bare unit before "before"/"after" and an event of any wording is a length
    (THU_JUN, "The truce came hours after one of the bloodiest nights of the siege.",
     [("hours", "DURATION", "PTXH")]),
    (THU_JUN, "Residents fear it could be years before some of the dunes recover.",
     [("years", "DURATION", "PXY")]),
    (THU_JUN, "The mayor resigned minutes after Councillor Hale read out the audit.",
     [("minutes", "DURATION", "PTXM")]),
    (THU_JUN, "It may be weeks before this bridge reopens.", [("weeks", "DURATION", "PXW")]),
    (THU_JUN, "The guard told the jury that days before Ms Reyes vanished, she was afraid.",
     [("days", "DURATION", "PXD")]),
    # ... as before, with its own words
    (THU_JUN, "The gate was shut hours after the flood.", [("hours", "DURATION", "PTXH")]),
    # ... not a unit that ends its clause, nor one counted or set before ("the days after")
    (THU_JUN, "The pump had failed weeks before and nobody noticed.", []),
    (THU_JUN, "The days after the flood were the hardest.", []),
    (THU_JUN, "In the first weeks after Mayor Ames took office, prices fell.", []),
    (THU_JUN, "In the fateful hours before the dam broke, no alarm sounded.", [("hours", "DURATION", "PTXH")]),
    (THU_JUN, "Storms scar a coast for years and years after they pass.", [("years", "DURATION", "PXY")]),
    # ---- "and half" without its article is still half a unit
    (THU_JUN, "The strike lasted three and half months.", [("three and half months", "DURATION", "P3.5M")]),
    (THU_JUN, "She waited a year and half for the ruling.", [("a year and half", "DURATION", "P1Y6M")]),
    # ... the usual form as before
    (THU_JUN, "The strike lasted three and a half months.", [("three and a half months", "DURATION", "P3.5M")]),
    # ---- "since then" is the stretch up to now, untagged; "until then" is the date
    (THU_JUN, "The plant closed on May 2. Since then, the town has been quiet.", [("May 2", "DATE", "2025-05-02")]),
    (THU_JUN, "The plant closed on May 2. Until then, it had employed 300 people.",
     [("May 2", "DATE", "2025-05-02"), ("then", "DATE", "2025-05-02")]),
    # ---- a weekday counted in every month is a routine
    (FRI_SEP, "The council publishes its figures on the last Tuesday of the month.",
     [("the last Tuesday of the month", "SET", "P1M")]),
    (FRI_SEP, "The choir sings on the first Sunday of each month.", [("the first Sunday of each month", "SET", "P1M")]),
    # ---- a day of a month told as a habit ("usually", "typically") is any year's, as such a month is
    (FRI_SEP, "Usually the first frost doesn't come until 20 October.", [("20 October", "DATE", "XXXX-10-20")]),
    (FRI_SEP, "The fair is typically held on June 14.", [("June 14", "DATE", "XXXX-06-14")]),
    # ... one told once, or ahead, is one year's
    (FRI_SEP, "The fair will be held on June 14, as it usually is.", [("June 14", "DATE", "2026-06-14")]),
    (FRI_SEP, "The frost came on 20 October.", [("20 October", "DATE", "2024-10-20")]),
    # ... "last Tuesday" alone is the Tuesday before the report, as before
    (FRI_SEP, "The council published its figures last Tuesday.", [("last Tuesday", "DATE", "2025-09-09")]),
]


test_dev10_gold_classes = round_test(TABLE)
