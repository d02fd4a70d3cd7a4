"""Years, decades and centuries: "2010", "fiscal 2010", "the 1990s", "the 19th century",
"'05", "44 BC", "1918-19", "in 1215".
"""

from __future__ import annotations

import re

from timeline.calendar_words import EUROPEAN_ZONE_PATTERN
from timeline.tagger.context import Context
from timeline.tagger.lexicon import ORDINALS, SP
from timeline.tagger.rules.event_nouns import EVENT_NAMED
from timeline.tagger.rules.fragments import DECADE_SLASH, YEAR, YEAR_DASH, B
from timeline.tagger.rules.name_year import year_in_name
from timeline.tagger.rules.recognizer import Result, Rule, registrar

RULES: list[Rule] = []
rule = registrar(RULES)


@rule("fiscal_year", rf"{B}(?:(?P<det>(?i:the|its)){SP})?(?i:fiscal)(?:[ -](?i:year))?{SP}(?P<year>{YEAR}|'\d\d)"
                     rf"(?:/\d\d(?:\d\d)?(?![\d/]))?(?![\w-])")  # ("fiscal year 2009/10": one year, see year_slash)
def _fiscal(m: re.Match[str], cx: Context) -> Result | None:
    y = m["year"]
    if y.startswith("'"):
        yy = int(y[1:])
        y = str((1900 if yy > (cx.dct.year % 100) + 10 else 2000) + yy)
    return "DATE", y, None


DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}


_NOT_DECADE = re.compile(r"(?i)\b(?:temperatures?|degrees|highs?|lows?|mercury|thermometer|aged?|ages|in (?:his|her|their|my|our|your) "
                         r"(?:early |mid-?|late |low |high )?$|over-$|under-$|score|percent|per cent|mph|miles)\b")


def _short_decade(m: re.Match[str], text: str) -> bool:
    """ "In the 80s": a decade written without its apostrophe, after "the" or after another such
    decade ("the 50s and 60s"); not an age ("in their 20s", "over-50s") or a temperature ("highs in the 80s")."""
    before = text[max(0, m.start() - 40):m.start()]
    if _NOT_DECADE.search(before) or re.match(r"\s(?:degrees|percent|mph)\b", text[m.end():m.end() + 10]):
        return False
    return bool(m["the"]) or bool(re.search(r"\bthe (?:1[5-9]|20)?\d0s,?\s(?:and|or|to)\s$", before)) \
        or bool(_DECADE_BEFORE_SLASH.search(before))


_DECADE_PAIR = re.compile(r"\b(?P<c>1[5-9]|20)?\d0['’]?s,?\s(?:and|or|to|into)\s$")  # a decade word after a decade


_DECADE_BEFORE_SLASH = re.compile(r"(?:\b|(?<=['’]))(?P<c>1[5-9]|20)?\d0(?:['’]?s)?/$")


@rule("decade",
      rf"(?:{B}|{DECADE_SLASH})(?:(?P<the>(?i:the)){SP})?(?:(?P<mod>(?i:early|mid|late))[- ]?)?"
      rf"(?:(?P<dec>(?:1[5-9]|20)\d0)'?s|['’]?(?P<short>\d0)s|(?P<word>(?i:{'|'.join(DECADE_WORDS)})))(?![\w'’-])",
      accept=lambda m, text: (not m["word"] or bool(m["the"]) or bool(_DECADE_PAIR.search(text, max(0, m.start() - 16), m.start())))
      and (m.group().startswith(("'", "’")) or not m["short"] or _short_decade(m, text)))
def _decade(m: re.Match[str], cx: Context) -> Result | None:
    if m["word"] and (pair := _DECADE_PAIR.search(cx.text, max(0, m.start() - 16), m.start())) and pair["c"]:
        return "DATE", f"{pair['c']}{DECADE_WORDS[m['word'].lower()]}", None  # "the 1920s and thirties": that century
    if m["dec"] and m["dec"].endswith("00") and m["dec"] < "1900":
        v = m["dec"][:2]  # "the 1800s": the century; only from 1900 on is the decade as likely
    elif m["dec"]:
        v = m["dec"][:3]
    elif m["short"] and (slash := _DECADE_BEFORE_SLASH.search(cx.text, max(0, m.start() - 8), m.start())) and slash["c"]:
        v = f"{slash['c']}{m['short'][0]}"  # "the 1940s/50s": the 1950s
    elif m["short"] and (pair := _DECADE_PAIR.search(cx.text, max(0, m.start() - 16), m.start())) and pair["c"]:
        v = f"{pair['c']}{m['short'][0]}"  # "the 1840s and 50s": the 1850s
    elif m["short"]:
        century = cx.dct.year // 100
        v = f"{century if int(m['short'][0]) <= (cx.dct.year % 100) // 10 else century - 1}{m['short'][0]}"
    else:
        v = f"{cx.dct.year // 100 - (1 if DECADE_WORDS[m['word'].lower()] > (cx.dct.year % 100) // 10 else 0)}{DECADE_WORDS[m['word'].lower()]}"
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((m["mod"] or "").lower())
    return "DATE", v, mod


@rule("century",
      rf"{B}(?:(?P<the>(?i:the|this|last|next)){SP})?(?:(?P<mod>(?i:early|mid|late))[- ]?)?"
      rf"(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<w>(?i:{'|'.join(k for k in ORDINALS if k not in ('last', 'final'))}|twenty-first|twenty-second)))"
      rf"(?:[ -](?i:century|centuries)(?![\w-])|(?={SP}(?i:and|or|to|through){SP}(?:(?i:the){SP})?(?:\d{{1,2}}(?:st|nd|rd|th)"
      rf"|(?i:{'|'.join(k for k in ORDINALS if k not in ('last', 'final'))}))[ -](?i:century|centuries)(?![\w-])))(?:{SP}(?:(?P<bc>B\.C\.(?:E\.)?|BCE?(?![\w]))|A\.D\.|AD(?![\w])))?|{B}(?P<rel>(?i:this|last|next)){SP}(?i:century)(?![\w-])")
def _century(m: re.Match[str], cx: Context) -> Result | None:
    if m["rel"]:
        c = cx.dct.year // 100 + {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
        return "DATE", f"{c:02d}", None
    if m["n"]:
        n = int(m["n"])
    else:
        w = m["w"].lower()
        n = 20 + ORDINALS[w.split("-")[1]] if w.startswith("twenty-") else ORDINALS[w]
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((m["mod"] or "").lower())
    bc = m["bc"] or ("entur" not in m.group() and re.match(r"[\w ]{1,30}?centur(?:y|ies) B\.?C", cx.text[m.end():m.end() + 48]))
    return "DATE", f"{'BC' if bc else ''}{n - 1:02d}", mod  # "the second and third centuries BC": both BC; "AD" is the span's


@rule("short_year", r"(?<![\w'’])['’](?P<yy>\d\d)(?![\w'’%-]|\.\d)",
      accept=lambda m, text: bool(re.search(r"(?i)\b(?:since|in|by|until|till|through|from|to|of|before|after|early|late|mid|"
                                            r"spring|summer|fall|autumn|winter)\s$", text[max(0, m.start() - 8):m.start()])))
def _short_year(m: re.Match[str], cx: Context) -> Result | None:
    """ "Since '22", "the class of '98": a clipped year, in the century that puts it at
    most ten years after the DCT."""
    yy = int(m["yy"])
    century = cx.dct.year // 100 * 100
    return "DATE", str(century + yy if century + yy <= cx.dct.year + 10 else century - 100 + yy), None


_ERA_PREP = re.compile(r"(?i)\b(?:in|since|by|from|to|until|till|around|about|before|after|of|c\.|circa|and|between)\s$")


@rule("bc_year", rf"{B}(?:(?P<y>[1-9]\d{{0,3}}){SP}(?:(?P<era>B\.C\.(?:E\.)?|BCE?(?![\w]))|(?P<ad>A\.D\.|AD|CE)(?!\w))"
                 rf"|(?P<ad2>A\.D\.|AD){SP}(?P<y2>[1-9]\d{{0,3}})(?![\w.,]?\d))",
      # "AD" is also a word of its own ("the AD 10 fund"): an era year follows a preposition
      accept=lambda m, text: bool(m["era"]) or bool(_ERA_PREP.search(text, max(0, m.start() - 12), m.start())))
def _bc_year(m: re.Match[str], cx: Context) -> Result | None:
    """ "567 BC": TimeML writes years before the common era with a BC prefix; "AD 476",
    "476 AD" are plain years, written with four digits."""
    if m["era"]:
        return "DATE", f"BC{int(m['y']):04d}", None
    return "DATE", f"{int(m['y'] or m['y2']):04d}", None


# Before "2004-06", a word of running text ("the 2004-06 period", "in 2007-09", "from 2003-09"):
# a span of years, as no writer gives a month as 2004-06 in a sentence.
_SPAN_IN_PROSE = re.compile(r"(?i)\b(?:the|in|of|from|during|since|between|for|over|throughout|through|by|until|and|its|their)\s$")


def _years_in_prose(text: str, start: int, first: int, last: int) -> bool:
    return first < last and not text[start + 7:start + 8].isdigit() and text[start + 7:start + 8] not in "-/" \
        and bool(_SPAN_IN_PROSE.search(text, max(0, start - 12), start))


@rule("year_span_end", rf"{YEAR_DASH}(?P<y>\d(?:\d(?:\d\d)?)?)(?![\d%-]|[.,]\d|'?s\b)")  # ("the 1840/50s": a decade)
def _year_span_end(m: re.Match[str], cx: Context) -> Result | None:
    """ "1918-19", "2008-2011", "1997-8": the last year of a span, written in full or by its last digits."""
    first = int(cx.text[m.start() - 5:m.start() - 1])
    if len(m["y"]) == 1:  # "the crisis of 1997-8": only the next year is written with one digit
        y = first // 10 * 10 + int(m["y"])
        return ("DATE", str(y), None) if y == first + 1 else None
    y = int(m["y"]) if len(m["y"]) == 4 else (first // 100 * 100 + int(m["y"]))
    if len(m["y"]) == 2 and y != first + 1 and int(m["y"]) <= 12 and not _years_in_prose(cx.text, m.start() - 5, first, y):
        return None  # "2008-11" may be a month; the next year or a number no month has is a span
    return ("DATE", str(y), None) if first < y <= first + 100 else None


# A year and the next joined by a slash name one stretch that straddles the turn of the year: a
# season, a fiscal, marketing or academic year ("the 1997/98 season", "the 2009/10 marketing year",
# "in 2008/09"). It is written by its first year, as the gold and the ISO year of its start have it;
# a dash ("1918-19") stays a span of two years, the slash between years further apart two years too.
@rule("year_slash", rf"{B}(?P<year>1[6-9]\d\d|20\d\d)/(?P<next>\d\d(?:\d\d)?)(?![\d/%-]|[.,]\d|['’]?s\b)",
      accept=lambda m, text: int(m["next"]) == (int(m["year"]) + 1) % (100 if len(m["next"]) == 2 else 10000))
def _year_slash(m: re.Match[str], cx: Context) -> Result | None:
    return "DATE", m["year"], None


@rule("year", rf"{B}(?:(?i:the year){SP})?(?P<year>1[6-9]\d\d|20\d\d)(?![\d%]|[A-Za-z](?<!s)|,\d|\.\d|-(?!(?:1[6-9]|20)?\d\d(?![\d-])|\d(?![\d-]))|\s?(?i:percent|per cent|feet|meters|miles|yards|people|employees|"
              rf"workers|troops|soldiers|jobs|students|residents|members|units|homes|cars|shares|acres|tons|barrels|points)\b)"
              # ("born around 1822 and later moved": "later" goes with the verb after it)
              rf"(?:{SP}(?P<beyond>(?i:and beyond|or later|or earlier|and later))(?!\s[a-z]))?",
      accept=lambda m, text: not re.search(r"(?i)(?:no\.|number|flight|route|room|page|model|highway|\d|\$)\s?$",
                                           text[max(0, m.start() - 8):m.start()]) and not year_in_name(text, m.start(), m.end()))
def _year(m: re.Match[str], cx: Context) -> Result | None:
    if m["year"].endswith("0") and re.match(r"/\d0['’]?s\b", cx.text[m.end():m.end() + 5]):
        return "DATE", m["year"][:3], None  # "the 1840/50s": the 1840s and the 1850s
    after = re.match(r"-(\d+)", cx.text[m.end():m.end() + 6])
    if after and len(after[1]) == 2 and int(after[1]) != (int(m["year"]) + 1) % 100 and int(after[1]) <= 12 \
            and not _years_in_prose(cx.text, m.start(), int(m["year"]), int(m["year"]) // 100 * 100 + int(after[1])):
        return None  # "2008-11" may be a month; "1918-19", "1980-82", "2008-2011" are spans of years
    if after and len(after[1]) == 1 and int(after[1]) != (int(m["year"]) + 1) % 10:
        return None  # "1997-8" is a span; "1997-5" is some code
    mod = None
    if m["beyond"]:
        mod = "ON_OR_AFTER" if m["beyond"].lower() in ("and beyond", "or later", "and later") else "ON_OR_BEFORE"
    if _COMPARED_EVENT.search(cx.text, max(0, m.start() - 40), m.start()) and EVENT_NAMED.match(cx.text, m.end()):
        cx.comparison = True  # "worse than the 1989 Exxon Valdez spill": an event compared with, not the story's time
    return "DATE", m["year"], mod


_COMPARED_EVENT = re.compile(r"(?i)\b(?:than|like|unlike|compared (?:with|to)|surpass(?:es|ed|ing)?|eclipse[sd]?|rivals?|dwarfs?|dwarfed)"
                             r"\s(?:even\s)?(?:the|a)\s$")


def _early_year_ok(m: re.Match[str], text: str) -> bool:
    if _EARLY_YEAR_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return True
    # "an epidemic of 1347 to 1351": two such numbers a span apart, the later second, are years
    y = int(m["year"])
    later = _EARLY_SPAN_END.match(text, m.end())
    # ("between 1450 and 1600": a period of centuries is still a span of years)
    if later and re.search(r"(?i)\b(?:of|from|between)\s$", text[max(0, m.start() - 8):m.start()]) and y < int(later[1]) <= y + 250:
        return True
    earlier = _EARLY_SPAN_START.search(text, max(0, m.start() - 20), m.start())
    return bool(earlier) and int(earlier[1]) < y <= int(earlier[1]) + 250


_EARLY_SPAN_END = re.compile(r"(?:\s(?:to|and|until)\s|\s?[-–]\s?)(1[0-6]\d\d)(?![\d%]|[.,]\d)"  # (a sentence may end after it)
                             r"(?!\s?(?:[A-Z]{2,4}\b|hours|hrs|h\b|local|people|men|women|children|staff|police|personnel|"
                             r"(?!(?:was|has|is|as|his|this|its|thus)\b)[a-z]+s\b))")  # ("1200 to 1300 barrels", "1100 and 1130 GMT")
_EARLY_SPAN_START = re.compile(r"\b(?:of|from|between)\s(1[0-5]\d\d)(?:\s(?:to|and|until)\s|\s?[-–]\s?)$")


@rule("early_year", rf"{B}(?P<year>1[0-5]\d\d)(?![\d%]|[A-Za-z]|,\d|\.\d|-\d|\s(?!(?:was|has|is|as|his|this|its|thus)\b)[a-z]+s\b)",
      accept=_early_year_ok)
def _early_year(m: re.Match[str], cx: Context) -> Result | None:
    """ "In 1595", "born about 1512": a year before 1600 only after words that introduce a year,
    since such numbers are more often amounts ("around 1200 stations") or clock times ("1100")."""
    if _CLOCK_IN_STORY.search(cx.text, max(0, m.start() - 400), m.start()) and int(m["year"][2:]) < 60 \
            and int(m["year"][:2]) < 24:
        return None  # "stopped breathing shortly after 1100 ... between 1040 and 1050": a 24-hour clock
    return "DATE", m["year"], None


_CLOCK_IN_STORY = re.compile(r"(?i)(?:\bat\s(?:about\s|around\s)?|\b(?:shortly|just|minutes|soon)\s(?:after|before)\s)"
                             r"(?:[01]\d|2[0-3])[0-5]\d(?!\d)(?!\s?(?:BC|AD|B\.C|A\.D|CE|BCE)\b)"
                             rf"|\b(?:[01]\d|2[0-3])[0-5]\d\s?(?:{EUROPEAN_ZONE_PATTERN}|hours|hrs|local time)\b")


_EARLY_YEAR_BEFORE = re.compile(r"(?i)(?:\b(?:in|since|circa|c\.|born(?: in| about| around| c\.)?)\s|\bc\.)$")
