"""Durations and sets named by a bare unit, without a number: "another week", "all day",
"a year-long inquiry", "a weeklong strike", "year after year", "weeks before the blast",
"decades of mistrust", "months away".

TimeML tags each of them (a period of one unit, or a recurrence every unit); the duration
rule of :mod:`timeline.tagger.rules.durations` wants a number or an article before the unit, so these
fell through. The patterns are registered there, after the rules that read numbers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.tagger import values as V
from timeline.tagger.lexicon import NUM, SP, UNIT, UNITS, number

if TYPE_CHECKING:
    from timeline.tagger.context import Context

Result = tuple[str, str, str | None]

# "another week": one more unit ("an extra week" is the duration rule's). "another second" is a
# second one, "another quarter" mostly a fraction: no periods.
ANOTHER = (rf"(?i:another){SP}(?P<unit>(?i:minute|hour|day|night|week|month|year|decade))"
           rf"(?:{SP}(?i:or two|or so)(?!{SP}{UNIT}))?(?![\w-])")  # "another day or two": its lower bound
# "sat around all day", "rained all week": the whole of one unit ("all year 9 pupils" is a school year)
ALL_UNIT = rf"(?i:all){SP}(?P<unit>(?i:day|week|month|year))(?![\w-])(?!['’]s|\s\d)"
# "an hour-long film", "a weeklong strike", "the two-month-long cleanup", "five week-long": an
# adjective of so many units' length, one when no number is written
UNIT_LONG = rf"(?:(?P<n>{NUM})[- ])?(?P<unit>(?i:hour|day|week|month|year|decade|century))-?(?i:long)(?![\w-])"
# "year after year", "day after day": a recurrence
UNIT_AFTER_UNIT = r"(?P<unit>(?i:day|week|month|year))\s(?i:after)\s(?P<again>(?i:day|week|month|year))(?![\w-])"

# "weeks before the blast", "hours after the explosion", "hours after one of the lowest points",
# "years before some beaches reopen", "minutes after Obama spoke": an unspecified number of units
# from an event, as "two days after the blast" is P2D; the number or quantifier, when written, is
# the duration rule's ("several weeks before"). Not "weeks before and ...", which ends the clause.
UNITS_FROM_EVENT = (r"(?P<unit>(?i:minutes|hours|days|weeks|months|years|decades))"
                    r"(?=\s(?i:before|after)\s(?!(?i:and|or|but|then|now)\b)[\w$\"“‘'])")
# "in the hours before he died", "in the days after the storm", "in the months since the mine
# closed": the units between an event and the time told of, an unspecified length as "the days
# ahead" is ("The days after the storm were the hardest" names the days, without the preposition)
_IN_BEFORE = re.compile(r"(?i)\b(?:in|within|for|during|over|through|throughout)\s$")
_FROM_EVENT = r"\s(?:before|after|since|following|preceding|prior to|leading up to|leading to)\b"
_FROM_EVENT_AFTER = re.compile(_FROM_EVENT)
# "in the days and hours before the blast", "the weeks and months after the spill": two units
# joined, both told from the event (TimeML tags each: "the days", "hours")
_AND_UNIT = r"\s(?:and|or)\s(?:minutes|hours|days|weeks|months|years|decades)"
_AND_UNIT_FROM_EVENT_AFTER = re.compile(_AND_UNIT + _FROM_EVENT)
_THE_UNIT_AND_BEFORE = re.compile(r"(?i)\bthe\s(?P<unit>minutes|hours|days|weeks|months|years|decades)\s(?:and|or)\s$")


def the_units_from_event(m: re.Match[str], text: str) -> bool:
    """ "the hours" of "in the hours before he died": told from an event by the word after it
    (or after a second unit joined to it, "the days and hours before the blast")."""
    return bool((_FROM_EVENT_AFTER.match(text, m.end()) or _AND_UNIT_FROM_EVENT_AFTER.match(text, m.end()))
                and _IN_BEFORE.search(text, max(0, m.start() - 12), m.start()))


def second_unit_from_event(m: re.Match[str], text: str) -> bool:
    """ "hours" of "the days and hours leading up to the explosion": the second of two units told
    from an event, which shares the first one's "the"."""
    before = _THE_UNIT_AND_BEFORE.search(text, max(0, m.start() - 16), m.start())
    return before is not None and before["unit"].lower() != m["unit"].lower() and bool(_FROM_EVENT_AFTER.match(text, m.end()))


# "decades of mistrust", "after weeks of talks", "still months away": an unspecified number of
# units, as TimeBank's "follows [months] of talks"; the week or year a day or month is "of", and
# an age ("years of age"), are no periods
UNITS_OF_OR_AWAY = (r"(?P<unit>(?i:minutes|hours|days|weeks|months|years|decades))"
                    r"(?=\s(?:(?i:of)\s(?!(?i:age|the\s(?:day|week|month|year))\b)[A-Za-z]|(?i:away)\b))")
# "the final weeks of the campaign", "its early days of trading": a part of a period named, not a length
_DETERMINED_BEFORE = re.compile(r"(?i)(?:\b(?:the|these|those|this|that|its|his|her|their|our|my|your)"
                                r"|\b(?!(?:that|it|he|she|there|what|who|where|here)['’])\w+['’]s)\s(?:[a-z-]+\s)?$")  # ("that's": "that is")
# a measure of work or energy, or opening times, not a span: "man hours of labour", "kilowatt-hours
# of power", "the opening hours of the museum"
_HOURS_MEASURE_BEFORE = re.compile(r"(?i)(?:-|\b(?:man|person|staff|kilowatt|megawatt|gigawatt|watt|working|"
                                   r"opening|office|business|visiting|flying|flight|credit)\s)$")
# a quantifier or determiner right before, or a number past an adjective ("five agonizing months")
_COUNTED_BEFORE = re.compile(r"(?i)(?:\b(?:the|few|several|many|some|of|dozen|score|these|those)\W{1,2}"
                             r"|(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|couple))\W{1,2}(?:[a-z]+\s)?)$")

#: the words these patterns can begin with, beyond the unit words the tagger triggers on already
TRIGGER_WORDS = ["another", "hourlong", "daylong", "weeklong", "monthlong", "yearlong", "decadelong"]


def _one(unit: str, n: float = 1) -> str:
    code, timey = UNITS[unit.lower()]
    return V.duration(n, code, timey)


def one_unit(m: re.Match[str], cx: Context) -> Result | None:
    """ANOTHER, ALL_UNIT: a period of one unit."""
    return "DURATION", _one(m["unit"]), None


def unit_long(m: re.Match[str], cx: Context) -> Result | None:
    n = number(m["n"].lower()) if m["n"] else 1
    return None if n is None else ("DURATION", _one(m["unit"], n), None)


def unit_after_unit(m: re.Match[str], cx: Context) -> Result | None:
    if m["unit"].lower() != m["again"].lower():
        return None  # "day after week" is no phrase
    return "SET", _one(m["unit"]), None


# "for years and years after": the second unit repeats the first, one length ("weeks or months
# before" offers another)
_UNIT_AND_BEFORE = re.compile(r"(?i)\b(?P<unit>minutes|hours|days|weeks|months|years|decades)\sand\s$")


def units_from_event_ok(m: re.Match[str], text: str) -> bool:
    return not _COUNTED_BEFORE.search(text, max(0, m.start() - 24), m.start())


# A determiner of a plural, and at most one adjective, before the unit ("told the court that days
# before ..." has a conjunction)
_PLURAL_DET_BEFORE = re.compile(r"(?i)(?:\b(?:the|these|those|its|his|her|their|our|my|your)"
                                r"|\b(?!(?:that|it|he|she|there|what|who|where|here)['’])\w+['’]s)\s(?:[a-z-]+\s)?$")
# The event's own determiner after "before"/"after": "in the fateful hours before the blast"
_EVENT_DET = re.compile(r"\s(?i:before|after)\s(?:the|a|an|his|her|its|their)\s")


def units_before_event_ok(m: re.Match[str], text: str) -> bool:
    """Before an event named any other way, not a part of a period named ("in the first days
    after President Ames spoke") nor a unit said again ("years and years after they pass")."""
    if not units_from_event_ok(m, text):
        return False
    if _EVENT_DET.match(text, m.end()):
        return True
    before = text[max(0, m.start() - 24):m.start()]
    again = _UNIT_AND_BEFORE.search(before)
    return not _PLURAL_DET_BEFORE.search(before) and not (again and again["unit"].lower() == m["unit"].lower())


def units_of_or_away_ok(m: re.Match[str], text: str) -> bool:
    before = text[max(0, m.start() - 24):m.start()]
    if m["unit"][0].isupper() and re.match(r"\s\w+\s[A-Z]", text[m.end():m.end() + 12]) and not re.search(r"(?:^|[.!?:\"“]\s{0,3})$", before):
        return False  # "a rerun of Days of Thunder": a title mid-sentence
    return units_from_event_ok(m, text) and not _DETERMINED_BEFORE.search(before) and not _HOURS_MEASURE_BEFORE.search(before)


def units_from_event(m: re.Match[str], cx: Context) -> Result | None:
    u = m["unit"].lower()[:-1]
    code, timey = UNITS[u]
    return "DURATION", V.duration(None, code, timey), None
