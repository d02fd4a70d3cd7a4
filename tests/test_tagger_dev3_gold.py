"""Failure classes found on the dev3 split of the hand-made tagger gold (benchmarks/tagger_gold.yaml,
issue 17): a habit's unnumbered frequency ("a few times a day"), a number, an adjective and a unit
("seven contentious hours"), "a couple weeks" without "of", and a second length offered as an
alternative ("for months or years").

Each row is a sentence written for this table (no article text), a DCT, and the TIMEX3 spans,
types and values a careful reader gives them.
"""

from __future__ import annotations

import datetime as dt

from tagger_round_support import Row, round_test

TUE = dt.date(2025, 3, 11)  # Tuesday

TABLE: list[Row] = [
    # ---- how often, with a quantifier instead of a number: a SET like "three times a day"
    (TUE, "The keepers feed the seal pups a few times a day.", [("a few times a day", "SET", "P1D")]),
    (TUE, "The ferry crosses the strait several times a week.", [("several times a week", "SET", "P1W")]),
    (TUE, "Filters must be swapped many times per day to work.", [("many times per day", "SET", "P1D")]),
    (TUE, "The warden calls the hut a couple of times a month.", [("a couple of times a month", "SET", "P1M")]),
    # ... an amount's rate stays untagged, and a number still counts the times
    (TUE, "The plant pumps 400 barrels a day.", []),
    (TUE, "The nurses turn him three times a day.", [("three times a day", "SET", "P1D")]),
    # ---- a number, one adjective and a unit: the length, adjective and all
    (TUE, "The mayor answered questions during seven contentious hours of hearings.",
     [("seven contentious hours", "DURATION", "PT7H")]),
    (TUE, "The hull still lies on the reef, five agonizing months after the storm.",
     [("five agonizing months", "DURATION", "P5M")]),
    (TUE, "The town has rebuilt its harbour in the eight intervening years.",
     [("the eight intervening years", "DURATION", "P8Y")]),
    (TUE, "The clinic stays shut for up to five school days.", [("up to five school days", "DURATION", "P5D")]),
    (TUE, "The crew endured three grueling weeks at sea.", [("three grueling weeks", "DURATION", "P3W")]),
    (TUE, "Talks dragged on for several tense days.", [("several tense days", "DURATION", "PXD")]),
    # ... but an article and an adjective name one unit, not a length
    (TUE, "It was a grueling day for the rescuers, and in a tumultuous year the firm lost its chief.", []),
    # ---- "a couple weeks": American English drops the "of"
    (TUE, "Approval will likely take a couple weeks.", [("a couple weeks", "DURATION", "P2W")]),
    (TUE, "The divers were in the water for a couple hours.", [("a couple hours", "DURATION", "PT2H")]),
    (TUE, "The couple moved to Spain.", []),
    # ---- a second length offered as an alternative to the first is a length too
    (TUE, "The ban could stay in force for months or years, the minister said.",
     [("months", "DURATION", "PXM"), ("years", "DURATION", "PXY")]),
    (TUE, "Restoring the marsh will take years if not decades.",
     [("years", "DURATION", "PXY"), ("decades", "DURATION", "PXE")]),
    (TUE, "Crews may need days or weeks to reach the valley.", []),
]


test_dev3_gold_classes = round_test(TABLE)
