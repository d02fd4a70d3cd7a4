"""Failure classes found by scoring the tagger against a hand-made gold of fresh news
(benchmarks/tagger_gold.yaml, issue 17).

Each row is a sentence written for this table (no article text), a DCT, and the TIMEX3
spans, types and values a careful reader gives them.
"""

from __future__ import annotations

import datetime as dt

from tagger_round_support import Row, round_test

SAT = dt.date(2025, 8, 16)  # Saturday
WED = dt.date(2025, 8, 13)  # Wednesday
SEP = dt.date(2025, 9, 10)  # Wednesday

TABLE: list[Row] = [
    # ---- a dateline's day and its clock time are one TIME, as TimeML joins "10 p.m. Wednesday"
    (WED, "Wednesday 13 August 2025 09.41 BST Ferries were halted.",
     [("Wednesday 13 August 2025 09.41 BST", "TIME", "2025-08-13T09:41+01:00")]),
    (WED, "OSLO | Wed Aug 13, 2025 6:05 am EDT OSLO - Ferries were halted.",
     [("Wed Aug 13, 2025 6:05 am EDT", "TIME", "2025-08-13T06:05-04:00")]),
    (WED, "Wednesday, August 13, 2025; 7:12 PM The port reopened Wednesday.",
     [("Wednesday, August 13, 2025; 7:12 PM", "TIME", "2025-08-13T19:12"), ("Wednesday", "DATE", "2025-08-13")]),
    # ... but a day and a clock joined by a preposition stay two, as TimeBank has them
    (WED, "The ferry left Monday at 3 p.m.", [("Monday", "DATE", "2025-08-11"), ("3 p.m.", "TIME", "2025-08-11T15:00")]),
    # ---- a day and month before the noun they date leave it the article, as TimeBank's "the [Feb. 23] accord";
    # an ordinal day keeps its own
    (WED, "Divers still search the site of the 2 June sinking.", [("2 June", "DATE", "2025-06-02")]),
    (WED, "The ferry sank on the 2nd of June.", [("the 2nd of June", "DATE", "2025-06-02")]),
    # ---- a capitalized preposition or pronoun right after a lower-case word opens a sentence whose stop was
    # lost (a caption run into the text): the verb before it is not the date's
    (SEP, "Once the concrete sets the next stage begins In her report to the board on 2 June, the inspector wrote that it was sound.",
     [("2 June", "DATE", "2025-06-02")]),
    (SEP, "The minister told The Daily Post on 2 June that the port was sound.", [("2 June", "DATE", "2025-06-02")]),
    # ---- a weekday before the happening a verb of planning takes is the plan's coming day, as a plan told in the past
    (SAT, "Rough seas kept the trawlers in port, and the governor planned a Sunday visit to the harbour.",
     [("Sunday", "DATE", "2025-08-17")]),
    (SAT, "The union called a Tuesday strike vote.", [("Tuesday", "DATE", "2025-08-19")]),
    # ---- a period of one bare unit: "another week", "all day", "an hour-long", "weeklong"
    (WED, "Crews kept the trawlers in port for another day.", [("another day", "DURATION", "P1D")]),
    (WED, "It will be another month before the bridge opens.", [("another month", "DURATION", "P1M")]),
    (WED, "The dockers sit around all day waiting for work.", [("all day", "DURATION", "P1D")]),
    (WED, "An hour-long debate on the tariffs aired.", [("hour-long", "DURATION", "PT1H")]),
    (WED, "The union called a weeklong strike after a year-long dispute.",
     [("weeklong", "DURATION", "P1W"), ("year-long", "DURATION", "P1Y")]),
    (WED, "The two-month-long cleanup ended.", [("two-month-long", "DURATION", "P2M")]),
    (WED, "The school sent all year 9 pupils home.", []),
    # ---- bare plural units before or after an event: an unspecified number of them, as "two days after" is P2D;
    # a number written before them, even past an adjective, is the duration rule's
    (WED, "Divers saw a crack in the hull weeks before the sinking.", [("weeks", "DURATION", "PXW")]),
    (WED, "Hours after the vote, the minister resigned.", [("Hours", "DURATION", "PTXH")]),
    (WED, "The ferry was raised five anxious months after the sinking.", [("five anxious months", "DURATION", "P5M")]),
    # ---- a unit repeated around "after" recurs
    (WED, "Year after year the river floods the lower town.", [("Year after year", "SET", "P1Y")]),
    # ---- no period: "another" before a unit that is an ordinal or a fraction
    (WED, "Another quarter of the herd was lost; another second look found more.", []),
    # ---- second batch (test2 held out): a wire page's compact stamp with its zone is one TIME
    (WED, "2025 08 13 06:40 JST OSLO (Reuters) - Ferries were halted.", [("2025 08 13 06:40 JST", "TIME", "2025-08-13T06:40+09:00")]),
    (WED, "The 2025 08 budget was cut.", [("2025", "DATE", "2025")]),
    # ---- the BBC's stamp zone "UK" / "UK time" belongs to the clock (summer time in August)
    (WED, "Page last updated at 08:20 GMT, Wednesday, 13 August 2025 09:20 UK The ferry sank.",
     [("08:20 GMT, Wednesday, 13 August 2025", "TIME", "2025-08-13T08:20Z"), ("09:20 UK", "TIME", "2025-08-13T09:20+01:00")]),
    (WED, "Anna Berg | 16:05 UK time, Wednesday, 13 August 2025 The ferry sank.",
     [("16:05 UK time, Wednesday, 13 August 2025", "TIME", "2025-08-13T16:05+01:00")]),
    # ---- "the end of the week" is this week's end, as "the end of the month"; "days of the week" is any week
    (WED, "The port will stay shut until the end of the week.", [("the end of the week", "DATE", "2025-W33")]),
    (WED, "Ferries sail on most days of the week.", []),
    # ... said on a Sunday, a week still ahead is the coming one
    (dt.date(2025, 8, 17), "The owners said they would know by the end of the week.", [("the end of the week", "DATE", "2025-W34")]),
    # ---- British "in future" without its article; "future" before a noun stays an adjective
    (WED, "Owners could be barred from the port in future.", [("future", "DATE", "FUTURE_REF")]),
    (WED, "In future, ferries will carry fewer cars.", [("future", "DATE", "FUTURE_REF")]),
    (WED, "The fund will pay for future repairs in future Labour budgets.", []),
    # ---- bare plural units counted by "of" or "away": an unspecified number of them
    (WED, "The strike ended decades of calm at the port.", [("decades", "DURATION", "PXE")]),
    (WED, "After weeks of tense talks, the dockers agreed.", [("weeks", "DURATION", "PXW")]),
    (WED, "The new pier is still months away from completion.", [("months", "DURATION", "PXM")]),
    (WED, "A fix that's still weeks away was promised.", [("weeks", "DURATION", "PXW")]),
    (WED, "The final weeks of the strike were bitter, and pupils under five years of age stayed home.", []),
    (WED, "Cranes used 900 kilowatt-hours of power and many man hours of labour.", []),
    # ---- the article before a hyphenated period is its noun's: "the [fourth-quarter] bonus"
    (dt.date(2025, 10, 20), "The board cut the fourth-quarter bonus.", [("fourth-quarter", "DATE", "2025-Q4")]),
    (dt.date(2025, 10, 20), "Profit will rise in the fourth quarter.", [("the fourth quarter", "DATE", "2025-Q4")]),
    # ---- a capitalised "Now" right after a capitalised word of a name is no time; a headline's is
    (WED, "The ferry owners were sued, Harbour Watch Now reports.", []),
    (WED, "Ferry Strike Now Threatens Island Trade", [("Now", "DATE", "PRESENT_REF")]),
]


test_fresh_gold_classes = round_test(TABLE)
