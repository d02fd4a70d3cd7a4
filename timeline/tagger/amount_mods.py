"""Amount words written before an expression that TimeML puts inside its span, as a mod:
"about 1850", "more than two years", "nearly a decade", "over the next six months".

The word must be the expression's, not a preposition of the sentence: "over the past year" and
"told reporters about that night" keep it out, and so does "over" across a stretch of time ("spilled
4m gallons over three weeks", "will pay $20bn over four years", "Over 62 days, ...") rather than
beyond an amount ("for over a week", "took over a month", "over 18 years of experience",
"over a month before the spill"). A weekday or a holiday is one named day that
nobody approximates: "details about Thursday's meeting", "asked about Monday" name the topic.
"""

from __future__ import annotations

import re

from timeline.calendar_words import WEEKDAY_NAMES
from timeline.english_auxiliaries import BE_FINITE, BE_NONFINITE, HAVE_FORMS, auxiliaries

AMOUNT_MODS = re.compile(
    r"(?i)\b(?P<m>about|around|approximately|roughly|nearly|almost|some|more than|less than|at least|"
    r"up to|no more than|no less than|fewer than|at most|over|just over|just under|under|no longer than|longer than|shorter than|"
    r"a little over|a little under|a little more than|a little less than)\s$")
AMOUNT_MOD_VALUE = {"about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
                    "nearly": "APPROX", "almost": "APPROX", "some": "APPROX", "more than": "MORE_THAN",
                    "less than": "LESS_THAN", "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS",
                    "no more than": "EQUAL_OR_LESS", "no less than": "EQUAL_OR_MORE",
                    "fewer than": "LESS_THAN", "at most": "EQUAL_OR_LESS", "over": "MORE_THAN",
                    "just over": "MORE_THAN", "just under": "LESS_THAN", "under": "LESS_THAN",
                    "a little over": "MORE_THAN", "a little under": "LESS_THAN", "a little more than": "MORE_THAN",
                    "a little less than": "LESS_THAN", "longer than": "MORE_THAN", "no longer than": "EQUAL_OR_LESS",
                    "shorter than": "LESS_THAN"}
_NUMBER_START = re.compile(r"[\daA-Z]|an? |one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty")
# Words after which an amount of time is a complement, so "over" before it means "more than"
# ("waited for over a week", "had over a week to plan", "the survey ran over six months").
_AMOUNT_TAKERS = re.compile(
    r"(?i)(?:\b(?:for|in|within|after|than|of|to|by|just|little|only|nearly|almost|take|takes|took|taken|taking|"
    r"spend|spends|spent|spending|last|lasts|lasted|lasting|run|runs|ran|running|wait|waits|waited|waiting|lost|" + auxiliaries(HAVE_FORMS) + r"|having|"
    r"" + auxiliaries(BE_FINITE, BE_NONFINITE) + r")\s+(?:well\s+)?|(?:^|[.!?]\s+)well\s+)$")
# ("pumped into the well over three days": an oil well is no "for well over"); or words after the
# amount that make it one: "over 68 days of good weather", "over two years ago", "over a month
# longer", and after an aside's comma "over a month before the spill" ("spilt over nine months
# after the blowout" runs across them).
_AMOUNT_AFTER = re.compile(r"(?i)\s+(?:of|ago|earlier|later|longer|since|old|from now)\b")
_SPAN_FROM_EVENT = re.compile(r"(?i)\s+(?:before|after)\b")
_ASIDE_OPEN = re.compile(r"(?:^|[,;(—–]|\s-)\s*$")
_TOPIC_START = re.compile(r"(?i)(?:that|this|these|those)\b")
# A degree word before "about" makes it the preposition of a topic ("more about", "all about",
# "not about", "mostly about"), not an approximation ("lasted about two years").
_ABOUT_AS_TOPIC = re.compile(r"(?i)\b(?:more|less|all|not|mostly|largely|partly|really)\s+$")
_DAY_TOPIC_START = re.compile(rf"(?i)(?:today|tomorrow|yesterday|tonight|last|next|{'|'.join(WEEKDAY_NAMES)})\b")


def amount_mod(text: str, before: str, start: int, end: int, typ: str) -> re.Match[str] | None:
    """The amount word ending ``before`` that belongs to the expression text[start:end], or None."""
    am = AMOUNT_MODS.search(before)
    if am is None:
        return None
    word, expression = am["m"].lower(), text[start:end]
    if word in ("over", "under", "some") and not _NUMBER_START.match(expression):
        return None  # "over the past year": a preposition, not an amount
    # ("over two decades ago", "a little over a month ago": a distance back is an amount, never a stretch)
    counted_back = typ == "DATE" and re.search(r"(?i)\sago$", expression) is not None
    if word == "over" and not counted_back and not _AMOUNT_TAKERS.search(before, 0, am.start()) and not _AMOUNT_AFTER.match(text, end) \
            and not (_SPAN_FROM_EVENT.match(text, end) and _ASIDE_OPEN.search(before, 0, am.start())):
        return None  # "spilled oil over three months": the stretch the spilling ran across
    if word in ("about", "around") and _TOPIC_START.match(expression):
        return None  # "told reporters about that night": the topic, not an approximation
    if word == "about" and _DAY_TOPIC_START.match(expression):
        return None  # "excited about tomorrow's event", "details about Thursday's meeting": the topic
    if word == "about" and _ABOUT_AS_TOPIC.search(before, 0, am.start()):
        return None  # "it was more about eight years of bad policy": what it concerned, not roughly eight
    if re.match(r"(?i)all\s", expression):
        return None  # "sat around all day": a particle of the verb, "all day" is whole, not about a day
    if typ != "DURATION" and word in ("over", "under", "some", "up to", "longer than", "no longer than", "shorter than") \
            and not (counted_back and word not in ("up to", "longer than", "no longer than", "shorter than")):
        # ("longer than one hour" measures a length: TimeBank's "less than one hour" keeps its
        # comparison inside, as this does; "no longer than Friday" is a deadline's preposition)
        return None
    if word in ("more than", "less than", "fewer than") and _COMPARED_AMOUNT_BEFORE.search(before, 0, am.start()):
        return None  # "5,000 more than a week ago", "much less than a year ago": a comparison with then
    return am


# An amount or degree right before "more than"/"less than" makes them a comparison's ("44,500 people,
# nearly 5,000 more than a week ago"), not the expression's amount
_COMPARED_AMOUNT_BEFORE = re.compile(r"(?i)(?:\d[\d,.]*\s?(?:%|percent|per cent|[a-z]+)?|\b(?:much|far|slightly|significantly|"
                                     r"considerably|substantially|even|times|lot|bit))\s$")


# Amount words that put the moment a distance back names nearer the report ("nearly six weeks ago":
# fewer than 42 days back) or further from it ("more than six weeks ago": more than 42 days back).
_NEARER = frozenset(["nearly", "almost", "just under", "less than", "under", "fewer than", "a little under",
                     "a little less than"])
_FURTHER = frozenset(["more than", "over", "just over", "a little over", "a little more than"])


def distance_nudge(text: str, start: int, end: int) -> int:
    """Days to move the report's day before counting a distance back ("nearly six weeks ago") by the
    amount word before it: +1 when the distance falls short, -1 when it runs over, else 0. Counted in
    weeks from a Sunday, "nearly six weeks ago" is a day of the sixth week back's following week,
    not the Sunday six weeks back."""
    am = amount_mod(text, text[max(0, start - 24):start], start, end, "DATE")
    if am is None:
        return 0
    word = am["m"].lower()
    return 1 if word in _NEARER else -1 if word in _FURTHER else 0
