"""Failure classes found on the dev11 split of the hand-made tagger gold (benchmarks/tagger_gold.yaml,
issue 17) and among the kinds seen on real news: a day counted with its number after "day"
("Day one of the hearings", "Day 54 of the flood"), as "the sixth day of the hearing" is (the idiom
"from day one" stays untagged); a holiday in a clause of possibility ("could mean a Christmas
timeframe", told in June) the coming one; a perfect participle ("having resumed work in November")
done before its clause, whatever that clause's tense; "nearly"/"more than" before a distance back,
which moves the moment it names ("nearly six weeks ago" from a Sunday lies in the following week);
"more than" after an amount ("500 more than a week ago") a comparison, not the expression's; "how
soon"/"this soon" a degree; "the Gulf Stream current", "The current could carry the oil" the water's
current, no present; "1425 local time" one TIME with its "local time"; "middle August" as
"mid-August"; "worked until after midnight" a past midnight ("until" is a limit, no future); and "a
day of the week" no length.

Each row is a sentence written for this table (no article text), a DCT, and the TIMEX3 spans,
types and values a careful reader gives them.
"""

from __future__ import annotations

import datetime as dt

from tagger_round_support import Row, round_test

TUE_JUN = dt.date(2025, 6, 17)  # Tuesday
FRI_JUN = dt.date(2025, 6, 13)  # Friday
SUN_JUN = dt.date(2025, 6, 15)  # Sunday, the last day of ISO week 24
MON_JUN = dt.date(2025, 6, 16)  # Monday, the first day of ISO week 25
MON_JAN = dt.date(2026, 1, 12)  # Monday
THU_AUG = dt.date(2025, 8, 14)  # Thursday
TUE_JUL = dt.date(2025, 7, 8)  # Tuesday

TABLE: list[Row] = [
    # ---- "Day N of" an event: the day it counts, as "the sixth day of the hearing"
    (TUE_JUN, "Day one of the hearings was tense, reporters said.", [("Day one", "DATE", "2025-06-17")]),
    (FRI_JUN, "A summary of events on Friday, June 13, Day 54 of the flood that began with the dam break.",
     [("Friday, June 13", "DATE", "2025-06-13"), ("Day 54", "DATE", "2025-06-13")]),
    # ... "from day one" is an idiom, no day
    (TUE_JUN, "The council has been in charge from day one.", []),
    (TUE_JUN, "Volunteers have worked since day one of the flood.", []),
    # ---- a holiday in a clause of possibility lies ahead
    (SUN_JUN, "Engineers warned that the repairs could stretch into a Christmas timeframe.",
     [("Christmas", "DATE", "2025-12-25")]),
    (SUN_JUN, "The plant shut at Christmas.", [("Christmas", "DATE", "2024-12-25")]),
    # ---- a perfect participle is done before its clause
    (MON_JAN, "The mill is expected to reopen next month, having resumed partial work in November.",
     [("next month", "DATE", "2026-02"), ("November", "DATE", "2025-11")]),
    (MON_JAN, "Having been elected in November, she will take office in March.",
     [("November", "DATE", "2025-11"), ("March", "DATE", "2026-03")]),
    # ---- "nearly" a distance back is a little later than the distance, "more than" a little earlier
    (SUN_JUN, "The ferry sank nearly six weeks ago.", [("nearly six weeks ago", "DATE", "2025-W19")]),
    (SUN_JUN, "The ferry sank six weeks ago.", [("six weeks ago", "DATE", "2025-W18")]),
    (MON_JUN, "The ferry sank more than six weeks ago.", [("more than six weeks ago", "DATE", "2025-W18")]),
    (MON_JUN, "The ferry sank six weeks ago.", [("six weeks ago", "DATE", "2025-W19")]),
    # ... after an amount, "more than" compares the amount with then
    (MON_JUN, "The shelter now houses 4,500 people, nearly 500 more than a week ago.",
     [("now", "DATE", "PRESENT_REF"), ("a week ago", "DATE", "2025-W24")]),
    # ---- "how soon", "this soon": a degree, not a time ahead
    (TUE_JUN, "It is unclear how soon the bridge will reopen.", []),
    (TUE_JUN, "The council had not expected trouble this soon.", []),
    (TUE_JUN, "The bridge will reopen soon.", [("soon", "DATE", "FUTURE_REF")]),
    # ---- the current of water is no present: after a name or a kind of water, or as the subject of its verb
    (TUE_JUN, "Scientists fear the Gulf Stream current carries the slick east.", []),
    (TUE_JUN, "The warm-water current that flows past the cape may take it further.", []),
    (TUE_JUN, "The current could carry the oil to the islands, officials said.", []),
    # ... "current" before its noun is the present one, as TimeBank tags it
    (TUE_JUN, "The current spill is the worst yet.", [("current", "DATE", "PRESENT_REF")]),
    # ("under current law": the rule in place, an identity, no time; the news gold and TimeBank's
    # "the current system" leave it untagged)
    (TUE_JUN, "Under current law, the owner pays.", []),
    # ---- "local time" belongs to its clock time's span
    (THU_AUG, "The pumps stopped at 1425 local time (1925 GMT) on Wednesday.",
     [("1425 local time", "TIME", "2025-08-13T14:25"), ("1925 GMT", "TIME", "2025-08-13T19:25Z"),
      ("Wednesday", "DATE", "2025-08-13")]),
    (THU_AUG, "The polls closed at 9.55pm local time.", [("9.55pm local time", "TIME", "2025-08-14T21:55")]),
    # ---- "until" before midnight is a limit, no future: in a past clause it is the midnight before the report's day
    (TUE_JUN, "The night before the vote, he worked until after midnight.", [("midnight", "TIME", "2025-06-17T00:00")]),
    (TUE_JUN, "Crews will work until midnight.", [("midnight", "TIME", "2025-06-18T00:00")]),
    # ---- "middle August" is "mid-August"
    (TUE_JUL, "That puts you into middle August.", [("middle August", "DATE", "2025-08")]),
    # ---- "a day of the week" is a weekday, no length
    (TUE_JUL, "Skip to a day of the week: Monday", [("Monday", "DATE", "2025-07-07")]),
]


test_dev11_gold_classes = round_test(TABLE)
