"""The day a live page says its text is from, when that is not the day it was published.

A live page is often filed again the morning after as the record of the day before: "All Thursday's live updates as
they happened", dated Friday by its front matter. Its "today", "this morning", bare clock times and undated sayings
are Thursday's, its "yesterday" is Wednesday: the page is told from the day its heading names, not from its date.
The heading names that day by its weekday, the nearest such weekday before the publication (a live page is
re-filed within the week); a heading naming the publication's own weekday says nothing new.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.calendar_words import WEEKDAY_NAME_PATTERN, WEEKDAYS

__all__ = ["stated_day"]

#: "All Thursday's live updates as they happened", "Tuesday's events as they happened", "Friday's live coverage as
#: it happened": a weekday owning the page's record of the day, told as past.
_STATED = re.compile(rf"\b(?:[Aa]ll\s+)?({WEEKDAY_NAME_PATTERN})'s\s+(?:live\s+)?"
                     r"(?:updates|coverage|events|developments|news|blog|reports?)\s+as\s+(?:they|it)\s+happened\b")
#: How far into the page its heading can be: the title, the standfirst and the opening lines.
_HEADING_REACH = 600


def stated_day(title: str | None, text: str, published: dt.date) -> dt.date | None:
    """The day before ``published`` that the page's heading says its live text is from, if it names one."""
    for heading in (title or "", text[:_HEADING_REACH]):
        m = _STATED.search(heading)
        if m is None:
            continue
        back = (published.weekday() - WEEKDAYS[m.group(1).lower()]) % 7
        return published - dt.timedelta(days=back) if back else None
    return None
