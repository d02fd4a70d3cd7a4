"""Failure classes found on the dev18 split of the hand-made tagger gold (benchmarks/tagger_gold.yaml,
issue 17) and among the conventions left open last session: a count before "later"/"earlier" that
no told date anchors ("Seven hours later the rig exploded", "Days later, ...") is the length the
count gives, the adverb outside, as TimeBank tags "Three days later" and "A few days later" and the
news gold tags "Seven hours later"; a count from a told date keeps its date. A wire service's zone
after a dated stamp's clock ("Mon Jun 7, 2010 10:40 pm IST") is the stamp's, spanned with it; a
week named by its last day ("the week ending April 26") is that week; and a date after an aside
closed by its comma ("will testify about the leak, which began on April 20, at a hearing on
Thursday") takes its direction from the clause the aside interrupted. Two units told from an event
("in the days and hours before the blast") are two vague lengths, the first with its "the"; and
"by day's end", "At the day's end", "by week's end" are the end of the day last told (else the
report's) or of the report's week, as TimeBank tags "year's end".

Each row is a sentence written for this table (no article text), a DCT, and the TIMEX3 spans,
types and values a careful reader gives them.
"""

from __future__ import annotations

import datetime as dt

from tagger_round_support import Row, round_test

TUE_JUN = dt.date(2025, 6, 10)  # Tuesday

TABLE: list[Row] = [
    # ---- a count after an undated event: its length, "later"/"earlier" outside
    (TUE_JUN, "The crew worked through the afternoon. Seven hours later the barge sank.",
     [("Seven hours", "DURATION", "PT7H")]),
    (TUE_JUN, "The plan was shelved. Five days later, on June 2, the dam failed.",
     [("Five days", "DURATION", "P5D"), ("June 2", "DATE", "2025-06-02")]),
    (TUE_JUN, "A few days later, officials admitted the error.", [("A few days", "DURATION", "PXD")]),
    (TUE_JUN, "Three or four days later the slick reached the coast.", [("Three or four days", "DURATION", "P3D")]),
    (TUE_JUN, "The alarm went off, and more than an hour later the crew left.", [("more than an hour", "DURATION", "PT1H")]),
    (TUE_JUN, "The gauges jumped minutes earlier, but nobody acted.", [("minutes", "DURATION", "PTXM")]),
    # ... hours and minutes with no clock told before: counted from the report's hour (or an assumed
    # noon) the clock would be made up, so the length again
    (TUE_JUN, "The doctor told a guard to call for help 20 minutes later.", [("20 minutes", "DURATION", "PT20M")]),
    (TUE_JUN, "The chiefs will put it to the minister 48 hours later.", [("48 hours", "DURATION", "PT48H")]),
    # ... a count from a told date or clock keeps its date or time
    (TUE_JUN, "The ferry left port on May 3. Two days later it sank off the cape.",
     [("May 3", "DATE", "2025-05-03"), ("Two days later", "DATE", "2025-05-05")]),
    (TUE_JUN, "The count began at 11 p.m. on Sunday. Two hours later the result was known.",
     [("11 p.m. on Sunday", "TIME", "2025-06-08T23:00"), ("Two hours later", "TIME", "2025-06-09T01:00")]),
    (TUE_JUN, "The fire started on Sunday afternoon. Hours later the roof fell in.",
     [("Sunday afternoon", "TIME", "2025-06-08TAF"), ("Hours later", "DATE", "2025-06-08")]),
    # ---- a wire service's zone after a dated stamp's clock is the stamp's; in a sentence it stays out
    (TUE_JUN, "PORTVILLE | Tue Jun 10, 2025 4:50 pm IST PORTVILLE (Wire) - The port reopened on Tuesday.",
     [("Tue Jun 10, 2025 4:50 pm IST", "TIME", "2025-06-10T16:50+05:30"), ("Tuesday", "DATE", "2025-06-10")]),
    (TUE_JUN, "The ferry left at 4:50 pm IST, the harbour master said.", [("4:50 pm", "TIME", "2025-06-10T16:50")]),
    # ---- a week named by its last day: the ISO week holding most of its seven days
    (TUE_JUN, "Claims for benefits fell in the week ending May 24, the ministry said.",
     [("the week ending May 24", "DATE", "2025-W21")]),
    (TUE_JUN, "Claims fell in the week ended June 2.", [("the week ended June 2", "DATE", "2025-W22")]),
    (TUE_JUN, "Sales rose 4% in the week to Saturday.", [("the week to Saturday", "DATE", "2025-W23")]),
    # ---- an aside closed by its comma is not the clause of the date after it
    (TUE_JUN, "He will testify about the spill, which began on May 20, at a hearing on Thursday.",
     [("May 20", "DATE", "2025-05-20"), ("Thursday", "DATE", "2025-06-12")]),
    # ... a comma of a list inside the aside closes nothing
    (TUE_JUN, "The director, who stepped down as chairman, president and chief executive in March, left.",
     [("March", "DATE", "2025-03")]),
    # ---- two units told from an event: both lengths, the first with its "the"
    (TUE_JUN, "Engineers argued in the days and hours before the blast.",
     [("the days", "DURATION", "PXD"), ("hours", "DURATION", "PTXH")]),
    (TUE_JUN, "Nobody knew who was in charge in the days and hours leading up to the fire.",
     [("the days", "DURATION", "PXD"), ("hours", "DURATION", "PTXH")]),
    (TUE_JUN, "In the weeks and months after the spill, fishermen struggled.",
     [("the weeks", "DURATION", "PXW"), ("months", "DURATION", "PXM")]),
    # ... not without an event after them
    (TUE_JUN, "She remembers the days and hours she spent waiting.", []),
    # ---- the end of the day last told, or of the report's day or week
    (TUE_JUN, "The ministry sued the firm on Monday. Its shares fell, then recovered by day's end.",
     [("Monday", "DATE", "2025-06-09"), ("day's end", "DATE", "2025-06-09")]),
    (TUE_JUN, "At the day's end, the hearing closed.", [("the day's end", "DATE", "2025-06-10")]),
    (TUE_JUN, "The well should be sealed by week's end.", [("week's end", "DATE", "2025-W24")]),
]


test_dev18_gold_classes = round_test(TABLE)
