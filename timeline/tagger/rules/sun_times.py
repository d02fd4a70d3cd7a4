"""Parts of the day the sun names: "at dawn", "by nightfall", "shortly after sunrise", "dawn
Wednesday". TIMEX3 values them as the parts of the day they open or close: dawn, daybreak and
sunrise a morning ("MO"), dusk, sunset and nightfall an evening ("EV").

The words are also names ("Dawn", a newspaper and a first name; "Sunrise", a show), figures ("the
dawn of the oil age", "from dawn to dusk", "dawn broke") and habits ("At dusk they screech away"):
a bare one is a time only in lower case, after a preposition of time, and with a day to put it on
(see :func:`sun_ok` and the part-of-day rule that resolves it).
"""

from __future__ import annotations

import re

#: the words and their parts of the day
SUN_PARTS = {"dawn": "MO", "daybreak": "MO", "sunrise": "MO", "dusk": "EV", "sunset": "EV", "nightfall": "EV"}
SUN = "(?:" + "|".join(SUN_PARTS) + ")"  # lower case only: "Dawn" and "Sunrise" are names more often than times

# "at dawn", "by nightfall", "shortly after sunrise", "until well after sunrise", "before dawn"
_PREP_BEFORE = re.compile(r"(?i)\b(?:at|by|before|after|until|till|around|toward|towards|near)\s"
                          r"(?:(?:shortly|just|well|long|soon|right)\s)?$")
# "from dawn to dusk", "dawn till dusk": every day's length, no day
_SPAN_AFTER = re.compile(rf"\s(?:to|till|until|and)\s(?:the\s)?{SUN}\b")
_SPAN_BEFORE = re.compile(rf"\b{SUN}\s(?:to|till|until|and)\s$")


def sun_ok(text: str, start: int, end: int) -> bool:
    """Is a bare sun word (no day written with it) a time of a day: lower case, after a preposition
    of time ("at dawn", "shortly after sunrise"), and not one end of a day's span ("from dawn to dusk")?"""
    return bool(_PREP_BEFORE.search(text, max(0, start - 20), start)) and not _SPAN_AFTER.match(text, end) \
        and not _SPAN_BEFORE.search(text, max(0, start - 20), start)
