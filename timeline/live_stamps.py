"""A live page's entry stamps run into the entries' text: "1905: BP says the cap is holding", "2059 Officials in
Louisiana ...", "1905 BST: ...", "19:05 ...", "10.38 am CDT: ...".

A live page (a UK paper's live coverage, a US network's live updates) heads each entry with the clock time it
was posted. The BBC writes the 24-hour clock as four digits, the shape a chronology gives its years ("1918: The
Spanish flu ...", "1957: Asian flu killed ..."), so a stamp alone cannot say which it is; the page's stamps
together can. A live page has three or more of them, every one a clock reading (hour 00-23, minutes 00-59),
running newest first (descending, perhaps wrapping past midnight once) or, when some stamp is no year a page
names bare ("0946", "1129", "2215"), oldest first. A chronology's years run oldest first, and nearly always one of them is no clock
reading ("1968", "1979"); a year-in-review newest first steps a year at a time ("2011", "2010", "2009").

Both readers of a page take the stamps from here: the tagger (a live page's "2059" is 20:59 on the page's day,
never the year 2059) and the extraction (each entry's opening report is news of its stamp, :mod:`.extract.live_entries`).
Whether a page is live depends on the whole page, but each stamp's verdict is read off its own words and that one
page-wide answer: equal neighbourhoods of one page get equal answers, as the tagger's find cache assumes.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from itertools import pairwise

from timeline.calendar_words import CLOCK_ZONE_PATTERN, MONTH_PATTERN

#: How many stamps make a live page.
STAMPS_MIN = 3

# Where a stamp stands: at a line's start, after a sentence's end, or (written with its colon) after a link or a
# contributor's name run into the page ("Read Howard Kurtz's tweets 2056: Mr Gibbs says ...").
_LINE_START = r"(?:(?<=\n)|(?<=\A))[ \t]*"
_AFTER_SENTENCE = r"(?<=[.!?\"”’)]\s)"
_AFTER_WORD = r"(?<=[A-Za-z]\s)"
#: The 24-hour clock in four digits (any two pairs of digits: a chronology's "1968" votes against a live page), or
#: a clock written with its separator and perhaps its half of the day ("19:05", "13.20", "10.38 am").
_CLOCK = (r"(?:(?P<hh>\d\d)(?P<mm>\d\d)"
          r"|(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?:\s?(?P<half>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?)"
          rf"(?![\d%])(?:\s?(?P<zone>{CLOCK_ZONE_PATTERN})\b)?")
#: What follows a stamp: its colon (or dash), then the entry's first word.
_COLON_HEAD = re.compile(rf"(?:{_LINE_START}|{_AFTER_SENTENCE}){_CLOCK}\s?[:–-][ \t]+(?=[A-Z0-9\"'‘“(@#])")
#: A stamp run into the words before it takes its colon: "Read Howard Kurtz's tweets 2056: Mr Gibbs says ...".
_RUN_IN_HEAD = re.compile(rf"{_AFTER_WORD}{_CLOCK}\s?:[ \t]+(?=[A-Z0-9\"'‘“(@#])")
#: A stamp at a line's start with no colon: "2059 Officials in Louisiana ...".
_BARE_HEAD = re.compile(rf"{_LINE_START}{_CLOCK}[ \t]+(?=[A-Z\"'‘“])")
#: Words after which four digits are a year or a number, never an entry's stamp ("in 2008: ...", "Flight 1549: ...",
#: "8th November 2011 - 17:42"), and after which a clock is a sentence's time ("Al at 11:07 am: ...").
_NOT_BEFORE_STAMP = re.compile(r"(?i)\b(?:in|since|of|the|by|from|to|until|till|and|or|for|year|before|after|at|"
                               r"between|during|no|number|flight|route|room|page|model|highway|about|around|"
                               rf"{MONTH_PATTERN})\s$")


@dataclass(frozen=True, slots=True)
class Stamp:
    """One entry's stamp: it spans ``start`` to ``end`` (its colon and the space after it included), and reads
    ``hour``:``minute`` in ``zone`` (None when the stamp names none), ``day_shift`` days from the page's day."""

    start: int
    end: int
    hour: int
    minute: int
    zone: str | None
    day_shift: int
    #: Written as four digits ("1905"): out of a live page the year rules would read it.
    four_digits: bool


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    digits: str  # the four digits, or "" for a clock written with its separator
    hour: int  # -1 when the four digits are no clock reading
    minute: int
    zone: str | None


def _candidate(m: re.Match[str], text: str) -> _Candidate | None:
    if m["hh"] is not None:
        if _NOT_BEFORE_STAMP.search(text, max(0, m.start("hh") - 12), m.start("hh")):
            return None
        hour, minute = int(m["hh"]), int(m["mm"])
        if hour > 23 or minute > 59:
            hour = -1
        return _Candidate(m.start("hh"), m.end(), m["hh"] + m["mm"], hour, minute, m["zone"])
    if _NOT_BEFORE_STAMP.search(text, max(0, m.start("h") - 12), m.start("h")):
        return None
    hour = int(m["h"])
    if m["half"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m["half"][0] in "Pp" else 0)
    return _Candidate(m.start("h"), m.end(), "", hour, int(m["m"]), m["zone"])


def _order(minutes: list[int], newest_first: bool) -> int | None:
    """Where a run of clock readings wraps past midnight (0 when it does not), or None when it is not in that order.

    Newest first, the readings fall ("2200", "2159", "2155"); a page that runs past midnight wraps once from an
    early hour up to a late one ("0010", "2355"). Oldest first, the other way round."""
    wrap = 0
    for i in range(1, len(minutes)):
        before, now = minutes[i - 1], minutes[i]
        if (now <= before) if newest_first else (now >= before):
            continue
        early, late = (before, now) if newest_first else (now, before)
        if wrap or not (early < 6 * 60 and late >= 18 * 60):
            return None
        wrap = i
    return wrap


def _steps_a_year(candidates: list[_Candidate]) -> bool:
    """Four-digit stamps that fall one at a time, every one: years of a review newest first ("2011", "2010")."""
    years = [int(c.digits) for c in candidates]
    return all(b == a - 1 for a, b in pairwise(years))


@functools.lru_cache(maxsize=8)
def live_stamps(text: str) -> tuple[Stamp, ...]:
    """The entry stamps of a live page run into its entries' text, in page order; none when ``text`` is no such
    page (fewer than :data:`STAMPS_MIN` stamps, a four-digit one that is no clock reading, or four-digit stamps
    that may all be years and run in no clock's order)."""
    found: dict[int, _Candidate] = {}
    for pattern in (_COLON_HEAD, _RUN_IN_HEAD, _BARE_HEAD):
        for m in pattern.finditer(text):
            c = _candidate(m, text)
            if c is not None and c.start not in found:
                found[c.start] = c
    candidates = [found[k] for k in sorted(found)]
    if len(candidates) < STAMPS_MIN or any(c.hour < 0 for c in candidates):
        return ()
    minutes = [c.hour * 60 + c.minute for c in candidates]
    falling, rising = _order(minutes, newest_first=True), _order(minutes, newest_first=False)
    four = [c for c in candidates if c.digits]
    # (the years a page names bare, "1918: ...", run from 1600 to 2099, as the tagger's year rule reads them)
    maybe_years = bool(four) and all(1600 <= int(c.digits) < 2100 for c in four) and len(four) == len(candidates)
    if maybe_years and (falling is None or _steps_a_year(four)):
        return ()  # a chronology's years, oldest first, or a review's, newest first
    if four and falling is None and rising is None:
        return ()  # four digits in no clock's order: numbers of some list
    wrap, shift = (falling, -1) if falling is not None else (rising or 0, 1)
    return tuple(Stamp(c.start, c.end, c.hour, c.minute, c.zone, shift if wrap and i >= wrap else 0, bool(c.digits))
                 for i, c in enumerate(candidates))


@functools.lru_cache(maxsize=8)
def live_stamp_starts(text: str) -> frozenset[int]:
    """Where a live page's stamps begin: clock times, never years."""
    return frozenset(s.start for s in live_stamps(text))


def stamp_at(text: str, start: int) -> Stamp | None:
    """The live page's stamp that begins at ``start``, if any."""
    return next((s for s in live_stamps(text) if s.start == start), None)


#: An entry's stamp opening a sentence, with its colon: "2200: ", "10.38 am CDT: ".
_OPENING_STAMP = re.compile(rf"^\s*{_CLOCK}\s?:\s+")


def blank_opening_stamp(sentence: str) -> str:
    """``sentence`` with an entry stamp that opens it blanked out (offsets kept): a stamp says when, never what."""
    m = _OPENING_STAMP.match(sentence)
    if m is None or (m["hh"] is not None and (int(m["hh"]) > 23 or int(m["mm"]) > 59)):
        return sentence
    return " " * m.end() + sentence[m.end():]
