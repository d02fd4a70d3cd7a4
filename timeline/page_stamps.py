"""The moment a news page stamps itself with, read from the stamp's words.

Pages print when they were published, and often when they were updated, beside the headline:
"Published 6:15 PM EDT, Thu April 2, 2026", "April 2, 2026 at 6:15 p.m. ET", "2 April 2026 • 18:15 BST",
"Thu 2 Apr 2026 18.15 BST", and, copied from a wire page, "March 3, 20263:12 AM UTC" with the year run into
the clock. Every "tonight", "this morning" and clock time of the story counts from that moment, so both of its
readers take it from here: the document reader, when a page's text is all that says when it was published, and
the furniture finder, which adds a stamp's clock time to a publication day given without one.

A moment carries the offset its zone had on that date: "ET" is -05:00 on March 3, 2026 and -04:00 on April 2
(the zone database decides, as it does for the tagger's "5 p.m. ET"), "EDT" is -04:00 whatever the date. A stamp
whose date is impossible, whose weekday is not its date's, or whose clock cannot be read gives no moment: a
wrong time would move the story's relative dates without a trace.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from timeline.calendar_words import FIXED_ZONES, LOCAL_ZONES, MONTH_PATTERN, MONTHS, WEEKDAYS, WIRE_ZONES
from timeline.errors import DateError

#: Every zone a stamp names, to its fixed offset in minutes or the IANA zone that follows summer time.
STAMP_ZONES: dict[str, int | str] = FIXED_ZONES | WIRE_ZONES | LOCAL_ZONES
#: The zones as a regex alternation, longest first so that "EDT" is not read as "ET".
STAMP_ZONE_PATTERN = "(?:" + "|".join(sorted(STAMP_ZONES, key=len, reverse=True)) + ")"

_WEEKDAY = (r"(?P<weekday>Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|"
            r"Sat(?:urday)?|Sun(?:day)?)\.?,?\s+")
# A copied stamp runs the year into its clock ("March 3, 20263:12 AM"): four digits, then a clock or no digit.
_YEAR = r"(?P<year>(?:19|20)\d\d)(?:(?!\d)|(?=\d{1,2}[:.]\d\d))"
_DATE = re.compile(
    rf"(?<!\w)(?:{_WEEKDAY})?(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{MONTH_PATTERN})\.?,?"
    rf"|(?P<month_first>{MONTH_PATTERN})\.?\s+(?P<day_second>\d{{1,2}})(?:st|nd|rd|th)?,?)\s+{_YEAR}")
#: A clock with its zone: "6:15 p.m. EDT", "18.15 BST", "6 AM ET" (an hour alone needs its AM or PM).
_CLOCK = (rf"(?P<hour>\d{{1,2}})(?:(?:[:.](?P<minute>\d\d)(?!\d))(?:\s*(?P<half>[AaPp])\.?\s?[Mm]\.?(?![a-z]))?"
          rf"|\s*(?P<half_only>[AaPp])\.?\s?[Mm]\.?(?![a-z]))(?:\s*(?P<zone>{STAMP_ZONE_PATTERN})(?![a-z]))?")
#: What stands between a stamp's date and its clock: "2026 at 6:15", "2026; 4:43", "2026 • 18:15", "20263:12".
_GAP = r"[ \t,;|•·—–-]*(?:at\s+)?"
_CLOCK_AFTER = re.compile(_GAP + _CLOCK)
_CLOCK_BEFORE = re.compile(rf"(?<![\d:.]){_CLOCK}[ \t,;|•·—–-]*(?:on\s+)?$")
#: The label before a stamp: the publication ("Published", "First published on", "Posted") or a later edit.
_LABEL = re.compile(r"(?i)\b(?:(?P<published>(?:first\s+)?published|posted)|updated|modified|edited)\b")


@dataclass(frozen=True, slots=True)
class Stamp:
    """A date with its clock time in ``text[start:end]``; ``moment`` has its zone's offset when one is named."""

    start: int
    end: int
    moment: dt.datetime
    #: labelled as the publication ("Published ...", "First published on ..."), not an update
    published: bool


def stamps(text: str) -> list[Stamp]:
    """Every date in ``text`` written with its clock time, in order; dates and clocks that cannot be are left out."""
    out: list[Stamp] = []
    for date in _DATE.finditer(text):
        day = _day(date)
        after = _CLOCK_AFTER.match(text, date.end())
        before = _CLOCK_BEFORE.search(text, max(0, date.start() - 40), date.start())
        # "07:41 GMT, Wednesday, 9 June 2010 08:41 UK": the clock that names its zone
        clock = next((c for c in (after, before) if c and c["zone"]), after or before)
        moment = _moment(day, clock) if day is not None and clock is not None else None
        if moment is None:
            continue
        start = min(date.start(), clock.start())
        out.append(Stamp(start, max(date.end(), clock.end()), moment,
                         publication_label(text[out[-1].end if out else 0:start])))
    return out


def publication_label(before: str) -> bool:
    """Whether the words before a stamp label it as the publication ("Published", "First published on") rather than
    as an update ("Updated", "Last modified") or not at all."""
    labels = list(_LABEL.finditer(before))
    return bool(labels) and labels[-1]["published"] is not None


def stamp_moment(text: str) -> dt.datetime | None:
    """The moment a stamp states; of a publication and an update in one line, the publication's."""
    found = stamps(text)
    return next((s.moment for s in found if s.published), found[0].moment if found else None)


def _day(date: re.Match[str]) -> dt.date | None:
    month = date["month"] or date["month_first"]
    try:
        day = dt.date(int(date["year"]), MONTHS[month[:3].lower()], int(date["day"] or date["day_second"]))
    except (ValueError, KeyError):
        return None
    weekday = date["weekday"]
    if weekday and WEEKDAYS[weekday.lower()] != day.weekday():
        return None  # "Fri April 2, 2026" is no real day: trust neither half
    return day


def _moment(day: dt.date, clock: re.Match[str]) -> dt.datetime | None:
    hour, minute = int(clock["hour"]), int(clock["minute"] or 0)
    half = clock["half"] or clock["half_only"]
    if half and not (half in "Pp" and 12 < hour < 24):  # "14:07 PM" is a 24-hour clock with a stray PM
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half in "Pp" else 0)
    if hour > 23 or minute > 59:
        return None
    local = dt.datetime(day.year, day.month, day.day, hour, minute)
    return local if clock["zone"] is None else zoned(local, clock["zone"])


def zoned(local: dt.datetime, name: str) -> dt.datetime | None:
    """``local`` in the stamp zone ``name``, with the fixed offset that zone had then.

    Without the zone database (a machine that has neither the system's nor the ``tzdata`` package) a zone that
    follows summer time gives nothing rather than a guess.
    """
    from timeline.when import zone_offset_minutes

    try:
        minutes = zone_offset_minutes(STAMP_ZONES[name], local)
    except DateError:
        return None
    return local.replace(tzinfo=dt.timezone(dt.timedelta(minutes=minutes)))
