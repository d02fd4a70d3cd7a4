"""The recognizers: an ordered chain of small named rules.

Each rule is a bounded regular expression (pass 1 finds candidates with it,
optionally vetoed by an ``accept`` check on the surrounding words) and a
``resolve`` function (pass 2 turns the underspecified match into a TIMEX3
type, value and mod using the :class:`~timeline.tagger.context.Context`).
Order matters: at one position the first rule that matches and is accepted
wins, so composite forms ("Monday, Feb. 23, 2026", "5 p.m. EST Nov. 9") come
before their parts.

The rules live in modules by role (:mod:`.dates`, :mod:`.clock`, :mod:`.day_words`, ...);
:data:`ORDER` below, not the order of imports, is the chain.
"""

from __future__ import annotations

import re

from timeline.tagger.lexicon import MONTHS, NUM_WORD, ORDINALS, PARTS, SEASONS, WEEKDAY_NAMES, WEEKDAYS
from timeline.tagger.rules import (
    ago,
    clock,
    clock_range,
    dates,
    day_words,
    durations,
    holidays,
    market_day,
    month_weekday,
    months,
    named_day,
    relative,
    seasons,
    vague,
    years,
)
from timeline.tagger.rules.fragments import CLOCK_DASH, DASH_DAY, DECADE_SLASH, YEAR_DASH, B
from timeline.tagger.rules.recognizer import Rule
from timeline.tagger.rules.sun_times import SUN_PARTS
from timeline.tagger.unit_phrases import TRIGGER_WORDS as UNIT_PHRASE_TRIGGERS

_ROLES = (dates, holidays, clock, clock_range, day_words, named_day, market_day, month_weekday, months, years, seasons, relative, ago, durations, vague)

#: The chain, first tried first. The roles interleave: a holiday ("the Fourth of July") and a clock
#: time ("5 p.m. Nov. 9") before the written dates they contain; the bare year, which is part
#: of nearly everything, last.
ORDER = (
    # dates
    "iso", "numeric", "numeric_dash", "period_code", "ytd", "nine_eleven",
    # holidays
    "holiday",
    # clock ("7" of "7-9 pm" before "9 pm")
    "clock_range_start", "time", "live_label",
    # dates
    "month_the_day", "date_mdy", "day_list", "range_end_day", "range_and_day", "date_dmy", "ordinal_day",
    "month_year", "spoken_year",
    # market_day ("in mid-morning trading" before the part of the day it holds)
    "trading_session",
    # day_words
    "anaphoric_part_of_day", "part_of_day", "overnight", "day_beyond", "day_after_event", "day_named", "day_of_count", "day_of_run", "dayword",
    # month_weekday ("the last Tuesday of the month" before "last Tuesday")
    "weekday_of_month", "weekday_of_named_month",
    "weekday",
    # months
    "month_quarter", "that_month_day", "month", "quarter", "half_code", "half_year", "half",
    # years
    "fiscal_year", "decade", "century",
    # seasons
    "season",
    # relative
    "week_of", "month_of", "relunit", "yearend", "unit_end", "yearago_adj",
    # ago
    "ago_feed", "ago", "ago_vague", "later_vague", "from_day",
    # durations
    "set", "rate", "unit_and_unit", "and_half", "duration", "unit_adj", "another", "all_unit", "unit_long",
    "unit_after_unit", "units_from_event", "units_of_or_away", "vague_units",
    # vague
    "recent_day", "while", "then", "ref",
    # years
    "short_year", "bc_year", "year_span_end", "year_slash", "year", "early_year",
)


def _chain() -> list[Rule]:
    by_name: dict[str, Rule] = {}
    for role in _ROLES:
        for r in role.RULES:
            if r.name in by_name:
                raise ImportError(f"two tagger rules are named {r.name!r}")
            by_name[r.name] = r
    if sorted(ORDER) != sorted(by_name):
        raise ImportError(f"the tagger chain and the registered rules differ: {sorted(set(ORDER) ^ set(by_name))}")
    return [by_name[name] for name in ORDER]


RULES: list[Rule] = _chain()


def master_pattern() -> re.Pattern[str]:
    """One alternation of every rule, scanned once over the text.

    Group names are stripped from the parts (they would clash); the matching
    rule's own pattern is re-applied at the found position to read its fields.
    The shared token-start check ``B`` is evaluated once, before the
    alternation, instead of once per rule.
    """
    strip = re.compile(r"\(\?P<\w+>")
    parts = [f"(?P<r{i}>{strip.sub('(?:', r.source.removeprefix(B))})" for i, r in enumerate(RULES)]
    return re.compile("(?:" + B + "|" + DASH_DAY + "|" + CLOCK_DASH + "|" + YEAR_DASH + "|" + DECADE_SLASH + "|(?=(?i:then)))(?:"
                      + "|".join(parts) + ")")


#: Every word that can begin a match of some rule (lowercased); tokens starting
#: with a digit always trigger. tests/test_tagger.py checks this list against
#: a plain scan of the master pattern.
TRIGGERS = frozenset(
    list(MONTHS) + list(WEEKDAYS) + [f"{name}s" for name in WEEKDAY_NAMES] + list(SEASONS) + list(PARTS) + list(SUN_PARTS) + list(ORDINALS)
    + [w for w in NUM_WORD.replace("(?:", "|").replace(")", "|").replace("?", "").replace("[- ]", "|").split("|") if w.isalpha()]
    + ["a", "an", "the", "this", "that", "these", "those", "last", "next", "past", "previous", "prior", "preceding", "coming", "following", "current", "present", "same", "early", "late", "mid", "earlier", "later", "fiscal", "every", "each", "other", "daily", "weekly", "biweekly", "monthly", "yearly", "annually", "hourly", "nightly", "quarterly", "semiannually", "annual", "once", "twice", "noon", "midnight", "midday", "yesterday", "today", "tomorrow", "tonight", "overnight", "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades", "century", "centuries", "quarter", "quarters", "hour", "hours", "minute", "minutes", "second", "seconds", "weekend", "recent", "recently", "lately", "now", "right", "nowadays", "currently", "presently", "at", "as", "soon", "future", "more", "most", "q", "nineteen", "two", "thousand", "half", "several", "multi", "few", "some", "many", "hundred", "hundreds", "thousands", "couple", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties", "comparable", "corresponding", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "then", "long", "short", "lengthy", "while", "h", "t", "to", "fy", "ytd", "ad", "all", "per",
       "christmas", "new", "independence", "juneteenth", "veterans", "halloween", "valentine", "thanksgiving", "black", "cyber",
       "memorial", "labor", "presidents", "martin", "mlk", "columbus", "mother", "father", "election", "easter", "good", "fourth",
       "boxing", "st", "saint", "armistice", "remembrance", "bonfire", "guy"] + UNIT_PHRASE_TRIGGERS
)
