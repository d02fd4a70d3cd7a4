"""Issue 17, eighth round: a negated "will", time left with "has got" or a modifier before the
date, a promise with its limit, "would" seen from a past time, a possessive month after a year
written in the same sentence, "a little bit", the first day of a range of weekdays with dates.

Each row is a sentence written for this table (no article text), a DCT, and the TIMEX3
spans, types and values a careful reader gives them. The first rows of each class failed on
the code before this round; the rows after "..." guard what must stay as it was.
"""

from __future__ import annotations

import datetime as dt

from tagger_round_support import Row, round_test

JAN = dt.date(2025, 1, 30)   # Thursday
JUN = dt.date(2025, 6, 11)   # Wednesday
OCT = dt.date(2025, 10, 14)  # Tuesday

TABLE: list[Row] = [
    # ---- "won't", "wouldn't" look ahead as "will" does, with either apostrophe; the verb after
    # them ("come", "run") is a base form, not a participle
    (JAN, "The insurer has said the first payments won't come until March.", [("March", "DATE", "2025-03")]),
    (JAN, "The insurer has said the first payments won’t come until March.", [("March", "DATE", "2025-03")]),
    (JAN, "Officials said the new trains wouldn't run before April.", [("April", "DATE", "2025-04")]),
    (OCT, "The plant could reopen around year’s end.", [("around year’s end", "DATE", "2025")]),
    # ... a past clause stays past, with either apostrophe, and a verb that no past form shares decides as before
    (JAN, "The mayor said the works won’t begin until the end of February.",
     [("the end of February", "DATE", "2025-02")]),
    (JAN, "The firm hasn’t paid a dividend since March.", [("March", "DATE", "2024-03")]),
    (JAN, "The union said it’s been on strike since December.", [("December", "DATE", "2024-12")]),
    (JAN, "The insurer said the first payments will come in March.", [("March", "DATE", "2025-03")]),
    # ---- time left before a limit: "has got until", and "has until" with a word before the date
    (JUN, "The club's owner has got until late July to find a buyer.", [("late July", "DATE", "2025-07")]),
    (JUN, "She's got until August to decide.", [("August", "DATE", "2025-08")]),
    (JUN, "The council has until the end of July to reply.", [("the end of July", "DATE", "2025-07")]),
    # ... time that ran out, or a change reached by a date, is past
    (JUN, "The council had until March to reply.", [("March", "DATE", "2025-03")]),
    (JUN, "The river had risen by late July.", [("late July", "DATE", "2024-07")]),
    # ---- a promise names its limit ahead of the promise
    (JUN, "The minister pledged new rules by August to protect renters.", [("August", "DATE", "2025-08")]),
    (JUN, "The governor promised a new bridge by September.", [("September", "DATE", "2025-09")]),
    # ... a promise kept is told in the past
    (JUN, "The governor promised a bridge in his campaign and opened it in September.",
     [("September", "DATE", "2024-09")]),
    # ---- "would" looks ahead from a past time: the nearer of the month gone and the month to come
    (OCT, "Then, in her June 3 address to parliament, the prime minister would defend the plan.",
     [("June 3", "DATE", "2025-06-03")]),
    (OCT, "Under the old timetable the tunnel would open in May.", [("May", "DATE", "2025-05")]),
    # ... a month far behind is the one ahead; "will" looks ahead from now
    (OCT, "Under the new timetable the tunnel would open in February.", [("February", "DATE", "2026-02")]),
    (OCT, "The tunnel will open in June, and it would have cost less.", [("June", "DATE", "2026-06")]),
    # ---- a possessive month owning a done event is the writer's, even after a year written in the sentence
    (OCT, "In March 1994 a ferry capsized off the coast and, until April's ACME mine collapse, it was the worst "
          "disaster there.", [("March 1994", "DATE", "1994-03"), ("April", "DATE", "2025-04")]),
    # ... a month of the same sentence without a possessive keeps its year
    (OCT, "In March 1994 a ferry capsized off the coast and in April divers recovered the hull.",
     [("March 1994", "DATE", "1994-03"), ("April", "DATE", "1994-04")]),
    # ---- "a little bit" is an amount, not the past of "bite"
    (JUN, "Perhaps we should all open the windows a little bit more during the winter.",
     [("the winter", "DATE", "2025-WI")]),
    # ... the verb stays a past, and other amounts decide as before
    (JUN, "The dog bit a postman on Monday.", [("Monday", "DATE", "2025-06-09")]),
    (JUN, "Every bit of the grant will be spent by December.", [("December", "DATE", "2025-12")]),
    # ---- a range of weekdays with dates names its month once, after the last
    (JUN, "Listen again from Monday 16 to Friday 20 June at 9pm.",
     [("Monday 16", "DATE", "2025-06-16"), ("Friday 20 June", "DATE", "2025-06-20"), ("9pm", "TIME", "2025-06-20T21:00")]),
    (JUN, "The festival ran on Saturday 10 and Sunday 11 May.",
     [("Saturday 10", "DATE", "2025-05-10"), ("Sunday 11 May", "DATE", "2025-05-11")]),
    # ... a weekday before a number that is no day stays a weekday
    (JUN, "The index fell on Monday 18 points to close lower.", [("Monday", "DATE", "2025-06-09")]),
    (JUN, "Roads are shut from 16 to 20 June.", [("16", "DATE", "2025-06-16"), ("20 June", "DATE", "2025-06-20")]),
]


test_round_eight_classes = round_test(TABLE)
