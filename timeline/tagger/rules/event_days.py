"""The day the text gave a death, for an expression that counts from it by name ("the night before
his death", "the day after her death") when other dates were told between.

:func:`timeline.tagger.rules.named_day.note_told_day` remembers the day of a death ("died on June
25"); a story told later names the death, not the date ("He was rehearsing for a tour due to start
on 13 July. The night before his death, he worked late"), and the date nearest before is another's.
Other done events are not looked up: the last one the text dated ("the April 20 explosion") may be
another than the one named ("the day after the spill").
"""

from __future__ import annotations

import datetime as dt

from timeline.tagger.context import Context

#: how far (characters) after the event's day was written a story may still name the event by its noun
REACH = 2500


def event_told(cx: Context, whose: str, noun: str, start: int) -> dt.date | None:
    """The day of the death ("his death") the text dated a little before ``start``, on or before
    the report's day; else None."""
    # (only a death: "the last done event" the text dated may be another than "the spill" named)
    told = cx.event_days.get("death") if noun.lower() == "death" and whose.lower() in ("his", "her", "their") else None
    if told is None or not 0 < start - told.end <= REACH or told.date > cx.dct:
        return None
    return told.date
