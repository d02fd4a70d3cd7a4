"""A weekday counted within every month: "reported on the last Tuesday of the month", "the club
meets on the first Monday of each month".

A routine, not a day: read alone, "last Tuesday" would be the Tuesday before the report. TimeML
writes a recurrence every month as a SET, as "every month" is ("P1M"). A month named instead
("the last Friday of June") is one day, which this rule does not claim.
"""

from __future__ import annotations

import re

from timeline.tagger.context import Context
from timeline.tagger.lexicon import SP, WEEKDAY_FULL
from timeline.tagger.rules.fragments import B
from timeline.tagger.rules.recognizer import Result, Rule, registrar

RULES: list[Rule] = []
rule = registrar(RULES)


@rule("weekday_of_month", rf"{B}(?i:the){SP}(?i:first|second|third|fourth|last){SP}(?:{WEEKDAY_FULL})"
                          rf"{SP}(?i:of){SP}(?i:the|each|every){SP}(?i:month)(?![\w-])")
def _weekday_of_month(m: re.Match[str], cx: Context) -> Result | None:
    return "SET", "P1M", None
