"""Word lists and regular-expression fragments shared by the recognizers.

Every fragment is bounded (no nested or unbounded quantifiers), so a pattern
built from them does a constant amount of work per starting position and the
whole scan stays linear in the length of the text, however odd the input.
"""

from __future__ import annotations

from timeline.calendar_words import MONTH_NAME_PATTERN, MONTH_NAMES, NEWS_ZONES, WEEKDAY_NAMES, WIRE_ZONES
from timeline.calendar_words import MONTHS as MONTHS  # the recognizers read the calendar's words from here
from timeline.calendar_words import WEEKDAYS as WEEKDAYS
from timeline.english_verbs import IRREGULAR_PARTICIPLES, IRREGULAR_PAST_WORDS

SMALL = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "last": 4, "final": 4,
}
# TIMEX3 unit letters; decades and centuries are E and C in TimeML durations.
UNITS = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "night": ("D", False), "week": ("W", False), "weekend": ("WE", False),
    "fortnight": ("2W", False), "month": ("M", False), "quarter": ("Q", False),
    "year": ("Y", False), "decade": ("E", False), "century": ("C", False),
}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
         "overnight": "NI", "midday": "MI"}
#: The nouns of a market's session that a part of the day names: "in morning trading", "afternoon trade".
SESSION_NOUNS = r"(?i:trading|trade|dealings)"
# Zone words in lower case: fixed offsets in minutes, or an IANA zone whose offset depends on the date.
ZONES = {name.lower(): spec for name, spec in NEWS_ZONES.items()}
# ... and those a page stamp names besides ("2009 06 19 22:54 JST", the BBC's "10:14 UK"), by first word
STAMP_ZONES = ZONES | {name.lower().split()[0]: spec for name, spec in WIRE_ZONES.items()}


SP = r"[ \t\n]{1,3}"  # bounded whitespace between words
MONTH_FULL = MONTH_NAME_PATTERN  # "January|February|..."
MONTH_ABBR = r"Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?"
# Before a day number the abbreviations need no period ("Jun 19", "Thu Jun 11, 2009" in wire
# datelines), and names in lower case are still months ("june 14"), except "may" and "march",
# which are also common words, unless an ordinal day follows ("on sunday may 9th"): no verb takes one.
MONTH_BEFORE_DAY = (r"Mar|Jun|Jul|january|february|april|june|july|august|september|october|november|december"
                    r"|jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec|(?:may|march)(?=\s(?:3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b)"
                    # ... or after a day number and before a year ("1 may, 2009"): no verb sits there
                    r"|(?<=\d\s)(?:may|march)(?=,?\s(?:1[6-9]|20)\d\d(?!\d))"
                    # ... and capitals next to a day are a heading's dates ("26 MAY - 29 MAY: TOP KILL")
                    r"|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER")
# Lower-case month names that are no common words ("in june"); "may" and "march" are verbs.
MONTH_LOWER = "|".join(name for name in MONTH_NAMES if name not in ("may", "march"))
WEEKDAY_FULL = "|".join(name.capitalize() for name in WEEKDAY_NAMES)
WEEKDAY_LOWER = "|".join(WEEKDAY_NAMES)  # not common words
WEEKDAY_ABBR = r"Mon\.|Tues?\.|Wed\.|Thu(?:rs?)?\.|Fri\.|Sat\.|Sun\."
NUM_WORD = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|a hundred|one hundred|hundreds of|a thousand|thousands of"
)
NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})?(?: 1/2|\.5)?|(?i:{NUM_WORD}))"
FEW = r"(?i:a few|a couple of|couple of|a couple|several|some|many|a number of|the next few|few)"
UNIT = r"(?i:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))"
UNIT_SG = r"(?i:second|minute|hour|day|night|week|month|quarter|year|decade|century)"
ORD_WORD = r"(?i:first|second|third|fourth|1st|2nd|3rd|4th|final|last)"


def number(text: str) -> float | None:
    """Value of a number written in digits or words ("24", "twenty-four", "2 1/2")."""
    t = text.lower().replace(",", "").replace("-", " ").strip()
    half = 0.0
    if t.endswith(" 1/2") or t.endswith(".5"):
        half, t = 0.5, t[:-4] if t.endswith(" 1/2") else t[:-2]
    if t.isdigit():
        return int(t) + half
    if t in ("a hundred", "one hundred", "hundreds of"):
        return 100
    if t in ("a thousand", "thousands of"):
        return 1000
    total = 0
    for word in t.split():
        if word in SMALL:
            total += SMALL[word]
        elif word in TENS:
            total += TENS[word]
        else:
            return None
    return total + half

# Words that tell a clause looks ahead or back (read by the tense walk in tense.py).
FUTURE = frozenset(["will", "'ll", "shall", "would", "won't", "wouldn't", "shan't", "going", "plans", "intends", "intend", "aims", "aim", "expects", "expect", "expected", "scheduled", "schedule", "due", "until", "upcoming", "next", "hopes", "hope", "seeks", "seek", "to-be", "tomorrow", "ahead", "forecast", "forecasts", "projected", "predicts", "propose", "proposed", "slated", "looming"])
# English's irregular pasts and participles come from timeline.english_verbs ("the well blew out on April 20",
# "a photo taken Wednesday"); listed here are the tense words and the "-en" participles only the tagger reads.
PAST = frozenset(["was", "were", "had", "did", "wasn't", "weren't", "hadn't", "didn't", "died", "owed", "tied", "said",
                  "ago", "last", "since", "earlier", "previously", "closed", "ended", "lay", "quit", "read", "arisen",
                  "beaten", "blown", "broken", "chosen", "fallen", "flown", "forgotten", "grown", "hidden", "mistaken",
                  "overseen", "risen", "shaken", "spoken", "stolen", "sworn", "torn", "undertaken", "withdrawn",
                  "worn"]) | (IRREGULAR_PAST_WORDS | IRREGULAR_PARTICIPLES) - {"put", "cut"}
# ("put" and "cut" are as often base forms, "to put a smile on your face on a Sunday morning", which the
# tense walk would read as a plan.)

# The hours of a clock written in words ("eleven o'clock", "six in the morning", "between midnight and six
# o'clock"): one table for every clock rule.
HOUR_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
              "ten": 10, "eleven": 11, "twelve": 12}
HOUR_WORD = "|".join(HOUR_WORDS)  # an alternation: group it where it is used

# Word classes read by the infinitive test in tense_words.py (is the word after "to" a verb?).
NUMBER_WORDS = frozenset(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                          "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "billion"])
# Adjectives and quantifiers that open a noun phrase after the preposition "to"; words ending like
# adjectives ("to coastal towns", "to dangerous levels", "to northern Iraq") are no verbs either.
ADJECTIVES = frozenset(["vast", "large", "small", "big", "new", "old", "high", "low", "many", "more", "most", "other",
                        "several", "all", "some", "nearby", "wide", "entire", "whole", "full", "major", "great",
                        "local", "record", "near", "far", "few", "each", "every", "both", "such", "same", "higher",
                        "lower", "deep", "rural", "urban", "remote", "safe", "safer", "wider", "northern", "southern",
                        "eastern", "western", "modern", "neighboring", "neighbouring", "key", "top", "heavy",
                        "severe", "poor", "rich"])
ADJECTIVE_ENDINGS = ("ous", "ful", "less", "ical", "ial", "ional", "ese", "ian", "ible")
NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship", "ism", "osure", "ssure", "ture", "age")
VERBS_LIKE_NOUNS = frozenset(["assure", "mention", "question", "position", "function", "comment", "implement",
                              "manage", "engage", "encourage", "damage", "capture", "average", "sabotage"])
# Nouns of where to after "to" ("moved to safety", "taken to hospital"): no infinitive.
DESTINATIONS = frozenset(["safety", "shore", "hospital", "prison", "jail", "church", "town", "sea", "bed", "trial",
                          "hospitals", "shelter", "shelters", "port"])
# Verbs that set a limit: after them "until"/"through" points ahead even in the past tense.
SET_LIMIT = frozenset(["extended", "extends", "extend", "postponed", "delayed", "deferred", "suspended", "halted",
                       "closed", "offered", "granted", "gave", "given", "allowed", "ordered", "adjourned", "recessed",
                       "banned", "barred", "pushed", "moved", "put", "kept", "imposed", "approved", "agreed",
                       "renewed", "decided", "voted"])
# Verbs that start with "un": most "un...ed" words are adjectives ("will continue unabated",
# "unexpected", "unnamed"), these are past verbs ("BP unveiled a plan on Monday").
UN_VERBS = frozenset(["unveiled", "unleashed", "uncovered", "unlocked", "unfolded", "unearthed", "unplugged",
                      "unsealed", "unloaded", "unraveled", "unravelled", "unified", "united", "unseated", "unpacked",
                      "untangled", "unblocked", "unclogged", "unfurled", "unwrapped", "unmasked", "unnerved",
                      "unsettled", "unlisted", "unfriended", "unfollowed", "unsubscribed", "uninstalled"])

# Words that open the object of "has"/"have" as a main verb ("people who have it", "has a
# hearing on Friday"): a possession in the present, not a present perfect.
HAVE_OBJECTS = frozenset(["a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our",
                          "my", "your", "it", "them", "him", "us", "me", "you", "no", "some", "any"])
# Before "have", these make it no finite verb of its own ("aims to have", "did not have").
NOT_FINITE = frozenset(["to", "will", "would", "shall", "could", "may", "might", "must", "should", "can",
                        "not", "never", "did", "didn't", "does", "doesn't", "do", "don't"])
# A pronoun with a contracted copula is the copula's tense: "it's the start of the summer".
CONTRACTED = {"it's": "is", "that's": "is", "there's": "is", "here's": "is", "he's": "is", "she's": "is",
              "what's": "is", "who's": "is", "where's": "is", "they're": "are", "we're": "are", "you're": "are"}
