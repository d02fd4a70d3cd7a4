"""Periods counted from the report or the last date: "this week", "next month", "the week of
March 3", "year-end", "the year-ago quarter".
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.tagger import values as V
from timeline.tagger.context import Anchor, Context
from timeline.tagger.lexicon import MONTHS, ORDINALS, PAST, SP, UNITS, number
from timeline.tagger.narrative import narrated_weekend
from timeline.tagger.rules.day_words import untold_day, untold_value
from timeline.tagger.rules.foreground_day import background_date, foreground_day
from timeline.tagger.rules.fragments import DAY, MOND, WD_DATE, YEAR, B, _mon
from timeline.tagger.rules.market_day import market_day
from timeline.tagger.rules.recognizer import Result, Rule, registrar
from timeline.tagger.rules.sentence_window import _digits, same_sentence
from timeline.tagger.rules.story_day import story_day, story_period
from timeline.tagger.rules.year_choice import _date, year_for

RULES: list[Rule] = []
rule = registrar(RULES)


REL_UNIT = r"(?i:week|month|year|weekend|decade|century|day|fiscal year|financial year|fiscal quarter|financial quarter|quarter|fortnight)"


_SAID_AT = re.compile(r"\b(?:said|says|told|announced|warned|confirmed|reported|added|wrote)\s(?:at|over|during|on)\s$")


# "the scariest night of the year", "much of the year": in a sentence about what is so as a rule
# (present tense, no past or future), a year's part or rank in any year, not in this one.
_GENERIC_OF_YEAR = re.compile(r"(?i)(?:\b(?:[a-z]{3,}est|most\s[a-z]+|best|worst)\s(?:[\w-]+\s){0,2}(?:nights?|days?|weeks?|"
                              r"weekends?|months?|times?|seasons?|periods?|events?|dates?|holidays?)|\b(?:much|most))\sof\s$")
_PRESENT_COPULA = re.compile(r"(?i)\b(?:is|are|['’]s|['’]re|remains?|becomes?)\b")
_NOT_PRESENT = re.compile(r"(?i)\b(?:was|were|had|did|will|would|shall|['’]ll|been|going to|so far|yet|this|last|next|"
                          r"today|now|ago)\b")


def _generic_present(text: str, start: int, end: int) -> bool:
    """Is the sentence around ``start:end`` a present statement with no past, future or now in it?"""
    left = re.split(r"[.!?;\n]\s", text[max(0, start - 160):start])[-1]
    right = re.split(r"[.!?;\n](?:\s|$)", text[end:end + 120])[0]
    sentence = f"{left} {right}"
    return bool(_PRESENT_COPULA.search(sentence)) and not _NOT_PRESENT.search(sentence) \
        and not any(w in PAST for w in re.findall(r"[a-z']+", sentence.lower()))


def _relunit_ok(m: re.Match[str], text: str) -> bool:
    if m["rel"][0].isupper() and m["unit"][0].isupper() and re.search(r"[\w,]\W?\s?\W?$", text[max(0, m.start() - 4):m.start()]):
        return False  # a title mid-sentence: ABC's "This Week"
    rel = m["rel"].lower()
    unit = m["unit"].lower()
    after = text[m.end():m.end() + 14]
    if rel == "the":
        if unit in ("month", "decade"):
            return bool(re.search(r"(?i)\b(?:of|in)\s$", text[max(0, m.start() - 4):m.start()]))
        if unit not in ("year", "weekend", "fiscal year", "financial year", "day", "week"):
            return False
        if unit == "day" and market_day(text, m.start(), m.end()):
            return True  # "shares ended the day at 389p", "down 5p on the day": the session's day
        if unit in ("day", "week"):  # "earlier in the week": this week, not some week
            # ("until the end of the week": its end, as "the end of the month"; "at the end of the
            # day" is an idiom, "days of the week" any week)
            return bool(re.search(r"(?i)\b(?:later|earlier|early|late) in\s$", text[max(0, m.start() - 12):m.start()])) or (
                unit == "week" and bool(re.search(r"(?i)\bthe (?:end|beginning|start|middle|close) of\s$",
                                                  text[max(0, m.start() - 20):m.start()])))
        if unit == "weekend" and re.match(r"\s(?:before|after|until)\s(?:it|he|she|they|we|I|you)\s", text[m.end():m.end() + 16]):
            return True  # "by the weekend before it knows": "before" opens a clause, not a span from an event
        if unit == "weekend" and re.match(r"\sof\s(?:a|an|the|his|her|its|their|our|[a-z]+s)\s", text[m.end():m.end() + 24]):
            return True  # "over the weekend of a handful of workers", "at the weekend of the final": the weekend itself
        if re.match(r"(?i)\s(?:(?:ago|earlier|before|after|of|that|when|in which|in|to|two)\b|\d)|-|'(?!s\b)", after) and not (
                after.startswith(" that") and _SAID_AT.search(text, max(0, m.start() - 24), m.start())) and not (
                unit == "weekend" and re.match(r"\s(?:that|when|to)\b", after)
                and re.search(r"(?i)\b(?:over|at|during|until|till|by|for|through|throughout)\s$", text[max(0, m.start() - 11):m.start()])):
            # ("said at the weekend that ...": "that" opens what was said, not a relative; "failed
            # over the weekend when ...", "worked through the weekend to contain it": the adverbial
            # names the weekend)
            return False
        if unit == "year" and re.match(r"\s(?:he|she|they|we|I|you|[A-Z][a-z]+)\s(?!and\b|or\b|of\b)[a-z]{2,}", after) \
                and re.search(r"(?i)\b(?:was|is|be|been|since|until)\s$", text[max(0, m.start() - 7):m.start()]):
            return False  # "This was the year Suzi moved", "since the year he died": the year of another event
        if unit == "year" and re.search(r"(?i)\b(?:times?|parts?|seasons?|periods?) of\s$", text[max(0, m.start() - 12):m.start()]):
            return False  # "the cooler times of the year", "the flu period of the year": any year's season, not this one
        if unit == "year" and re.match(r"\s?[\'\"”’]?\s(?:round|awards?|prizes?|titles?)\b", after):
            return False  # "all the year round"; "player of the year awards": a name of a prize
        return not m["unit"][0].isupper()  # "Man of the Year" is a title
    if unit == "day" and rel == "next" and m["rel"][0].isupper() and after[:1] == ",":
        return True  # "Next day, we flew over the marsh": the day after the story's, as "the next day"
    return not (unit == "day" and rel not in ("the same", "that", "that same", "that very", "the next", "the following", "the previous", "the prior"))


@rule("week_of", rf"{B}(?i:the){SP}(?P<unit>(?i:week|weekend)){SP}(?i:of){SP}(?:(?P<wd>{WD_DATE}),?{SP})?"
      rf"(?:(?P<mon>{MOND}){SP}(?P<day>{DAY})|(?P<day2>{DAY}){SP}(?P<mon2>{MOND}))(?:,?{SP}(?P<year>{YEAR}))?")
def _week_of(m: re.Match[str], cx: Context) -> Result | None:
    """ "The week of July 5", "the weekend of 10 July": the week (or weekend) that day falls in."""
    mon, dd = _mon(m["mon"] or m["mon2"]), int(_digits(m["day"] or m["day2"]))
    d = _date(int(m["year"]) if m["year"] else year_for(cx, mon, dd, m.start(), m.end()), mon, dd)
    if d is None:
        return None
    if m["unit"].lower() == "week":
        return "DATE", V.week(d), None
    sat = d + dt.timedelta(days=(-2, -3, 3, 2, 1, 0, -1)[d.weekday()])  # a Friday's weekend is the one after it
    return "DATE", V.week(sat) + "-WE", None


_MONTH_WORDS = "|".join(k for k in MONTHS if len(k) > 4 or k in ("may", "june", "july"))


@rule("month_of", rf"{B}(?i:the){SP}(?i:month){SP}(?i:of){SP}(?P<mon>(?i:{_MONTH_WORDS}|(?:jan|feb|mar|apr|aug|sept?|oct|nov|dec)\.))(?![\w-])(?!{SP}{DAY}(?![\w,.]?\d))"
      rf"(?:,?{SP}(?P<year>{YEAR}))?")
def _month_of(m: re.Match[str], cx: Context) -> Result | None:
    """ "In the month of May": that month, one expression, "may" and "march" included, since the
    words before name the month."""
    mon = _mon(m["mon"])
    y = int(m["year"]) if m["year"] else year_for(cx, mon, None, m.start(), m.end())
    return "DATE", V.month(y, mon), None


@rule("relunit",
      rf"{B}(?P<rel>(?i:this past|this coming|last|this|next|the past|the last|the next|the coming|the current|"
      rf"the present|the previous|the prior|the preceding|the following|the same|that same|that very|that|the full|the entire|the whole|the latest|the)){SP}"
      rf"(?P<unit>{REL_UNIT})(?![\w-])"
      # "in the next day or two", "over the past month or so": the unit told roughly, one expression
      # (TimeBank: "[the next year or so]", its year, mod APPROX); "or two years" is two expressions
      rf"(?:{SP}(?P<orso>(?i:or so|or two|or three))(?![\w-])(?!{SP}{REL_UNIT}s?\b))?",
      accept=_relunit_ok)
def _relunit(m: re.Match[str], cx: Context) -> Result | None:
    found = _relunit_value(m, cx)
    if found is None or not m["orso"] or found[2] is not None:
        return found
    longer = found[0] == "DURATION" and m["orso"].lower() != "or so"  # "the coming week or two": at least a week
    return found[0], found[1], "EQUAL_OR_MORE" if longer else "APPROX"


# a preposition that makes the unit after it a stretch to go through ("over the next month",
# "plans for the next decade")
_SPAN_PREPOSITION = re.compile(r"(?i)\b(?:over|within|during|in|for)\s$")

# a year written just before, set beside the unit by a comma ("in 2008, the last year for which ...")
_YEAR_APPOSED = re.compile(r"(?<![\d,.])((?:1[89]|20)\d\d),\s$")


def _relunit_value(m: re.Match[str], cx: Context) -> Result | None:
    rel = m["rel"].lower()
    if rel in ("that same", "that very"):
        rel = "that"
    if rel == "next" and m["unit"].lower() == "day":
        rel = "the next"  # "Next day, ..." (see _relunit_ok)
    unit = m["unit"].lower()
    if unit in ("fiscal year", "financial year", "fiscal quarter", "financial quarter"):  # "financial": British for fiscal
        unit = unit.split()[1]
    if unit == "fortnight":
        return "DURATION", "P2W", None  # "over the past fortnight", "the next fortnight": two weeks
    if rel == "the" and unit == "year" and _GENERIC_OF_YEAR.search(cx.text, max(0, m.start() - 60), m.start()) \
            and _generic_present(cx.text, m.start(), m.end()):
        return None  # "Halloween is the scariest night of the year", "uninhabitable much of the year": any year
    code = UNITS[unit][0]
    if rel == "the coming" or (rel == "the" and re.match(r"\s(?:since|that has passed since)\b", cx.text[m.end():m.end() + 24])):
        # ("in the month since the blowout": the month that has passed since, a period up to now)
        return "DURATION", V.duration(1, code, False), None
    if rel == "the last" and unit == "year" and (year := _YEAR_APPOSED.search(cx.text, max(0, m.start() - 8), m.start())):
        return "DATE", year[1], None  # "in 2008, the last year for which figures are available": that year, not the one before the report
    if rel == "the next" and unit in ("decade", "century") and _SPAN_PREPOSITION.search(cx.text, max(0, m.start() - 11), m.start()) \
            and cx.tense(m.start(), m.end()) != "past":
        # "would raise $11 billion over the next decade", "plans for the next decade": the ten (or
        # hundred) years ahead of now, as "the coming decade" is, not the calendar decade after this
        # one (a past story's "in the next decade it grew" counts from its own date)
        return "DURATION", V.duration(1, code, False), None
    if rel in ("the past", "the last") and unit not in ("year", "decade", "century", "month", "week"):
        return "DURATION", V.duration(1, code, False), None
    if rel in ("the past", "the last") and re.search(r"(?i)\bfor\s$", cx.text[max(0, m.start() - 4):m.start()]):
        return "DURATION", V.duration(1, code, False), None  # "lost money for the past decade": how long
    if rel in ("the past", "the last"):
        rel = "last"  # "over the past year": TimeML values it as the calendar unit before the DCT
    if unit == "day" and rel in ("the same", "that") and untold_day(m, cx, rel):
        return untold_value(m, cx)
    if rel in ("the previous", "the prior", "the preceding", "the next", "the following", "the same", "that"):
        a = cx.day_anchor_or_anchor(m.start()) if unit == "day" else cx.anchor_or_dct()
        if unit == "day" and rel != "the same" and rel != "that" and cx.anchor is not None and cx.anchor.value.endswith("-WE") \
                and cx.anchor_pos > cx.day_anchor_pos:
            # "Over the weekend, crews worked. The following day ...": the day after the weekend, its
            # Monday (the day before it, its Friday), not the day after the last day named before it
            sat = cx.anchor.date + dt.timedelta(days=5)
            d = sat + dt.timedelta(days=2 if rel in ("the next", "the following") else -1)
            if d <= cx.dct or cx.tense(m.start(), m.end()) == "future":
                return "DATE", d.isoformat(), None
        if rel == "the next" and unit != "day" and _SPAN_PREPOSITION.search(cx.text, max(0, m.start() - 8), m.start()) \
                and (cx.anchor is None or m.start() - cx.anchor_pos > 300) and cx.tense(m.start(), m.end()) in ("future", "present"):
            # "will be implemented over the next month", with no date named just before: the month
            # after the report (TimeBank: "closed over the next year or so" is the DCT's next year)
            a = Anchor(cx.dct.isoformat(), cx.dct, "day")
        if unit == "day" and a.precision != "day":
            return "DATE", a.value, None  # "in 1897 ... the following day": a day of that year, not July 2
        n = {"the previous": -1, "the prior": -1, "the preceding": -1, "the next": 1, "the following": 1}.get(rel, 0)
        if unit == "weekend":
            return "DATE", V.shift(a.date, "W", n)[1] + "-WE", None
        shifted = V.shift(a.date, code, n)
        if unit == "day" and shifted[0] > cx.dct and cx.tense(m.start(), m.end()) == "past":
            # "was announced on the same day", after a date still ahead: a past event is not after
            # the report, so the day last named is not this one's anchor
            return "DATE", "PAST_REF", None
        if unit == "day" and n == 1 and shifted[0] <= cx.dct and cx.tense(m.start(), m.end()) == "future" \
                and not cx.reported_future(m.start()) \
                and not re.search(r"(?i)\bwould\b", re.split(r"[.!?]\s", cx.text[max(0, m.start() - 200):m.start()])[-1]):
            # "will inspect the area the next day", after a day already past: what will happen
            # lies after the report, so the day after the report ("would return the following
            # day" is a future seen from the story's day, which keeps its anchor), or after the
            # day ahead the story told before a background date ("will speak Tuesday about the
            # April 20 blast. The next day, he will ...": Wednesday)
            ahead = foreground_day(cx, m.start(), 1500) \
                if background_date(cx, cx.day_anchor_pos) and cx.clock_pos != cx.day_anchor_pos else None
            base = ahead.date if ahead is not None and ahead.date >= cx.dct else cx.dct
            return "DATE", (base + dt.timedelta(days=1)).isoformat(), None
        return "DATE", shifted[1], None
    if rel in ("the full", "the entire", "the whole"):
        rel = "the"
    if rel == "the latest":
        rel = "last"  # "the latest fiscal year": the last one completed
    n = {"last": -1, "this past": -1, "next": 1, "this coming": 1}.get(rel, 0)
    if unit == "weekend":
        if rel == "the" and (sat := narrated_weekend(cx, m.start(), m.end())) is not None:
            return "DATE", V.week(sat) + "-WE", None  # "Thursday, July 15 ... Over the weekend, crews ...", told in August
        if rel == "the" or rel == "this":
            tense = cx.toward(m.start(), m.end(), reach=28)
            if tense != "past" and re.search(r"(?i)\bfor\s$", cx.text[max(0, m.start() - 4):m.start()]):
                tense = "future"  # "the bridge is closed for the weekend": the one ahead
            if tense is None and (cx.possible or re.search(r"(?i)\bahead to\s$", cx.text[max(0, m.start() - 9):m.start()])):
                # ("oil could reach the coast over the weekend", "should begin over the weekend", "a look
                # ahead to the weekend's football": what may be, or is looked forward to, lies ahead)
                tense = "future"
            base = cx.dct
            if cx.dct.weekday() >= 5 and (rel == "this" or tense != "future"):
                pass  # written on a Saturday or Sunday, "this weekend" is the one under way
            elif tense == "future" or (rel == "this" and tense != "past"):
                base = cx.dct + dt.timedelta(days=(5 - cx.dct.weekday()) % 7)
            elif cx.dct.weekday() < 5:
                base = cx.dct - dt.timedelta(days=cx.dct.weekday() + 1)
            return "DATE", V.week(base) + "-WE", None
        return "DATE", V.shift(cx.dct, "W", n)[1] + "-WE", None
    if unit == "day":
        # "On May 12, executives testified. Later in the day, ...": the day the story just told,
        # when it was told a sentence or two before; else the report's day
        if d := story_day(cx, m.start(), m.end()):
            return "DATE", d.isoformat(), None
        if period := story_period(cx, m.start(), m.end()):
            return "DATE", period, None  # "In March 1989 ... Later in the day": a day of that month
        return "DATE", cx.dct.isoformat(), None
    a = cx.anchor
    if rel == "the" and unit == "month" and a is not None and a.precision == "month" and 0 <= m.start() - cx.anchor_pos <= 240 \
            and cx.tense(m.start(), m.end()) == "past":
        # "Last August ... Early in the month, he gathered a team": in a past story, the month just
        # named; "could be done by the end of the month" is this month
        return "DATE", a.value, None
    year_before = re.search(r"\b(1[5-9]\d\d|20\d\d),\s$", cx.text[max(0, m.start() - 8):m.start()])
    if rel == "the" and unit == "year" and year_before:
        return "DATE", year_before.group(1), None  # "in 1994, the year Democrats lost Congress": that year
    if rel == "the" and unit == "year" and a is not None and a.date.year != cx.dct.year \
            and 0 < m.start() - cx.anchor_pos <= 160 and re.match(r"(?:1[5-9]|20)\d\d\b", cx.text[cx.anchor_pos:cx.anchor_pos + 5]) \
            and same_sentence(cx.text[cx.anchor_pos:m.start()]):
        return "DATE", str(a.date.year), None  # "1989 -- the programme recreates the year's events": that year
    if rel == "the" and unit in ("year", "fiscal year") and re.match(r"\s(?:ended|ending)\b", cx.text[m.end():m.end() + 8]):
        return "DURATION", "P1Y", None  # "the year ended March 31": a fiscal period
    if unit == "week" and n == 0 and cx.dct.weekday() == 0 and _done_this_week(cx, m.start(), m.end()):
        # written on a Monday, what "was found this week", "earlier in the week" happened in the
        # week just ended (written over the weekend, or a week counted from Sunday): the Monday
        # itself is named as "Monday" or "today"
        return "DATE", V.shift(cx.dct, code, -1)[1], None
    if unit == "week" and n == 0 and cx.dct.weekday() == 6 and _ahead_this_week(cx, m.start(), m.end()):
        # written on a Sunday (the Sunday papers), the ISO week of the report ends that day: what
        # "will be announced this week", "reports this week", "is meeting this week" happens in
        # the coming Monday-to-Sunday week; "fell this week" stays in the week just ending
        return "DATE", V.shift(cx.dct, code, 1)[1], None
    return "DATE", V.shift(cx.dct, code, n)[1], None


# Words that put a clause ahead or in doubt: "hearings this week" before "will", "hoped", "if" is no done deed.
_AHEAD_WORDS = re.compile(r"(?i)\b(?:will|['’]ll|would|may|might|could|can|shall|should|expects?|expected|hopes?|hoped|"
                          r"plans?|planned|due|set to|going to|if|anticipat\w*|ahead|preparing|prepares?|scheduled|"
                          r"stands?|face|faces|tomorrow|next|later|late)\b")


def _done_this_week(cx: Context, start: int, end: int) -> bool:
    """Is "this week" at ``start:end`` in a sentence telling only of what was done (a past verb
    close by, nothing ahead or in doubt)?"""
    left = re.split(r"[.!?;\n]\s", cx.text[max(0, start - 200):start])[-1]
    right = re.split(r"[.!?;\n](?:\s|$)", cx.text[end:end + 160])[0]
    if _AHEAD_WORDS.search(left) or _AHEAD_WORDS.search(right):
        return False
    # the verb before it decides, or the one after when it opens the sentence ("Earlier in the
    # week, officials raised ..."): a verb after a noun phrase is another clause's ("hearings this
    # week, lawmakers said")
    opening = not re.search(r"[^\W\d_]", re.sub(r"(?i)\b(?:earlier|early)(?:\s+in)?\s*$", "", left))
    return cx.tense(start, end, right=opening, reach=6) == "past"


# A verb in the present that tells of what is to come ("Shell, which also reports this week",
# "he still meets unions this week"): an adverb or relative pronoun marks the -s word as a verb.
_PRESENT_AHEAD = re.compile(r"(?i)(?:\b(?:which|who|also|still|then|now|he|she|it)\s+(?:also\s+)?(?!is\b|has\b|was\b)"
                            r"[a-z]{2,}[^s\W]s|\b(?:is|are|am)\s+(?:\w+ly\s+)?[a-z]{3,}ing)\s+(?:[^\s.;!?]+\s+){0,4}$")
_AHEAD_SURE = re.compile(r"(?i)\b(?:will|['’]ll|shall|would|could|might|may|going to|due to|set to|expected to|"
                         r"scheduled to|to be)\b(?!\s(?:not\s)?have\b)")  # ("could have come this week": a past)


def _ahead_this_week(cx: Context, start: int, end: int) -> bool:
    """Does "this week" at ``start:end`` name a time still ahead (a future, or a present telling
    of what is to come), not what was done or is so now ("shares are down this week")?"""
    left = re.split(r"[.!?;\n]\s", cx.text[max(0, start - 200):start])[-1]
    if (re.search(r"(?i)\bof\s$", left) and not re.search(r"(?i)\bthe (?:end|beginning|start|middle|close) of\s$", left)) \
            or cx.text[end:end + 2] in ("'s", "’s"):
        # "the events of this week", "this week's show": the week of a noun, not of the verb ("by
        # the end of the week" is the verb's)
        return False
    if re.search(r"(?i)\bearl(?:y|ier)(?:\s+in)?\s*$", left):
        return False  # "earlier this week": the days just gone
    if re.search(r"(?i)\blater(?:\s+in)?\s*$", left):
        return True
    tense = cx.tense(start, end)
    if tense == "future":
        return True
    if tense == "past":
        return False
    clause = re.split(r",\s|\b(?:but|and|while|although)\s", left)[-1]
    near = " ".join(left.split()[-8:]) + " "  # the verb stands within a few words ("reports its results this week")
    return bool(_AHEAD_SURE.search(clause) or _PRESENT_AHEAD.search(near))


@rule("yearend", rf"{B}(?i:year[- ]end|year['’]s end|the end of the year)(?![\w-])")
def _yearend(m: re.Match[str], cx: Context) -> Result | None:
    tense = cx.tense(m.start(), m.end())
    y = cx.dct.year - 1 if tense == "past" and cx.dct.month <= 3 else cx.dct.year
    return "DATE", str(y), "END"


# "by day's end", "At the day's end", "by week's end": the end of the day last told, as "that day"
# is (else the report's), or of the report's week or month, as TimeBank tags "year's end" (above)
@rule("unit_end", rf"{B}(?:(?i:the){SP})?(?P<unit>(?i:day|week|month))['’]s{SP}(?i:end|close)(?![\w-])")
def _unit_end(m: re.Match[str], cx: Context) -> Result | None:
    unit = m["unit"].lower()
    if unit == "day":
        a = cx.day_anchor_or_anchor(m.start())
        return "DATE", a.value if a.precision == "day" else V.day(cx.dct), "END"
    return "DATE", V.week(cx.dct) if unit == "week" else cx.dct.isoformat()[:7], "END"


@rule("yearago_adj",
      rf"{B}(?:(?P<det>(?i:the|a|its)){SP})?(?:(?i:comparable|corresponding|same){SP})?"
      rf"(?P<adj>(?i:year-earlier|year-ago|year earlier|year ago|prior-year|year-before))(?![\w-])"
      rf"(?:{SP}(?P<what>(?i:quarter|period|nine months|six months|three months|month|week|(?:first|second|third|fourth) quarter)))?",
      # ("the year-ago" alone is cut short; "its year-ago third quarter", "year-ago period" are whole:
      # a possessive before it is no trigger, so the match starts at "year-")
      accept=lambda m, text: bool(m["what"]) or not m["det"])
def _yearago_adj(m: re.Match[str], cx: Context) -> Result | None:
    what = (m["what"] or "").lower()
    if what.endswith("months"):
        return "DURATION", V.duration(number(what.split()[0]), "M", False), None
    a = cx.anchor
    topic = cx.topic_quarter(m.start())
    if what.endswith("quarter") and what != "quarter":
        q = ORDINALS[what.split()[0]]
        y = (topic[0] if topic else a.date.year if a else cx.dct.year) - 1
        return "DATE", f"{y}-Q{q}", None
    if what in ("quarter", "period") or (not what and topic is not None):
        y, q = topic or V.quarter_of(V.add_months(cx.dct, -3))
        return "DATE", f"{y - 1}-Q{q}", None
    if what == "month":
        return "DATE", V.shift(cx.dct, "M", -12)[1], None
    if what == "week":
        return "DATE", V.shift(cx.dct, "W", -52)[1], None
    base = a.date if a is not None else cx.dct
    return "DATE", str(base.year - 1), None
