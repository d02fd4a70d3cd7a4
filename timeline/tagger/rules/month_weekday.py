"""A weekday counted within a month: "reported on the last Tuesday of the month", "the club meets
on the first Monday of each month", "the vote is on the last Friday of June".

Counted within every month, it is a routine, not a day: read alone, "last Tuesday" would be the
Tuesday before the report. TimeML writes a recurrence every month as a SET, as "every month" is
("P1M"). Counted within a month named ("the first Monday in May", "the third Thursday of March
2009") it is one day of that month, in the year a bare month would be read in.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from timeline.tagger.context import Context
from timeline.tagger.lexicon import SP, WEEKDAY_FULL
from timeline.tagger.rules.fragments import YEAR, B, _mon, _wd
from timeline.tagger.rules.recognizer import Result, Rule, registrar
from timeline.tagger.rules.year_choice import year_for

RULES: list[Rule] = []
rule = registrar(RULES)

_COUNT = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


@rule("weekday_of_month", rf"{B}(?i:the){SP}(?i:first|second|third|fourth|last){SP}(?:{WEEKDAY_FULL})"
                          rf"{SP}(?i:of){SP}(?i:the|each|every){SP}(?i:month)(?![\w-])")
def _weekday_of_month(m: re.Match[str], cx: Context) -> Result | None:
    return "SET", "P1M", None


@rule("weekday_of_named_month",
      rf"{B}(?i:the){SP}(?P<n>(?i:first|second|third|fourth|last|final)){SP}(?P<wd>{WEEKDAY_FULL}){SP}(?i:of|in){SP}"
      rf"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|"
      rf"Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)(?:,?{SP}(?P<year>{YEAR}))?(?![\w-])")
def _weekday_of_named_month(m: re.Match[str], cx: Context) -> Result | None:
    mon = _mon(m["mon"])
    y = int(m["year"]) if m["year"] else year_for(cx, mon, None, m.start(), m.end())
    wd = _wd(m["wd"])
    n = _COUNT[m["n"].lower()]
    if n > 0:
        first = dt.date(y, mon, 1)
        day = first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    else:
        last = dt.date(y, mon, calendar.monthrange(y, mon)[1])
        day = last - dt.timedelta(days=(last.weekday() - wd) % 7)
    return ("DATE", day.isoformat(), None) if day.month == mon else None
