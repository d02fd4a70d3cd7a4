"""A tally's running count told right after the lead that gives the tally.

"Some 40 countries have now reported 9,000 cases of the disease." (the lead, dated by its publication) and the next
dated sentence, "In the past week the number of people infected has risen sharply, with Peru recording the most
cases.", tell one happening: the tally as it stands, and how it got there over the days just gone. Dated on its own
to last week, the second would be a second event of the same count. The page's top must give a tally (a figure of cases,
deaths or infections, or of any other thing counted: "Claims against the fund have reached 12,000", "3,000 people
have been evacuated"; undated or told at its day), and the sentence after it a count's change ("the number ...",
"cases have doubled", "2,000 new claims were filed": the tally's own noun) over a trailing period ("in the past
week", "over the last few days", "this week alone"); a sentence after the lead about anything else ("In the past
week, the ministry sent two more teams") keeps its own date (:func:`running_count_of_lead`).

The reading marks the lead and that sentence with one ``Mention.one_of`` (:data:`.predicates.RUNNING_COUNT`), which
the merger reads (:func:`.predicates.one_of_agrees`); the lead's day dates the event.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.extract.predicates import RUNNING_COUNT
from timeline.model import Precision

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["running_count_of_lead"]

#: A period that runs up to the writing: "in the past week", "over the last few days", "during the previous 24 hours".
_TRAILING = re.compile(r"(?i)\b(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:few\s+|several\s+|two\s+|"
                       r"three\s+|seven\s+|\d+\s+)?(?:weeks?|days|months?|fortnight|24\s+hours|48\s+hours)\b|"
                       r"\bthis\s+(?:week|month)\s+alone\b|\bso\s+far\s+this\s+(?:week|month)\b")
#: A tally: a figure of cases, deaths or infections ("9,000 cases", "1,200 confirmed infections", "40 deaths"), or of
#: another thing counted, its noun after the figure ("3,000 people", "65 arrests") or before a verb reaching it
#: ("Claims ... have reached 12,000"); a span of time counts nothing ("for 10 years").
_TALLY = re.compile(r"(?i)\b\d[\d,.]*\s+(?:(?:new|more|confirmed|suspected|reported|known|probable|people|of)\s+){0,2}"
                    r"(?P<noun>cases|deaths|infections|fatalities|infected|dead|died|killed|patients|people|"
                    r"(?!(?:years|months|weeks|days|hours|minutes|seconds|times|decades)\b)[a-z]{3,}s)\b|"
                    r"\b(?P<subject>(?!(?:years|months|weeks|days|hours|times)\b)[a-z]{3,}s)\b[^.;!?]{0,40}?\b(?:reached|"
                    r"risen\s+to|rose\s+to|climbed\s+to|stood\s+at|stands\s+at|totalled|totaled|topped|passed)\s+\d")
#: A count changing: its noun, or a verb of infecting or dying that a count's change tells.
_COUNT = re.compile(r"(?i)\b(?:number|numbers|tally|toll|count|cases|deaths|infections|infected|fatalities)\b")
#: How many sentences after the lead's the running count may stand (a caption or a byline run in between).
_NEXT = 8
#: The page's top: its first sentences holding a date (headline, standfirst, lead), where the tally is given; and how
#: many of the next such sentences may tell its running count.
_TOP = 3
_AFTER = 2
#: How far before its date expression a trailing period's words begin ("in the past" before "week"), and how far after
#: it they end ("alone" after "this week").
_BEFORE = 20
_AFTER_DATE = 7


def _trailing(m: Mention, text: str) -> bool:
    begin, end = m.date
    return end > 0 and _TRAILING.search(text, max(m.start, begin - _BEFORE), min(m.end, end + _AFTER_DATE)) is not None


def running_count_of_lead(found: list[Mention], text: str) -> list[Mention]:
    """``found`` with ``one_of`` set on the page top's tally (an undated lead's, or one told at its day) and a
    sentence just after it that tells the count's change over a trailing period (see the module's docstring)."""
    sentences = sorted({m.sentence for m in found})
    tally = next((m for m in found if m.sentence in sentences[:_TOP] and m.main and not m.one_of
                  and m.when.precision.rank >= Precision.DAY.rank and _TALLY.search(text, m.start, m.end)), None)
    if tally is None:
        return found
    counted = _TALLY.search(text, tally.start, tally.end)
    noun = (counted.group("noun") or counted.group("subject") or "").lower()
    # The count named again: a count's noun, or the tally's own ("claims" ... "2,000 new claims were filed").
    names_count = re.compile(_COUNT.pattern + (r"|(?i:\b" + re.escape(noun[:4]) + r"[a-z]*\b)" if len(noun) >= 4 else ""))
    after = [s for s in sentences if s > tally.sentence][:_AFTER]
    for m in found:
        if m.sentence not in after or m.sentence - tally.sentence > _NEXT or m.one_of or not m.main or m.told:
            continue
        if m.when.start > tally.when.start or not (_trailing(m, text) and names_count.search(text, m.start, m.end)):
            continue
        m.one_of = tally.one_of = tally.one_of or f"{RUNNING_COUNT}{tally.key[:10]}:{tally.start}"
        # Its period only tells how the count got where the lead says it stands: the event's date is the lead's
        # (a merged event takes a main clause's date over a lead's stand-in).
        m.main = False
    return found
