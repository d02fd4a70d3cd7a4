"""Absolute dates: numeric ("2010-04-20", "4/20/2010", "FY2010", "2Q10", "year-to-date", "9/11") and
written ("April 20, 2010", "20 April", "the 20th of April", "April 2010", "nineteen ninety-nine").
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, WILL_WOULD, auxiliaries
from timeline.tagger import values as V
from timeline.tagger.context import Context
from timeline.tagger.lexicon import MONTH_FULL, SEASONS, SP, TENS, number
from timeline.tagger.rules.fragments import (
    DASH_DAY,
    DAY,
    DAY_WORD,
    DAY_WORDS,
    FULL_DATE_YEAR,
    MOND,
    ORDINAL_DAY,
    SHORT_YEAR,
    STAMP_ZONE,
    WD_DATE,
    YEAR,
    B,
    _mon,
    _wd,
)
from timeline.tagger.rules.habit_months import habitual_month
from timeline.tagger.rules.recognizer import Result, Rule, registrar
from timeline.tagger.rules.sentence_window import _digits
from timeline.tagger.rules.year_choice import ANAPHORIC_SHIFT, OF_STORY_YEAR, _date, year_for

RULES: list[Rule] = []
rule = registrar(RULES)


# A wire page's compact stamp writes the date with spaces ("2009 06 19 22:54 JST"): only with its clock
@rule("iso", rf"{B}(?P<y>\d{{4}})(?:-(?P<m>\d\d)-(?P<d>\d\d)|/(?P<m2>\d\d)/(?P<d2>\d\d)(?![\d/])|[ ](?P<m3>0[1-9]|1[0-2])[ ](?P<d3>[0-3]\d)(?=[ ]\d\d:\d\d))"
             rf"(?:[T ](?P<H>\d\d):(?P<M>\d\d)(?::(?P<S>\d\d))?(?:(?P<off>Z|[+-]\d\d:\d\d)|[ ](?P<zone>{STAMP_ZONE})(?![\w-]))?)?(?![\d:])")
def _iso(m: re.Match[str], cx: Context) -> Result | None:
    d = _date(int(m["y"]), int(m["m"] or m["m2"] or m["m3"]), int(m["d"] or m["d2"] or m["d3"]))
    if d is None:
        return None
    if m["H"]:
        if int(m["H"]) > 23 or int(m["M"]) > 59 or int(m["S"] or 0) > 59:
            return None
        seconds = f":{m['S']}" if m["S"] else ""
        off = m["off"] or (m["zone"] and V.zone_offset(m["zone"], dt.datetime(d.year, d.month, d.day, int(m["H"]), int(m["M"]))))
        return "TIME", f"{d.isoformat()}T{m['H']}:{m['M']}{seconds}{off or ''}", None
    return "DATE", d.isoformat(), None


@rule("numeric", rf"{B}(?:(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])|(?P<d2>3[01]|2\d|1[3-9])[/.](?P<m2>1[0-2]|0?[1-9]))"
                 rf"[/.](?P<y>\d{{4}}|\d\d)(?![\d/])")
def _numeric(m: re.Match[str], cx: Context) -> Result | None:
    """US month-first "2/23/26"; day-first "27/02/2026" (British and European
    news) only when the first number cannot be a month, so nothing is guessed."""
    y = int(m["y"])
    if y < 100:
        y += 1900 if y > (cx.dct.year % 100) + 1 else 2000
    d = _date(y, int(m["m"] or m["m2"]), int(m["d"] or m["d2"]))
    return ("DATE", d.isoformat(), None) if d else None


_DASH_DMY = re.compile(r"(?<![\w-])(?:1[3-9]|2\d|3[01])-(?:0?[1-9]|1[0-2])-(?:1[5-9]|20)\d\d(?![\w-])")
_DASH_MDY = re.compile(r"(?<![\w-])(?:0?[1-9]|1[0-2])-(?:1[3-9]|2\d|3[01])-(?:1[5-9]|20)\d\d(?![\w-])")


@rule("numeric_dash", rf"{B}(?P<a>3[01]|[12]\d|0?[1-9])-(?P<b>3[01]|[12]\d|0?[1-9])-(?P<y>1[5-9]\d\d|20\d\d)(?![\d/-])",
      accept=lambda m, text: not (int(m["a"]) > 12 and int(m["b"]) > 12))
def _numeric_dash(m: re.Match[str], cx: Context) -> Result | None:
    """ "18-3-1869" (day first) or "3-18-1869" (month first): with dashes only when one
    number cannot be a month, or when a neighbour in the same style shows the writer's
    order ("4-3-1867; 18-3-1869"), so the order is read, never guessed."""
    a, b = int(m["a"]), int(m["b"])
    day_first = a > 12
    if a <= 12 and b <= 12:
        near = cx.text[max(0, m.start() - 300):m.end() + 300]
        dmy, mdy = bool(_DASH_DMY.search(near)), bool(_DASH_MDY.search(near))
        if dmy == mdy:
            return None
        day_first = dmy
    d = _date(int(m["y"]), b, a) if day_first else _date(int(m["y"]), a, b)
    return ("DATE", d.isoformat(), None) if d else None


# Modern financial shorthand: "FY2025", "FY26", "1Q26", "Q1'26", "2H25", "H2'25".
@rule("period_code",
      rf"{B}(?:(?i:FY)[ -]?(?P<fy>\d{{4}}|\d\d)|(?P<qn>[1-4])(?P<qk>[QH])[ -]?(?:(?i:FY)[ -]?)?(?P<qy>20\d\d|\d\d)"
      rf"|(?P<qk2>[QH])(?P<qn2>[1-4])[ ]?(?:'|(?i:FY)[ -]?)(?P<qy2>\d\d))(?![\w%-])",
      accept=lambda m, text: not (m["qk"] == "H" and m["qn"] not in ("1", "2")) and not (m["qk2"] == "H" and m["qn2"] not in ("1", "2")))
def _period_code(m: re.Match[str], cx: Context) -> Result | None:
    def year(raw: str) -> int:
        return int(raw) if len(raw) == 4 else cx.dct.year // 100 * 100 + int(raw)
    if m["fy"]:
        return "DATE", str(year(m["fy"])), None
    kind, n, y = (m["qk"], m["qn"], m["qy"]) if m["qk"] else (m["qk2"], m["qn2"], m["qy2"])
    return "DATE", f"{year(y)}-{kind}{n}", None


@rule("ytd", rf"{B}(?:(?P<ytd>YTD)|(?i:year[- ]to[- ]date))(?![\w-])")
def _ytd(m: re.Match[str], cx: Context) -> Result | None:
    """ "Up 14% year-to-date": the current year so far, like "so far this year"."""
    return "DATE", str(cx.dct.year), None


# "9/11" without a year is the 2001 attacks in English news, not a September 11 of the DCT's year.
# "9/11", and "Sept. 11" naming the 2001 attacks ("the Sept. 11 Victim Compensation Fund",
# "the September 11 attacks"): that day, whatever the year of the report
@rule("nine_eleven", r"(?<![\w$/.-])9/11(?![\w/%-]|\.\d)"
      r"|\b(?:Sept\.?|September) 11(?:th)?(?= (?:[Aa]ttacks?|[Tt]error\w*|[Hh]ijack\w*|[Vv]ictims?|Commission|commission)\b)")
def _nine_eleven(m: re.Match[str], cx: Context) -> Result | None:
    return "DATE", "2001-09-11", None


# Days that name an event: "the Sept. 11 attacks" is 2001, "the Jan. 6 riot" 2021,
# whatever the DCT; only when the event noun follows, so "on Jan. 6" stays relative.
_FAMOUS_DAYS = {
    (9, 11): (2001, re.compile(r"(?:,|\s)\s?(?:terror(?:ist)?\s)?(?:attacks?|hijack\w*|commission|memorial|museum|"
                               r"victims|responders|anniversary|era|families)\b")),
    (10, 7): (2023, re.compile(r"\s(?:attacks?|massacre|assault|hostages?|raid|invasion)\b")),
    (1, 6): (2021, re.compile(r"\s(?:attack|riot|rioters?|insurrection|committee|panel|defendants?|"
                              r"Capitol|prosecutions?|cases?|pardons?|probe|hearings?)\b")),
}


_SHARED_YEAR = re.compile(rf"(?:{SP}(?i:and|or|to|through)|\s?[-–])\s{{0,3}}{DAY},?\s{{0,3}}(?P<y>{YEAR})")


# "December the second, 2020", "June the 14th": a month, "the" and an ordinal day; a lower-case
# word after a bare ordinal means the ordinal belongs to a noun ("in December the second wave hit")
# ("Wednesday January the 12th": the weekday before the date is part of it)
@rule("month_the_day", rf"{B}(?:{WD_DATE},?{SP})?(?P<mon>{MONTH_FULL}){SP}(?i:the){SP}(?P<dayw>{DAY_WORD}|(?:3[01]|[12]\d|0?[1-9])(?i:st|nd|rd|th))"
                       rf"(?![\w-])(?:,?{SP}(?P<year>{YEAR}))?",
      accept=lambda m, text: bool(m["year"]) or not re.match(r"\s[a-z]", text[m.end():m.end() + 2])
      or bool(re.match(r"\s(?:and|or|at|in|on|to|until|when|was|were|is|will|of)\b", text[m.end():m.end() + 7])))
def _month_the_day(m: re.Match[str], cx: Context) -> Result | None:
    mon, w = _mon(m["mon"]), m["dayw"]
    d = int(w[:-2]) if w[0].isdigit() else DAY_WORDS[" ".join(w.lower().split())]
    date = _date(int(m["year"]) if m["year"] else year_for(cx, mon, d, m.start(), m.end()), mon, d)
    return ("DATE", date.isoformat(), None) if date else None


def weekday_year(cx: Context, wd: int, mon: int, d: int, pos: int | None = None) -> int | None:
    """A weekday pins the year of a month and day: the year of a date written out just before, when
    the day falls on it there (a 2002 photo's caption, "Friday Nov. 1, 2002 ... through Sunday,
    Nov. 3", in a story of 2010), else the closest year to the DCT's in which it does."""
    story = cx.anchor.date.year if cx.anchor is not None and pos is not None and 0 < pos - cx.anchor_pos <= _WEEKDAY_YEAR_REACH else None
    for cand in (story, cx.dct.year, cx.dct.year + 1, cx.dct.year - 1):
        dd = cand and _date(cand, mon, d)
        if dd and dd.weekday() == wd:
            return cand
    return None


#: how far (characters) before a weekday's date the date whose year it may share is written: the
#: same caption or the next sentence
_WEEKDAY_YEAR_REACH = 400


@rule("date_mdy", rf"{B}(?:(?P<drel>(?i:last|next|this past|this coming)){SP})?(?:(?P<wd>{WD_DATE}),?{SP})?(?P<mon>{MOND}){SP}(?P<day>{DAY})(?!{SP}(?i:percent|%|p\.m|a\.m))"
                  rf"(?:(?:,?{SP}|,)(?P<year>{FULL_DATE_YEAR})|{SP}{SHORT_YEAR}|{OF_STORY_YEAR})?")
def _date_mdy(m: re.Match[str], cx: Context) -> Result | None:
    mon = _mon(m["mon"])
    d = int(_digits(m["day"])) if m["day"] else DAY_WORDS[" ".join(m["dayw"].lower().split())]
    y = int(m["year"]) if m["year"] else None
    if m["yy"]:  # "'05": the century that puts it at most ten years after the DCT
        y = cx.dct.year // 100 * 100 + int(m["yy"])
        y = y if y <= cx.dct.year + 10 else y - 100
    famous = _FAMOUS_DAYS.get((mon, d))
    if y is None and famous and famous[1].match(cx.text, m.end()):
        return "DATE", f"{famous[0]}-{mon:02d}-{d:02d}", None
    if y is None and m["wd"]:
        y = weekday_year(cx, _wd(m["wd"]), mon, d, m.start())
    if y is None:  # "June 3 and 4, 1989": the year written once for both days
        shared = _SHARED_YEAR.match(cx.text, m.end())
        if shared:
            y = int(shared["y"])
    drel = (m.groupdict().get("drel") or "").lower()
    if y is None and drel:  # "last Oct. 23": the latest one before the DCT; "next June 1" the first after
        y = cx.dct.year
        if drel in ("last", "this past") and (mon, d) >= (cx.dct.month, cx.dct.day):
            y -= 1
        elif drel in ("next", "this coming") and (mon, d) <= (cx.dct.month, cx.dct.day):
            y += 1
    if y is None and m["ayear"]:  # "Dec. 31 of the previous year": counted from the story's date
        y = cx.anchor_or_dct().date.year + ANAPHORIC_SHIFT.get(" ".join(m["ayear"].lower().split()[:-1]), 0)
    if y is None and not m["wd"] and habitual_month(cx.text, m.start(), m.end()):
        return "DATE", f"XXXX-{mon:02d}-{d:02d}", None  # "usually not until 10 August": any year's, as a habit's month
    if y is None:
        y = year_for(cx, mon, d, m.start(), m.end())
    date = _date(y, mon, d)
    return ("DATE", date.isoformat(), None) if date else None


@rule("day_list", rf"{B}(?:(?P<wd>{WD_DATE}),?{SP})?(?P<day>{DAY})(?=(?:,{SP}{DAY}){{0,4}}(?:,?{SP}(?i:and|or|&|to|through|until|till){SP}|\s?[-–]\s?)"
                  rf"(?:{WD_DATE},?{SP})?{DAY}{SP}(?P<lmon>{MOND})"
                  rf"(?:,?{SP}(?P<lyear>{YEAR}))?)", accept=lambda m, text: _range_starts(m, text))
def _day_list(m: re.Match[str], cx: Context) -> Result | None:
    """ "On 14 and 21 May 2010", "from 14 to 21 May", "18-19 May", "Monday 14 to Friday 18 June":
    the first days of a list or range share the month written after the last."""
    mon, d = _mon(m["lmon"]), int(_digits(m["day"]))
    y = int(m["lyear"]) if m["lyear"] else (m["wd"] and weekday_year(cx, _wd(m["wd"]), mon, d, m.start())) or year_for(cx, mon, d, m.start(), m.end())
    date = _date(y, mon, d)
    return ("DATE", date.isoformat(), None) if date else None


@rule("range_end_day", rf"(?<=\d[-–])(?P<day>{DAY})(?:,?{SP}(?P<year>{YEAR}))?(?!\w|{SP}(?i:percent|million|billion|[ap]\.?m))",
      accept=lambda m, text: bool(_MONTH_DAY_DASH.search(text, max(0, m.start() - 16), m.start()))
      and _range_goes_on(m, text))
def _range_end_day(m: re.Match[str], cx: Context) -> Result | None:
    """ "May 18-19, 2010": the last day of a range keeps the month written before the first."""
    mon = _mon(_MONTH_DAY_DASH.search(cx.text, max(0, m.start() - 16), m.start())["mon"])
    a = cx.anchor
    if m["year"]:
        y = int(m["year"])
    elif a is not None and a.precision == "day" and a.date.month == mon and 0 < m.start() - cx.anchor_pos <= 16:
        y = a.date.year  # the first day's year, however it was decided
    else:
        y = year_for(cx, mon, int(_digits(m["day"])), m.start(), m.end())
    date = _date(y, mon, int(_digits(m["day"])))
    return ("DATE", date.isoformat(), None) if date else None


def _range_starts(m: re.Match[str], text: str) -> bool:
    """A day before a dash starts a range only if the next day is later ("3-1 May 5" is a score)."""
    after = re.match(r"\s?[-–]\s?(\d{1,2})", text[m.end():m.end() + 6])
    return after is None or int(_digits(m["day"])) < int(after[1])


# "between June 3 and 6", "from May 18 to 21": the last day of a range written with words
_MONTH_DAY_WORDS = re.compile(rf"(?<![\w])(?P<mon>{MOND}){SP}(?P<first>{DAY}){SP}(?i:and|to|through|until|till){SP}$")


# Words that may follow the last day of a range ("found June 23 to 27 near the well"), where a
# number's noun ("June 3 and 6 people") may not.
_AFTER_RANGE_END = (r"(?:when|while|but|in|at|on|as|after|before|with|similar|during|near|off|across|from|by|for|"
                    r"than|that|which|where|" + auxiliaries(BE_FINITE, HAVE_FORMS, WILL_WOULD, without={"have"}) + r"|and|or)")


@rule("range_and_day", rf"(?:(?<=\d and )|(?<=\d to )|(?<=\d through )|(?<=\d until )|(?<=\d till ))(?P<day>{DAY})"
                       rf"(?:(?:,?{SP}|,)(?P<year>{YEAR}))?(?![\w%]|\s(?!{_AFTER_RANGE_END}\b)(?:[a-z]|[ap]\.?m\b)|\s?[-–/:.]\d)",
      accept=lambda m, text: bool(_MONTH_DAY_WORDS.search(text, max(0, m.start() - 24), m.start()))
      and int(_MONTH_DAY_WORDS.search(text, max(0, m.start() - 24), m.start())["first"].rstrip("stndrh")) < int(_digits(m["day"])))
def _range_and_day(m: re.Match[str], cx: Context) -> Result | None:
    """ "Conducted between June 3 and 6": the last day keeps the month of the first (and its year)."""
    before = _MONTH_DAY_WORDS.search(cx.text, max(0, m.start() - 24), m.start())
    mon, a = _mon(before["mon"]), cx.anchor
    if m["year"]:
        y = int(m["year"])
    elif a is not None and a.precision == "day" and a.date.month == mon and 0 < m.start() - cx.anchor_pos <= 24:
        y = a.date.year
    else:
        y = year_for(cx, mon, int(_digits(m["day"])), m.start(), m.end())
    date = _date(y, mon, int(_digits(m["day"])))
    return ("DATE", date.isoformat(), None) if date else None


def _range_goes_on(m: re.Match[str], text: str) -> bool:
    """After a dash, a day ends a range only if it follows the first day ("18-19 May", not a
    score: "won 3-1 May 5")."""
    before = re.search(r"(\d{1,2})[-–]$", text[max(0, m.start() - 3):m.start()])
    return before is None or not m["day"] or int(before[1]) < int(_digits(m["day"]))


_MONTH_DAY_DASH = re.compile(rf"(?<![\w])(?P<mon>{MOND}){SP}{DAY}[-–]$")


# "the 20th of April", "the twentieth of April" own their article; in "the 20 April explosion" it is the noun's
_THE_OWNED = rf"(?:3[01]|[12]\d|0?[1-9])(?i:st|nd|rd|th)|(?:3[01]|[12]\d|0?[1-9]){SP}(?i:of){SP}|{DAY_WORD}"


@rule("date_dmy", rf"(?:{B}|{DASH_DAY})(?:(?P<wd>{WD_DATE}),?{SP})?(?:(?i:the){SP}(?={_THE_OWNED}))?(?:(?P<day>{DAY}){SP}(?:(?i:of){SP})?"
                  rf"|(?P<dayw>{DAY_WORD}){SP}(?i:of){SP})(?P<mon>{MOND})"
                  rf"(?:(?:,?{SP}|,)(?P<year>{FULL_DATE_YEAR})|{SP}{SHORT_YEAR}|{OF_STORY_YEAR})?", accept=lambda m, text: _range_goes_on(m, text)
      # ("the Fourth of July weekend": the holiday's weekend, which the holiday rule reads from "Fourth")
      and not (m["dayw"] and re.match(r"\s(?:holiday\s)?weekend\b", text[m.end():m.end() + 16])))
def _date_dmy(m: re.Match[str], cx: Context) -> Result | None:
    return _date_mdy(m, cx)


@rule("ordinal_day", "(?:" + "|".join(rf"(?<=\b(?i:{w}) )" for w in ("on", "by", "until", "till", "since", "from", "before", "after"))
      + rf"){ORDINAL_DAY}")
def _ordinal_day_rule(m: re.Match[str], cx: Context) -> Result | None:
    d = _ordinal_day(cx, m.group(), m.start(), m.end())
    return ("DATE", d.isoformat(), None) if d else None


def _ordinal_day(cx: Context, text: str, start: int, end: int) -> dt.date | None:
    """"on the 20th": that day of the month the story is in (the last month or day named, as in
    "the April 20 blast ... at 3 o'clock on the 20th"), else of the DCT's month, or the month
    before in a past clause ("it closed on the 28th", told on the 3rd) or after in a future one."""
    n = int(re.search(r"\d+", text)[0])
    a = cx.anchor
    tense = cx.toward(start, end)
    if a is not None and a.precision in ("day", "month") and 0 < start - cx.anchor_pos <= 3000:
        y, mo = a.date.year, a.date.month
        later = tense == "future" and n < a.date.day
        if later:
            y, mo = (y, mo + 1) if mo < 12 else (y + 1, 1)  # "closed on the 28th and will reopen on the 2nd"
        d = _date(y, mo, n)
        if d is None or not ((later and d < cx.dct) or (tense == "past" and d > cx.dct)):
            return d  # (a day on the wrong side of the DCT for its clause is in the DCT's month)
    y, mo = cx.dct.year, cx.dct.month
    if tense == "past" and n > cx.dct.day:
        y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
    elif tense == "future" and n < cx.dct.day:
        y, mo = (y, mo + 1) if mo < 12 else (y + 1, 1)
    return _date(y, mo, n)


@rule("month_year", rf"{B}(?P<mon>{MOND}),?{SP}(?:(?i:of){SP})?(?P<year>{YEAR})")
def _month_year(m: re.Match[str], cx: Context) -> Result | None:
    return "DATE", V.month(int(m["year"]), _mon(m["mon"])), None


SPOKEN_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
SPOKEN_ONES = "one|two|three|four|five|six|seven|eight|nine"


@rule("spoken_year",
      # "March nineteen ninety-four", "March of nineteen ninety-four", "the winter of nineteen ninety-four": a
      # transcript's spoken year takes its month or season as a written one does ("the spring of 1994")
      rf"{B}(?:(?P<mon>{MONTH_FULL}),?{SP}(?:(?i:of){SP})?|(?:(?i:the){SP})?(?:(?P<part>(?i:early|late|mid)){SP})?"
      rf"(?P<season>(?i:spring|summer|autumn|winter|fall)){SP}(?i:of){SP})?(?:(?i:the year){SP})?"
      rf"(?:(?i:nineteen){SP}(?P<tens>(?i:{SPOKEN_TENS}))(?:[- ](?P<ones>(?i:{SPOKEN_ONES})))?"
      rf"|(?P<k>(?i:two thousand))(?:(?: and)? (?P<k1>(?i:{SPOKEN_ONES}|ten|eleven|twelve)))?(?![- ]hundred))(?![\w-])",
      accept=lambda m, text: bool(m["tens"]) or bool(re.search(r"(?i)(?:year|in|since|by|until|of)\W{1,3}$",
                                                              text[max(0, m.start() - 12):m.start()])
                                                     or m.group(0).lower().startswith("the year")))
def _spoken_year(m: re.Match[str], cx: Context) -> Result | None:
    if m["tens"]:
        y = 1900 + TENS[m["tens"].lower()] + (int(number(m["ones"]) or 0) if m["ones"] else 0)
    else:
        y = 2000 + (int(number(m["k1"]) or 0) if m["k1"] else 0)
    if m["mon"]:
        return "DATE", V.month(int(y), _mon(m["mon"])), None
    if m["season"]:
        mod = {"early": "START", "late": "END", "mid": "MID"}.get((m["part"] or "").lower())
        return "DATE", f"{int(y)}-{SEASONS[m['season'].lower()]}", mod
    return "DATE", str(int(y)), None
