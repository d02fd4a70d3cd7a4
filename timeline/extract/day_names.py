"""Days written as the name of what happened on them (issue 16: dates right).

"The senator likened the damage to the shock of 9/11", "a fund for victims of 9/11", "the 9/11 Commission", "an
environmental 9/11", "security was tightened after 9/11": a month and day written with a slash and no year is the
name news gives a happening (the attacks), used as a noun. It says what is talked about, not when the clause's verb
happened; the likening or the tightening placed on the attacks' day states a later act as the attacks'
(:func:`day_name`). Only "on 9/11" places the clause at that day; a happening noun after it ("the 9/11 attacks")
is the happening's own phrase, which :mod:`.happenings` dates.

A full date whose year news sets off by commas before a noun ("victims of the Sept. 11, 2001, attacks") is read by
:func:`.happenings.happening_of` as the noun's, as "the Sept. 11 attacks" is.
"""

from __future__ import annotations

import re

__all__ = ["day_name"]

#: A month and day written with a slash, no year: "9/11", "7/7".
_SLASH_DAY = re.compile(r"\d{1,2}/\d{1,2}")
#: "on 9/11": the day itself, which places what happened on it.
_ON_BEFORE = re.compile(r"(?i)\bon\s+$")
#: A happening's noun right after the name: "the 9/11 attacks", "the 7/7 bombings" (:mod:`.happenings` dates it).
_HAPPENING_AFTER = re.compile(r"(?i)\s+(?:[a-z]+\s+)?(?:attacks?|bombings?|atrocit(?:y|ies)|hijackings?|terror\s+attacks?)\b")


def day_name(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the slash date ``text[start:end]`` ("9/11") is the name of a happening, not the clause's day."""
    if not _SLASH_DAY.fullmatch(text[start:end]):
        return False
    if _ON_BEFORE.search(text, max(sentence_start, start - 4), start):
        return False
    return _HAPPENING_AFTER.match(text, end, min(len(text), end + 40)) is None
