"""Clock times ("5 p.m. EST", "10.30am on Tuesday", "noon", "0946: The minister arrives"),
with the day they belong to.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.calendar_words import EUROPEAN_ZONE_PATTERN, FIXED_ZONE_PATTERN
from timeline.live_stamps import live_stamp_starts, stamp_at
from timeline.tagger import values as V
from timeline.tagger.context import Context
from timeline.tagger.lexicon import (
    HOUR_WORD,
    HOUR_WORDS,
    MONTH_LOWER,
    NUM_WORD,
    PAST,
    SP,
    WEEKDAY_FULL,
    WEEKDAY_LOWER,
    number,
)
from timeline.tagger.rules.any_day_clock import any_day, any_day_value
from timeline.tagger.rules.dates import _ordinal_day
from timeline.tagger.rules.death_clock import clock_death_day
from timeline.tagger.rules.fragments import (
    CLOCK_DASH,
    DAY,
    MOND,
    ORDINAL_DAY,
    RELDAY,
    YEAR,
    ZONE,
    B,
    _mon,
    _wd,
)
from timeline.tagger.rules.recognizer import Result, Rule, registrar
from timeline.tagger.rules.sentence_window import _digits, same_sentence
from timeline.tagger.rules.story_day import MARKET, story_day, story_period, unabbreviate_clock
from timeline.tagger.rules.weekday_choice import _weekday, relday
from timeline.tagger.rules.year_choice import _date, year_for
from timeline.tagger.zone_aside import aside_day

RULES: list[Rule] = []
rule = registrar(RULES)


#: A four-figure clock time on a zoned clock, in parentheses after another clock ("at 2000 (0000 GMT)").
ZONED_ASIDE = r"\((?:[01]\d|2[0-3])[0-5]\d ?(?:GMT|UTC|BST)\)"
CLOCK_WORDS = {**HOUR_WORDS, "noon": 12, "midnight": 0}
CLOCK_HOUR = rf"(?:(?i:{HOUR_WORD})|1[0-2]|0?[1-9])"
AMPM = r"(?i:a\.m\.|p\.m\.|am|pm)(?![a-z])"
TIME_CORE = (
    r"(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?[ ]?(?P<ampm>(?i:a\.m\.|p\.m\.|am|pm))(?![a-z])"
    r"|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?::(?P<s24>[0-5]\d))?(?![\d:])(?:[ ]?(?P<ampm24>(?i:a\.m\.|am|p\.m\.|pm)(?![a-z])))?"
    r"|(?<![\w:])T(?P<th>[01]\d|2[0-3]):(?P<tm>[0-5]\d)(?::(?P<ts>[0-5]\d))?(?![\d:])"  # ISO "T13:23:42"
    # clock phrases: "a quarter past 6", "ten minutes to three", "half past noon", "eleven o'clock"
    rf"|(?P<frac>(?i:a quarter|quarter|half|(?:{NUM_WORD}|[1-5]?\d)(?: minutes?)?)) (?P<dir>(?i:past|after|to|before)) "
    rf"(?P<hh>{CLOCK_HOUR}|(?i:noon|midnight))(?![\w:])(?: (?i:o['’]clock))?"
    rf"(?: ?(?P<ampm2>{AMPM})| in the (?P<fpod>(?i:morning|afternoon|evening))|(?P<fnight> at night))?"
    rf"|(?P<hw>{CLOCK_HOUR}) (?i:o['’]clock)(?: ?(?P<ampm3>{AMPM})| in the (?P<hwpod>(?i:morning|afternoon|evening))"
    rf"|(?P<hwnight> at night))?"
    rf"|(?P<hwp>(?i:{HOUR_WORD})) in the (?P<hpod>(?i:morning|afternoon|evening))"
    r"|(?P<named>(?i:noon|midnight|midday))"
    rf"|(?P<hm>(?:[01]\d|2[0-3])[0-5]\d)(?=[ ](?:{FIXED_ZONE_PATTERN}|local time|hours|hrs|on)\b|[.,;!?)]|$"
    # "at 2000 (0000 GMT)": a wire time whose aside gives the same instant on a zoned clock
    rf"|[ ]{ZONED_ASIDE})"
    rf"|(?P<hd>[01]?\d|2[0-3])\.(?P<mid>[0-5]\d)(?=[ ](?:{EUROPEAN_ZONE_PATTERN})\b)"  # British "14.30 GMT"  # wire-service "1900 GMT"
    # British "at 21.45 on 20 April" with no zone: two-digit hours after a clock preposition,
    # with its day (see _time_ok), since "rose 21.52 points" is a decimal
    r"|(?P<hdp>[01]\d|2[0-3])\.(?P<midp>[0-5]\d)(?=[,;:)]|\.(?:\s|$)|$|\s(?:on|local|hours|hrs|yesterday|today|tonight|this|last|that)\b))"
)


def _clock(m: re.Match[str]) -> tuple[int, int, int | None] | None:
    """Hour, minute and second of a clock phrase ("a quarter past 6", "ten to three")."""
    seconds = None
    if m["th"]:
        hour, minute, seconds = int(m["th"]), int(m["tm"]), int(m["ts"]) if m["ts"] else None
    elif m["hw"]:
        hour, minute = CLOCK_WORDS.get(m["hw"].lower()) or int(m["hw"]), 0
        pm = (m["ampm3"] and m["ampm3"][0].lower() == "p") or (m["hwpod"] and m["hwpod"].lower() != "morning") \
            or (m["hwnight"] and hour >= 6)  # "ten o'clock at night" is 22:00, "two o'clock at night" 02:00
        if pm and hour < 12:
            hour += 12
    elif m["hwp"]:
        hour, minute = CLOCK_WORDS[m["hwp"].lower()], 0
        if m["hpod"].lower() != "morning" and hour < 12:
            hour += 12
    else:
        frac = " ".join(m["frac"].lower().split()).removesuffix(" minutes").removesuffix(" minute")
        minutes = {"a quarter": 15, "quarter": 15, "half": 30}.get(frac)
        if minutes is None:
            n = number(frac)
            if n is None or n != int(n) or not 0 < n < 60:
                return None
            minutes = int(n)
        hh = m["hh"].lower()
        hour = CLOCK_WORDS[hh] if hh in CLOCK_WORDS else int(hh)
        # "half past ten in the evening" is 22:30, "a quarter past two at night" 02:15, as "ten
        # o'clock at night" is 22:00
        pm = (m["ampm2"] and m["ampm2"][0].lower() == "p") or (m["fpod"] and m["fpod"].lower() != "morning") \
            or (m["fnight"] and hour >= 6)
        if pm and hour < 12:
            hour += 12
        total = hour * 60 + (minutes if m["dir"].lower() in ("past", "after") else -minutes)
        if m["dir"].lower() in ("to", "before") and minutes == 30:
            return None  # "half to three" is not English; "30 minutes before 3" is a span
        hour, minute = divmod(total % (24 * 60), 60)
    return hour, minute, seconds


_EARLIER_CLOCK = re.compile(r"\b(1[0-2]|0?[1-9])[:.]([0-5]\d)\s?([AaPp])\.?[Mm]\b")


# ("at approximately 21:38 hours", "at about 10:35"): a clock preposition, then how exact the time is
_TIME_PREP_APPROX = re.compile(r"(?i)\b(?:at|by|until|till|from|before|after|since)\s(?:about|around|approximately|"
                               r"roughly|precisely|exactly|just|shortly (?:after|before)|just (?:after|before))\s$")
_TIME_PREP_CLOCK = re.compile(r"(?i)\b(?:at|by|until|till|from|before|after|since)\s$")
_TIME_PREP = re.compile(r"(?i)\b(?:at|by|from|to|until|till|before|after|since|around|about|between|and|@)\s$")


# a zone after the clock, or its aside giving the same instant on a zoned clock ("at 2000 (0000 GMT)")
_ZONED_AFTER = re.compile(rf" (?:{FIXED_ZONE_PATTERN})\b| " + ZONED_ASIDE)


def _time_ok(m: re.Match[str], text: str) -> bool:
    """A bare "12:00" needs a preposition ("at 12:00"): "John 3:16" and "a 2:1 ratio" are no times.
    "ten to three" ends its phrase, where "two to three weeks" is a range."""
    if m["frac"] and not re.search(r"(?i)quarter|half|minute", m["frac"]) and not (
            m["ampm2"] or "clock" in m.group(0) or re.match(r"\s?(?:[.,;:!?)]|$)", text[m.end():m.end() + 2])):
        return False
    if m["frac"] and m["frac"].isdigit() and m["dir"].lower() == "to":
        return False  # "from 1 to 3 p.m.": figures joined by "to" are a range of hours; "ten to three" is written out
    if m["frac"] and not re.search(r"(?i)quarter|half|minute", m["frac"]) and (
            (number(m["frac"].lower()) or 5) % 5 or re.search(r"(?i)\b(?:from|between)\s(?:[a-z]+\s)?$", text[max(0, m.start() - 24):m.start()])):
        # "rose from two to 10 on Wednesday", "from nine to five", "from phase five to six": a range; a clock leaves out
        # "minutes" only for multiples of five ("ten to three", "twenty past six")
        return False
    if m["named"] and m["named"][0].isupper() and re.search(r"[a-z,]\s[A-Z][a-z]+\s$", text[max(0, m.start() - 20):m.start()]):
        return False  # "the After Midnight session", "High Noon": a title's word
    if m["hw"] and m.group(0)[:1].isupper() and re.match(r"\s(?:News|Show|Bulletin|Club|Programme|Program)\b", text[m.end():m.end() + 12]):
        return False  # "the Six O'clock News": a programme's name
    if m["hm"] and not m["zone"] and not m["local"] and not _ZONED_AFTER.match(text, m.end()):
        # "at 2200 hours" is a clock time, "logged 1200 hours" an amount; a bare "at 2330" only
        # after a day or a part of one ("Friday night at 2330"), since such numbers are mostly years
        if not re.search(r"(?i)\b(?:at|until|till|from|by|before|after|since)\s$", text[max(0, m.start() - 7):m.start()]):
            return False
        if m["wd"] or m["mon2"] or m["day3"]:
            return True  # "at 1040 on 25 June": the day named with it says it is a clock, as for "at 21.45 on 20 April"
        if re.match(" on ", text[m.end("hm"):m.end("hm") + 4]):
            return False  # "since 2008 on its books": a year before "on" with no day
        if not re.match(r" (?:hours|hrs)\b", text[m.end():m.end() + 6]) and not re.search(
                r"(?i)\b(?:morning|afternoon|evening|night|today|yesterday|tonight|[a-z]+day)\s(?:at|until|till|from|by|before|after|since)\s$",
                text[max(0, m.start() - 24):m.start()]):
            return False
    if m["hdp"] and not m["zone"] and not m["local"] and (
            not (_TIME_PREP_CLOCK.search(text, max(0, m.start() - 7), m.start()) or _TIME_PREP_APPROX.search(text, max(0, m.start() - 30), m.start()))
            or MARKET.search(re.split(r"[.!?]\s", text[max(0, m.start() - 160):m.start()])[-1])
            or re.search(r"[$£€¥]|\b(?:pence|cents|euros?|dollars?|pounds?|yen|points?|per ?cent|percent)\b", text[max(0, m.start() - 60):m.end() + 16])):
        return False  # "closed at 21.52" in a market report is a price
    if m["hdp"] and not (m["wd"] or m["mon2"] or m["day3"] or m["nm"] or m["rel"]):
        # "at 21.45 on 20 April": the day named with it says it is a clock; a bare "at 21.52" in a
        # story of another day would be dated the report's, a wrong date no reader can detect
        return False
    return bool(m["ampm"] or m["named"] or m["zone"] or m["local"] or m["wd"] or m["rel"] or m["mon2"] or m["mon3"] or m["nm"] or m["hdp"]
                or m["s24"] or m["ampm24"] or m["th"] or m["frac"] or m["hw"] or m["hwp"] or m["anext"] or m["hm"]
                or _TIME_PREP.search(text, max(0, m.start() - 9), m.start())
                or _TIME_PREP_APPROX.search(text, max(0, m.start() - 30), m.start()))


# "12:00 AM Thu, 1 Jan 2099": a short weekday joins a time only with the date after it
_WD_SHORT_BEFORE_DATE = rf"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?=,?{SP}(?:{MOND}{SP}{DAY}|{DAY}{SP}{MOND}))"


def _past_after_later_day(cx: Context, m: re.Match[str]) -> bool:
    """Is the clock told in a past clause after a day that lies ahead of the report ("postponed the vote until
    May 13, after a hearing that stretched past midnight")? What is told as done happened by the report, so the
    later day named before it is no day of that clock."""
    return cx.anchor is not None and cx.anchor.date > cx.dct and _CLAUSE_BETWEEN.search(cx.text, cx.anchor_pos, m.start()) \
        is not None and cx.tense(m.start(), m.end()) == "past"


#: A clause of its own opened between a day and a clock ("May 13, after a hearing that ..."): the clock is that
#: clause's, not a time of the day (a stamp's "June 4, 2010 4:36 PM" is one moment).
_CLAUSE_BETWEEN = re.compile(r",\s+(?:after|before|when|while|as|once|following)\b|\b(?:that|which|who)\s+[a-z]+ed\b")


@rule("time",
      # ("1425 local time": the place's own clock, which TimeML spans with the time as it does a zone)
      rf"(?:{B}|{CLOCK_DASH}){TIME_CORE}(?:{SP}(?:(?P<zone>{ZONE})(?![A-Za-z])|(?P<local>(?i:local time))(?![\w-])))?"
      # the day it is on, in any of the ways news writes one: "Friday, Oct. 1, 1999",
      # "Tuesday 1 June 2010", "on 16 Jun 2010", "on 6/12/2008", "today"
      rf"(?:,?{SP}(?:(?i:on){SP})?(?:(?:(?P<wd>(?:{WEEKDAY_FULL})(?![a-z])|{_WD_SHORT_BEFORE_DATE})(?:,?{SP}(?:(?P<mon>{MOND}){SP}(?P<day>{DAY})"
      rf"|(?P<dayb>{DAY}){SP}(?P<monb>{MOND}))(?:,?{SP}(?P<year>{YEAR}))?)?)"
      rf"|(?P<mon2>{MOND}){SP}(?P<day2>{DAY})(?:,?{SP}(?P<year2>{YEAR}))?"
      rf"|(?P<day3>{DAY}){SP}(?P<mon3>{MOND})(?:,?{SP}(?P<year3>{YEAR}))?"
      rf"|(?P<nm>1[0-2]|0?[1-9])/(?P<nd>3[01]|[12]\d|0?[1-9])/(?P<ny>\d{{4}})(?![\d/])"
      rf"|(?P<rel>{RELDAY})(?:{SP}(?P<relpod>(?i:morning|afternoon|evening|night))(?![\w-]))?"
      rf"|(?P<lnight>(?i:last night|this morning|this afternoon|this evening))(?![\w-])"
      rf"|(?P<oday>{ORDINAL_DAY})"  # "at 3 o'clock on the 20th": the day of the month in the story
      # "until 11:45 the next morning": the day after the one the story is telling
      rf"|(?P<anext>(?i:the next|the following|that)){SP}(?P<anpod>(?i:morning|afternoon|evening|night|day))(?![\w-])))?",
      accept=lambda m, text: _time_ok(m, text))
def _time(m: re.Match[str], cx: Context) -> Result | None:
    seconds = None
    if m["th"] or m["frac"] or m["hw"] or m["hwp"]:
        clock = _clock(m)
        if clock is None:
            return None
        hour, minute, seconds = clock
    elif m["named"]:
        n = m["named"].lower()
        hour, minute = (0, 0) if n == "midnight" else (12, 0)
    elif m["h"]:
        hour, minute = int(m["h"]) % 12, int(m["mi"] or 0)
        if m["ampm"].lower().startswith("p"):
            hour += 12
    elif m["hm"]:
        hour, minute = int(m["hm"][:2]), int(m["hm"][2:])
    elif m["hd"]:
        hour, minute = int(m["hd"]), int(m["mid"])
    elif m["hdp"]:
        hour, minute = int(m["hdp"]), int(m["midp"])
    else:
        hour, minute = int(m["h24"]), int(m["mi24"])
        seconds = int(m["s24"]) if m["s24"] else None
        if m["ampm24"] and hour > 12 and m["ampm24"][0].lower() == "a":
            return None  # "13:00 am" is no time; "18:14 PM" is a 24-hour clock with a redundant PM
        if m["ampm24"] and hour <= 12:  # "10:04:33 p.m." (with seconds, the first branch cannot read it) is 22:04:33
            hour = hour % 12 + (12 if m["ampm24"][0].lower() == "p" else 0)
    mon, day, year = next(((_mon(mo), int(_digits(da)), ye) for mo, da, ye in (
        (m["mon2"], m["day2"], m["year2"]), (m["mon3"], m["day3"], m["year3"]), (m["mon"], m["day"], m["year"]),
        (m["monb"], m["dayb"], m["year"])) if mo), (None, None, None))
    if m["nm"]:
        d = _date(int(m["ny"]), int(m["nm"]), int(m["nd"]))
    elif mon is not None:
        d = _date(int(year) if year else year_for(cx, mon, day, m.start(), m.end()), mon, day)
    elif m["wd"]:
        d = _weekday(cx, _wd(m["wd"]), m.start(), m.end())
    elif m["rel"] or m["lnight"]:
        # "at 11 p.m. last night", "at 10 o'clock yesterday evening": the part of the day decides
        # the half of a clock without a.m./p.m. and, after midnight, that last night is today
        pod = (m["relpod"] or m["lnight"] or "day").lower().split()[-1]
        d = relday(cx, m["rel"]) if m["rel"] else cx.dct - dt.timedelta(days=m["lnight"].lower() == "last night")
        if not (m["ampm"] or m["ampm24"] or m["ampm2"] or m["ampm3"]) and hour < 12 and (
                (pod in ("night", "evening") and hour >= 6) or (pod == "afternoon" and hour < 7)):
            hour += 12
        if m["lnight"] and pod == "night" and hour < 6:
            d = cx.dct
    elif m["oday"]:
        d = _ordinal_day(cx, m["oday"], m.start(), m.end())
    elif m["anext"]:
        d = cx.day_anchor_or_anchor(m.start()).date + dt.timedelta(days=0 if m["anext"].lower() == "that" else 1)
    elif cx.anchor is not None and cx.anchor.precision == "day" and 0 <= m.start() - cx.anchor_pos < 60 \
            and same_sentence(cx.text[cx.anchor_pos:m.start()]) and not _past_after_later_day(cx, m):
        d = aside_day(cx, m.start(), m["zone"], hour, minute) or cx.anchor.date  # "on March 16 at 10 a.m.": the day named; "8 p.m. EDT (0001 GMT)": the instant's
        if m["named"] and m["named"].lower() == "midnight":
            d = d + dt.timedelta(days=1)  # "began late on Saturday and went on until after midnight": its end
    elif (end_day := _clock_range_day(m, cx)) is not None:
        d = end_day  # "between 2am and 3am on 27 May": both ends on the day written after the range
    elif (later := _DAY_AFTER_ASIDE.match(cx.text, m.end())) is not None:
        # "at 1425 local time (1925 GMT) on Thursday": the day after an aside is both times' day
        d = _weekday(cx, _wd(later["wd"]), later.start("wd"), later.end("wd"))
    elif (event_day := clock_death_day(cx, m.end())) is not None:
        d = event_day  # "at 1.30 am on the morning of his death": the day the text gave the death
    elif _habitual_clock(cx, m.start(), m.end()) and not m["zone"]:
        return "TIME", "XXXX-XX-XXT" + (_MIDDAY if _midday(m) else f"{hour:02d}:{minute:02d}"), None  # "calls at 3am are common": any day's
    else:
        d = (None if m["named"] and m["named"].lower() == "midnight" else story_day(cx, m.start(), m.end())) or cx.dct
        if d == cx.dct and (period := story_period(cx, m.start(), m.end())):
            return "TIME", period, None  # "In 1989 the tanker ran aground at 10 p.m.": some day of that year
        if d == cx.dct and not m["zone"] and any_day(cx, m):
            return "TIME", any_day_value(m, hour, minute), None  # "woken up at three o'clock in the morning"
        if m["named"] and m["named"].lower() == "midnight" and cx.tense(m.start(), m.end(), deadline=False) == "future":
            d = d + dt.timedelta(days=1)  # "will begin after midnight": the coming one, not the one just past
    if d is None:
        return None
    if (start_clock := _CLOCK_RANGE_START.search(cx.text, max(0, m.start() - 12), m.start())) is not None and not (
            m["wd"] or m["rel"] or mon or m["nm"] or m["oday"]):
        h0 = int(start_clock["h"]) % 12 + (12 if start_clock["ap"].lower().startswith("p") else 0)
        if (hour, minute) < (h0, int(start_clock["mi"])):
            d = d + dt.timedelta(days=1)  # "9.00pm-12.30 am": a range that runs past midnight ends the next day
    # "midnight Friday" is the end of Friday, written as TimeML and TimeBank write it: Friday T24:00
    # (the same instant as Saturday T00:00); but "shortly after midnight on March 24" is the first
    # minutes of March 24, the day it opens: T00:00
    end_of_day = bool(m["named"] and m["named"].lower() == "midnight" and (m["wd"] or m["rel"] or mon or m["nm"])
                      and not re.search(r"(?i)\bafter\s$", cx.text[max(0, m.start() - 7):m.start()]))
    if m["h24"] and not m["ampm24"] and not m["h24"].startswith("0") and 1 <= hour < 12 \
            and (told := _EARLIER_CLOCK.findall(re.split(r"(?<![AaPp]\.[Mm])[.!?\n]\s", cx.text[max(0, m.start() - 160):m.start()])[-1])):
        # "started at 10:15 a.m. and completed it at 3:15": a clock told after one with its half of
        # the day, in the same sentence, is the first such time after it
        h0 = int(told[-1][0]) % 12 + (12 if told[-1][2].lower() == "p" else 0)
        if (hour, minute) < (h0, int(told[-1][1])) <= (hour + 12, minute):
            hour += 12
    if _midday(m):
        return "TIME", f"{d.isoformat()}T{_MIDDAY}", None
    if 1 <= hour < 12 and _half_unsaid(m) and _later_part_of_day(m, cx, hour):
        hour += 12  # "at 9:30 the next evening", "Saturday afternoon, about 5 o'clock"
    value = f"{d.isoformat()}T{hour:02d}:{minute:02d}" + (f":{seconds:02d}" if seconds is not None else "")
    if m["zone"]:
        off = V.zone_offset(m["zone"], dt.datetime(d.year, d.month, d.day, hour, minute))
        if off:
            value += off
    if end_of_day:
        value = f"{d.isoformat()}T24:00" + value[16:]
    return "TIME", value, None


# "Midday" names a stretch of the day around noon, TIMEX3's part of day "MI" ("by midday Tuesday",
# "down 7 percent at midday"), where "noon" is the clock's 12:00; the clock rule still reads its day.
_MIDDAY = "MI"


def _midday(m: re.Match[str]) -> bool:
    return bool(m["named"]) and m["named"].lower() == "midday"


# A part of the day written just before a clock time, in its phrase: "Saturday afternoon, about 5
# o'clock", "in the evening at 8:30"
_PART_BEFORE = re.compile(r"(?i)\b(?P<pod>afternoon|evening|night),?\s(?:(?:at|by|about|around|approximately|roughly|"
                          r"just after|just before)\s){1,2}$|\b(?P<podc>afternoon|evening|night),\s$")


def _half_unsaid(m: re.Match[str]) -> bool:
    """Is the clock's half of the day left unsaid ("5 o'clock", "at 9:30", "half past six")?"""
    return bool((m["hw"] and not (m["ampm3"] or m["hwpod"] or m["hwnight"])) or (m["h24"] and not m["ampm24"])
                or (m["frac"] and not (m["ampm2"] or m["fpod"] or m["fnight"])))


def _later_part_of_day(m: re.Match[str], cx: Context, hour: int) -> bool:
    """Does a part of the day told with the clock put it after noon ("6 o'clock that evening", "about
    5 o'clock" after "Saturday afternoon,")? A night does from six ("10 o'clock that night"), not
    before ("2 o'clock that night"); an afternoon's hours run to six, an evening's from four."""
    before = _PART_BEFORE.search(cx.text, max(0, m.start() - 32), m.start())
    pod = (m["anpod"] or (before["pod"] or before["podc"] if before else "")).lower()
    return (pod == "afternoon" and hour < 7) or (pod == "evening" and hour >= 4) or (pod == "night" and hour >= 6)


# A clock time in a sentence about what happens as a rule ("calls at 3am are common", "he usually
# wakes at 5 a.m.") is a time of any day (TimeML's XXXX-XX-XX), not one on the report's day.
_HABIT_WORDS = re.compile(r"(?i)\b(?:usually|normally|typically|often|always|routinely|generally|regularly|sometimes|rarely|"
                          r"seldom|never(?!\smind)|every|each|daily|nightly|whenever|common|commonly|customarily|habitually|"
                          r"most (?:days|nights|mornings|evenings)|as a rule)\b")
_NOT_HABIT_WORDS = re.compile(rf"(?i)\b(?:will|would|shall|['’]ll|going to|today|tonight|tomorrow|yesterday|last|next|this|"
                              rf"now|ago|{WEEKDAY_LOWER}|{MONTH_LOWER})\b|\b(?:May|March)\s\d|\d\s(?:May|March)\b")


_RECURRING_DAY = re.compile(rf"(?i)\b(?:{WEEKDAY_FULL})(?:s\b|\s(?:nights|mornings|evenings|afternoons)\b)")


def _habitual_clock(cx: Context, start: int, end: int) -> bool:
    left = unabbreviate_clock(cx.text[max(0, start - 160):start])
    left = re.split(r"[.!?;:\n]\s", left)[-1]
    right = re.split(r"[.!?;:\n](?:\s|$)", unabbreviate_clock(cx.text[end:end + 160]))[0]
    sentence = f"{left} {right}"
    recurring = _RECURRING_DAY.search(sentence)  # "on Thursday nights at 7-8pm": every Thursday's
    if not (_HABIT_WORDS.search(sentence) or recurring) or _NOT_HABIT_WORDS.search(_RECURRING_DAY.sub(" ", sentence)):
        return False
    # ("can be heard on Thursday nights": a participle after "be" is no past tense)
    words = re.findall(r"[a-z']+", re.sub(r"(?i)\b(?:be|being)\s[a-z]+", " ", sentence.lower()))
    return not any(w in PAST for w in words) and cx.tense(start, end) != "past"


_RANGE_JOIN = re.compile(r"\s?(?:-|–|\s(?:and|to|until|till)\s)\s?")
# A weekday after an aside closing a clock time: "1425 local time (1925 GMT) on Thursday", "(1925 GMT) on Thursday".
_DAY_AFTER_ASIDE = re.compile(rf"(?:\s?local time)?(?:\s?\([^()\n]{{1,30}}\)|\))\s{{1,2}}(?:on\s)?(?P<wd>{WEEKDAY_FULL})\b")
# The start of a clock range written with a dash: "9.00pm-" before "12.30 am".
_CLOCK_RANGE_START = re.compile(r"\b(?P<h>1[0-2]|0?[1-9])[.:](?P<mi>[0-5]\d)\s?(?P<ap>[ap]\.?m\.?)\s?[-–]\s?$", re.I)


def _clock_range_day(m: re.Match[str], cx: Context) -> dt.date | None:
    """The day of a clock range's end, when the start has none of its own ("from 9 a.m. to noon
    on Friday")."""
    join = _RANGE_JOIN.match(cx.text, m.end())
    if join is None:
        return None
    time_rule = next(r for r in RULES if r.name == "time")
    other = time_rule.regex().match(cx.text, join.end())
    if other is None or not (other["wd"] or other["mon2"] or other["mon3"] or other["mon"] or other["nm"] or other["rel"]):
        return None
    result = _time(other, cx)
    return dt.date.fromisoformat(result[1][:10]) if result else None


# Live pages label each entry with a 24-hour clock time ("2140: Readers write ...", "0946: The
# minister arrives", "2059 Officials in Louisiana ...", "19:05 ..."). The same form opens chronology entries with a
# year ("1918: Spanish flu"), so a label is a time when the page's stamps together make a live page
# (:mod:`timeline.live_stamps`), or when no news year could be meant (before 1000, or 2100 and after; "2050:" may
# open a forecast). The check is in ``accept`` so that a year label falls through to the year rules.
@rule("live_label", rf"{B}(?:(?P<lh>[01]\d|2[0-3])(?P<lm>[0-5]\d)|(?P<sh>[01]?\d|2[0-3])[:.](?P<sm>[0-5]\d))"
                    rf"(?:[ ]?(?P<lz>{ZONE})(?![\w]))?(?=:?\s[A-Z\"'‘“])", accept=lambda m, text: _live_label_ok(m, text))
def _live_label(m: re.Match[str], cx: Context) -> Result | None:
    stamp = stamp_at(cx.text, m.start())
    day = cx.dct + dt.timedelta(days=stamp.day_shift) if stamp else cx.dct
    hour, minute = (int(m["lh"]), int(m["lm"])) if m["lh"] else (int(m["sh"]), int(m["sm"]))
    zone = V.zone_offset(m["lz"], dt.datetime.combine(day, dt.time(hour, minute))) if m["lz"] else None
    return "TIME", f"{day.isoformat()}T{hour:02d}:{minute:02d}{zone or ''}", None


def _live_label_ok(m: re.Match[str], text: str) -> bool:
    if m.start() in live_stamp_starts(text):
        return True
    return bool(m["lh"]) and not m["lz"] and text[m.end():m.end() + 1] == ":" and not 1000 <= int(m["lh"] + m["lm"]) < 2100 and (
        m.start() == 0 or bool(re.search(r"(?:\n|[.!?\"”]\s)$", text[max(0, m.start() - 2):m.start()])))
