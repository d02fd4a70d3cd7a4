"""Amount words written before an expression that TimeML puts inside its span, as a mod:
"about 1850", "more than two years", "nearly a decade", "over the next six months".

The word must be the expression's, not a preposition of the sentence: "over the past year" and
"told reporters about that night" keep it out. A weekday or a holiday is one named day that
nobody approximates: "details about Thursday's meeting", "asked about Monday" name the topic.
"""

from __future__ import annotations

import re

from timeline.calendar_words import WEEKDAY_NAMES

AMOUNT_MODS = re.compile(
    r"(?i)\b(?P<m>about|around|approximately|roughly|nearly|almost|some|more than|less than|at least|"
    r"up to|no more than|no less than|fewer than|at most|over|just over|just under|under)\s$")
AMOUNT_MOD_VALUE = {"about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
                    "nearly": "APPROX", "almost": "APPROX", "some": "APPROX", "more than": "MORE_THAN",
                    "less than": "LESS_THAN", "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS",
                    "no more than": "EQUAL_OR_LESS", "no less than": "EQUAL_OR_MORE",
                    "fewer than": "LESS_THAN", "at most": "EQUAL_OR_LESS", "over": "MORE_THAN",
                    "just over": "MORE_THAN", "just under": "LESS_THAN", "under": "LESS_THAN"}
_NUMBER_START = re.compile(r"[\daA-Z]|an? |one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty")
_TOPIC_START = re.compile(r"(?i)(?:that|this|these|those)\b")
_DAY_TOPIC_START = re.compile(rf"(?i)(?:today|tomorrow|yesterday|tonight|last|next|{'|'.join(WEEKDAY_NAMES)})\b")


def amount_mod(text: str, before: str, start: int, end: int, typ: str) -> re.Match[str] | None:
    """The amount word ending ``before`` that belongs to the expression text[start:end], or None."""
    am = AMOUNT_MODS.search(before)
    if am is None:
        return None
    word, expression = am["m"].lower(), text[start:end]
    if word in ("over", "under", "some") and not _NUMBER_START.match(expression):
        return None  # "over the past year": a preposition, not an amount
    if word in ("about", "around") and _TOPIC_START.match(expression):
        return None  # "told reporters about that night": the topic, not an approximation
    if word == "about" and _DAY_TOPIC_START.match(expression):
        return None  # "excited about tomorrow's event", "details about Thursday's meeting": the topic
    if re.match(r"(?i)all\s", expression):
        return None  # "sat around all day": a particle of the verb, "all day" is whole, not about a day
    if typ != "DURATION" and word in ("over", "under", "some", "up to"):
        return None
    return am
