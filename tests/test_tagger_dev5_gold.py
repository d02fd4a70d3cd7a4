"""Failure classes found on the dev5 split of the hand-made tagger gold (benchmarks/tagger_gold.yaml,
issue 17) and in a judged sample of disagreements with HeidelTime: "in recent weeks" (some time
just past, as the gold and HeidelTime value it), an unspecified distance ahead ("decades from
now"), a bare unit offered as the longer alternative of a counted length ("many months, and
probably years"), a season that starts a stretch ("from autumn onwards"), and the next day's
paper, whose first editions are out the evening before ("an early edition of Monday's paper").

Each row is a sentence written for this table (no article text), a DCT, and the TIMEX3 spans,
types and values a careful reader gives them.
"""

from __future__ import annotations

import datetime as dt

from tagger_round_support import Row, round_test

TUE = dt.date(2025, 3, 11)  # Tuesday
SUN = dt.date(2025, 3, 16)  # Sunday

TABLE: list[Row] = [
    # ---- "recent days/weeks/years": some time just past, as "recently" is
    (TUE, "Ferry bookings have slumped in recent weeks.", [("recent weeks", "DATE", "PAST_REF")]),
    (TUE, "In recent years the port has doubled its cargo.", [("recent years", "DATE", "PAST_REF")]),
    (TUE, "Recent days have brought heavy snow to the pass.", [("Recent days", "DATE", "PAST_REF")]),
    # ... while a stretch told as a length stays one
    (TUE, "Ferry bookings have slumped over the past few weeks.", [("the past few weeks", "DURATION", "PXW")]),
    # ---- an unspecified distance from now is a time ahead, not "now"
    (TUE, "How will the reef look decades from now?", [("decades from now", "DATE", "FUTURE_REF")]),
    (TUE, "Years from now, the miners say, the valley will be green again.", [("Years from now", "DATE", "FUTURE_REF")]),
    (TUE, "The bridge may still be closed months hence.", [("months hence", "DATE", "FUTURE_REF")]),
    (TUE, "The dam is sound now, and it will be decades from now.",
     [("now", "DATE", "PRESENT_REF"), ("decades from now", "DATE", "FUTURE_REF")]),
    # ... a counted one was already a date, and "ago" still looks back
    (TUE, "Six months from now the plant will close.", [("Six months from now", "DATE", "2025-09")]),
    (TUE, "The mill shut decades ago.", [("decades ago", "DATE", "PAST_REF")]),
    # ---- a bare unit offered as the longer alternative of a counted length is a length too
    (TUE, "The appeal could take many months, and probably years, to settle.",
     [("many months", "DURATION", "PXM"), ("years", "DURATION", "PXY")]),
    (TUE, "The repairs will last several weeks or even months.",
     [("several weeks", "DURATION", "PXW"), ("months", "DURATION", "PXM")]),
    (TUE, "Drought may persist for some years, if not decades.",
     [("some years", "DURATION", "PXY"), ("decades", "DURATION", "PXE")]),
    # ... not after a bare unit no length word leads, nor the same unit again
    (TUE, "Crews may need hours or days to clear the road.", []),
    (TUE, "The tower has stood for many years and years.", [("many years", "DURATION", "PXY")]),
    # ---- a season that starts a stretch ("from autumn onwards") is that season
    (dt.date(2025, 6, 30), "A second wave is expected from autumn onwards.", [("autumn", "DATE", "2025-FA")]),
    (dt.date(2025, 6, 30), "Ticket prices rise from spring on.", [("spring", "DATE", "2025-SP")]),
    # ... a name that starts with a season is no time
    (dt.date(2025, 6, 30), "The bus runs from Spring Street onwards.", []),
    # ---- tomorrow's paper is out the evening before: its first editions carry the next day's date
    (SUN, "The paper quoted the minister as saying in an early edition of Monday's paper.",
     [("Monday", "DATE", "2025-03-17")]),
    (TUE, "The mayor spoke in an interview in Wednesday's edition of the newspaper.", [("Wednesday", "DATE", "2025-03-12")]),
    # ... any other day's edition is one already out
    (SUN, "The paper said in its Saturday edition that the talks had failed.", [("Saturday", "DATE", "2025-03-15")]),
    (SUN, "The minister wrote in Thursday's paper that the plan was dead.", [("Thursday", "DATE", "2025-03-13")]),
]


test_dev5_gold_classes = round_test(TABLE)

