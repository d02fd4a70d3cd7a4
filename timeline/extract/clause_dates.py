"""Which of a sentence's date expressions may date its clause at all (issue 16: dates right).

A bracketed aside inside a sentence explains a thing the sentence names: "Apollo 13 (the unsuccessful third mission
to the moon in 1970) did not stop the space race," he said; "dwarfed by the largest spill (an estimated 3.3 million
barrels in 1979) at Ixtoc-1"; "a string of accidents -- including the refinery explosion (which killed 15 in 2005)".
Its date is the explained thing's, told in passing; the sentence's clause, a saying or a state of today, did not
happen then. A timeline entry at the aside's year titled by the clause outside states a remark of 2010 as news of
1970 (:func:`aside_date`). A bracket that holds only a date or a time ("(May 4-5)", "(2145 GMT)") gives the clause's
date again and stays; so does a bracket that opens the sentence or holds all of it.

"Two months later, in his June 15 speech, the mayor would fault the plan": a time counted from the last date the
story told ("later") and a date on the calendar in the same sentence tell one time, and the calendar date is the
writer's own statement of it; the count only links the sentence to the one before, and the date it counts from may be
another happening's (:func:`counted_beside_calendar`). The count yields.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.calendar_words import MONTH_PATTERN
from timeline.extract.anchors import COUNTED_ON, TimexLike
from timeline.extract.sentences import Sentence

__all__ = ["SentenceDates", "clause_timexes"]

#: An aside explaining a thing: a noun phrase ("the third mission ...", "an estimated 3.3 million barrels ...") or a
#: relative clause ("which killed 15 ...", "who was on stage ...").
_EXPLAINING = re.compile(r"\(\s*(?:the|a|an|its|his|her|their|which|who|whose|where|when)\s+[a-z]", re.I)
#: A date on the calendar: a month with its day or year ("June 15", "15 June", "June 2010"), or a numbered date.
_CALENDAR = re.compile(r"(?:\b\d{1,2}(?:st|nd|rd|th)?\s+(?:" + MONTH_PATTERN + r")\b|\b(?:" + MONTH_PATTERN
                       + r")\.?\s+(?:\d{1,2}\b|\d{4}\b)|\b\d{4}-\d{2}-\d{2}\b)")

@dataclass(frozen=True, slots=True)
class SentenceDates:
    """The date expressions of one sentence and the text they stand in."""

    text: str
    sentence: Sentence
    timexes: Sequence[TimexLike]

    def inside(self) -> list[TimexLike]:
        return [t for t in self.timexes if self.sentence.start <= t.start and t.end <= self.sentence.end]


def aside_date(dates: SentenceDates, t: TimexLike) -> bool:
    """Whether ``t`` stands in a bracketed aside that explains a thing inside the sentence (see the module's
    docstring)."""
    text, sentence = dates.text, dates.sentence
    opening = text.rfind("(", sentence.start, t.start)
    if opening < 0 or text.rfind(")", opening, t.start) >= 0:
        return False
    closing = text.find(")", t.end, sentence.end)
    if closing < 0:
        return False
    before = text[sentence.start:opening].strip(" \"'“‘")
    after = text[closing + 1:sentence.end].strip(" .\"'”’")
    return bool(before) and bool(after) and _EXPLAINING.match(text, opening) is not None


def counted_beside_calendar(dates: SentenceDates, t: TimexLike) -> bool:
    """Whether ``t`` is a time counted on from the story's last date ("two months later") in a sentence that also
    states a date on the calendar (see the module's docstring)."""
    if not COUNTED_ON.match(t.text.strip()):
        return False
    return any(o is not t and o.type in ("DATE", "TIME") and _CALENDAR.search(o.text) is not None
               and not aside_date(dates, o) for o in dates.inside())


def clause_timexes(dates: SentenceDates) -> list[TimexLike]:
    """The sentence's date expressions less those that cannot date its clause: an explaining aside's, and a count
    beside a calendar date (see the module's docstring). Expressions outside the sentence are kept as they are."""
    return [t for t in dates.timexes if not (
        dates.sentence.start <= t.start and t.end <= dates.sentence.end
        and (aside_date(dates, t) or counted_beside_calendar(dates, t)))]
