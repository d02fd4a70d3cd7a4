"""``When``: the one date model of the project.

The tagger produces it, the store parses and validates it, the site displays,
sorts and exports it. It keeps the precision the text really gave ("July 2025"
is a month, never July 1st) because a timeline that invents days misleads its
readers. Nothing here reads the clock: every relative computation happens
elsewhere, anchored on a document's own time.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from timeline.errors import DateError
from timeline.frozen import stored_by_slots


class Precision(StrEnum):
    """How much of a date the source actually stated, coarsest first."""

    CENTURY = "century"
    DECADE = "decade"
    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"
    SEASON = "season"
    MONTH = "month"
    WEEK = "week"
    DAY = "day"
    PART_OF_DAY = "part_of_day"
    HOUR = "hour"
    MINUTE = "minute"
    SECOND = "second"

    #: Coarse to fine (century 0 .. second), set on each member below: a plain
    #: attribute, as it is read ~14 times per event built.
    rank: int

    # A member hashes as its text, in C, as it compares equal to it: Enum's own
    # __hash__ is a Python call on the name, and every When hashes its precision.
    __hash__ = str.__hash__


for _rank, _member in enumerate(Precision):
    _member.rank = _rank
del _rank, _member

# The members as module constants, for the date code below: on Python 3.11
# ``Precision.DAY`` goes through the enum metaclass's ``__getattr__`` hook
# (many times a global's cost), and a date's value, display and span
# compare its precision with up to ten members, for every date of a build.
(_CENTURY, _DECADE, _YEAR, _HALF, _QUARTER, _SEASON, _MONTH, _WEEK, _DAY, _PART_OF_DAY,
 _HOUR, _MINUTE, _SECOND) = Precision

#: Qualifiers an editor may put on a date; they mirror TIMEX3 ``mod`` values.
QUALIFIERS = ("approximate", "early", "mid", "late", "before", "after")
TIMEX_MOD_TO_QUALIFIER = {
    "APPROX": "approximate",
    "START": "early",
    "MID": "mid",
    "END": "late",
    "BEFORE": "before",
    "AFTER": "after",
    "ON_OR_BEFORE": "before",
    "ON_OR_AFTER": "after",
    "LESS_THAN": "before",
    "MORE_THAN": "after",
}
QUALIFIER_TO_TIMEX_MOD = {
    "approximate": "APPROX",
    "early": "START",
    "mid": "MID",
    "late": "END",
    "before": "BEFORE",
    "after": "AFTER",
}

# Season and part-of-day codes are TIMEX3's.
SEASONS = {"SP": (3, "Spring"), "SU": (6, "Summer"), "FA": (9, "Fall"), "WI": (12, "Winter")}
PARTS_OF_DAY = {
    "MO": (6, 12, "morning"),
    "MI": (12, 13, "midday"),
    "AF": (12, 18, "afternoon"),
    "EV": (18, 22, "evening"),
    "NI": (20, 24, "night"),
    "DT": (9, 17, "daytime"),
}
_ORDINALS = {1: "First", 2: "Second", 3: "Third", 4: "Fourth"}

# AP style month abbreviations used with a day ("Feb. 27, 2026").
AP_MONTHS = {
    1: "Jan.", 2: "Feb.", 3: "March", 4: "April", 5: "May", 6: "June",
    7: "July", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec.",
}
AP_WEEKDAYS = ["Mon.", "Tue.", "Wed.", "Thu.", "Fri.", "Sat.", "Sun."]

# Conventional newsroom abbreviations for zones whose tzname() is ambiguous
# ("EST"/"EDT" are both "ET" to a reader who just wants the local time).
ZONE_ABBREVIATIONS = {
    "America/New_York": "ET",
    "US/Eastern": "ET",
    "America/Detroit": "ET",
    "America/Chicago": "CT",
    "US/Central": "CT",
    "America/Denver": "MT",
    "US/Mountain": "MT",
    "America/Phoenix": "MT",
    "America/Los_Angeles": "PT",
    "US/Pacific": "PT",
    "UTC": "UTC",
    "Etc/UTC": "UTC",
}

_ISO_RE = re.compile(
    r"""
    (?P<year>\d{4})
    (?:
        -(?P<part>Q[1-4]|H[12]|SP|SU|FA|WI)
      | -W(?P<week>\d{2})
      | -(?P<month>\d{2})
        (?:-(?P<day>\d{2})
           (?:T(?:(?P<pod>MO|MI|AF|EV|NI|DT)
                 |(?P<hour>\d{2})(?::(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?
                  (?P<offset>Z|[+-]\d{2}(?::?\d{2})?)?)
           )?
        )?
    )?
    """,
    re.VERBOSE | re.ASCII,
)
# ASCII digits only: int() would happily read Devanagari or full-width digits.
_DECADE_RE = re.compile(r"(?P<century>\d{2})(?P<decade>\d)?", re.ASCII)


def zone_offset_minutes(spec: int | str, local: dt.datetime) -> int:
    """Minutes east of UTC of a zone at the local time ``local``: ``spec`` is a fixed offset in minutes, or an IANA
    name whose offset follows summer time ("America/New_York" is -300 in February, -240 in July). The one reading
    of the news zones' table (:data:`timeline.calendar_words.NEWS_ZONES`) for the tagger and the page stamps."""
    if isinstance(spec, int):
        return spec
    return int(local.replace(tzinfo=zone(spec)).utcoffset().total_seconds() // 60)


def zone(name: str) -> ZoneInfo:
    """Load an IANA zone, turning an unknown name into a clear :class:`DateError`."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:  # "America" is a folder: IsADirectoryError
        raise DateError(f"unknown time zone {name!r} (use an IANA name such as 'America/New_York')") from exc


def _parse_offset(text: str) -> int:
    if text == "Z":
        return 0
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours = int(digits[:2])
    minutes = int(digits[2:4] or 0)
    if hours > 14 or minutes > 59:
        raise DateError(f"impossible UTC offset {text!r}")
    return sign * (hours * 60 + minutes)


def format_offset(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


class SortKey(NamedTuple):
    """Where a date sits in timeline order (:meth:`When.sort_key`); keys compare as tuples."""

    start_utc: dt.datetime
    #: coarser precision first (:attr:`Precision.rank`)
    rank: int
    #: then the shorter span
    end: dt.datetime


_tuple_new = tuple.__new__


@stored_by_slots
@dataclass(frozen=True, slots=True)
class When:
    """A point in time at the precision the source gave, as an interval.

    ``part`` holds the quarter/half/season code (``Q4``, ``H1``, ``SU``) or the
    part of day (``EV``). ``timezone`` is an IANA name; ``offset`` is minutes
    east of UTC when the value carried one. Either or neither may be known.
    """

    precision: Precision
    year: int
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    week: int | None = None
    part: str | None = None
    timezone: str | None = None
    offset: int | None = None
    qualifier: str | None = None

    # ------------------------------------------------------------------ parsing
    @classmethod
    def parse(cls, text: str, timezone: str | None = None, qualifier: str | None = None) -> When:
        """Parse an ISO 8601 / TIMEX3 value at its own precision (see :meth:`_parse`).

        The interval is computed once here so that a value whose span runs past
        the calendar's end (``9999-12-31``, century ``99``) is a :class:`DateError`
        at parse time rather than a crash later in sorting or display.
        """
        when = cls._parse(text, timezone, qualifier)
        try:
            _interval(when)
        except (ValueError, OverflowError) as exc:
            raise DateError(f"date out of range {text.strip()!r}: the latest date timeline can hold is 9999-12-30") from exc
        return when

    @classmethod
    def _parse(cls, text: str, timezone: str | None, qualifier: str | None) -> When:
        """Parse an ISO 8601 / TIMEX3 value at its own precision.

        Accepts ``19`` (century), ``199`` (decade), ``2021``, ``2025-Q4``,
        ``2025-H1``, ``2025-SU``, ``2025-07``, ``2026-W09``, ``2026-02-27``,
        ``2026-02-27TEV``, ``2026-02-27T17``, ``2026-02-27T17:01``,
        ``2026-02-27T17:01:30`` and any of the time forms with ``Z`` or an
        offset. Raises :class:`DateError` for malformed or impossible values.
        """
        if not isinstance(text, str):
            raise DateError(f"expected a date string, got {type(text).__name__}")
        text = text.strip()
        if timezone is not None:
            zone(timezone)  # validate early, with a clear message
        if qualifier is not None and qualifier not in QUALIFIERS:
            raise DateError(f"unknown qualifier {qualifier!r} (expected one of {', '.join(QUALIFIERS)})")
        m = _DECADE_RE.fullmatch(text)
        if m:
            century = int(m["century"])
            if m["decade"] is None:
                return cls(_CENTURY, century * 100, timezone=timezone, qualifier=qualifier)
            return cls(_DECADE, century * 100 + int(m["decade"]) * 10, timezone=timezone, qualifier=qualifier)
        m = _ISO_RE.fullmatch(text)
        if not m:
            raise DateError(
                f"invalid date {text!r}: expected ISO 8601 at its precision, such as "
                "2021, 2025-07, 2025-Q4, 2026-W09, 2026-02-27 or 2026-02-27T17:01-05:00"
            )
        year = int(m["year"])
        if year < 1:
            raise DateError(f"impossible date {text!r}: year must be 1 or later")
        base = {"timezone": timezone, "qualifier": qualifier}
        if m["part"]:
            part = m["part"]
            prec = {"Q": _QUARTER, "H": _HALF}.get(part[0], _SEASON)
            return cls(prec, year, part=part, **base)
        if m["week"]:
            week = int(m["week"])
            weeks_in_year = dt.date(year, 12, 28).isocalendar()[1]
            if not 1 <= week <= weeks_in_year:
                raise DateError(f"impossible date {text!r}: {year} has ISO weeks 1 to {weeks_in_year}")
            return cls(_WEEK, year, week=week, **base)
        if m["month"] is None:
            return cls(_YEAR, year, **base)
        month = int(m["month"])
        if not 1 <= month <= 12:
            raise DateError(f"impossible date {text!r}: month must be 01 to 12")
        if m["day"] is None:
            return cls(_MONTH, year, month, **base)
        day = int(m["day"])
        days = calendar.monthrange(year, month)[1]
        if not 1 <= day <= days:
            raise DateError(
                f"impossible date {text!r}: {calendar.month_name[month]} {year} has {days} days"
            )
        if m["pod"]:
            return cls(_PART_OF_DAY, year, month, day, part=m["pod"], **base)
        if m["hour"] is None:
            return cls(_DAY, year, month, day, **base)
        hour = int(m["hour"])
        minute = int(m["minute"]) if m["minute"] is not None else None
        second = int(m["second"]) if m["second"] is not None else None
        if hour > 23 or (minute is not None and minute > 59) or (second is not None and second > 59):
            raise DateError(f"impossible time in {text!r}")
        offset = _parse_offset(m["offset"]) if m["offset"] else None
        prec = _SECOND if second is not None else _MINUTE if minute is not None else _HOUR
        when = cls(prec, year, month, day, hour, minute, second, offset=offset, **base)
        if offset is not None and timezone is not None and when._zone_offset() != offset:
            raise DateError(
                f"offset {m['offset']} in {text!r} does not match time zone {timezone} "
                f"({format_offset(when._zone_offset())} on that date)"
            )
        return when

    @classmethod
    def from_date(cls, date: dt.date) -> When:
        return cls(_DAY, date.year, date.month, date.day)

    @classmethod
    def from_datetime(cls, value: dt.datetime, timezone: str | None = None) -> When:
        """A minute-precision When from a datetime (aware or naive)."""
        offset = None
        if value.tzinfo is not None:
            delta = value.utcoffset()
            offset = int(delta.total_seconds() // 60) if delta is not None else None
            key = getattr(value.tzinfo, "key", None)
            timezone = timezone or key
        return cls(_MINUTE, value.year, value.month, value.day, value.hour, value.minute,
                   timezone=timezone, offset=offset)

    # ------------------------------------------------------------ derived values
    @property
    def has_time(self) -> bool:
        return self.precision.rank >= _HOUR.rank

    def _zone_offset(self) -> int:
        assert self.timezone is not None
        local = dt.datetime(self.year, self.month or 1, self.day or 1, self.hour or 0, self.minute or 0)
        delta = local.replace(tzinfo=zone(self.timezone)).utcoffset()
        assert delta is not None
        return int(delta.total_seconds() // 60)

    @property
    def utc_offset(self) -> int | None:
        """Minutes east of UTC for timed values, from the offset or the zone."""
        if not self.has_time:
            return None
        if self.offset is not None:
            return self.offset
        if self.timezone is not None:
            return self._zone_offset()
        return None

    def value(self) -> str:
        """The canonical ISO 8601 / TIMEX3 string (without qualifier)."""
        p = self.precision
        if p is _CENTURY:
            return f"{self.year // 100:02d}"
        if p is _DECADE:
            return f"{self.year // 10:03d}"
        if p is _YEAR:
            return f"{self.year:04d}"
        if p in (_HALF, _QUARTER, _SEASON):
            return f"{self.year:04d}-{self.part}"
        if p is _WEEK:
            return f"{self.year:04d}-W{self.week:02d}"
        if p is _MONTH:
            return f"{self.year:04d}-{self.month:02d}"
        day = f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if p is _DAY:
            return day
        if p is _PART_OF_DAY:
            return f"{day}T{self.part}"
        time = f"{self.hour:02d}"
        if p is not _HOUR:
            time += f":{self.minute:02d}"
        if p is _SECOND:
            time += f":{self.second:02d}"
        off = self.utc_offset
        return f"{day}T{time}{format_offset(off) if off is not None else ''}"

    def __str__(self) -> str:
        return self.value()

    @property
    def _bounds(self) -> tuple[dt.datetime, dt.datetime]:
        return _interval(self)

    @property
    def start(self) -> dt.datetime:
        """Start of the interval, as a local (naive) datetime."""
        return self._bounds[0]

    @property
    def end(self) -> dt.datetime:
        """Exclusive end of the interval, as a local (naive) datetime."""
        return self._bounds[1]

    def start_utc(self, default_timezone: str | None = None) -> dt.datetime:
        """The start as a naive UTC datetime, for ordering across zones.

        Dates without a time are taken in ``default_timezone`` only when timed;
        day-level and coarser values order by their calendar start, which is
        what readers expect ("Feb. 27" comes before "Feb. 27, 5:01 p.m.").
        """
        return self._start_utc(self.start, default_timezone)

    def _start_utc(self, start: dt.datetime, default_timezone: str | None) -> dt.datetime:
        if not self.has_time:
            return start
        off = self.utc_offset
        if off is None and default_timezone:
            off = int(start.replace(tzinfo=zone(default_timezone)).utcoffset().total_seconds() // 60)
        try:
            return start - dt.timedelta(minutes=off or 0)
        except OverflowError:
            # A time early on 0001-01-01 east of UTC (or late on the last day
            # west of it) is outside datetime's range: it sorts at that end.
            return dt.datetime.min if (off or 0) > 0 else dt.datetime.max

    def sort_key(self, default_timezone: str | None = None) -> SortKey:
        """Order by start, coarser precision first, then shorter span.

        "July 2025" sorts before "July 3, 2025", which sorts before its 9 a.m. event:
        a partial date sits at the head of the span it covers.
        """
        start, end = _interval(self)  # once: sorting 100k events computes 100k of these
        # (tuple.__new__: a NamedTuple's own __new__ is a Python call, and timelines sort by this.)
        return _tuple_new(SortKey, (self._start_utc(start, default_timezone), self.precision.rank, end))

    def html_datetime(self) -> str:
        """A value valid in ``<time datetime>`` (HTML's subset of ISO 8601)."""
        p = self.precision
        if p.rank <= _SEASON.rank:
            return f"{self.start.year:04d}"
        if p in (_MONTH, _WEEK, _DAY):
            return self.value()
        if p is _PART_OF_DAY:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        off = self.utc_offset
        t = f"{self.year:04d}-{self.month:02d}-{self.day:02d}T{self.hour:02d}:{(self.minute or 0):02d}"
        if p is _SECOND:
            t += f":{self.second:02d}"
        return t + (format_offset(off) if off is not None else "")

    def in_zone(self, name: str | None) -> When:
        """This time in IANA zone ``name`` when the zone agrees with it: a time with no
        offset, or whose offset is the zone's at that moment ("10 a.m. BST" read in a
        London paper). Then it shows as the zone's abbreviation (BST, ET) instead of
        its bare offset (UTC+01:00). Otherwise, or for a value without a time, itself."""
        if not name or not self.has_time or self.timezone is not None:
            return self
        if self.offset is not None:
            try:
                if replace(self, timezone=name)._zone_offset() != self.offset:
                    return self
            except DateError:
                return self
        return replace(self, timezone=name)

    def reading_start(self) -> dt.datetime:
        """Where a reader places this value in time, qualifier included: "Late 2010" in
        the last third of 2010 (after "April 2010"), "Early July" in its first third,
        "Before 2021" just before 2021 and "After 2021" just after it. The start of
        the span itself for unqualified and approximate values; local, naive."""
        start, end = _interval(self)
        q = self.qualifier
        if q == "early" or not q or q == "approximate":
            return start
        if q == "mid":
            return start + (end - start) / 3
        if q == "late":
            return start + (end - start) * 2 / 3
        if q == "before":
            return start - dt.timedelta(microseconds=1) if start > dt.datetime.min else start
        return end  # after

    # ----------------------------------------------------------------- display
    def zone_label(self, default_timezone: str | None = None) -> str:
        """A short reader-facing zone label: "ET", "GMT", "UTC+05:30"."""
        name = self.timezone or (default_timezone if self.offset is None else None)
        # An offset that matches the site's zone at that moment reads as that zone.
        if (
            name is None
            and self.offset is not None
            and default_timezone
            and When(self.precision, self.year, self.month, self.day, self.hour, self.minute,
                     timezone=default_timezone)._zone_offset() == self.offset
        ):
            name = default_timezone
        if name is not None:
            if name in ZONE_ABBREVIATIONS:
                return ZONE_ABBREVIATIONS[name]
            local = self.start.replace(tzinfo=zone(name))
            abbr = local.tzname() or ""
            if abbr and abbr[0] not in "+-":
                return abbr
            off = int(local.utcoffset().total_seconds() // 60)
            return "UTC" + format_offset(off)
        if self.offset is not None:
            return "UTC" if self.offset == 0 else "UTC" + format_offset(self.offset)
        return ""

    def display(self, default_timezone: str | None = None) -> str:
        """Newsroom (AP) style text at the value's precision.

        "2021", "July 2025", "Week of Feb. 23, 2026", "Fri., Feb. 27, 2026",
        "Fri., Feb. 27, 2026, 5:01 p.m. ET". Qualifiers read naturally:
        "Early July 2025", "About 2021".
        """
        text = self._display_core(default_timezone)
        q = self.qualifier
        if not q:
            return text
        if q == "approximate":
            return "About " + text
        if q == "mid":
            return "Mid-" + text
        return q.capitalize() + " " + text

    def _display_core(self, default_timezone: str | None) -> str:
        p = self.precision
        if p is _CENTURY:
            n = self.year // 100 + 1
            suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
            return f"{n}{suffix} century"
        if p is _DECADE:
            return f"{self.year}s"
        if p is _YEAR:
            return str(self.year)
        if p is _HALF:
            return f"{_ORDINALS[int(self.part[1])]} half of {self.year}"
        if p is _QUARTER:
            return f"{_ORDINALS[int(self.part[1])]} quarter of {self.year}"
        if p is _SEASON:
            return f"{SEASONS[self.part][1]} {self.year}"
        if p is _MONTH:
            return f"{MONTH_DISPLAY_NAMES[self.month]} {self.year}"
        if p is _WEEK:
            monday = dt.date.fromisocalendar(self.year, self.week, 1)
            return f"Week of {AP_MONTHS[monday.month]} {monday.day}, {monday.year}"
        d = dt.date(self.year, self.month, self.day)
        day = f"{AP_WEEKDAYS[d.weekday()]}, {AP_MONTHS[d.month]} {d.day}, {d.year}"
        if p is _DAY:
            return day
        if p is _PART_OF_DAY:
            return f"{day}, {PARTS_OF_DAY[self.part][2]}"
        label = self.zone_label(default_timezone)
        return f"{day}, {ap_time(self.hour, self.minute or 0)}" + (f" {label}" if label else "")


#: Month names as pages display them, indexed by month number ("" then January..December);
#: the lower-case words text is read with are ``calendar_words.MONTH_NAMES``. This is
#: ``calendar.month_name`` read once: each of its lookups formats a date with strftime.
MONTH_DISPLAY_NAMES = tuple(calendar.month_name)


def ap_time(hour: int, minute: int) -> str:
    """AP style clock time: "5:01 p.m.", "10 a.m.", "noon", "midnight"."""
    if minute == 0 and hour == 12:
        return "noon"
    if minute == 0 and hour == 0:
        return "midnight"
    suffix = "a.m." if hour < 12 else "p.m."
    h = hour % 12 or 12
    return f"{h} {suffix}" if minute == 0 else f"{h}:{minute:02d} {suffix}"


def _interval(w: When) -> tuple[dt.datetime, dt.datetime]:
    p = w.precision
    y = w.year
    if p is _CENTURY:
        return dt.datetime(max(y, 1), 1, 1), dt.datetime(y + 100, 1, 1)
    if p is _DECADE:
        return dt.datetime(max(y, 1), 1, 1), dt.datetime(y + 10, 1, 1)
    if p is _YEAR:
        return dt.datetime(y, 1, 1), dt.datetime(y + 1, 1, 1)
    if p is _HALF:
        first = 1 if w.part == "H1" else 7
        return dt.datetime(y, first, 1), _add_months(y, first, 6)
    if p is _QUARTER:
        first = 3 * (int(w.part[1]) - 1) + 1
        return dt.datetime(y, first, 1), _add_months(y, first, 3)
    if p is _SEASON:
        # Meteorological seasons; winter YYYY-WI runs Dec YYYY to Feb YYYY+1.
        first = SEASONS[w.part][0]
        return dt.datetime(y, first, 1), _add_months(y, first, 3)
    if p is _MONTH:
        return dt.datetime(y, w.month, 1), _add_months(y, w.month, 1)
    if p is _WEEK:
        monday = dt.datetime.combine(dt.date.fromisocalendar(y, w.week, 1), dt.time())
        return monday, monday + dt.timedelta(days=7)
    day = dt.datetime(y, w.month, w.day)
    if p is _DAY:
        return day, day + dt.timedelta(days=1)
    if p is _PART_OF_DAY:
        first, last, _ = PARTS_OF_DAY[w.part]
        return day + dt.timedelta(hours=first), day + dt.timedelta(hours=last)
    start = day.replace(hour=w.hour, minute=w.minute or 0, second=w.second or 0)
    step = {_HOUR: dt.timedelta(hours=1), _MINUTE: dt.timedelta(minutes=1)}.get(
        p, dt.timedelta(seconds=1)
    )
    return start, start + step


def _add_months(year: int, month: int, n: int) -> dt.datetime:
    index = year * 12 + (month - 1) + n
    return dt.datetime(index // 12, index % 12 + 1, 1)
