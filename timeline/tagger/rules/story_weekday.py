"""A weekday on the story's own day, when the page came out the day after it.

A report published on Friday about Thursday's news says "BP said on Thursday ..." and then, in
the present or future of that day, "it hopes to resume pumping Thursday night". Read from the
publication day, a coming Thursday is six days off, which news would call "next Thursday"; the
writer meant the day the story already told. Only that day: a weekday read as the day before the
report earlier on the page, and now read as the same weekday a week ahead, is that day again.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.tagger.context import Context

# "Wednesday next week", "Thursday of next week": a week ahead, said so
NEXT_WEEK_AFTER = re.compile(r"(?i),?\s(?:of\s)?next\sweek\b")


def on_story_day(cx: Context, wd: int, day: dt.date, end: int) -> dt.date:
    """``day`` for a bare weekday, or the story's day before the report when the page already told
    this weekday as that day and ``day`` is the same weekday six days ahead."""
    yesterday = cx.dct - dt.timedelta(days=1)
    if (day - cx.dct).days == 6 and cx.weekdays_told.get(wd) == yesterday and not NEXT_WEEK_AFTER.match(cx.text, end):
        return yesterday
    return day


# "the Friday trip", "the Monday session": a weekday owning a noun after "the" names a day the page
# already told ("will visit on Friday. The Friday trip ..."); "the Friday before the vote" is
# another Friday, counted from something else.
_THE_BEFORE = re.compile(r"(?i)\bthe\s$")
_NOUN_AFTER = re.compile(r"\s(?!(?:before|after|of|that|when|following|prior|preceding|previous|next|last|and|or|to|"
                         r"in|on|at|by|for|night|morning|afternoon|evening)\b)[a-z]{3,}\b")


def told_before_noun(cx: Context, wd: int, start: int, end: int) -> dt.date | None:
    """The day already told for weekday ``wd`` when it stands between "the" and a noun."""
    if not _THE_BEFORE.search(cx.text, max(0, start - 4), start) or not _NOUN_AFTER.match(cx.text, end):
        return None
    return cx.weekdays_told.get(wd)
