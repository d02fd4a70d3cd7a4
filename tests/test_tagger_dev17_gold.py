"""Failure classes found on the dev17 split of the hand-made tagger gold (benchmarks/tagger_gold.yaml,
issue 17) and among the values found wrong last session: "take a while"/"spent a long time" the
length a verb of taking or spending time measures, as "for a while" is; an amount converted in an
aside before a rate ("420,000 gallons (1.59 million liters) of oil daily") still an amount, so
"daily" is its rate, no SET; a clock "on the morning of his death" the day the text gave the death,
not the report's; "today" inside a quotation whose attribution puts its weekday first
("On Monday, the governor said: "Today ..."") the day of the saying; and "a recent afternoon"/"one
recent night" one undated time just past, spanned whole as the news gold spans "one recent night".

Each row is a sentence written for this table (no article text), a DCT, and the TIMEX3 spans,
types and values a careful reader gives them.
"""

from __future__ import annotations

import datetime as dt

from tagger_round_support import Row, round_test

FRI_JUN = dt.date(2025, 6, 20)  # Friday
THU_JUN = dt.date(2025, 6, 19)  # Thursday
MON_NOV = dt.date(2027, 11, 8)  # Monday, two years after the death told below

TABLE: list[Row] = [
    # ---- a verb of taking or spending time measures a length, as "for" does
    (FRI_JUN, "Settling the claims could take a while.", [("a while", "DURATION", "PXX")]),
    (FRI_JUN, "It will take some time to rebuild the pier.", [("some time", "DURATION", "PXX")]),
    (FRI_JUN, "She spent a long time working abroad.", [("a long time", "DURATION", "PXX")]),
    # ... "once in a while" is how often, no length; "a while ago" stays the ago rule's
    (FRI_JUN, "Once in a while the pumps jam.", []),
    # ---- an amount converted in an aside is still the amount of the rate after it
    (FRI_JUN, "The barge can burn up to 300,000 gallons (1.1 million liters) of fuel daily.", []),
    (FRI_JUN, "The tanker took on 50,000 barrels (2.1 million gallons) a day.", []),
    # ... without an amount "daily" is how often: a SET
    (FRI_JUN, "The ferry sails daily from the harbour.", [("daily", "SET", "P1D")]),
    # ---- a clock "on the morning of his death": the day the text gave the death (the phrase itself stays
    # untagged: the extractor dates it by the death and keeps it in the title)
    (MON_NOV, "The actor died on 12 March 2025. A friend visited him on the morning of his death.",
     [("12 March 2025", "DATE", "2025-03-12")]),
    (MON_NOV, "The actor died on 12 March 2025. He took a pill at 2.15 am on the morning of his death.",
     [("12 March 2025", "DATE", "2025-03-12"), ("2.15 am", "TIME", "2025-03-12T02:15")]),
    (MON_NOV, "The actor died on 12 March 2025. A nurse called at 9.40 am on the day of the actor's death.",
     [("12 March 2025", "DATE", "2025-03-12"), ("9.40 am", "TIME", "2025-03-12T09:40"), ("the day", "DATE", "2025-03-12")]),
    # ---- a quotation's "today" after an attribution whose weekday comes first is the day of the saying
    (FRI_JUN, 'On Tuesday, the mayor said: "Today we open the shelters."',
     [("Tuesday", "DATE", "2025-06-17"), ("Today", "DATE", "2025-06-17")]),
    (FRI_JUN, 'On Wednesday the minister told reporters: "We will decide tomorrow."',
     [("Wednesday", "DATE", "2025-06-18"), ("tomorrow", "DATE", "2025-06-19")]),
    # ... a saying on the report's own day, or an attribution with no day, keeps the report's day
    (THU_JUN, 'On Thursday, the mayor said: "Today we open the shelters."',
     [("Thursday", "DATE", "2025-06-19"), ("Today", "DATE", "2025-06-19")]),
    (FRI_JUN, 'The mayor said: "Today we open the shelters."', [("Today", "DATE", "2025-06-20")]),
    # ---- "a recent afternoon", "one recent night": one undated day or part of one just past, the whole phrase
    (FRI_JUN, "She tasted the soup on a recent afternoon in the kitchen.", [("a recent afternoon", "TIME", "PAST_REF")]),
    (FRI_JUN, "One recent night, the guards slept.", [("One recent night", "TIME", "PAST_REF")]),
    # ... a weekday keeps its own rule: the most recent such day, which later times of the story count from
    (FRI_JUN, "On a recent Tuesday morning, the market was quiet. Later that afternoon, it rallied.",
     [("recent", "DATE", "PAST_REF"), ("Tuesday morning", "TIME", "2025-06-17TMO"),
      ("Later that afternoon", "TIME", "2025-06-17TAF")]),
    # ... "recent" before another noun stays the adjective's PAST_REF alone
    (FRI_JUN, "The recent rise alarmed the board.", [("recent", "DATE", "PAST_REF")]),
]


test_dev17_gold_classes = round_test(TABLE)
