"""Dates of a statement that a trailing attribution tells: ", Gibbs announced in a statement just after midnight",
", Finance Minister Agustin Carstens said on Tuesday".

News prose puts what was said first and who said it, and when, after it. The attribution's date is when the news was
told; the clause before it may carry its own time. Which of the two dates a timeline event:

- the clause tells a happening on its own day ("The president phoned them Thursday night, ..., Gibbs announced
  ... just after midnight"): the happening's day; the telling is the same news told twice;
- the clause is a forecast ("the economy will likely recover at the start of 2010, the minister said on Tuesday",
  "output is expected to fall in the third quarter, the bank said Monday"): the forecast is the news, made on the
  attribution's day; the period it forecasts has not happened, and a timeline that places it there states as a
  fact what was only foreseen.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from timeline.english_auxiliaries import BE_FINITE, auxiliaries
from timeline.extract.attribution import TOLD_AT
from timeline.extract.clauses import Embedding

#: A hedged forecast before a date in its clause: "will likely be", "would probably fall", "is expected to",
#: "could reach", "may slow". A plain "will" ("will testify on Aug. 4") is a plan with a date, which stays.
_FORECAST = re.compile(r"\b(?:(?:will|would)\s+(?:likely|probably|possibly)|(?:" + auxiliaries(BE_FINITE) + r")\s+(?:likely|"
                       r"unlikely|expected|forecast|projected|predicted|seen)\s+to|could|might|may)\s+[a-z]+\b[^;:“”\"]*$")


class _Timex(Protocol):
    start: int


class _Dated(Protocol):
    @property
    def timex(self) -> _Timex: ...

    @property
    def modifier(self) -> bool: ...

    @property
    def embedded(self) -> Embedding | None: ...

    @property
    def day_or_finer(self) -> bool: ...


A = TypeVar("A", bound=_Dated)


def told_dates(text: str, sentence_start: int, anchors: Sequence[A]) -> list[A]:
    """``anchors`` without the ones that a trailing attribution's date makes no event of: its own date when the
    clause before it has a day of its own, and the dates a forecast before it looks ahead to."""
    told = [a for a in anchors if not a.modifier and a.embedded is None and TOLD_AT.search(
        text, max(sentence_start, a.timex.start - 90), a.timex.start)]
    if not told:
        return list(anchors)
    earlier = [a for a in anchors if not a.modifier and a.embedded is None and a not in told
               and a.timex.start < told[0].timex.start]
    if any(a.day_or_finer for a in earlier):
        return [a for a in anchors if a not in told]
    forecast = [a for a in earlier if _FORECAST.search(text, sentence_start, a.timex.start)]
    return [a for a in anchors if a not in forecast]
