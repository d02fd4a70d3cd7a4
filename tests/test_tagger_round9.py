"""Tagger round of session 29 (issue 17): classes read on the dev12 split and in HeidelTime
disagreements. Sentences written for this table; no article text."""

from __future__ import annotations

import datetime as dt

from tagger_round_support import Row, round_test

WED = dt.date(2025, 8, 13)   # Wednesday
FRI = dt.date(2025, 8, 15)   # Friday of the same week
LATER = dt.date(2021, 9, 27)  # a report two years after the story it retells

TABLE: list[Row] = [
    # ---- parts of the day the sun names
    (WED, "Rescue boats set out at dawn Tuesday.", [("dawn Tuesday", "TIME", "2025-08-12TMO")]),
    (WED, "On Monday the barge left port and ran aground shortly after sunset.",
     [("Monday", "DATE", "2025-08-11"), ("sunset", "TIME", "2025-08-11TEV")]),
    # a day told in another sentence may be a background date: no dawn is put on it
    (WED, "The barge sank on Monday. Divers reached the wreck shortly after dawn.", [("Monday", "DATE", "2025-08-11")]),
    (WED, "Aug. 9: A tug is seen at sunrise off the coast.",
     [("Aug. 9", "DATE", "2025-08-09"), ("sunrise", "TIME", "2025-08-09TMO")]),
    # with no day told, a habit, a span of every day, a figure and a name are no day's dawn
    (WED, "The ferry sank at dusk.", []),
    (WED, "At dusk the pickers drive home in old vans.", []),
    (WED, "In May the port shut. Until then, the boats had sailed at dusk.",
     [("May", "DATE", "2025-05"), ("then", "DATE", "2025-05")]),
    (WED, "The crews toil from dawn until dusk.", []),
    (WED, "Rows have raged since the dawn of the jet age.", []),
    (WED, "Dawn reported that the talks had stalled.", []),
    # ---- past narrative: a part of the day counted from a dated death, and what follows midnight
    (LATER, "Smith died on 3 June, 2019. A memorial was held on 10 June. The night before his death, he had "
            "rehearsed until after midnight. The next day, shortly after noon, he was found unconscious.",
     [("3 June, 2019", "DATE", "2019-06-03"), ("10 June", "DATE", "2019-06-10"), ("The night", "TIME", "2019-06-02TNI"),
      ("midnight", "TIME", "2019-06-03T00:00"), ("The next day", "DATE", "2019-06-03"), ("noon", "TIME", "2019-06-03T12:00")]),
    # a death the text never dated is no day to count from, whatever date came last
    (LATER, "It was a warm day on 3 June, 2019. The tour was to open on 10 June. The night before his death, he rehearsed.",
     [("3 June, 2019", "DATE", "2019-06-03"), ("10 June", "DATE", "2019-06-10")]),
    # (the midnight that ends Thursday is Thursday T24:00, as TimeBank writes "midnight Friday")
    (FRI, "The siphon took in 2,000 barrels in the 24 hours to midnight on Thursday, down from 3,000 earlier in the day.",
     [("the 24 hours", "DURATION", "PT24H"), ("midnight on Thursday", "TIME", "2025-08-14T24:00"),
      ("the day", "DATE", "2025-08-14")]),
    (WED, "She flew home yesterday. She had felt ill the night before the flight.",
     [("yesterday", "DATE", "2025-08-12"), ("the night", "TIME", "2025-08-11TNI")]),
    # ---- a year set beside "the last year" is that year, not the one before the report
    (WED, "Exports were worth $40 million in 2023, the last year for which figures exist.",
     [("2023", "DATE", "2023"), ("the last year", "DATE", "2023")]),
    (WED, "Exports rose 4 percent over the last year.", [("the last year", "DATE", "2024")]),
    # ---- a current of water a compass direction or a coast moves is no present time
    (WED, "Storms strengthened the westerly current near the shore.", []),
    (WED, "Debris rode the prevailing current toward the keys.", []),
    (WED, "The current westerly winds will ease.", [("current", "DATE", "PRESENT_REF")]),
    # ---- a date inside a prediction, between "likely"/"poised" and its infinitive, lies ahead
    (FRI, "The storm weakened and was likely on Monday to regain its strength.", [("Monday", "DATE", "2025-08-18")]),
    (FRI, "The senators were poised on Tuesday to sign the accord.", [("Tuesday", "DATE", "2025-08-19")]),
    # a comparison ("more likely") and a preposition's "to" keep the past
    (FRI, "The crowd was more likely on Monday to cheer.", [("Monday", "DATE", "2025-08-11")]),
    (FRI, "The vote was likely on Monday to the surprise of many.", [("Monday", "DATE", "2025-08-11")]),
]


test_round9 = round_test(TABLE)
