""""The morning of his death": a part of the day of a death the text dated, and a clock set on
such a day ("at 1.30 am on the morning of his death", "at 10.40 am on the day of his death").
News dates a death once ("died on 25 June", "his death on 25 June 2009") and names it by its noun
after that, in stories told years later; the part of the day is that day's, as "the day of his
death" is (:mod:`.named_day`), not the report's. Only a death: the last done event the text dated
may be another than the one named ("finished three days before the disaster on 17 April ... left
on the morning of the disaster"), as :mod:`.event_days` says. An undated death gives no day:
nothing is said. TimeML spans "the morning" alone; "of his death" is the event that names it.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.tagger.context import Context
from timeline.tagger.lexicon import PARTS
from timeline.tagger.rules.fragments import B
from timeline.tagger.rules.recognizer import Result, Rule, registrar

RULES: list[Rule] = []
rule = registrar(RULES)

# "of his death", "of the singer's death", "of Jackson's death"
_OF_DEATH = r"\sof\s(?:his|her|their|the|[A-Z][\w.'’-]*['’]s)\s(?:[\w'’-]+\s){0,2}?death\b"
# after a clock: "on the morning of his death", "on the day of his death"
_ON_DEATH_DAY = re.compile(rf"\s(?:on\s)?the\s(?:day|morning|afternoon|evening|night){_OF_DEATH}")


def death_day(cx: Context) -> dt.date | None:
    """The day the text gave a death, if not after the report."""
    told = cx.event_days.get("death")
    return told.date if told is not None and told.date <= cx.dct else None


def clock_death_day(cx: Context, end: int) -> dt.date | None:
    """The day of a clock time followed by "on the morning/day of his death" (a dated death), else None."""
    return death_day(cx) if _ON_DEATH_DAY.match(cx.text, end) else None


@rule("part_of_event_day", rf"{B}(?i:the)\s(?P<pod>(?i:morning|afternoon|evening|night))(?={_OF_DEATH})")
def _part_of_event_day(m: re.Match[str], cx: Context) -> Result | None:
    d = death_day(cx)
    return ("TIME", f"{d.isoformat()}T{PARTS[m['pod'].lower()]}", None) if d is not None else None
