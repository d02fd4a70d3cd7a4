"""The day an order or a request names: "On Tuesday the judge ordered BP to appear on Friday",
"officials told the crews to leave by Sunday".

The order is past, what it orders comes after it: the first such weekday after the day the
sentence gives the order (told before the weekday), else, with no day told, a day or a few ahead
of the report or the days just gone, as a plan told in the past is (see
:func:`~timeline.tagger.rules.plan_days.plan_told_in_past`). A perfect ("has ordered BP to
appear on Friday") is an order still standing: its clause's tense decides.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.tagger.context import Context

# the directive verb, its object (a few words) and its infinitive's words up to the weekday
_DIRECTED_TO = re.compile(
    r"(?i)(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)\b(?:ordered|told|asked|instructed|directed|urged|required|pressed|"
    r"commanded|called\son)\s(?:(?!(?:to|and|but|that)\s)[\w'’.-]+\s){1,4}?to\s"
    r"(?:(?!(?:and|but|after|when|because|while|before|as|said|says)\s)[\w'’-]+\s){1,7}"
    r"(?:(?:on|by|until|till|before|from)\s)?$")


def directed_day(cx: Context, wd: int, start: int) -> dt.date | None:
    """The weekday ``wd`` at ``start`` when it is the day an order told in the past names, else None."""
    m = _DIRECTED_TO.search(cx.text, max(0, start - 120), start)
    if m is None:
        return None
    verb_at = m.start()
    sentence_start = max(cx.text.rfind(". ", 0, verb_at), cx.text.rfind("\n", 0, verb_at)) + 1
    d = cx.day_anchor
    if d is not None and sentence_start <= cx.day_anchor_pos < start and d.date <= cx.dct:
        # "On Tuesday the judge ordered BP to appear on Friday": the Friday after that Tuesday
        return d.date + dt.timedelta(days=(wd - d.date.weekday()) % 7 or 7)
    ahead = (wd - cx.dct.weekday()) % 7
    return cx.dct + dt.timedelta(days=ahead) if ahead <= 4 else cx.dct - dt.timedelta(days=7 - ahead)
