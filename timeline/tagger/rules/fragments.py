"""The pattern fragments the rules share: a token start, day and month numbers, years, weekdays,
zones, and the look-behinds that let a match start inside a range ("18-19 May", "1918-19").
"""

from __future__ import annotations

import re

from timeline.calendar_words import FIXED_ZONE_PATTERN, FIXED_ZONES, LOCAL_ZONES, WIRE_ZONES, ZONE_WORDS
from timeline.tagger.lexicon import (
    MONTH_ABBR,
    MONTH_BEFORE_DAY,
    MONTH_FULL,
    MONTHS,
    WEEKDAY_ABBR,
    WEEKDAY_FULL,
    WEEKDAYS,
)

B = r"(?<![\w$£€#@/.])(?<!\d-)"  # a token start that is not inside a number, amount or word
E = r"(?![\w%])"
YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d%])"
# After a day and month, an older year too ("on 15 June 1215"), unless a clock time follows the
# date ("on 17 June 1400 BST")
FULL_DATE_YEAR = rf"(?:1[5-9]\d\d|20\d\d|1[0-4]\d\d(?!\s?(?i:{FIXED_ZONE_PATTERN}|hours?|hrs|local|[ap]\.?m)\b))(?![\d%])"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d|%)"
MON = rf"(?:{MONTH_FULL}|{MONTH_ABBR})(?![a-z])"
MOND = rf"(?:{MONTH_FULL}|{MONTH_ABBR}|{MONTH_BEFORE_DAY})(?![a-z])"  # a month next to a day number
# Day numbers written as ordinal words: "the second of December", "fourteenth of June".
DAY_WORDS = {w: n for n, w in enumerate(
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"], start=1)}
DAY_WORDS.update({f"twenty{sep}{w}": 20 + n for sep in ("-", " ") for w, n in list(DAY_WORDS.items())[:9]})
DAY_WORDS.update({"thirtieth": 30, "thirty-first": 31, "thirty first": 31})
DAY_WORD = "(?i:" + "|".join(sorted((re.escape(w) for w in DAY_WORDS), key=len, reverse=True)) + ")"
# "the 20th" standing for a day: before punctuation or a word that cannot be its noun ("the 20th
# century", "the 3rd floor", "the 50th anniversary" are not days)
ORDINAL_DAY = (r"(?i:the)\s(?:3[01]|[12]\d|[1-9])(?:st|nd|rd|th)(?=\s?[,.;:!?)\"”]|\s(?:and|or|at|when|in|after|before|but|"
               r"as|because|until|with|to|of (?!(?i:the|a|an|this|that|his|her|its|their)\b)[a-z]))")
SHORT_YEAR = r"['’](?P<yy>\d\d)(?![\w'’%-])"  # "18 Sep '05"
WD = rf"(?:{WEEKDAY_FULL}|{WEEKDAY_ABBR})"
POD = r"(?i:morning|afternoon|evening|night)"
ZONE = (f"(?i:{FIXED_ZONE_PATTERN})|{'|'.join(LOCAL_ZONES)}"  # the zone words: timeline/calendar_words.py
        f"|(?:{'|'.join(ZONE_WORDS)})(?: (?:Standard |Daylight )?[Tt]ime)?"
        # the BBC's page stamp "15:13 UK time", "10:14 UK" (the bare word only before no lower-case word)
        r"|UK(?: [Tt]ime|(?![\w-]| [a-z]))")
# a page stamp's zone after its date and clock, other continents' included ("22:54 JST"; see WIRE_ZONES)
STAMP_ZONE = "|".join(sorted(FIXED_ZONES | WIRE_ZONES | LOCAL_ZONES, key=len, reverse=True))
RELDAY = r"(?i:yesterday|today|tomorrow|tonight)"
# The end of a range of clock times ("1.15-3.15 pm") or of years ("1918-19", "2008-2011")
# follows a dash too.
# the end of a clock range: "9.00pm-12.30 am", and after a bare hour "(9-11pm)", "7-9 p.m." when
# the end says a.m. or p.m. (the hour before the dash borrows it, so "9-11" alone stays a number)
CLOCK_DASH = (r"(?:(?<=\d[.:]\d\d[-–])|(?:(?<=(?<![\w.:,/$£€-])1[0-2][-–])|(?<=(?<![\w.:,/$£€-])[1-9][-–]))"
              r"(?=(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?\s?(?i:[ap]\.?m)(?![a-z])))")
YEAR_DASH = r"(?<=(?<![\w.\-/])(?:1[6-9]|20)\d\d[-–/])"  # "1918-19", "1918/1925" (a slash between consecutive years is one: rules.years.year_slash)


def _wd(name: str) -> int:
    return WEEKDAYS[name.lower().rstrip(".")]


def _mon(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


# Before a full date, weekday abbreviations need no period: "Fri 27 Feb 2026" (online bylines).
WD_DATE = rf"(?:{WD}|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?![\w.]))"


# "18-19 May": the second day follows a dash, which elsewhere marks the inside of a number
DASH_DAY = r"(?:(?<=(?<![\w.\-/])\d[-–])|(?<=(?<![\w.\-/])\d\d[-–]))"


# "the 1940s/50s", "the 1840/50s": a second decade after a slash, in the first one's century
DECADE_SLASH = r"(?<=\d0s/)|(?<=\d0['’]s/)|(?<=[12]\d\d0/)"
