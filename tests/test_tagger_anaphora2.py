"""Issue 17, anaphoric dates: a step ahead in the story ("A month later") is the date the next
"until then", "that day" or "two weeks later" counts from, and a step counted from a date of
the story never lands after the report when the sentence tells it as done or as so now.

Each row is a sentence written for this table (no article text), a DCT, and the TIMEX3
spans, types and values a careful reader gives them. The first rows of each class failed on
the code before this change; the rows after "..." guard what must stay as it was.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

JUL = dt.date(2025, 7, 24)  # Thursday
NOV = dt.date(2025, 11, 4)  # Tuesday

TABLE: list[tuple[dt.date, str, list[tuple[str, str, str]]]] = [
    # ---- a step ahead becomes the story's date: "until then", "that day" and the next step count from it
    (JUL, "In March, the council banned night fishing. A month later, it closed the harbour. "
          "Until then, the boats had gone out at dusk.",
     [("March", "DATE", "2025-03"), ("A month later", "DATE", "2025-04"), ("then", "DATE", "2025-04")]),
    (JUL, "In March, the council banned night fishing. A month later, it closed the harbour. "
          "Two weeks later, the fishermen marched on the town hall.",
     [("March", "DATE", "2025-03"), ("A month later", "DATE", "2025-04"), ("Two weeks later", "DATE", "2025-W16")]),
    (JUL, "The quarry was sealed on June 2. Three days later, the pumps were restarted. "
          "Engineers inspected the walls that day.",
     [("June 2", "DATE", "2025-06-02"), ("Three days later", "DATE", "2025-06-05"), ("that day", "DATE", "2025-06-05")]),
    (JUL, "The ferry line opened in 1987 and was sold five years later. It had made money until then.",
     [("1987", "DATE", "1987"), ("five years later", "DATE", "1992"), ("then", "DATE", "1992")]),
    # ... a step back is an aside: the story goes on from the date it left
    (JUL, "The depot opened on May 6. A week earlier, the site was a car park. The next day, it hired 40 drivers.",
     [("May 6", "DATE", "2025-05-06"), ("A week earlier", "DATE", "2025-W18"), ("The next day", "DATE", "2025-05-07")]),
    # ... and the other side of a comparison is no step
    (JUL, "Ticket sales in June were twice those of a month later than planned. Until then, prices had been flat.",
     [("June", "DATE", "2025-06"), ("then", "DATE", "2025-06")]),
    # ... "that day" after a weekday is that weekday's date, as it was
    (JUL, "The crew left the platform on Tuesday. Engineers met that day to plan the repairs.",
     [("Tuesday", "DATE", "2025-07-22"), ("that day", "DATE", "2025-07-22")]),
    # ---- a step that would land after the report, told as done: its date is unknown, its length is what is told
    (NOV, "Ms Okafor enrolled at a nursing college in 2024. She qualified two years later with honours.",
     [("2024", "DATE", "2024"), ("two years", "DURATION", "P2Y")]),
    (NOV, "The pipe first leaked in September. A second leak three months later prompted a shutdown, which is still in force.",
     [("September", "DATE", "2025-09"), ("three months", "DURATION", "P3M")]),
    # ... told as so now: now, after the story
    (NOV, "The mine flooded in September. Three months later, the village still hasn't recovered.",
     [("September", "DATE", "2025-09"), ("Three months later", "DATE", "2025-11")]),
    (NOV, "The mine flooded in September. Three months later, the roads haven't reopened.",
     [("September", "DATE", "2025-09"), ("Three months later", "DATE", "2025-11")]),
    # ... but a clause that looks ahead or supposes means a date after the report
    (NOV, "The mine flooded on October 30. Shops are to reopen a week later, the mayor said.",
     [("October 30", "DATE", "2025-10-30"), ("a week later", "DATE", "2025-W45")]),
    (NOV, "The mine flooded in October. What happens if three months later the pumps fail?",
     [("October", "DATE", "2025-10"), ("three months later", "DATE", "2026-01")]),
]


@pytest.mark.parametrize(("dct", "sentence", "expected"), TABLE)
def test_anaphoric_steps(dct: dt.date, sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in tag(sentence, dct)] == expected
