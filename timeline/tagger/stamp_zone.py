"""A wire service's zone after a dated stamp's clock: "CAIRO | Wed Apr 29, 2009 11:31 pm IST CAIRO
(Reuters) - ...".

In a story's sentences "IST" (India, Israel, Ireland) and the other continents' abbreviations are
too ambiguous to read, so the clock rule leaves them out; right after a stamp's weekday, date
and clock they are the edition's clock, as :data:`timeline.calendar_words.WIRE_ZONES` records
for page stamps, and TimeML spans the zone with its time as it does "EDT".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from timeline.calendar_words import WIRE_ZONES
from timeline.tagger import values as V

__all__ = ["StampZone", "stamp_zone"]

_WIRE_ZONE_AFTER = re.compile(r" (?P<zone>" + "|".join(z for z in WIRE_ZONES if z.isupper()) + r")(?![\w-])")
_UNZONED_CLOCK = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?")


@dataclass(frozen=True, slots=True)
class StampZone:
    """Where the stamp ends with its zone, and its value with the zone's offset."""

    end: int
    value: str


def stamp_zone(text: str, end: int, value: str) -> StampZone | None:
    """The stamp's zone after a day-and-clock TIME ending at ``end`` whose value has no offset yet."""
    z = _WIRE_ZONE_AFTER.match(text, end)
    if z is None or not _UNZONED_CLOCK.fullmatch(value):
        return None
    offset = V.zone_offset(z["zone"], dt.datetime.fromisoformat(value))
    return StampZone(z.end(), value + offset) if offset else None
