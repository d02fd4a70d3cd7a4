"""Small calendar helpers that produce TIMEX3 value strings at a given precision."""

from __future__ import annotations

import calendar
import datetime as dt

from timeline.tagger.lexicon import STAMP_ZONES
from timeline.when import zone_offset_minutes


def day(d: dt.date) -> str:
    return d.isoformat()


def week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def quarter_of(d: dt.date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def add_years(d: dt.date, n: int) -> dt.date:
    y = d.year + n
    if y < 1 or y > 9999:
        return d
    return dt.date(y, d.month, min(d.day, calendar.monthrange(y, d.month)[1]))


def shift(d: dt.date, unit: str, n: int) -> tuple[dt.date, str]:
    """Move a date by n units; returns the new date and the value at that unit's precision."""
    if unit == "D":
        nd = d + dt.timedelta(days=n)
        return nd, day(nd)
    if unit == "W":
        nd = d + dt.timedelta(weeks=n)
        return nd, week(nd)
    if unit == "WE":
        nd = d + dt.timedelta(weeks=n)
        return nd, week(nd) + "-WE"
    if unit == "M":
        nd = add_months(d, n)
        return nd, month(nd.year, nd.month)
    if unit == "Q":
        nd = add_months(d, 3 * n)
        y, q = quarter_of(nd)
        return nd, f"{y}-Q{q}"
    if unit == "Y":
        nd = add_years(d, n)
        return nd, f"{nd.year:04d}"
    if unit == "E":
        nd = add_years(d, 10 * n)
        return nd, f"{nd.year:04d}"[:3]
    if unit == "C":
        nd = add_years(d, 100 * n)
        return nd, f"{nd.year:04d}"[:2]
    return d, day(d)


def zone_offset(zone: str, when: dt.datetime) -> str | None:
    """UTC offset string for a zone word on a date ("ET" in February is -05:00)."""
    spec = STAMP_ZONES.get(zone.lower().split()[0])
    if spec is None:
        return None
    minutes = zone_offset_minutes(spec, when)
    if minutes == 0:
        return "Z"
    sign = "-" if minutes < 0 else "+"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def duration(n: float | None, unit: str, time_unit: bool) -> str:
    """TIMEX3 duration: P3M, PT24H, P2Y6M, PXY for an unspecified number."""
    prefix = "PT" if time_unit else "P"
    if n is None:
        return f"{prefix}X{unit}"
    whole = int(n)
    if n != whole:
        if unit == "Y":
            return f"P{whole}Y6M" if whole else "P6M"
        if unit == "H":
            return f"PT{whole}H30M" if whole else "PT30M"
        if unit == "D":
            return f"P{whole}DT12H" if whole else "PT12H"
        return f"{prefix}{n:g}{unit}"
    if unit == "2W":
        return f"P{2 * whole}W"
    return f"{prefix}{whole}{unit}"


def next_day_midnight(value: str) -> str:
    """A dated "T24:00" (the end of that day, as TimeML writes "midnight Friday") as the next day's
    "T00:00", the one spelling of that instant the date model and ``datetime`` read."""
    if value[10:16] != "T24:00" or not value[:1].isdigit():
        return value
    return (dt.date.fromisoformat(value[:10]) + dt.timedelta(days=1)).isoformat() + "T00:00" + value[16:]
