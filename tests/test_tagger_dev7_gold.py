"""Failure classes found on the dev7 split of the hand-made tagger gold (benchmarks/tagger_gold.yaml,
issue 17) and in a judged sample of disagreements with HeidelTime (seed 90909): "to date" and "at
the moment", which say "so far" and "for now" and which TimeBank leaves untagged; a range of
figures joined by a dash ("a 10-15 minute speech") read at its lower bound as "10 to 15 minutes"
is; "about" after a degree word ("more about eight years of bad policy"), a topic's preposition;
"N times an hour", a habit's frequency like "N times a day"; a weekday that fits the year of a date written just before and not the DCT's ("Friday Nov. 1,
2002 ... through Sunday, Nov. 3"); and a background date naming a done event ("the April 20
explosion") that must not take the place of the day the story is telling, for a bare clock time
or a future "the next day" after it.

Each row is a sentence written for this table (no article text), a DCT, and the TIMEX3 spans,
types and values a careful reader gives them.
"""

from __future__ import annotations

import datetime as dt

from tagger_round_support import Row, round_test

SUN = dt.date(2025, 3, 9)  # Sunday
WED = dt.date(2025, 3, 12)  # Wednesday

TABLE: list[Row] = [
    # ---- "to date" is "so far", "at the moment" is "for now": neither is tagged
    (WED, "The inquiry has found no sign of fraud to date.", []),
    (WED, "The largest award to date went to a shipyard in Maine.", []),
    (WED, "Officials said the river was safe at the moment.", []),
    (WED, "At the moment, nobody knows how far the slick has spread.", []),
    # ... while "now" and "currently" still are
    (WED, "The river is currently safe, and crews are now leaving.",
     [("currently", "DATE", "PRESENT_REF"), ("now", "DATE", "PRESENT_REF")]),
    # ---- two figures joined by a dash are a range, read at its lower bound
    (WED, "The mayor will give a 10-15 minute address.", [("10-15 minute", "DURATION", "PT10M")]),
    (WED, "Repairs usually take 2–3 weeks.", [("2–3 weeks", "DURATION", "P2W")]),
    (WED, "The team waited 4-6 hours at the border.", [("4-6 hours", "DURATION", "PT4H")]),
    # ... not a score or a count whose first figure is the larger
    (WED, "The hosts won 3-2 after two hours of play.", [("two hours", "DURATION", "PT2H")]),
    # ---- "about" after a degree word ("more about", "all about") names a topic, not roughly
    (WED, "The dispute was more about six years of neglect than about money.", [("six years", "DURATION", "P6Y")]),
    (WED, "The summit was all about two days of photo calls.", [("two days", "DURATION", "P2D")]),
    # ... while "about" after a verb, or "only about", still approximates
    (WED, "The repair took only about ten minutes.", [("about ten minutes", "DURATION", "PT10M")]),
    # ---- how often a habit recurs: "an hour" is as good a unit as "a day"
    (WED, "The filters clean the air 20 times an hour.", [("20 times an hour", "SET", "PT1H")]),
    (WED, "The ferry sails twice an hour in summer.", [("twice an hour", "SET", "PT1H"), ("summer", "DATE", "XXXX-SU")]),
    # ---- a weekday that does not fit the DCT's year fits the year of a date written just before
    (WED, "The band played in Miami on Friday, Oct. 4, 2002, and stayed through Sunday, Oct. 6.",
     [("Friday, Oct. 4, 2002", "DATE", "2002-10-04"), ("Sunday, Oct. 6", "DATE", "2002-10-06")]),
    (WED, "Crowds gathered on Saturday 5 October 2002. More came on Monday 7 October.",
     [("Saturday 5 October 2002", "DATE", "2002-10-05"), ("Monday 7 October", "DATE", "2002-10-07")]),
    # ... while a weekday that fits the DCT's year keeps it
    (WED, "A file from Friday, Oct. 4, 2002 was shown. The next hearing is on Friday, Oct. 3.",
     [("Friday, Oct. 4, 2002", "DATE", "2002-10-04"), ("Friday, Oct. 3", "DATE", "2025-10-03")]),
    # ---- a background date ("the January 20 blast") is not the day the story is telling
    (SUN, "The governor will speak on Tuesday night about the January 20 blast. The 8 p.m. address will be broadcast.",
     [("Tuesday night", "TIME", "2025-03-11TNI"), ("January 20", "DATE", "2025-01-20"),
      ("8 p.m.", "TIME", "2025-03-11T20:00")]),
    (SUN, "The board will meet on Thursday to review the January 20 blast. It will vote the following day.",
     [("Thursday", "DATE", "2025-03-13"), ("January 20", "DATE", "2025-01-20"), ("the following day", "DATE", "2025-03-14")]),
    # ... with no day told before it, the future's next day is still the day after the report
    (SUN, "Engineers studied the January 20 blast. The next day, they will inspect the pipe.",
     [("January 20", "DATE", "2025-01-20"), ("The next day", "DATE", "2025-03-10")]),
    # ... and a day the story told, not a background one, still anchors the clock
    (SUN, "The governor spoke on Tuesday night in Boston. The 8 p.m. address was broadcast live.",
     [("Tuesday night", "TIME", "2025-03-04TNI"), ("8 p.m.", "TIME", "2025-03-04T20:00")]),
]


test_dev7_gold_classes = round_test(TABLE)
