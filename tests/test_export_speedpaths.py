"""The exports' shortcuts must write exactly what the plain, obvious code writes.

events.ics, events.json and timelinejs.json are written by code tuned for
10k-100k events (no regex scans of ordinary text, one f-string per event,
memoized encodings of repeated values). Each shortcut is compared here with a
straightforward reference, on hostile input, so a difference shows up in a
test rather than in a published calendar.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import Markup
from test_site_speedpaths import events

from timeline.model import Precision, SiteConfig, Timeline, When
from timeline.site import exports, views

# -------------------------------------------------------------- references
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_SPECIAL = re.compile("[\x00-\x1f\x7f\\\\;,]")


def reference_ics_text(value: str) -> str:
    """RFC 5545 TEXT escaping, spelled out: CR/CRLF to LF, controls dropped, then escapes."""
    if _SPECIAL.search(value) is None:
        return value
    value = _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def reference_fold(line: str) -> str:
    """Fold at 75 octets, continuation lines 74 octets after their space, whole characters only."""
    raw = line.encode("utf-8")
    parts: list[bytes] = []
    start, limit = 0, 75
    while len(raw) - start > limit:
        cut = start + limit
        while raw[cut] & 0xC0 == 0x80:
            cut -= 1
        parts.append(raw[start:cut])
        start, limit = cut, 74
    parts.append(raw[start:])
    return b"\r\n ".join(parts).decode("utf-8")


def reference_ics_date(d: dt.datetime) -> str:
    return f"{d.year:04d}{d.month:02d}{d.day:02d}"


def reference_ics_datetime(d: dt.datetime, utc: bool) -> str:
    return f"{reference_ics_date(d)}T{d.hour:02d}{d.minute:02d}{d.second:02d}" + ("Z" if utc else "")


def reference_times(w: When, end: When | None, tz: str | None) -> list[str]:
    if not w.has_time:
        first, last = w.start, w.end
        if end is not None:
            last = end.end
        if end is not None and end.has_time:
            last = end.start.replace(hour=0, minute=0, second=0) + dt.timedelta(days=1)
        return [f"DTSTART;VALUE=DATE:{reference_ics_date(first)}", f"DTEND;VALUE=DATE:{reference_ics_date(last)}"]
    known = w.utc_offset is not None or bool(tz)
    start = w.start_utc(tz) if known else w.start
    lines = [f"DTSTART:{reference_ics_datetime(start, known)}"]
    if end is not None and end.has_time:
        e_known = end.utc_offset is not None or bool(tz)
        stop = end.start_utc(tz) if e_known else end.start
        if stop > start:
            lines.append(f"DTEND:{reference_ics_datetime(stop, e_known and known)}")
    return lines


def reference_icalendar(data: views.Prepared) -> bytes:
    """The calendar built line by line, every line folded and escaped on its own."""
    site = data.site
    tz = site.timezone or None
    host = re.sub(r"^https?://", "", data.base_url).split("/", 1)[0] or "timeline.invalid"
    stamp = reference_ics_datetime(exports.build_time(data), True)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//timeline//timeline//EN", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", f"X-WR-CALNAME:{reference_ics_text(site.title)}"]
    for v in data.events:
        desc = v.summary
        if v.sources:
            desc += "\n\nSources: " + "; ".join(s.title + (f" <{s.url}>" if s.url else "") for s in v.sources)
        lines += ["BEGIN:VEVENT", f"UID:{v.id}@{reference_ics_text(host)}", f"DTSTAMP:{stamp}",
                  *reference_times(v.when, v.end, tz), f"SUMMARY:{reference_ics_text(v.title)}"]
        if desc.strip():
            lines.append(f"DESCRIPTION:{reference_ics_text(desc.strip())}")
        if data.base_url:
            lines.append(f"URL:{data.base_url}{v.url}")
        if v.tags:
            lines.append("CATEGORIES:" + ",".join(reference_ics_text(t.name) for t in v.tags))
        if v.status == "extracted":
            lines.append("STATUS:TENTATIVE")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(reference_fold(line) + "\r\n" for line in lines).encode("utf-8")


# ---------------------------------------------------------------- strategies
# Every character class ics_text treats differently, and text around them.
TEXT = st.text(alphabet=st.one_of(
    st.sampled_from(list("\\;,\r\n\t \x00\x01\x0b\x0c\x1f\x7f\x85\x9f\u00a0\u2028\u2029\ufeff\"'<>&")),
    st.sampled_from(list("abcxyz.:-")),
    st.characters(codec="utf-8"),
), max_size=60)
# Lines around the 75-octet fold points, in one- to four-byte characters.
LINE = st.integers(0, 240).flatmap(lambda n: st.text(
    alphabet=st.sampled_from(["a", ";", "é", "€", "日", "🎉", " "]), min_size=n, max_size=n))


@settings(max_examples=2000, deadline=None)
@given(TEXT)
def test_ics_text_is_the_reference(text: str) -> None:
    assert exports.ics_text(text) == reference_ics_text(text)


@settings(max_examples=2000, deadline=None)
@given(st.one_of(LINE, TEXT))
def test_fold_is_the_reference(line: str) -> None:
    assert exports.fold(line) == reference_fold(line)


def test_fold_cuts_ascii_lines_at_75_then_74_octets() -> None:
    line = "x" * 75 + "y" * 74 + "z"
    assert exports.fold(line) == "x" * 75 + "\r\n " + "y" * 74 + "\r\n z"
    assert exports.fold(line[:149]) == "x" * 75 + "\r\n " + "y" * 74


@settings(max_examples=1000, deadline=None)
@given(st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31, 23, 59, 59)),
       st.booleans())
def test_ics_dates_are_the_reference(when: dt.datetime, utc: bool) -> None:
    """Years below 1000 too: isoformat pads them like the format spec does."""
    assert exports._ics_date(when) == reference_ics_date(when)
    assert exports._ics_datetime(when, utc) == reference_ics_datetime(when, utc)


@settings(max_examples=2000, deadline=None)
@given(st.one_of(TEXT, TEXT.map(lambda t: f" {t} "), st.sampled_from(["", " ", "a\r", "\x01", "x, y; z\\"])),
       st.lists(st.tuples(st.one_of(TEXT, st.sampled_from([" ", "\r", "\x01"])),
                          st.sampled_from([None, "https://e.com/a,b;c"])), max_size=3))
def test_ics_description_is_the_escaped_stripped_text(summary: str, cites: list[tuple[str, str | None]]) -> None:
    sources = [SimpleNamespace(title=title, url=url) for title, url in cites]
    desc = summary
    if sources:
        desc += "\n\nSources: " + "; ".join(s.title + (f" <{s.url}>" if s.url else "") for s in sources)
    expected = reference_ics_text(desc.strip()) if desc.strip() else None
    assert exports._ics_description(summary, sources) == expected


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 5).flatmap(lambda n: st.tuples(*(events(i) for i in range(n)))),
       st.sampled_from([None, "https://example.org/site/", "http://h.example/"]),
       st.sampled_from(["UTC", "America/New_York", "Asia/Kolkata"]), TEXT.filter(bool))
def test_icalendar_is_the_line_by_line_reference(evs: tuple, base_url: str | None, tz: str, title: str) -> None:
    data = views.prepare(Timeline(SiteConfig(title=title, timezone=tz), evs), base_url)
    assert exports.icalendar(data) == reference_icalendar(data)


# ---------------------------------------------------------------------- JSON
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([0.1 + 0.2, -0.0, 1e300, 5e-324, math.inf, -math.inf, math.nan, 1, 0, True, False]),
    TEXT, TEXT.map(Markup), st.sampled_from(list(Precision)),
)


@settings(max_examples=2000, deadline=None)
@given(VALUES)
def test_value_is_what_the_encoder_writes(value: object) -> None:
    memo = exports._memo_value()
    assert exports._value(value) == _ENCODER.encode(value)
    assert memo(value) == memo(value) == _ENCODER.encode(value)  # the memoized answer too


def test_memoized_strings_never_collide_with_equal_non_strings() -> None:
    """1 == 1.0 == True as dict keys: only exact strings may share a memo entry."""
    memo = exports._memo_value()
    assert [memo(x) for x in ("1", 1, 1.0, True, "true", None, "null")] == [
        '"1"', "1", "1.0", "true", '"true"', "null", '"null"']


@settings(max_examples=500, deadline=None)
@given(st.lists(st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31),
                             timezones=st.sampled_from([None, dt.UTC, dt.timezone(dt.timedelta(hours=-5))])),
                max_size=6))
def test_remembered_isoformat_is_isoformat(stamps: list[dt.datetime]) -> None:
    """Aware datetimes of one instant in two zones are equal dict keys: each keeps its own text."""
    iso = exports._memo_iso()
    same_instant = dt.datetime(2026, 2, 27, 22, 1, tzinfo=dt.UTC)
    stamps += [same_instant, same_instant.astimezone(dt.timezone(dt.timedelta(hours=-5)))]
    assert [iso(d) for d in stamps + stamps] == [d.isoformat() for d in stamps + stamps]
