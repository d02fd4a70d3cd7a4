"""Sets, rates and durations: "every Monday", "daily", "a year", "three weeks", "a two-year
deal", "another week"; and the widening of a duration to its range ("the next three weeks").
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, BE_NONFINITE, HAVE_FORMS, MODAL_VERBS, auxiliaries
from timeline.tagger import values as V
from timeline.tagger.compound_durations import UNIT_AND_UNIT, unit_and_unit, unit_and_unit_ok
from timeline.tagger.context import Context
from timeline.tagger.lexicon import (
    FEW,
    MONTH_FULL,
    MONTHS,
    NUM,
    NUM_WORD,
    PARTS,
    SEASONS,
    SP,
    UNIT,
    UNIT_SG,
    UNITS,
    WEEKDAY_FULL,
    WEEKDAYS,
    number,
)
from timeline.tagger.rules.fragments import DASH_DAY, B
from timeline.tagger.rules.recognizer import Result, Rule, registrar
from timeline.tagger.rules.seasons import IT_IS_BEFORE
from timeline.tagger.unit_phrases import (
    ALL_UNIT,
    ANOTHER,
    UNIT_AFTER_UNIT,
    UNIT_LONG,
    UNITS_FROM_EVENT,
    UNITS_OF_OR_AWAY,
    one_unit,
    second_unit_from_event,
    the_units_from_event,
    unit_after_unit,
    unit_long,
    units_before_event_ok,
    units_from_event,
    units_of_or_away_ok,
)

RULES: list[Rule] = []
rule = registrar(RULES)


# "two or three days", "12 to 18 months", "every three to five years": a range of numbers is one
# expression, valued at its lower bound (TimeML's "two to three weeks" is P2W). The duration
# rule matches the last number and its unit; :func:`widen_range` then takes in the first number,
# which costs nothing for the many numbers that start no range.
# (a determiner a duration keeps inside its span, see DUR_DET, stays inside its range: "another 60 to 90 days")
_RANGE_LOW = re.compile(rf"(?:\b(?P<q>(?i:every|each)){SP}|\b(?i:the next|the past|the last|the first|the coming|another|an additional){SP}"
                        rf"|\b(?P<btw>(?i:between)){SP})?(?<![\w,.$£€-])(?P<lo>{NUM})(?:{SP}(?P<join>(?i:to|or|and)){SP}"
                        # ("a 10-15 minute speech": the dash of two figures joins a range as "to" does)
                        r"|(?<=\d)[-–])$")
_PLAIN_DURATION = re.compile(r"P(T?)(\d+)([A-Z])")


def widen_range(text: str, start: int, value: str) -> tuple[int, str, str, str | None] | None:
    """(start, type, value, mod) of a duration that ends a range of numbers, else None."""
    d = _PLAIN_DURATION.fullmatch(value)
    r = _RANGE_LOW.search(text, max(0, start - 40), start) if d else None
    if r is None or d is None or ((r["join"] or "").lower() == "and" and not r["btw"]):
        return None  # "and" joins a range only after "between"
    lo = number(r["lo"].lower())
    if lo is None or lo != int(lo) or not 0 < lo < int(d[2]):
        return None
    low = f"P{d[1]}{int(lo)}{d[3]}"
    if r["q"]:
        return r.start(), "SET", low, None  # "every three to five years": at least every three
    return r.start("lo") if r["btw"] else r.start(), "DURATION", low, "EQUAL_OR_MORE"


# "updated annually", "held annually": how often an event recurs (a SET); after an
# amount ("rise 8% annually", "10,000 units annually") it is a rate, which TimeML leaves out.
_NAME_AFTER = re.compile(r"\s[A-Z](?:[a-z]|[A-Z]{1,2}\b)")  # a name after "daily"/"weekly": a paper ("the daily VG")
_SCHEDULED_BEFORE = re.compile(r"(?:[a-z]{2}ed|\b(?:held|paid|run|done|made|given|taken|set|meets|meet|occurs?|happens?|recurs?|"
                               r"take place|takes place))\s$")


# A measured amount of a substance that flows, then its verb of flowing and "daily" closing the
# clause: "500,000 gallons of crude is believed to be leaking daily", "12,000 barrels of oil had been
# gushing from the well daily": the amount's rate, as "12,000 barrels daily" is ("figures rising
# daily", "briefed reporters daily" are habits)
_MEASURED_FLOW = re.compile(r"\d(?:[\d,.]*\d)?(?:\s(?:million|billion|thousand))?\s(?:barrels|gallons|litres|liters|tonnes|tons|"
                            r"cubic\s(?:feet|metres|meters))\b[^.;:!?\n]{0,80}?\b(?:leak|gush|spew|flow|escap|pour|spill|seep|"
                            r"pump|collect|captur|siphon|produc)ing\b[^.;:!?\n]{0,50}\s$")


@rule("set",
      # ("with each passing day": every day, "passing" no part of the unit)
      rf"{B}(?:(?P<q>(?i:every|each)){SP}(?:(?P<n>(?i:other|a couple of|couple of|few)|{NUM}){SP}|(?i:passing){SP})?"
      rf"(?P<unit>{UNIT}|{WEEKDAY_FULL}(?:{SP}(?P<wpod>(?i:morning|afternoon|evening|night)))?|{MONTH_FULL}"
      rf"|(?i:morning|evening|night|weekend|spring|summer|fall|autumn|winter))"
      rf"|(?P<adv>(?i:daily|weekly|biweekly|monthly|yearly|annually|hourly|nightly|quarterly|semiannually|annual|every day))"
      # ("a few times a day", "several times a week": how often, the number of times unsaid)
      rf"|(?P<k>(?i:once|twice|(?:{NUM_WORD}|\d{{1,2}}|a few|several|many|multiple|a couple of|a number of) times)){SP}"
      rf"(?i:an?|per|each|every){SP}(?P<unit2>{UNIT_SG})"
      # "five nights a week", "one day a month": so many days of each week, not a five-day period
      rf"|(?P<days>(?i:[1-7]|one|two|three|four|five|six|seven){SP}(?:days?|nights?|mornings?|afternoons?|evenings?|weekends?))"
      rf"{SP}(?i:a|per|each|every){SP}(?P<unit3>(?i:week|month|year)))(?![\w-])",
      accept=lambda m, text: not (m["adv"] and _NAME_AFTER.match(text, m.end()))  # "the Daily Mail", "Mexico City daily La Jornada"
      and not (m["adv"] and m["adv"][0].isupper() and re.search(r"[a-z,]\s[A-Z][a-z]+\s$", text[max(0, m.start() - 24):m.start()]))
      # ("Matt Daily and Michael Erman": a capitalized "Daily" after a name inside a sentence is a surname)
      and not (m["adv"] and (m["adv"].lower() == "annual" or (
          m["adv"].lower() == "annually" and not _SCHEDULED_BEFORE.search(text[max(0, m.start() - 12):m.start()])) or (
          m["adv"].lower() not in ("annually", "every day") and re.match(r"\s[a-z]", text[m.end():m.end() + 2])
          and not re.match(r"\s(?:and|or|to|in|on|at|for|from|since|through|until|by|basis)\b", text[m.end():m.end() + 10]))))
      and not (m["q"] and re.match(r"\s(?:of|other)\b", text[m.end():m.end() + 4]))
      # "1 million gallons of oil daily", "41 people daily", "10,000 units annually": a rate, as "a day" after an amount
      # ("two times daily", "once weekly" are how often, a SET)
      and not (m["adv"] and m["adv"][-2:].lower() == "ly" and bool(_RATE_AMOUNT.search(text[max(0, m.start() - 40):m.start()]))
               and not re.search(r"(?i)\b(?:times|once|twice)\s$", text[max(0, m.start() - 8):m.start()]))
      and not (m["adv"] and m["adv"].lower() == "daily" and _MEASURED_FLOW.search(text, max(0, m.start() - 160), m.start())))
def _set(m: re.Match[str], cx: Context) -> Result | None:
    if m["adv"]:
        a = m["adv"].lower()
        v = {"daily": "P1D", "every day": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
             "yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M",
             "semiannually": "P6M"}[a]
        return "SET", v, None
    unit = (m["unit"] or m["unit2"] or m["unit3"]).lower()
    if m["wpod"]:  # "every Sunday afternoon"
        return "SET", f"XXXX-WXX-{WEEKDAYS[unit.split()[0]] + 1}T{PARTS[m['wpod'].lower()]}", None
    if unit in WEEKDAYS:
        return "SET", f"XXXX-WXX-{WEEKDAYS[unit] + 1}", None
    if unit in MONTHS:
        return "SET", f"XXXX-{MONTHS[unit]:02d}", None
    if unit in PARTS:
        return "SET", f"XXXX-XX-XXT{PARTS[unit]}", None
    if unit in SEASONS:
        return "SET", f"XXXX-{SEASONS[unit]}", None
    if unit == "weekend":
        return "SET", "XXXX-WXX-WE", None
    u = unit.rstrip("s")
    if u == "centurie":
        u = "century"
    code, timey = UNITS.get(u, ("D", False))
    n: int | None = 1
    if m["n"]:
        w = m["n"].lower()
        n = 2 if w in ("other", "a couple of", "couple of") else None if w == "few" else int(number(w) or 1)
    return "SET", V.duration(n, code, timey), None


# An amount and then "a day", "per year" ("5,000 barrels of oil a day", "$33 million a year",
# "four flights a week", "300 tons per day") is a rate: how much per unit of time, never a day or
# a year of its own, and no time expression either. TimeML marks as SETs the times that recur
# ("each month", "every quarter", "twice a week"); the TimeBank gold annotates 6 of its 6 "each/
# every" units but 2 of its 8 amount-rates (none of "four flights a week", "$500 million a year",
# "358,000 a month"), so a rate is recognized here only to keep its "a day" from being read as a
# span or a day, and yields no tag. The amount is a number
# (with its currency, scale or percent) and at most a two-word noun and an "of" phrase ("barrels of
# oil", "dump trucks", "gallons of oily water"); a bare year ("In 1998 a year of drought began") is
# no amount.
_RATE_AMOUNT = re.compile(
    r"(?:[$£€]\s?\d(?:[\d,.]*\d)?|(?<![\w$£€.,])(?!(?:1[5-9]|20)\d\d(?![\d,.]))\d(?:[\d,.]*\d)?(?![\d,.])|\b(?i:one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds|thousands|millions|dozens|several|a few|a dozen|a hundred))"
    r"(?:\s?(?:million|billion|trillion|thousand|hundred|bn|m|%)\b|\s?%)?"
    r"(?:\s(?!(?:of|and|or|in|on|at|to|for|by|with|without|from|into|as|than|the|that|this|not|he|she|it|they|we|i|you|" + auxiliaries(BE_FINITE, HAVE_FORMS) + r")\b)(?![a-z-]*ed\b)[a-z][a-z-]*){0,2}"
    # (the amount may be the converted one in an aside: "420,000 gallons (1.59 million liters) of oil daily")
    r"\)?(?:\sof\s(?:[a-z-]+\s){0,2}[a-z-]+)?(?:\s\([^()\n]{1,40}\))?\s$")
_SPAN_WORD_BEFORE = re.compile(r"(?i)\b(?:roughly|nearly|about|almost|over|half|just|only|some|than|around|"
                               r"approximately|under|barely|exactly|within|for|in|after|before)\s$")
_SPEED_BEFORE = re.compile(r"(?i)\b(?:miles|kilometers|kilometres|km|feet|meters|metres|knots|words|beats|revolutions)\s$")


def _rate_ok(m: re.Match[str], text: str) -> bool:
    if not m["per"][0].islower() or _SPAN_WORD_BEFORE.search(text, max(0, m.start() - 14), m.start()):
        return False  # "A second group", "2008, roughly a year after": a sentence's start, a span
    if re.match(r"['’]s\b|-|\s(?:or\s(?:two|so)|than|old|of)\b", text[m.end():m.end() + 8]):
        return False  # "a day's pay", "a year-long", "a day or two", "$40 a week of overtime": no rate
    left = text[max(0, m.start() - 40):m.start()]
    return bool(_RATE_AMOUNT.search(left)) and not _SPEED_BEFORE.search(left)


@rule("rate", rf"{B}(?P<per>(?i:a|an|per)){SP}(?P<unit>(?i:second|minute|hour|day|week|month|year))(?![\w-])",
      accept=_rate_ok)
def _rate(m: re.Match[str], cx: Context) -> Result | None:
    return None  # a rate is how much, not when (see above)


DUR_DET = (r"(?i:the|this|these|those|an additional|another|the first|the last|the past|"
           r"the next|the previous|the following|the coming|the latest|the final|the remaining|the same|the initial|"
           r"the year-earlier|the year-ago|the preceding|the prior|the first|the past|the last|the next|"
           r"the other|the full|the entire|the whole|past|next|first|previous|coming)")


# An amount a few words before "a day" makes it a rate ("2 million gallons of crude a day
# before the cap"), as do "once", "twice", "times"; a clock or a date ("4:37 PM A day after",
# "on May 3 came a week before") does not.
_AMOUNT_BEFORE = re.compile(r"(?:[$£€]\s?\d[\d,.]*\w*|\d[\d,.]*(?:\s(?:million|billion|thousand|hundred))?(?:\s?%|\s(?:people|[a-z]+s)\b)"
                            r"|\b(?:[Oo]nce|[Tt]wice|times))(?:\s\S+){0,3}\s$|(?<![\w,.])\d[\d,.]*\s$")  # ("an average of 40 a month")


# a capitalised "Year" and its number name a British school year ("Year Seven", "Year 11"), so a
# number before it counts pupils, not years
_SCHOOL_YEAR_AFTER = re.compile(r"\s(?:[1-9]|1[0-3]|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen)\b(?![.,:]\d)")

# an aside just before the unit ("12,000 barrels (504,000 gallons) a day since April") is passed
# over to reach the amount before it
_AFTER_ASIDE = re.compile(r"\s\([^()\n]{1,60}\)\s$")


def _duration_ok(m: re.Match[str], text: str) -> bool:
    n = m["n"].lower()
    det = (m["det"] or "").lower()
    if n in ("a", "an") and m["adj"] and m["adj"].lower() in ("full", "entire", "whole"):
        return True  # "spilling in an entire day", "worked a full day", "for a whole week": the unit's whole length
    if n in ("a", "an") and m["adj"] and re.fullmatch(_LENGTH_ADJ, m["adj"]):
        return False  # "a grueling day": one day told of, not a length
    if n in ("a", "an", "one") and m["unit"].lower() == "day" and re.match(r"\sof\sthe\sweek\b", text[m.end():m.end() + 12]):
        return False  # "Skip to a day of the week", "any one day of the week": a weekday, not a length
    if (det == "this" and n not in ("one",)) or (det in ("these", "those") and n in ("a", "an")):
        # "had a scare with this a few years ago", "did this two years ago": a pronoun object
        # (a singular "this" takes no article and no plural number), the period begins after it
        return False
    if re.search(r"(?i)\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-$", text[max(0, m.start() - 8):m.start()]):
        return False  # the "four" of "twenty-four hour care", whose whole number was read (and refused) first
    if n in ("24", "twenty-four") and m["unit"].lower() == "hour" and not m["det"] and _ROUND_THE_CLOCK.match(text, m.end()):
        return False  # "a 24 hour centre", as "a 24-hour centre": round the clock, not a period
    if re.match(r"\s(?:olds?|of age)\b|-olds?\b", text[m.end():m.end() + 8]):
        return False  # an age ("four year olds"), not a period
    if m["unit"] == "Year" and _SCHOOL_YEAR_AFTER.match(text, m.end()):
        return False  # "five Year Seven pupils", "Eight Year 6 students": a British school year and a head count
    if m["n"][:1].isupper() and m["unit"][:1].isupper() and re.match(r"\s(?:International|Internationals|Series|Cup)\b", text[m.end():m.end() + 16]):
        return False  # a name: "the third One Day International" is a cricket match
    if n in ("a", "an") and m["unit"].lower() == "quarter":
        return False  # "a quarter of the market", "more than a quarter": a fraction
    if m["unit"].lower().startswith("quarter") and not m["det"] and (
            re.match(r"\s?(?:\(|of (?:the|a|an|its|his|her|their|all|this|that|these|those|it|them|us)\b|[-–]|is\b|are\b|was\b|were\b|ended\b|remains?\b|went\b)", text[m.end():m.end() + 8])
            or not re.search(r"\b(?:for|within|in|over|after|than|lasted|took|takes|spent)\s$", text[max(0, m.start() - 10):m.start()].lower())):
        return False  # "one quarter (25 percent) of the oil", "three quarters ended up ashore": a fraction
    if n in ("a", "an", "one") and m["unit"].lower() == "second":
        return False  # "a second look", "one second-half goal"
    if n in ("a", "an") and not m["det"]:
        before = text[max(0, m.start() - 14):m.start()].lower()
        if re.match(r"\s(?:into|in to)\s(?:the|a|an|its|his|her|their|our)\b", text[m.end():m.end() + 12]) \
                and re.search(r"(?:^|\n|[.!?]\s|\b(?:now|" + auxiliaries(BE_FINITE, BE_NONFINITE, without={"being"}) + r"|just|only|already|nearly|almost|barely|"
                              r"about|than|well)\s)$", text[max(0, m.start() - 12):m.start()], re.I):
            # ("barrels of oil a day into the sea" is a rate)
            return True  # "now a month into the hurricane season": how long it has run
        if re.match(r"\s(?:after|before|since)\s(?:the|his|her|its|their|a|an|any|he|she|they|we|I|it|[A-Z][a-z]+|"
                    r"[a-z]+(?:ers|ists|ians|ials)|[a-z]{2,}ing)\b", text[m.end():m.end() + 24]) \
                and not _AMOUNT_BEFORE.search(_AFTER_ASIDE.sub(" ", text[max(0, m.start() - 90):m.start()])):
            # ("it has been a year since the blast", "a day after arriving"): a span from an event
            return True  # "came a day after the vote", "a day after scientists reported", "a week after she quit": a span from an event
        if re.match(r"\s(?:after|before|or two)\b", text[m.end():m.end() + 8]) and re.search(
                r"(?:^|\n|[.!?,;(—–]\s?|\s-\s|\b(?:just|only|about|nearly|almost|barely|exactly|than|be|is|was)\s)$",
                text[max(0, m.start() - 10):m.start()], re.I):
            return True  # ", a day after the hearing", "will be a day or two before": a span from an event
        if re.match(r"(?i)(?:hour|week|month|year|decade|century)s?\sof\s(?!(?:the|a|an|its|his|her|their|our|this|that|these|those)\b)[a-z]",
                    text[m.end() - len(m["unit"]):m.end() + 16]) and not _AMOUNT_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            return True  # "a decade of growth", "after a year of talks", "an hour of music": how long it went on
        if re.match(r"['’]s\s[a-z]", text[m.end():m.end() + 4]):
            return True  # "a year's salary", "a week's notice": an amount measured in time
        if re.search(r"\b(?:wait|waits|waited|waiting|lasts|lasted|lasting|course of)\s$", before):
            return True  # "diners wait an hour for a table": how long
        if re.match(r"\s(?:ahead|behind|away|early|late|too (?:early|late|soon)|(?:before|after) schedule)\b", text[m.end():m.end() + 16]):
            return True  # "home a month before schedule", "a year ahead of the vote", "a day or so away": how far off
        if re.match(r"\son\s(?:from|since)\s", text[m.end():m.end() + 12]):
            return True  # "a year on from the blast": a span from an event, as "a year after" is
        if re.match(r"\s(?:off|of leave)\b", text[m.end():m.end() + 10]):
            return True  # "took a day off", "taking a week off": time away from work, how long
        if m["unit"].lower() in ("day", "night") and re.match(r"\sout\b(?!\sof\b)", text[m.end():m.end() + 8]):
            return False  # "after a night out with a friend", "a day out at the coast": an outing, not a length
        return bool(re.search(r"\b(?:for|within|in|over|than|about|by|nearly|almost|least|lasted|lasting|spent|"
                              r"spend|spending|spends|takes?|took|only|just|after|half|full|entire|whole|extra|another|to)\s$", before))
    if n in ("some", "many", "few") and not m["det"]:
        # ("it took many weeks", "spent many years", "waited some months", "it will be some months
        # before ...": how long; "there will be some days when" counts days)
        return bool(re.search(r"\b(?:for|in|over|within|after|took|takes|take|taken|spent|spend|lasted|wait|waits|waited|waiting)\s$",
                              text[max(0, m.start() - 8):m.start()].lower())) or bool(IT_IS_BEFORE.search(text, max(0, m.start() - 30), m.start()))
    return True


# "seven contentious hours", "five agonizing months", "the eight intervening years", "five school
# days", "14 furlough days": a number, one adjective or kind of day and a unit is still that many
# units. Only lower-case adjectives of these endings, a few common ones and the kinds of day off,
# and never after "a"/"an": "a grueling day", "in a tumultuous year" name one unit, not a length.
_LENGTH_ADJ = r"[a-z]{3,}(?:ing|ous|ful)|whole|odd|hard|tough|difficult|busy|tense|brief|school|furlough|vacation|sick|rest"


rule("unit_and_unit", rf"{B}{UNIT_AND_UNIT}", accept=unit_and_unit_ok)(unit_and_unit)  # "a month and a day"


@rule("and_half", rf"{B}(?P<n>{NUM}|(?i:an?)){SP}(?:(?P<u1>{UNIT_SG}){SP}(?i:and (?:a )?half)|(?i:and (?:a )?half){SP}(?P<u2>{UNIT}))(?![\w-])",
      # ("a year and a half ago", "two and a half years from now", "two and a half years old": a
      # point or an age, read elsewhere; "three and half months" drops its article informally)
      accept=lambda m, text: not re.match(r"\s(?:ago|earlier|later|before|after|old|of age|from now|hence)\b", text[m.end():m.end() + 10])
      and not (m["n"][0].isdigit() and m["u1"]))
def _and_half(m: re.Match[str], cx: Context) -> Result | None:
    """ "an hour and a half", "two and a half years": the number and a half of the unit."""
    raw = m["n"].lower()
    n = 1 if raw in ("a", "an") else number(raw)
    unit_word = (m["u1"] or m["u2"]).lower()
    u = unit_word.rstrip("s") if unit_word != "centuries" else "century"
    if n is None or n != int(n) or u not in UNITS or u == "quarter":
        return None  # ("a quarter and a half" is a fraction)
    code, timey = UNITS[u]
    return "DURATION", V.duration(n + 0.5, code, timey), None


@rule("duration",
      # "within 30-60 days": the end of a range of numbers is the duration's number
      rf"(?:{B}|{DASH_DAY})(?:(?P<det>{DUR_DET}){SP})?(?P<n>{NUM}|{FEW}|(?i:a|an)){SP}"
      rf"(?:(?P<adj>(?i:more|additional|full|entire|straight|consecutive|trading|business|calendar|long|short|extra)|{_LENGTH_ADJ}){SP})?"
      # "a day or two": a range of numbers, written at its lower bound as TimeBank's "[a year or two]"
      # ("a month or two months" is two expressions)
      rf"(?P<unit>{UNIT})(?:(?P<orso>{SP}(?i:or so))|(?P<orn>{SP}(?i:or two|or three))(?!{SP}{UNIT})"
      # "for many years to come": the length still ahead, spanned as "years to come" is (only where the
      # phrase ends, not "years to come back" or "weeks to come into force")
      rf"|{SP}(?i:to come)(?=\s*(?:[.,;:!?)\"”'’—–-]|$)|\s(?:and|or|but|as|when|if|because)\b))?(?![\w-])",
      accept=_duration_ok)
def _duration(m: re.Match[str], cx: Context) -> Result | None:
    unit_word = m["unit"].lower()
    u = unit_word.rstrip("s") if unit_word != "centuries" else "century"
    code, timey = UNITS[u]
    raw = m["n"].lower()
    n = None if re.fullmatch(FEW, m["n"]) else number(raw)
    if n is None and raw not in ("a few", "a couple of", "couple of", "a couple", "several", "some", "many", "a number of", "the next few", "few"):
        return None
    if raw in ("a couple of", "couple of", "a couple"):
        n = 2
    if raw == "one" and u == "day" and not m["det"] and cx.tense(m.start(), m.end()) == "future" and not re.search(
            r"(?i)\b(?:for|in|within|after|over|than|about|nearly|only|just|by|of|last|lasts|take|takes|need|needs)\s$",
            cx.text[max(0, m.start() - 8):m.start()]):
        return "DATE", "FUTURE_REF", None  # "Islam will one day be...": some day, not 24 hours
    mod = "APPROX" if m["orso"] else "EQUAL_OR_MORE" if m["orn"] else None
    return "DURATION", V.duration(n, code, timey), mod


_ROUND_THE_CLOCK = re.compile(
    r"\s(?:news|coverage|service|services|access|surveillance|hotlines?|helplines?|care|security|watch|operations?|"
    r"basis|protection|patrols?|monitoring|shops?|stores?|channels?|stations?|supermarkets?|gyms?|pharmac\w+|"
    r"clinics?|desk|cycle|lines?|support|emergency|bars?|restaurants?|diner|opening|guard|vigil|presence|"
    r"cent(?:re|er)s?|facilit(?:y|ies)|drinking|licen[cs]es?|licen[cs]ing|cover|staffing|helpdesk|"
    r"society|party|culture|economy|city|lifestyle|rolling)\b")


@rule("unit_adj", rf"{B}(?<!\d,)(?P<n>\d{{1,3}}(?:,\d{{3}})?(?:\.5)?|(?i:{NUM_WORD}|half|a half|several|multi)|\d{{1,3}} 1/2)-(?P<unit>{UNIT_SG})(?P<old>[- ]olds?(?![\w-]))?(?![\w])(?!-(?!old))")
def _unit_adj(m: re.Match[str], cx: Context) -> Result | None:
    if m["old"]:
        return None  # an age ("a 6-year-old boy", "the 50-year-old alliance"), not a period of time
    u = m["unit"].lower()
    if u == "quarter" and (re.match(r"\s(?:of|stake|share|interest|cut|rise|fall|drop)\b", cx.text[m.end():m.end() + 9])
                           or m["n"].lower() in ("three", "3")):
        return None  # "one-quarter of the cases", "a one-quarter stake", "three-quarter": a fraction
    if u == "hour" and m["n"] == "24" and _ROUND_THE_CLOCK.match(cx.text, m.end()):
        return None  # "24-hour news", "a 24-hour hotline": round the clock, not a period
    code, timey = UNITS[u]
    raw = m["n"].lower()
    if raw in ("several", "multi"):
        return "DURATION", V.duration(None, code, timey), None
    n = 0.5 if raw in ("half", "a half") else number(raw)
    if n is None:
        return None
    if n == 0.5 and u == "hour":
        return "DURATION", "PT30M", None
    return "DURATION", V.duration(n, code, timey), None


# a bare unit's period or recurrence: "another week", "all day", "an hour-long film", "year after year"
rule("another", rf"{B}{ANOTHER}")(one_unit)
rule("all_unit", rf"{B}{ALL_UNIT}")(one_unit)
rule("unit_long", rf"{B}{UNIT_LONG}")(unit_long)
rule("unit_after_unit", rf"{B}{UNIT_AFTER_UNIT}")(unit_after_unit)
rule("units_from_event", rf"{B}{UNITS_FROM_EVENT}", accept=units_before_event_ok)(units_from_event)
rule("units_of_or_away", rf"{B}{UNITS_OF_OR_AWAY}", accept=units_of_or_away_ok)(units_from_event)


# A bare plural unit is a length after a word that takes one ("for years", "took weeks"), and so is
# a second unit offered as its alternative ("for months or years", "take years if not decades").
def _near_det_ok(m: re.Match[str], text: str) -> bool:
    """A determiner of :data:`_NEAR_DET` makes a period unless "of" follows ("the last hours of his
    life" is their end); a bare "past"/"previous" only after a preposition ("than in past years")."""
    if not re.fullmatch(rf"(?i:{_NEAR_DET})", m["det"]):
        return True
    if re.match(r"\s(?:of|ago)\b", text[m.end():m.end() + 5]):
        return False
    return m["det"].lower().startswith("the") or bool(
        re.search(r"(?i)\b(?:in|over|during|from|than|for)\s$", text[max(0, m.start() - 8):m.start()]))


# ("damage that may last decades": the verb "last" after a modal, never the adjective of "the last years")
_LENGTH_BEFORE = re.compile(r"(?i)\b(?:for|within|in|over|after|of|spent|spend|spends|spending|took|take|takes|taking|"
                            r"waited|lasted|lasting|(?:" + auxiliaries(MODAL_VERBS, without={"shall"}) + r"|to)\slast)"
                            r"\s(?:(?:minutes|hours|days|weeks|months|years|decades)\s(?:or|if not)\s)?$")


# A bare unit told as how far off a plan ("weeks behind schedule", "months beyond schedule", "days
# late"): a length, as "a month before schedule" is.
_OFF_SCHEDULE = re.compile(r"\s(?:behind|beyond|ahead of|late|early|overdue)\b")


# A bare unit offered as the longer alternative of a counted length just told ("many months, and
# probably years", "several weeks or even months"); not the same unit again ("for years and years"),
# nor after a bare unit no length word leads ("may need days or weeks").
_OTHER_UNIT_BEFORE = re.compile(rf"\b(?:{FEW}|{NUM}){SP}(?P<prev>(?i:hours|days|weeks|months|years|decades)),?{SP}"
                                r"(?i:and|or|if not|to)\s(?:(?i:probably|possibly|perhaps|maybe|even|likely|potentially),?\s)?$")


def _after_other_unit(m: re.Match[str], text: str) -> bool:
    before = _OTHER_UNIT_BEFORE.search(text, max(0, m.start() - 40), m.start())
    return bool(before) and before["prev"].lower() != m["unit"].lower()


# "in the following days", "the ensuing weeks", "over the past years": a period of some units
# just before or after the time told of, as "the past few years" is; without "the" ("than in
# previous years") some time before, as TimeBank values "past years". Never "the last days of
# the rig" or "the early years of the century", a part of what follows "of".
_NEAR_DET = r"the (?:following|ensuing|subsequent|intervening|succeeding|past|last|previous|preceding|prior)|past|previous"


@rule("vague_units",
      rf"{B}(?:(?P<det>(?i:recent|the coming|coming|the past few|the last few|the next few|the past several|"
      rf"the last several|the next several|{_NEAR_DET}|the)){SP})?"
      rf"(?P<unit>(?i:years|months|weeks|days|decades|centuries|quarters|hours|minutes))"
      rf"(?:(?P<ahead>{SP}(?i:ahead|to come(?!{SP}(?:back|in|out|up|down|through|home|from|to|with)\b)))|(?P<long>-long))?(?![\w-])",
      # "a weeks-long strike": an adjective of unspecified length
      accept=lambda m, text: bool(m["long"]) or (bool(m["det"]) and _near_det_ok(m, text) and (m["det"].lower() != "the" or bool(m["ahead"]) or bool(
          re.search(r"(?i)\b(?:over|during|through|throughout|down)\s$", text[max(0, m.start() - 12):m.start()])) or the_units_from_event(m, text)))
      or (not m["det"] and (bool(_LENGTH_BEFORE.search(text, max(0, m.start() - 40), m.start())) or _after_other_unit(m, text)
                              or second_unit_from_event(m, text)
                            or bool(_OFF_SCHEDULE.match(text, m.end())))
      and not re.match(r"\s(?:of|ago|old|later|earlier)\b", text[m.end():m.end() + 8])
      # ("traded after hours", "after-hours dealing": outside business hours, an idiom, not a span)
      and not (m["unit"].lower() == "hours" and bool(re.search(r"(?i)\bafter\s$", text[max(0, m.start() - 6):m.start()])))
      # ("no oil is in Weeks Bay": a capitalized unit before a capitalized word is a name)
      and not (m["unit"][0].isupper() and bool(re.match(r"\s[A-Z][a-z]", text[m.end():m.end() + 3])))))
def _vague_units(m: re.Match[str], cx: Context) -> Result | None:
    det = (m["det"] or "").lower()
    unit_word = m["unit"].lower()
    u = unit_word.rstrip("s") if unit_word != "centuries" else "century"
    code, timey = UNITS[u]
    if det == "recent":
        # "in recent weeks": some time just past, as "recently" is; TimeBank marks it both ways
        # and HeidelTime so, and a stretch told as a length says "the past few weeks" instead
        return "DATE", "PAST_REF", None
    if det in ("past", "previous"):
        return "DATE", "PAST_REF", None  # "than in previous years": some earlier time (TimeBank's "past years")
    if det in ("the coming", "coming") and not m["ahead"]:
        return "DATE", "FUTURE_REF", None
    return "DURATION", V.duration(None, code, timey), None
