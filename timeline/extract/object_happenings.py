"""A happening dated as a verb's object: "survived the explosion on 20 April" (issue 16: dates counted from another).

:mod:`.offsets` reckons "three months before the disaster" from a mention that dates the disaster: one whose date
belongs to the happening's noun ("the April 20 explosion", "since the explosion on 20 April"), or one whose verb tells
it ("the rig exploded on 20 April"). A story may date its disaster only as the object of another act:

    Williams managed to survive the explosion on 20 April by jumping from the burning rig.
    He told investigators that three months before the disaster he had been warned the valve could fail.

The survival is of the explosion's day, and the date after the noun is the explosion's: the mention dates the
happening its object names (:func:`object_happening`). Only a date that names its day or month counts ("on 20 April",
"of April 20"): "the spill on Tuesday" may be another Tuesday's news of a spill that lasts for months.
"""

from __future__ import annotations

import re

from timeline.calendar_words import MONTH_PATTERN
from timeline.extract.happenings import EVENT_NOUNS, stem

__all__ = ["object_happening"]

#: A happening's noun right before its date, which names a month: "the explosion on 20 April", "the blast of April 20".
_NOUN_BEFORE = re.compile(r"\b(?P<noun>" + "|".join(sorted(EVENT_NOUNS, key=len, reverse=True)) + r")\s+(?:on|of)\s+$")
_NAMED_MONTH = re.compile(r"\b(?:" + MONTH_PATTERN + r")\b")


def object_happening(text: str, date: tuple[int, int]) -> str:
    """The stem of the happening whose noun stands right before the date at ``date`` in ``text`` ("expl" for "the
    explosion on 20 April"), or "" when no happening's noun does or the date names no month."""
    start, end = date
    if end <= start or not _NAMED_MONTH.search(text, start, end):
        return ""
    m = _NOUN_BEFORE.search(text, max(0, start - 30), start)
    return stem(m.group("noun")) if m else ""
