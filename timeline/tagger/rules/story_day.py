"""The day or period a story is telling at a point of the text: a clock time without a date
belongs to it ("at 10pm" after "on Tuesday").
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.tagger.context import Anchor, Context
from timeline.tagger.rules.foreground_day import background_date, foreground_day
from timeline.tagger.rules.year_choice import CLOCKISH


def _label_or_market(cx: Context, start: int, end: int) -> bool:
    """Is a clock time a live-page label or a listing ("3.50 pm: The committee ...", "10.45am-6.30
    pm BBC RADIO"), or the time of a market report ("shares traded down 6.8 percent at 1516 GMT")?
    Such a time is on the report's day, whatever day the story was telling."""
    if _LABEL_AFTER.match(cx.text, end) or re.search(r"\d[.:]\d\d\s?[-–]\s?$", cx.text[max(0, start - 8):start]) \
            or re.search(r"(?:^|\n)[ \t]*(?:\d[\d.:apm -]*)?$", cx.text[max(0, start - 12):start]):
        return True
    sentence = re.split(r"(?<=[.!?])\s", cx.text[max(0, start - 160):end + 100])
    return bool(MARKET.search(" ".join(p for p in sentence if cx.text[start:end] in p)))


def story_period(cx: Context, start: int, end: int) -> str | None:
    """A past year, month or season the story is telling, named a sentence or two before a clock
    time in a past clause ("In 1989 the tanker ran aground at 10 p.m."): the time is on some day of
    it, not on the report's day."""
    a = cx.anchor
    if a is None or a.precision not in ("year", "month", "season", "quarter", "half") or not 0 < start - cx.anchor_pos <= 320:
        return None
    if a.value[:4] == str(cx.dct.year) and (a.precision == "year" or a.value[:7] == cx.dct.isoformat()[:7]):
        return None  # the report's own year or month holds the report's day
    between = cx.text[cx.anchor_pos:start]
    if "\n\n" in between or len(re.findall(r"[.!?]\s", unabbreviate_clock(between))) > 1:
        return None
    return a.value if cx.tense(start, end) == "past" and not _label_or_market(cx, start, end) else None


_LABEL_AFTER = re.compile(r"\s{0,2}(?:[-–—:|]|\()")


def story_day(cx: Context, start: int, end: int) -> dt.date | None:
    """The day a bare clock time is on when the story is telling another day than the report's:
    "On Monday, a fire broke out at the mill. Crews arrived at 10:30 p.m." is Monday night. The
    day must be the last date named, a sentence or two before, on the same side of the DCT as
    the time's own clause ("The vote is on Friday. Polls open at 7 a.m."); a live-page label
    ("3.50 pm: ..."), a listing line or a clause that turns to the report's day keeps the DCT."""
    a, a_pos = cx.anchor, cx.anchor_pos
    if a is not None and a.precision == "day" and background_date(cx, a_pos):
        # "since 20 April", "the April 20 blast": a background date, not the story's day, which is
        # the day told before it, if any ("will speak Tuesday night about the April 20 blast")
        # (not after a clock: "worked until after midnight" is no background date)
        f = foreground_day(cx, start, 320) if cx.clock_pos != a_pos else None
        if f is None:
            return None
        a, a_pos = Anchor(f.date.isoformat(), f.date, "day"), f.start
    # a past story told hour by hour ("By 1 a.m., on April 20, ... at 5:44 a.m. ... By 8 p.m.")
    # stays on its day for as long as no other date is named
    hourly = a is not None and a.date < cx.dct and bool(CLOCKISH.match(cx.text, a_pos))
    if a is None or a.precision != "day" or a.date == cx.dct or not 0 < start - a_pos <= (4000 if hourly else 320):
        return None
    between = cx.text[a_pos:start]
    if "\n\n" in between or (not hourly and len(re.findall(r"[.!?]\s", unabbreviate_clock(between))) > 2):
        return None
    if _label_or_market(cx, start, end):
        return None
    # the time's own sentence decides (a period after a day number, "March 16.", must end it)
    left = cx.text[max(0, start - 200):start]
    cut = max((b.end() for b in re.finditer(r"[.!?]\s", unabbreviate_clock(left))), default=0)
    sentence = Context(text=left[cut:] + cx.text[start:end + 200], dct=cx.dct, dct_time=None, timezone=None)
    tense = sentence.toward(len(left) - cut, len(left) - cut + end - start)  # ("By 8 p.m., the test had ended")
    # a story about an earlier day is told in the past; one about a day ahead is not. A date that
    # opens the line and the time's own sentence is the entry's heading ("13 October 2011 Fans
    # line up from 7:30 am"): whatever the tense of a dated log's entry, its clock is that day's
    heading = a.date < cx.dct and len(left) - cut >= start - a_pos and _opens_line(cx.text, a_pos)
    if not heading and ((a.date < cx.dct and tense != "past") or (a.date > cx.dct and tense == "past")):
        return None
    return a.date


def _opens_line(text: str, pos: int) -> bool:
    """Does the date at ``pos`` open its line (a log entry's or a chronology's heading)?"""
    return not text[text.rfind("\n", 0, pos) + 1:pos].strip(" *-•\t")


MARKET = re.compile(r"(?i)\b(?:shares|stocks?|index|pence|traded|trading|futures|crude prices|the dollar|the euro)\b")


def unabbreviate_clock(span: str) -> str:
    """``span`` with blanks for the periods of "a.m.", "p.m." and abbreviations, which end no
    sentence (same length: offsets still hold)."""
    return re.sub(r"(?i)\b(?:[ap]\.m|jan|feb|mar|apr|aug|sept?|oct|nov|dec|mr|mrs|ms|dr|st|gen|gov|sen|rep)\.",
                  lambda m: m.group()[:-1] + " ", span)
