"""Failure classes found on the dev6 split of the hand-made tagger gold (benchmarks/tagger_gold.yaml,
issue 17) and in a judged sample of disagreements with HeidelTime: "midday" a part of the day
(TIMEX3's "MI") rather than the clock's 12:00; "the day" that names a day the text has told
("April 20, the day of the spill", "the day of the explosion" after "the blast on April 20",
"as the day wore on", "the sixth day of the hearing"); a clock whose half of the day a part of the day told with it gives
("Saturday afternoon, about 5 o'clock"); a month of a habit ("usually form between June and
November"); and a date premodifying a noun a past relative clause tells of ("the December
meeting that ended without a deal").

Each row is a sentence written for this table (no article text), a DCT, and the TIMEX3 spans,
types and values a careful reader gives them.
"""

from __future__ import annotations

import datetime as dt

from tagger_round_support import Row, round_test

MON = dt.date(2025, 3, 10)  # Monday
TUE = dt.date(2025, 3, 11)  # Tuesday

TABLE: list[Row] = [
    # ---- "midday" is a stretch of the day around noon, TIMEX3's part of day MI
    (MON, "The ferry shares were down 4 percent at midday.", [("midday", "TIME", "2025-03-10TMI")]),
    (MON, "The strike began at midday Saturday.", [("midday Saturday", "TIME", "2025-03-08TMI")]),
    (MON, "Talks will resume at midday tomorrow.", [("midday tomorrow", "TIME", "2025-03-11TMI")]),
    (MON, "The harbour bus usually leaves at midday.", [("midday", "TIME", "XXXX-XX-XXTMI")]),
    # ... while "noon" stays the clock's twelve o'clock, and hours later still count from it
    (MON, "The vote closed at noon.", [("noon", "TIME", "2025-03-10T12:00")]),
    (MON, "The singer collapsed around midday on Saturday. He died two hours later.",
     [("around midday on Saturday", "TIME", "2025-03-08TMI"), ("two hours later", "TIME", "2025-03-08T14:00")]),
    # ---- a clock time whose half of the day is unsaid takes it from a part of the day told with it
    (MON, "It was Saturday afternoon, about 5 o'clock.",
     [("Saturday afternoon", "TIME", "2025-03-08TAF"), ("about 5 o'clock", "TIME", "2025-03-08T17:00")]),
    (MON, "Last night, at 11 o'clock, the alarm sounded.",
     [("Last night", "TIME", "2025-03-09TNI"), ("11 o'clock", "TIME", "2025-03-09T23:00")]),
    (MON, "The crowd had gone by 6 o'clock that evening.", [("6 o'clock that evening", "TIME", "2025-03-10T18:00")]),
    # ... when the part of the day allows it: a night's two o'clock is early morning
    (MON, "Friday night, 2 o'clock, the phone rang.",
     [("Friday night", "TIME", "2025-03-07TNI"), ("2 o'clock", "TIME", "2025-03-07T02:00")]),
    # ---- "the day" set beside a date, or said to be it, is that date
    (TUE, "The dam's shares closed at 40 cents on March 3, the day of the landslide.",
     [("March 3", "DATE", "2025-03-03"), ("the day", "DATE", "2025-03-03")]),
    (TUE, "The union wants a deal by March 20, the day the minister visits the plant.",
     [("March 20", "DATE", "2025-03-20"), ("the day", "DATE", "2025-03-20")]),
    (TUE, "The March 28 target date is the day the mill is due to reopen.",
     [("March 28", "DATE", "2025-03-28"), ("the day", "DATE", "2025-03-28")]),
    (TUE, "Sunday 9 March may be remembered as the day the river turned brown.",
     [("Sunday 9 March", "DATE", "2025-03-09"), ("the day", "DATE", "2025-03-09")]),
    # ---- "the day of the <event>": the day the text gave that event
    (TUE, "The collapse on 2 March killed four miners. The inquiry heard that no alarm sounded on the day of the blast.",
     [("2 March", "DATE", "2025-03-02"), ("the day", "DATE", "2025-03-02")]),
    (TUE, "The singer died on February 12. His nurse was with him on the day he died.",
     [("February 12", "DATE", "2025-02-12"), ("the day", "DATE", "2025-02-12")]),
    (TUE, "The February 26 explosion shut the refinery. Workers had raised concerns on the day of the explosion.",
     [("February 26", "DATE", "2025-02-26"), ("the day", "DATE", "2025-02-26")]),
    # ... and nothing when the text never dated it, or the day is named by something else
    (TUE, "Workers had raised concerns on the day of the explosion.", []),
    (TUE, "I will never forget the day of the hearing.", []),
    (TUE, "On Monday, the day began with rain.", [("Monday", "DATE", "2025-03-10")]),
    # ... which the date set beside it also dates in the past
    (dt.date(2025, 12, 29), "The stock is still below its close on April 9, the day of the blast.",
     [("April 9", "DATE", "2025-04-09"), ("the day", "DATE", "2025-04-09")]),
    # ---- "the sixth day of the hearing": a day counted from an event's start
    (TUE, "The judge gave his ruling on the fourth day of the hearing.", [("the fourth day", "DATE", "2025-03-11")]),
    (TUE, "As of Sunday, the 40th day of the strike, talks had stalled.",
     [("Sunday", "DATE", "2025-03-09"), ("the 40th day", "DATE", "2025-03-09")]),
    (TUE, "The February 1 blast closed the mine. On the 30th day of the disaster, the fires were out.",
     [("February 1", "DATE", "2025-02-01"), ("the 30th day", "DATE", "2025-03-02")]),
    (TUE, "Testifying on the third day of the inquest, the nurse wept. Her account echoed evidence from the first day of the inquest.",
     [("the third day", "DATE", "2025-03-11"), ("the first day", "DATE", "2025-03-09")]),
    # ... a schedule's day, told in the present, or a disaster never dated, is not one the text can date
    (TUE, "Live commentary on the second day of the final Test follows.", []),
    (TUE, "On the 50th day of the disaster, the well was sealed.", []),
    # ... nor one that is the clause's subject rather than its time
    (TUE, "The third day of the hearings focused on training.", []),
    # ---- "as the day wore on": the day the story is telling, the last one the text wrote
    (TUE, "Shares rose early but slipped as the day wore on.", [("the day", "DATE", "2025-03-11")]),
    (TUE, "The minister faced the committee yesterday. As the day wore on, the questions grew sharper.",
     [("yesterday", "DATE", "2025-03-10"), ("the day", "DATE", "2025-03-10")]),
    # ---- a month of a habit told in its own clause is any year's (TimeML's XXXX)
    (dt.date(2025, 8, 14), "The resort typically earns most of its income between June and August.",
     [("June", "DATE", "XXXX-06"), ("August", "DATE", "XXXX-08")]),
    (dt.date(2025, 8, 14), "Storms usually form between June and November.",
     [("June", "DATE", "XXXX-06"), ("November", "DATE", "XXXX-11")]),
    (dt.date(2025, 8, 14), "Late frosts usually end by mid-May.", [("mid-May", "DATE", "XXXX-05")]),
    (dt.date(2025, 8, 14), "Every year in May, the villagers repaint the chapel.",
     [("Every year", "SET", "P1Y"), ("May", "DATE", "XXXX-05")]),
    # ... not a month of this year, nor one a habit word of another clause does not reach
    (dt.date(2025, 8, 14), "The mill usually shuts in August, but this year it will stay open.",
     [("August", "DATE", "XXXX-08"), ("this year", "DATE", "2025")]),
    (dt.date(2025, 8, 14), "Fares, which usually rise in spring, fell in June.",
     [("spring", "DATE", "XXXX-SP"), ("June", "DATE", "2025-06")]),
    (dt.date(2025, 8, 14), "The ferry resumed sailings in June.", [("June", "DATE", "2025-06")]),
    # ---- a date premodifying a noun that a past relative clause tells of is past
    (dt.date(2026, 1, 15), "The December meeting that ended without a deal will be reviewed.", [("December", "DATE", "2025-12")]),
    (dt.date(2026, 1, 15), "The December 12 vote, which passed narrowly, will face a court challenge.",
     [("December 12", "DATE", "2025-12-12")]),
    # ... unless the clause tells of a plan, whose date lies ahead
    (dt.date(2026, 1, 15), "The board will hold its March meeting that was planned last year.",
     [("March", "DATE", "2026-03"), ("last year", "DATE", "2025")]),
    # ... and "the day" of "earlier in the day" is still tagged ("earlier in" outside it, as TimeBank's "later in [the day]")
    (TUE, "The firm denied earlier in the day that it had hidden the leak.", [("the day", "DATE", "2025-03-11")]),
]


test_dev6_gold_classes = round_test(TABLE)
