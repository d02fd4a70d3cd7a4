"""Distances back or ahead: "three days ago", "a week later", "two years earlier", "years
ago", "two weeks from Monday".
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.tagger import values as V
from timeline.tagger.amount_mods import distance_nudge
from timeline.tagger.context import Context
from timeline.tagger.lexicon import FEW, NUM, PAST, SP, UNIT, UNITS, WEEKDAY_FULL, number
from timeline.tagger.rules.fragments import B, _wd
from timeline.tagger.rules.recognizer import Result, Rule, registrar
from timeline.tagger.rules.story_day import story_day, story_period
from timeline.tagger.rules.weekday_choice import _weekday, relday

RULES: list[Rule] = []
rule = registrar(RULES)


AGO_DIR = r"(?i:ago|earlier|later|before|after|from now|hence|back|previously)"
# An amount right before "a day" makes it a rate when the sentence has just given the same
# rate ("siphoning 5,000 barrels per day, from 3,000 barrels a day previously"): the adverb
# modifies the rate, no day lies a day back. Without such a rate it is a comparison ("profit
# of $5 million, from $3 million a year earlier").
_RATE_BEFORE = re.compile(r"(?:[$£€]\s?\d(?:[\d,.]*\d)?(?:\s[a-z]+){0,2}|\d(?:[\d,.]*\d)?\s?(?:%|[a-z]+)(?:\s[a-z]+)?)\s$")


def _is_rate(m: re.Match[str], text: str) -> bool:
    if m["n"].lower() not in ("a", "an") or not _RATE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return False
    if m["dir"].lower() in ("later", "earlier") and re.match(r"(?i)\s(?:this|next|last|that|in|on|today|tonight|tomorrow)\b",
                                                          text[m.end():m.end() + 10]):
        return True  # "to collect 20,000 barrels a day later this month": "later" goes with "this month"
    unit = m["unit"].lower().rstrip("s")
    sentence = re.split(r"[.!?\n]\s", text[max(0, m.start() - 160):m.start()])[-1]
    return bool(re.search(rf"(?i)(?:\b(?:per|a|an|each)\s|/){unit}\b", sentence))


def _unit(word: str) -> tuple[str, bool]:
    """(code, whether it is a time unit) of a unit word, singular or plural."""
    word = word.lower().rstrip("s")
    return UNITS["century" if word == "centurie" else word]


#: Days in a unit that is a whole number of days, for "two weeks and two days".
_DAYS = {"D": 1, "W": 7, "2W": 14}


@rule("ago",
      # ("three or four days later", "two to three weeks ago": a range of numbers, valued at its lower bound
      # as a duration's is, see durations.widen_range)
      rf"{B}(?:(?P<lo>{NUM}){SP}(?i:or|to){SP})?(?P<n>{NUM}|{FEW}|(?i:an|a|the)){SP}(?:(?i:more|additional|full|straight){SP})?(?P<unit>{UNIT})"
      # a second, finer amount: "two weeks and two days ago" is one moment, sixteen days back
      rf"(?:{SP}(?i:and){SP}(?P<n2>{NUM}|(?i:an|a)){SP}(?P<unit2>{UNIT}))?"
      rf"{SP}(?:(?i:or so){SP})?(?P<dir>{AGO_DIR})(?![\w-])"
      rf"(?:{SP}(?P<base>(?i:today|tomorrow|yesterday)|{WEEKDAY_FULL}))?",
      # ("two weeks earlier than planned": a difference between two times, a duration)
      accept=lambda m, text: m["n"].lower() != "the" and not _is_rate(m, text)
      and not (m["lo"] and re.search(r"(?i)\bfrom\s$", text[max(0, m.start() - 5):m.start()])) and not (
          m["dir"].lower() in ("earlier", "later", "before", "after") and re.match(r"\s(?:than)\b", text[m.end():m.end() + 6])) and (
          m["dir"].lower() not in ("before", "after", "back", "previously")
          # ("a day before, he said": the day before the story's; "two days after "top kill" began",
          # "eight months before and after the spill": a period measured from an event, a duration)
          or bool(re.match(r"\s*(?:[,.;:!?)]|[\"'”’](?![A-Za-z])|$|and\b(?!\s(?:before|after)\b)|but\b)",
                           text[m.end():m.end() + 12]))))
def _ago(m: re.Match[str], cx: Context) -> Result | None:
    code, timey = _unit(m["unit"])
    n = number(m["n"]) if not re.fullmatch(FEW, m["n"]) else None
    if m["unit2"]:
        code2, timey2 = _unit(m["unit2"])
        n2 = number(m["n2"])
        if n is None or n2 is None or n != int(n) or n2 != int(n2) or timey or timey2:
            return None
        sign = 1 if m["dir"].lower() in ("later", "after", "from now", "hence") else -1
        base = cx.dct if m["dir"].lower() in ("ago", "from now", "hence", "back") else cx.anchor_or_dct().date
        if code in _DAYS and code2 in _DAYS:
            return "DATE", V.shift(base, "D", sign * (int(n) * _DAYS[code] + int(n2) * _DAYS[code2]))[1], None
        return "DATE", V.shift(V.shift(base, code, sign * int(n))[0], code2, sign * int(n2))[1], None
    direction = m["dir"].lower()
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    if n is None or n != int(n):
        if sign > 0 and direction in ("later", "after") and cx.tense(m.start(), m.end()) == "past":
            return "DATE", "PAST_REF", None  # "Several days later the agency was split": later in a past story
        return "DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", None
    n = int(n)
    if m["lo"] and (lo := number(m["lo"])) is not None and lo == int(lo) and 0 < lo < n:
        n = int(lo)
    if direction in ("ago", "from now", "hence", "back") or m["base"]:
        base = cx.dct
        if m["base"]:
            b = m["base"].lower()
            base = relday(cx, b) if b in ("today", "tomorrow", "yesterday") else _weekday(cx, _wd(b), m.start(), m.end())
    else:
        base = cx.anchor_or_dct().date
        a, d = cx.anchor, cx.day_anchor
        if code == "D" and a is not None and d is not None and a.precision in ("week", "month") \
                and (V.week(d.date) if a.precision == "week" else d.date.isoformat()[:7]) == a.value:
            # "said Friday ... named this week ... had said a day earlier": days from the day last
            # named inside that week or month, not from the week's first day
            base = d.date
    topic = cx.topic_quarter(m.start())
    if code == "Y" and n == 1 and topic is not None and not m["base"]:
        # "sales in the quarter rose from $5 million a year ago": the same quarter a year before
        return "DATE", f"{topic[0] + sign}-Q{topic[1]}", None
    if timey and direction in ("later", "earlier", "after", "before") and not m["base"] and cx.clock is not None \
            and cx.clock_pos >= cx.anchor_pos and 0 < m.start() - cx.clock_pos <= 600 \
            and "\n\n" not in cx.text[cx.clock_pos:m.start()]:
        # "The coastguard were at the rig by 23.22. Eleven hours later the rig sank": hours from
        # the clock time just told, the last time named
        w = cx.clock + dt.timedelta(**{{"S": "seconds", "M": "minutes", "H": "hours"}[code]: sign * n})
        if w.date() > cx.dct and _told_as_past(m, cx):
            return "DATE", "PAST_REF", None  # a past story's hours cannot run past the report
        return "TIME", w.strftime("%Y-%m-%dT%H:%M"), None
    if timey and direction not in ("ago", "from now", "hence", "back") and not m["base"] and n < 24 \
            and (d := story_day(cx, m.start(), m.end())):
        # "On May 12, executives testified. About an hour earlier, ...": hours from the day the
        # story just told, whose hour is not known: that day, not hours from the report
        return "DATE", d.isoformat(), None
    if timey and code == "H" and n % 24 == 0 and n <= 24 * 31 and direction not in ("ago", "from now", "hence", "back") \
            and not m["base"] and (d := story_day(cx, m.start(), m.end())):
        # "Eight days ago the well blew out. 48 hours later the rig sank": whole days counted in
        # hours from the day the story just told, whose hour is not known
        w = d + dt.timedelta(days=sign * n // 24)
        return ("DATE", "PAST_REF", None) if w > cx.dct and _told_as_past(m, cx) else ("DATE", w.isoformat(), None)
    if timey and direction not in ("ago", "from now", "hence", "back") and not m["base"] and n < 24 \
            and (period := story_period(cx, m.start(), m.end())):
        return "DATE", period, None  # "In 1989 the tanker ran aground. Two hours later, ...": that year
    if timey and direction in ("later", "earlier") and not m["base"]:
        # "told a bodyguard to call 20 minutes later" with no clock or day told before: counted from
        # the report's hour (or an assumed noon) the step's clock would be made up (counted_lengths)
        return "DATE", "PAST_REF" if sign < 0 or _told_as_past(m, cx) else "FUTURE_REF", None
    if timey:
        t = cx.dct_time or dt.datetime.combine(cx.dct, dt.time(12))
        delta = dt.timedelta(**{{"S": "seconds", "M": "minutes", "H": "hours"}[code]: sign * n})
        w = t + delta
        if ((w.date() > cx.dct or direction in ("later", "after")) and _told_as_past(m, cx)) or (
                direction in ("earlier", "before") and _first_finite(m, cx) not in ("present", "modal")
                and cx.tense(m.start(), m.end()) == "past"):
            # "Eight minutes later, gas shot up the riser": minutes after an event the story told
            # without a clock, not after the report's hour; all that is known is that it is past
            return "DATE", "PAST_REF", None
        return "TIME", w.strftime("%Y-%m-%dT%H:%M"), None
    if code == "2W":
        code, n = "W", 2 * n
    a = cx.anchor
    if direction not in ("ago", "from now", "hence", "back") and not m["base"] and a is not None \
            and code in ("D", "W", "M") and a.precision in ("year", "decade", "half", "season", "quarter") \
            and not (code == "M" and a.precision in ("half", "season", "quarter")):
        # "the 1989 Exxon Valdez spill ... three days later": days from a year are no day; said now
        # ("Three months later, we still have questions"), it is now; else somewhere in that year
        if _told_as_present(m, cx):
            return "DATE", V.shift(cx.dct, code, 0)[1], None
        if a.date.year == cx.dct.year or a.precision == "decade":
            return "DATE", "PAST_REF" if sign < 0 or _told_as_past(m, cx) else "FUTURE_REF", None
        return "DATE", str(a.date.year), None
    if direction not in ("ago", "from now", "hence", "back") and not m["base"] and a is not None and code == "D" \
            and a.precision == "month" and base == a.date and n < 28:
        # "evacuated in July 2005, and three days later the platform tilted": days from a month
        # whose day is not known fall somewhere in it, not on its fourth day
        return "DATE", a.value, None
    if not 0 < base.year + sign * n * {"Y": 1, "E": 10, "C": 100}.get(code, 0) < 10000:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None  # "125,000 years ago": before any calendar year
    if direction == "ago" and not m["base"] and code in ("W", "M", "Y", "E", "C"):
        base += dt.timedelta(days=distance_nudge(cx.text, m.start(), m.end()))
    shifted = V.shift(base, code, sign * n)
    if sign > 0 and shifted[0] > cx.dct and direction in ("later", "after") and (
            base == cx.dct or (code == "E" and shifted[0].year // 10 > cx.dct.year // 10)
            or (code == "C" and shifted[0].year // 100 > cx.dct.year // 100)
            or (_wholly_after(shifted[0], code, cx.dct) and not _LOOKS_AHEAD.search(_sentence_before(cx.text, m.start())))):
        # ("He enrolled in 2009 and graduated three years later", told in 2011: the story's date
        # is not the one counted from, or the step would lie after the report)
        # ("The plant opened in 1990. Three decades later, it remains the largest", told in 2010:
        # decades on from the story's year, and still no later than now)
        if _told_as_present(m, cx):
            # "A year later, the town is losing hope": now, after the story, at the step's unit (the
            # report's year; "Yet four months later, the landscape has changed" is its month)
            return "DATE", V.shift(cx.dct, code, 0)[1], None
        if _told_as_past(m, cx):
            return "DATE", "PAST_REF", None
    return "DATE", shifted[1], None


# A clause that looks ahead or supposes ("are to follow suit a day later", "what happens if six
# months later"): a date after the report is what it means, whatever the tense of its verb.
_LOOKS_AHEAD = re.compile(r"(?i)\b(?:if|unless|whether|will|['’]ll|would|shall|is to|are to|to be|may|might|could|"
                          r"expects?|expected|plans?|planned|due)\b")


def _sentence_before(text: str, start: int) -> str:
    return re.split(r"[.!?\n]\s", text[max(0, start - 200):start])[-1]


def _wholly_after(d: dt.date, code: str, dct: dt.date) -> bool:
    """Does the whole day, week, month or year of ``d`` lie after the report's day?"""
    if code == "D":
        return d > dct
    if code == "W":
        return d - dt.timedelta(days=d.weekday()) > dct
    if code == "M":
        return (d.year, d.month) > (dct.year, dct.month)
    return code == "Y" and d.year > dct.year


# A news feed's stamp ("Oil reaches coast - 9 hrs ago Reuters"): the abbreviated unit is the
# feed's, whose clock the page does not give, so the time is only known to be past.
@rule("ago_feed", rf"{B}\d{{1,3}}\s?(?i:hrs?|mins?)\.?{SP}(?i:ago)(?![\w-])")
def _ago_feed(m: re.Match[str], cx: Context) -> Result | None:
    return "TIME", "PAST_REF", None


@rule("ago_vague", rf"{B}(?P<unit>(?i:years|months|weeks|days|decades|centuries)){SP}(?P<dir>(?i:ago|from{SP}now|hence))(?![\w-])")
def _ago_vague(m: re.Match[str], cx: Context) -> Result | None:
    if m["dir"].lower() != "ago":
        return "DATE", "FUTURE_REF", None  # "how will they fare decades from now": some time ahead
    return "DATE", "PAST_REF", None  # "could have done this weeks ago": some time back


@rule("later_vague", rf"{B}(?P<unit>(?i:minutes|hours|days|weeks|months|years|decades)){SP}(?:(?i:or so){SP})?"
                     rf"(?P<dir>(?i:later|earlier))(?![\w-])",
      accept=lambda m, text: not re.search(r"(?i)(?:\d|\b(?:the|few|several|many|some|of|for|in|within|dozen|score))\W{1,2}$",
                                           text[max(0, m.start() - 10):m.start()])
      and not re.match(r"\s(?:than)\b", text[m.end():m.end() + 6]))  # ("weeks earlier than expected": a comparison)
def _later_vague(m: re.Match[str], cx: Context) -> Result | None:
    """ "Hours later, the well was capped", "Days earlier ...": some time from the story's moment.
    Hours from a day the story just told are that day; otherwise the length ("Hours"), which
    :mod:`timeline.tagger.counted_lengths` spans without its adverb."""
    if m["unit"].lower() in ("minutes", "hours") and (d := story_day(cx, m.start(), m.end())):
        return "DATE", d.isoformat(), None
    code, timey = _unit(m["unit"])
    return "DURATION", V.duration(None, code, timey), None


# Past forms that are also base forms or adverbs: they tell no past of a clause on their own
_NOT_CLEAR_PAST = frozenset(["last", "since", "earlier", "ago", "previously", "set", "put", "cut", "hit", "read", "let",
                             "spread", "cost", "shut", "hurt", "quit", "bet", "cast", "burst", "lay"])


def _first_finite(m: re.Match[str], cx: Context) -> str | None:
    """The tense of the first finite verb of the sentence after ``m``: "present", "modal", "past"."""
    rest = re.split(r"[.!?]\s", cx.text[m.end():m.end() + 200])[0]
    rest = re.sub(r"(?i)\b(?:with|without)\b[^,;]*,", " ", rest)  # ("with the mill still closed,": no verb of its own)
    if re.match(r"\s[a-z]{3,}ed\s(?:a|an|the|its|his|her|their)\b", rest):
        return "past"  # "a second spill five months later prompted a shutdown": the step's own verb, right after it
    prev = ""
    for w in re.findall(r"[a-z']+", rest.lower()):
        if w in ("is", "are", "am", "has", "have", "remains", "remain", "stays", "seems", "continues",
                 "isn't", "aren't", "hasn't", "haven't"):
            return "present"
        if prev in ("he", "she", "it", "they", "we", "i") and len(w) > 4 and w.endswith("ed"):
            return "past"  # "she joined a choir": a regular past after its subject
        prev = w
        if w in ("will", "would", "could", "may", "might", "'ll"):
            return "modal"
        if w in PAST and w not in _NOT_CLEAR_PAST:
            return "past"  # "Three weeks later, he found himself in a band he has played in since"
    return None


def _told_as_present(m: re.Match[str], cx: Context) -> bool:
    rest = re.split(r"[.!?]\s", cx.text[m.end():m.end() + 200])[0]
    return _first_finite(m, cx) == "present" and not re.search(r"\b(?:will|would|could|may|might)\b", rest)


def _told_as_past(m: re.Match[str], cx: Context) -> bool:
    """ "48 hours later, they were swept into an isolation ward" with no date told before it: an
    event told in the past tense cannot lie after the report, so the offset from the report's
    date is wrong; all that is known is that it is past."""
    first = _first_finite(m, cx)
    if first in ("present", "modal"):
        return False  # "A month later, with the hole still unplugged, Obama is being forced": now
    return m["dir"].lower() in ("later", "after") and (first == "past" or cx.tense(m.start(), m.end()) == "past")


@rule("from_day", rf"{B}(?P<n>{NUM}|(?i:an?)){SP}(?P<unit>(?i:days?|weeks?)){SP}(?i:from){SP}(?P<base>{WEEKDAY_FULL}|(?i:today|tomorrow))(?![\w-])",
      # ("shut for 14 days from Friday": how long, starting that day; the day is a date of its own)
      accept=lambda m, text: not re.search(r"(?i)\b(?:for|within|over|lasting)\s$", text[max(0, m.start() - 8):m.start()]))
def _from_day(m: re.Match[str], cx: Context) -> Result | None:
    n = number(m["n"])
    if n is None:
        return None
    b = m["base"].lower()
    # "a week from Friday" counts from the coming Friday (today's if it is Friday)
    base = relday(cx, b) if b in ("today", "tomorrow") else cx.dct + dt.timedelta(days=(_wd(b) - cx.dct.weekday()) % 7)
    days = int(n) * (7 if m["unit"].lower().startswith("week") else 1)
    return "DATE", (base + dt.timedelta(days=days)).isoformat(), None



# Words after which "a year later" is the other side of a comparison ("than a week later",
# "compared with a year after"), not a step of the story.
_COMPARED_BEFORE = re.compile(r"(?i)\b(?:from|than|with|versus|vs\.?|against)\s$")


def story_step(m: re.Match[str], text: str) -> bool:
    """Is this "ago" match a step ahead in the story ("A month later, he asked for help", "sank
    two days later"), whose date the next "since then", "that day" or "a week later" counts
    from? A step back ("A year earlier, it was a field") is an aside: the story goes on from
    the date it left."""
    return not m["base"] and m["dir"].lower() in ("later", "after") \
        and not _COMPARED_BEFORE.search(text, max(0, m.start() - 12), m.start())
