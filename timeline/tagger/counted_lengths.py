"""A count of time before "later" or "earlier" that no told date anchors: its length.

"Seven hours later the rig exploded", "Days later, the mayor apologised", "A few days later,
officials admitted the error": when the text names no day, month or year the count starts from,
all the tagger could give the step is PAST_REF (or FUTURE_REF, PRESENT_REF), which places
nothing. TimeML tags the length the count gives and leaves the adverb outside: TimeBank's
"Three days later", "A few days later" and "a minute and a half later" are DURATIONs P3D, PXD
and PT1M30S, and so the news gold has "Seven hours later" (the length "Seven hours") and "more
than an hour later" ("more than an hour"). A count from a told date keeps its date ("Two days
later" after "May 3" is May 5).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.tagger.lexicon import FEW, UNITS, number
from timeline.tagger.values import duration

__all__ = ["Length", "counted_length"]

#: The rules whose match is a count followed by its direction ("three days later", "days later").
_COUNT_RULES = frozenset({"ago", "later_vague"})


@dataclass(frozen=True, slots=True)
class Length:
    """The length a count of time gives, and where its words end (before the adverb)."""

    end: int
    value: str


def counted_length(rule: str, m: re.Match[str], typ: str, value: str) -> Length | None:
    """The length of ``m`` when it counts from no told date: "later"/"earlier" resolved to a
    *_REF value, or to a length already ("Days later")."""
    if rule not in _COUNT_RULES or not ("REF" in value or typ == "DURATION") or m["dir"].lower() not in ("later", "earlier"):
        return None
    if rule == "ago" and (m["unit2"] or m["base"]):
        # ("two weeks and two days later": a compound step, always counted from a date; "several hours
        # earlier today": counted from the day it names)
        return None
    word = m["unit"].lower().rstrip("s")
    code, time_unit = UNITS["century" if word == "centurie" else word]
    n = None
    if rule == "ago" and not re.fullmatch(FEW, m["n"]):
        n = number(m["lo"] or m["n"])  # a range ("three or four days later") at its lower bound
        if n is None:
            return None
    return Length(m.end("unit"), duration(n, code, time_unit))
