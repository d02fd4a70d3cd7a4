"""Issue 17, direction from the expression's own clause: a weekday, month or date takes the tense of
the clause or phrase it sits in (its governing verb, then the nearest verb of that clause), not the
tense of the clause it hangs from or of a trailing "X said".

Each row is a sentence written for this table (no article text), a DCT, and the TIMEX3 spans, types
and values a careful reader gives them. The first rows of each class failed on the code before this
change; the rows after "..." guard what must stay as it was.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

MAR = dt.date(2025, 3, 10)   # Monday
JUN = dt.date(2025, 6, 12)   # Thursday

TABLE: list[tuple[dt.date, str, list[tuple[str, str, str]]]] = [
    # ---- a present plan to the right of the date is the date's own verb: "is due to", "are set to",
    # "is to", "is going to", "is expected to", past a parenthetical "organisers said"
    (JUN, "The call, at 4pm on Saturday, is expected to last an hour, aides said.",
     [("4pm on Saturday", "TIME", "2025-06-14T16:00")]),
    (JUN, "On Wednesday, the envoy is due to hold talks with the rebels.", [("Wednesday", "DATE", "2025-06-18")]),
    (JUN, "On Monday, she is scheduled to fly to Lagos.", [("Monday", "DATE", "2025-06-16")]),
    (JUN, "The match on Saturday is to be played behind closed doors, the league said.",
     [("Saturday", "DATE", "2025-06-14")]),
    (JUN, "The ceremony on Sunday, organisers said, is expected to draw thousands.",
     [("Sunday", "DATE", "2025-06-15")]),
    (JUN, "Come Saturday, we are going to clear the beach ourselves.", [("Saturday", "DATE", "2025-06-14")]),
    (JUN, "The summit, in Vienna in March, is expected to draw forty leaders.", [("March", "DATE", "2026-03")]),
    # ... a perfect infinitive looks back, a novel "set in" a city is no plan, an order is no timetable
    (JUN, "The climber who vanished on Monday is expected to have died, police said.",
     [("Monday", "DATE", "2025-06-09")]),
    (JUN, "The novel, published on Monday, is set in Moscow.", [("Monday", "DATE", "2025-06-09")]),
    (JUN, "On Monday, she is asked to leave the room.", [("Monday", "DATE", "2025-06-09")]),
    # ... nor a date naming a noun, which may be the period it covers, nor a purpose ("is intended to")
    (JUN, "The fund, in its April report, is expected to reassure savers.", [("April", "DATE", "2025-04")]),
    (JUN, "The levy in April is intended to cut waste.", [("April", "DATE", "2025-04")]),
    # ---- a hyphenated "-ed" compound is an adjective, not the past verb of the date's clause
    (JUN, "Crews could keep pumping until August, when so-called relief wells will be done.",
     [("August", "DATE", "2025-08")]),
    # ... a verb with a prefix stays a verb
    (MAR, "The senator, re-elected in November, will take office.", [("November", "DATE", "2024-11")]),
    # ---- a clause of its own whose verb is a present takes that present, not the past it hangs from
    (JUN, "The minister admitted that even August is not a firm date.", [("August", "DATE", "2025-08")]),
    (JUN, "The ferry has been running a shuttle, but on Sunday it is sailing to the islands.",
     [("Sunday", "DATE", "2025-06-15")]),
    # ---- an aside's own present with a date is a timetable, whatever the main verb says
    (JUN, "Ms Osei, who testifies on Tuesday, said she was innocent.", [("Tuesday", "DATE", "2025-06-17")]),
    (JUN, "The bank, which reports results on Tuesday, fell 3 percent.", [("Tuesday", "DATE", "2025-06-17")]),
    # ... an aside closed before the date, or a restrictive one, leaves it to the main verb
    (JUN, "Ms Osei, who leads the party, on Tuesday said she would quit.", [("Tuesday", "DATE", "2025-06-10")]),
    (JUN, "He met the man who owns the mill on Tuesday.", [("Tuesday", "DATE", "2025-06-10")]),
    # ---- a subject relative clause right after the date tells of the dated noun as done
    (MAR, "The inquiry will examine the crash in December that killed 40.", [("December", "DATE", "2024-12")]),
    (MAR, "The storm in December that hit the coast will be studied.", [("December", "DATE", "2024-12")]),
    # ... "that" with a subject after it is a complementizer: the main verb decides
    (MAR, "The firm will say in April that profits rose.", [("April", "DATE", "2025-04")]),
    (MAR, "Aid will go to the towns where floods in December killed 40.", [("December", "DATE", "2024-12")]),
    # ---- "since then" is a closed phrase, no past for a date further on in the clause
    (JUN, "She will sleep there for the first time since then and fly home on Tuesday.",
     [("Tuesday", "DATE", "2025-06-17")]),
    # ... "since" before its own date is past
    (JUN, "She has been at home since then and flew in on Tuesday.", [("Tuesday", "DATE", "2025-06-10")]),
    # ---- "ahead of" looks ahead, whatever participle comes before it; only "was ahead" is a past state
    (JUN, "All seats have now been sold ahead of Saturday night's gala.",
     [("now", "DATE", "PRESENT_REF"), ("Saturday night", "TIME", "2025-06-14TNI")]),
    (JUN, "Work had been running ahead of schedule on Tuesday.", [("Tuesday", "DATE", "2025-06-10")]),
]


@pytest.mark.parametrize(("dct", "text", "expected"), TABLE, ids=[row[1][:48] for row in TABLE])
def test_direction_from_own_clause(dct: dt.date, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in tag(text, dct)] == expected
