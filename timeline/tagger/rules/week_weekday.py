"""A weekday placed in a week counted from the report: "Tuesday last week", "Tuesday of last week",
"last week Tuesday", "Wednesday next week", "Friday this week".

The two words name one day: the weekday of the Monday-to-Sunday week before (or after, or holding)
the report's. Read apart, the weekday would be resolved alone (the nearest Tuesday, often in the
report's own week) and the week would be a second, coarser time beside it.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.tagger.context import Context
from timeline.tagger.lexicon import SP, WEEKDAY_FULL
from timeline.tagger.rules.fragments import B, _wd
from timeline.tagger.rules.recognizer import Result, Rule, registrar

RULES: list[Rule] = []
rule = registrar(RULES)

_WEEKS = {"last": -1, "this": 0, "next": 1}


@rule("weekday_of_week",
      rf"{B}(?:(?P<wd>{WEEKDAY_FULL}){SP}(?:(?i:of){SP})?(?P<which>(?i:last|this|next)){SP}(?i:week)"
      rf"|(?P<which2>(?i:last|next)){SP}(?i:week){SP}(?P<wd2>{WEEKDAY_FULL}))(?![\w-]|['’]s\b)")
def _weekday_of_week(m: re.Match[str], cx: Context) -> Result | None:
    which = (m["which"] or m["which2"]).lower()
    wd = _wd(m["wd"] or m["wd2"])
    monday = cx.dct - dt.timedelta(days=cx.dct.weekday()) + dt.timedelta(weeks=_WEEKS[which])
    return "DATE", (monday + dt.timedelta(days=wd)).isoformat(), None
