"""Weekdays in a story told day by day, weeks before the report.

A first-person account or a reconstruction names its first day in full, weekday and all
("Very early on Friday, April 24, I put on a mask"), then goes on by bare weekdays told in
the past: "By the end of the first weekend people were calmer. Monday was the first full week
of the outbreak." Those weekdays are the story's, the ones around the day it named, not the
ones before the report: the writer names a date with its weekday exactly when the days that
follow are counted from it. A weekday stays the report's when:

- the story's day lies in the report's week (both readings agree) or after it;
- its clause is a report ("officials said on Monday"): news dates its sources' words by the
  day they spoke, which is the report's week;
- its clause looks ahead or is present ("will meet on Monday", "meets on Monday");
- another date was named since the story's day (:attr:`Context.day_anchor` is the last).

The weekday is the nearest one to the story's day, forward up to four days ("Friday ... On
Monday" is three days on), else back ("Monday ... my mother had died on Saturday"); "the
weekend" is the one after the story's day; "the next day" after it is the Monday.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from timeline.tagger.lexicon import MONTH_ABBR, MONTH_FULL, WEEKDAY_FULL
from timeline.tagger.tense_words import REPORTED, SAYS, WORD_RE, unabbreviate

if TYPE_CHECKING:
    from timeline.tagger.context import Context

#: how far (characters) after the story's day a bare weekday may still be counted from it
REACH = 2500

# "Friday, April 24", "Friday 24 April", "early on Friday, April 24" (a part of the day inside the span)
_NAMED_DAY = re.compile(rf"(?:(?i:early|late|earlier|later)(?: on)? )?(?:{WEEKDAY_FULL}),?[ \t]{{1,3}}(?:{MONTH_FULL}|{MONTH_ABBR}|\d)")
_CLAUSE_BREAK = re.compile(r"[.!?;:\n]\s|[.!?;:\n]$")


def note_day(cx: Context, start: int, day: dt.date) -> None:
    """Called for every date of a day's precision as it becomes the anchor: a day named with its
    weekday opens a story; a day within a week of the story's last day, named soon after it
    ("The next day", "Monday", "at noon"), carries it on."""
    if _NAMED_DAY.match(cx.text, start) or (
            cx.narrated_day is not None and abs((day - cx.narrated_day).days) <= 7 and 0 < start - cx.narrated_pos <= REACH):
        cx.narrated_day, cx.narrated_pos = day, start


def _story_day(cx: Context, start: int, end: int) -> dt.date | None:
    """The story's last day, when the expression at ``start:end`` goes on telling that story."""
    a = cx.day_anchor
    if a is None or cx.anchor is not a or cx.day_anchor_pos != cx.narrated_pos or not 0 < start - cx.narrated_pos <= REACH:
        return None
    if (cx.dct - a.date).days < 7:
        return None
    if cx.text.count("\n\n", cx.narrated_pos, start) > 2:
        return None  # a few paragraphs on, the report's week has come back
    if reported(cx.text, start) or cx.tense(start, end) not in ("past", None) or cx.possible:
        return None
    return a.date


def narrated_weekday(cx: Context, wd: int, start: int, end: int) -> dt.date | None:
    """The day of a bare weekday counted from the story's day (see the module), else None."""
    day = _story_day(cx, start, end)
    if day is None:
        return None
    ahead = (wd - day.weekday()) % 7
    return day + dt.timedelta(days=ahead) if ahead <= 4 else day - dt.timedelta(days=7 - ahead)


def narrated_weekend(cx: Context, start: int, end: int) -> dt.date | None:
    """The Saturday of "the weekend" told in the story ("Thursday, July 15 ... Over the weekend,
    engineers watched the pressure"): the weekend after the story's day, or the one it is in."""
    day = _story_day(cx, start, end)
    if day is None:
        return None
    return day + dt.timedelta(days=5 - day.weekday()) if day.weekday() < 5 else day - dt.timedelta(days=day.weekday() - 5)


def reported(text: str, start: int) -> bool:
    """Is a reporting verb in the weekday's sentence ("officials said on Monday", "Smith told
    reporters Monday")? The news of a source's words is the report's week."""
    left = unabbreviate(text[max(0, start - 160):start])
    cut = 0
    for m in _CLAUSE_BREAK.finditer(left):
        cut = m.end()
    right = re.split(r"[.!?;\n]", text[start:start + 80])[0]
    words = [w.lower() for w in WORD_RE.findall(left[cut:] + " " + right)]
    return any(w in REPORTED or w in SAYS for w in words)
