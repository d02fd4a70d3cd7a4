"""Holidays and named days ("Christmas", "Thanksgiving", "Easter Monday", "Labor Day"),
resolved to their date in the year the text means.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from timeline.tagger import values as V
from timeline.tagger.context import Context
from timeline.tagger.lexicon import SP
from timeline.tagger.rules.fragments import YEAR, B
from timeline.tagger.rules.recognizer import Result, Rule, registrar
from timeline.tagger.rules.sentence_window import sentence_before
from timeline.tagger.story_year import story_holiday

RULES: list[Rule] = []
rule = registrar(RULES)


def _nth_weekday(y: int, month: int, wd: int, n: int) -> dt.date:
    """The n-th weekday ``wd`` (0 = Monday) of a month; n = -1 is the last one."""
    if n > 0:
        first = dt.date(y, month, 1)
        return first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(y + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - wd) % 7)


def _easter(y: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 22 * ll) // 451
    month, day = divmod(h + ll - 7 * mm + 114, 31)
    return dt.date(y, month, day + 1)


# Holidays news dates things by; each maps a year to its day in that year.
HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "christmas": lambda y: dt.date(y, 12, 25), "christmas day": lambda y: dt.date(y, 12, 25),
    "christmas eve": lambda y: dt.date(y, 12, 24), "new year's day": lambda y: dt.date(y, 1, 1),
    "new year's eve": lambda y: dt.date(y, 12, 31), "new year's": lambda y: dt.date(y, 1, 1),
    "independence day": lambda y: dt.date(y, 7, 4), "july fourth": lambda y: dt.date(y, 7, 4),
    "fourth of july": lambda y: dt.date(y, 7, 4), "july 4th": lambda y: dt.date(y, 7, 4),
    "juneteenth": lambda y: dt.date(y, 6, 19), "veterans day": lambda y: dt.date(y, 11, 11),
    "halloween": lambda y: dt.date(y, 10, 31), "valentine's day": lambda y: dt.date(y, 2, 14),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4), "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "black friday": lambda y: _nth_weekday(y, 11, 3, 4) + dt.timedelta(days=1),
    "cyber monday": lambda y: _nth_weekday(y, 11, 3, 4) + dt.timedelta(days=4),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1), "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "presidents day": lambda y: _nth_weekday(y, 2, 0, 3), "presidents' day": lambda y: _nth_weekday(y, 2, 0, 3),
    "martin luther king jr. day": lambda y: _nth_weekday(y, 1, 0, 3),
    "martin luther king day": lambda y: _nth_weekday(y, 1, 0, 3), "mlk day": lambda y: _nth_weekday(y, 1, 0, 3),
    "columbus day": lambda y: _nth_weekday(y, 10, 0, 2), "mother's day": lambda y: _nth_weekday(y, 5, 6, 2),
    "father's day": lambda y: _nth_weekday(y, 6, 6, 3),
    # US general elections: the Tuesday after the first Monday of November
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + dt.timedelta(days=1),
    "easter": _easter, "easter sunday": _easter, "good friday": lambda y: _easter(y) - dt.timedelta(days=2),
    "easter monday": lambda y: _easter(y) + dt.timedelta(days=1),
    # British and international days by fixed date
    "may day": lambda y: dt.date(y, 5, 1), "boxing day": lambda y: dt.date(y, 12, 26),
    "st patrick's day": lambda y: dt.date(y, 3, 17), "st. patrick's day": lambda y: dt.date(y, 3, 17),
    "saint patrick's day": lambda y: dt.date(y, 3, 17), "armistice day": lambda y: dt.date(y, 11, 11),
    "remembrance day": lambda y: dt.date(y, 11, 11), "bonfire night": lambda y: dt.date(y, 11, 5),
    "guy fawkes night": lambda y: dt.date(y, 11, 5),
}
_HOLIDAY_RE = "|".join(re.escape(k).replace("'", "['’]").replace(r"\ ", " ").replace("presidents['’]", "presidents['’]?")
                       for k in sorted(HOLIDAYS, key=len, reverse=True))


# a past verb of going or gathering, then a purpose infinitive right before the holiday
_PAST_PURPOSE = re.compile(r"(?i)\b(?:came|went|flew|returned|travell?ed|arrived|gathered|headed|drove|sailed|moved)\b"
                           r"[^.;!?\n]{0,60}?\bto\s[a-z]+(?:\s(?:the|their|his|her|its|our|my))?\s$")
# Holiday names that are no common words, so a date in lower case too ("christmas day",
# "mother's day"); "election day", "labor day", "good friday", "may day" need capitals.
_LOWER_CASE_HOLIDAYS = frozenset(["christmas", "christmas day", "christmas eve", "easter", "easter monday", "easter sunday",
                                  "halloween", "thanksgiving", "thanksgiving day", "juneteenth", "mother's day",
                                  "father's day", "valentine's day", "new year's day", "new year's eve", "boxing day",
                                  "fourth of july", "st patrick's day", "st. patrick's day", "saint patrick's day"])
# A future said in words, not only by a present of a timetable ("returns to Chicago for Memorial
# Day", told in August, is a day's log; "will return for Memorial Day" looks ahead to next year's).
_FUTURE_WORD = re.compile(r"(?i)\b(?:will|'ll|shall|would|next|plans?|planned|planning|expected|hopes?|(?:going|set|due|about) to|until|by)\b")


_BEFORE_HOLIDAY = re.compile(r"(?i)\b(?:before|ahead of|in the run-up to|in the lead-up to|prior to)\s(?:the\s)?$")
_DEADLINE_BEFORE = re.compile(r"(?i)\b(?:deadline|target date|target)\s(?:of|on|for|is|was)\s$")
_HOLIDAY_NAME = re.compile(r"\s(?:[Ii]slands?|[Cc]arols?|Rising|Agreement|Accords?|Offensive|Massacre|[Ee]ggs?|[Bb]unny|"
                           # things named for a holiday, not the day: "a Christmas tree", "his Christmas card list"
                           r"trees?|cards?|crackers?|puddings?|cakes?|decorations?|lights|jumpers?|sweaters?|stockings?|"
                           r"ornaments?|traditions?|songs?|films?|movies?|specials?|editions?|markets?|shoppers?)\b")
# "Election Day" is the United States' one, fixed by law; a text about a parliament's members
# ("MPs", "Westminster", "Tories") speaks of another country's election, set by its government.
_OTHER_PARLIAMENT = re.compile(r"\b(?:MPs?|MSPs?|Westminster|House of Commons|Downing Street|Tory|Tories|Labour Party|"
                               r"Lib Dems?|Liberal Democrats|Holyrood|Bundestag|Knesset|Lok Sabha)\b")
_HOLIDAY_NAME_BEFORE = re.compile(r"\b(?:Operation|Project|Camp|Fort|Port|Cape)\s$")  # "Operation Easter": a name


@rule("holiday", rf"{B}(?:(?P<hrel>(?i:that|that same|the same|this past|last|this coming|next)){SP})?(?P<h>(?i:{_HOLIDAY_RE}))(?![\w'’-])(?:,?{SP}(?P<year>{YEAR})|{SP}(?P<we>(?i:holiday weekend|weekend|week))(?![\w-]))?",
      accept=lambda m, text: (m["h"][0].isupper() or bool(m["year"])  # "mother's day 2012": a year makes it a date
                              or m["h"].lower().replace("’", "'") in _LOWER_CASE_HOLIDAYS)
      and (m["h"].lower() != "may day" or m["h"] == "May Day"))  # ("May day be kind": a wish)


def _holiday(m: re.Match[str], cx: Context) -> Result | None:
    """ "Christmas", "Election Day": the holiday in the year the tense points to.
    Part of a name ("the Good Friday Agreement", "Christmas Island") is no date; the
    match still consumes the words, so "Friday" alone is not tagged either."""
    if _HOLIDAY_NAME.match(cx.text, m.end()) or _HOLIDAY_NAME_BEFORE.search(cx.text, max(0, m.start() - 10), m.start()):
        return None
    key = m["h"].lower().replace("’", "'")
    if key == "election day" and _OTHER_PARLIAMENT.search(cx.text):
        return "DATE", "XXXX-XX-XX", None  # a British or other parliament's election day: a day the calendar cannot give
    if key == "presidents day" or key == "presidents' day":
        key = "presidents day"
    when = HOLIDAYS[key]
    if m["year"]:
        return "DATE", when(int(m["year"])).isoformat(), None
    if named := _HOLIDAY_YEAR_AFTER.match(cx.text, m.end()):
        return _holiday_value(m, when(int(named["y"])))  # "spent Easter week in 2019 at the lake": that year's
    y0 = cx.dct.year
    rel = (m["hrel"] or "").lower()
    tense = cx.tense(m.start(), m.end())
    possible = tense is None and cx.possible  # ("that could mean a Christmas timeframe": what may be lies ahead)
    if possible:
        tense = "future"
    if rel in ("this past", "last"):
        tense, rel = "past", ""  # "this past Christmas", "last Easter": the latest one gone
    elif rel in ("this coming", "next"):
        tense, rel = "future", ""
    elif _DEADLINE_BEFORE.search(cx.text, max(0, m.start() - 24), m.start()):
        tense = "future"  # "set a deadline of New Year's Day": a deadline is still to come when set
    if tense == "past" and not rel and _BEFORE_HOLIDAY.search(cx.text, max(0, m.start() - 40), m.start()) \
            and 0 <= (when(y0) - cx.dct).days <= 14:
        # "the plant was shut just before the July Fourth weekend", told on July 2: a past event
        # before a holiday only days away is before this one, not last year's
        tense = None
    if tense == "future" and _PAST_PURPOSE.search(cx.text, max(0, m.start() - 90), m.start()):
        # "came home in 2019 to celebrate Christmas": the purpose of a past journey is as past as
        # the journey, unless the holiday is only days away ("flew in on Monday to spend Christmas")
        coming = when(y0) if when(y0) >= cx.dct else when(y0 + 1)
        tense = "future" if (coming - cx.dct).days <= 14 else "past"
    a = cx.anchor
    if not rel and (told := story_holiday(cx, when, m.start(), tense)) is not None:
        d, cands, tense = told, [told], "anchored"  # "had been due to spend his Easter holidays there", of 1967
    elif rel or (a is not None and a.date.year != y0 and 0 <= m.start() - cx.anchor_pos <= 300 and tense != "future"):
        # "in 2009 ... that Christmas", "the war began in December 1998; at Christmas, ...": the
        # holiday nearest the date the story is telling, not the one nearest the report
        anchor = cx.anchor_or_dct()
        base = anchor.date
        d = when(base.year) if anchor.precision in ("year", "half", "season") else min(
            (when(y) for y in (base.year - 1, base.year, base.year + 1)), key=lambda c: abs((c - base).days))
        y0, cands, tense = d.year, [d], "anchored"
    else:
        cands = [when(y) for y in (y0 - 1, y0, y0 + 1)]
    if tense == "anchored":
        d = cands[0]
    elif tense == "past":
        d = max(c for c in cands if c <= cx.dct)
    elif tense == "future" and not (not m["hrel"] and not possible
                                    and min(c for c in cands if c >= cx.dct) - cx.dct > dt.timedelta(days=183)
                                    and not _FUTURE_WORD.search(sentence_before(cx.text, m.start()))):
        d = min(c for c in cands if c >= cx.dct)
    else:
        # no tense, or the present of a timetable or of a day's log ("Obama returns to Chicago for
        # his Memorial Day weekend", told in August): the nearest one
        d = min(cands, key=lambda c: (abs((c - cx.dct).days), c < cx.dct))
    return _holiday_value(m, d)


_HOLIDAY_YEAR_AFTER = re.compile(rf",?{SP}(?i:in|of){SP}(?P<y>{YEAR})(?![\w-])")


def _holiday_value(m: re.Match[str], d: dt.date) -> Result:
    """The holiday's day, or the week or weekend named with it."""
    if m["we"] and m["we"].lower() == "week":
        return "DATE", V.week(d), None  # "Easter week": the week the holiday falls in
    if m["we"]:
        # "Labor Day weekend": the weekend before a Monday holiday; "July Fourth weekend": the one
        # the day falls on, else the nearest (a Friday's is the one after it, a Tuesday's before it)
        sat = d + dt.timedelta(days=(-2, -3, 3, 2, 1, 0, -1)[d.weekday()])
        return "DATE", V.week(sat) + "-WE", None
    return "DATE", d.isoformat(), None
