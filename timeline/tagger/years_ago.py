"""A yearless date told right after "N years ago": "Three years ago on May 4, the plant exploded",
"Two years ago in June, floods hit".

The "ago" phrase names how far back the story lies; the date after it is that year's, not the
year of the DCT, which is where a bare date would otherwise be read. Of the date's occurrences,
the one nearest to the DCT moved back N years is taken ("a year ago in December", told in
January, is the December thirteen months back).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from timeline.tagger.lexicon import NUM, number

if TYPE_CHECKING:
    from timeline.tagger.context import Context

# "ago" and a preposition at most between the phrase and the date; a comma is allowed ("Two
# years ago, on May 4"), a verb or a clause is not ("two years ago he said on May 4")
_YEARS_AGO_BEFORE = re.compile(rf"\b(?P<n>{NUM}|(?i:an?))\s(?i:years?)\s(?i:ago),?\s(?:(?i:on|in|at|around|by|during|this|last)\s)?$")


def year_back(cx: Context, month: int, day: int | None, start: int) -> int | None:
    """The year of a yearless (month, day) written just after "N years ago", else None."""
    said = _YEARS_AGO_BEFORE.search(cx.text, max(0, start - 40), start)
    if said is None:
        return None
    n = 1 if said["n"].lower() in ("a", "an") else number(said["n"].lower())
    if n is None or n != int(n) or not 0 < n < 200:
        return None
    target = cx.dct.year - int(n)
    told = dt.date(target, cx.dct.month, min(cx.dct.day, 28))
    years = (target - 1, target, target + 1)
    return min(years, key=lambda y: abs((dt.date(y, month, min(day or 15, 28)) - told).days))
