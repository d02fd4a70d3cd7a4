"""The last day the story itself told, as against a background date that names a done event.

"Obama will address the nation Tuesday night about the April 20 explosion. The 8 p.m. speech
will ... The next day, he will meet BP's chairman": "April 20" is the explosion's day, which the
sentence mentions in passing; the story goes on on Tuesday, so the bare clock is Tuesday's and
"the next day" is Wednesday. A date is background when it premodifies or follows a done event
("the April 20 blast", "the blast on 20 April") or follows "since"/"after"/"before".
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.tagger.context import Context, DayTold
from timeline.tagger.lexicon import SP
from timeline.tagger.rules.event_nouns import EVENT_BEFORE, EVENT_NAMED
from timeline.tagger.rules.fragments import DAY, MOND


def background_date(cx: Context, pos: int) -> bool:
    """Does the date written at ``pos`` name a done event rather than the story's day?"""
    return bool(re.search(r"(?i)\b(?:since|after|before)\s(?:the\s)?$", cx.text[max(0, pos - 10):pos])
                or EVENT_NAMED.match(cx.text, pos + len(date_words(cx.text, pos)))
                or EVENT_BEFORE.search(cx.text, max(0, pos - 24), pos))


def date_words(text: str, pos: int) -> str:
    """The words of a date named at ``pos`` ("April 20", "20 April"), to look at what follows it."""
    m = re.match(rf"(?:{MOND}\.?{SP}{DAY}|{DAY}{SP}{MOND}\.?|\w+)", text[pos:pos + 24])
    return m.group() if m else ""


def note_foreground_day(cx: Context, start: int, end: int, day: dt.date) -> None:
    """Called for every date of a day's precision as it becomes the anchor."""
    if not background_date(cx, start):
        cx.foreground_day = DayTold(start, end, day)


def foreground_day(cx: Context, pos: int, reach: int) -> DayTold | None:
    """The story's own last day, when a background date came after it and it was told at most
    ``reach`` characters before ``pos`` with no paragraph break between."""
    f = cx.foreground_day
    if f is None or cx.anchor_pos <= f.start or not 0 < pos - f.start <= reach or "\n\n" in cx.text[f.start:pos]:
        return None
    return f
