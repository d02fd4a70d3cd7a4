"""Failure classes found on the dev4 split of the hand-made tagger gold (benchmarks/tagger_gold.yaml,
issue 17): a length told in two units ("a month and a day"), the hours or days before or after an
event, a number of a kind of day ("14 furlough days"), and a month that is a surname after a first
name ("spokeswoman Hannah August").

Each row is a sentence written for this table (no article text), a DCT, and the TIMEX3 spans,
types and values a careful reader gives them.
"""

from __future__ import annotations

import datetime as dt

from tagger_round_support import Row, round_test

TUE = dt.date(2025, 3, 11)  # Tuesday

TABLE: list[Row] = [
    # ---- a length in two units, the second smaller, is one length (TimeML's "a minute and a half")
    (TUE, "The flood reached the village in a month and a day.", [("a month and a day", "DURATION", "P1M1D")]),
    (TUE, "The climbers were stuck on the ridge for five hours and 10 minutes.",
     [("five hours and 10 minutes", "DURATION", "PT5H10M")]),
    (TUE, "The siege of the port lasted two years and three months.", [("two years and three months", "DURATION", "P2Y3M")]),
    (TUE, "He was jailed for a year and a day.", [("a year and a day", "DURATION", "P1Y1D")]),
    (TUE, "The ferry was delayed by a day and six hours.", [("a day and six hours", "DURATION", "P1DT6H")]),
    (TUE, "The strike lasted a week and two days.", [("a week and two days", "DURATION", "P9D")]),
    (TUE, "The leak stopped 85 days, 16 hours and 25 minutes after the blast.",
     [("85 days, 16 hours and 25 minutes", "DURATION", "P85DT16H25M")]),
    # ... a point told from now stays a point, and an ordinal "a second" is no unit
    (TUE, "The ferry sank a month and a day ago.", [("a month and a day ago", "DATE", "2025-02-10")]),
    (TUE, "Crews worked for 24 hours and a second team took over.", [("24 hours", "DURATION", "PT24H")]),
    # ... nor are two lengths side by side one, when the second is not smaller
    (TUE, "He served a year, and a month after his release he sailed.",
     [("a month", "DURATION", "P1M")]),
    (TUE, "Talks took two days and three days more.", [("two days", "DURATION", "P2D"), ("three days", "DURATION", "P3D")]),
    # ---- the hours, days or months before or after an event: an unspecified length, as "the days ahead"
    (TUE, "The nurse gave him two injections in the hours before he died.", [("the hours", "DURATION", "PTXH")]),
    (TUE, "Shares in the insurer slid in the days after the storm.", [("the days", "DURATION", "PXD")]),
    (TUE, "In the weeks leading up to the vote, the polls tightened.", [("the weeks", "DURATION", "PXW")]),
    (TUE, "The town has changed in the months since the mine closed.", [("the months", "DURATION", "PXM")]),
    (TUE, "Trading was thin during the hours following the announcement.", [("the hours", "DURATION", "PTXH")]),
    # ... but "the days" the sentence names for their own sake are no length
    (TUE, "The days after the storm were the hardest.", []),
    # ---- a number of a kind of day ("school days", "furlough days") is that many days
    (TUE, "The budget cuts include 14 furlough days for city staff.", [("14 furlough days", "DURATION", "P14D")]),
    (TUE, "Nurses may carry over five vacation days.", [("five vacation days", "DURATION", "P5D")]),
    (TUE, "The clerk took three sick days in March.", [("three sick days", "DURATION", "P3D"), ("March", "DATE", "2025-03")]),
    # ---- a month right after a first name inside a sentence is a surname
    (TUE, "The claims were denied, said department spokeswoman Hannah August.", []),
    (TUE, "Agency spokesman Tom June declined to comment on the case.", []),
    # ... while a month after a weekday or with its preposition is still a time
    (TUE, "The bureau said Tuesday July sales would be revised.", [("Tuesday", "DATE", "2025-03-11"), ("July", "DATE", "2024-07")]),
    (TUE, "Mayor Lena Ortiz took office in August.", [("August", "DATE", "2024-08")]),
]


test_dev4_gold_classes = round_test(TABLE)
