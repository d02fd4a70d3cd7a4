"""A clock set on the day of a death the text dated: "at 1.30 am on the morning of his death", "at 10.40 am on
the day of his death". News dates a death once ("died on 25 June", "his death on 25 June 2009") and names it by
its noun after that, in stories told years later (a trial's); the clock is that day's, as "the day of his death"
is (:mod:`.named_day`), not the report's. Only a death: the last done event the text dated may be another than the
one named ("finished three days before the disaster on 17 April ... left on the morning of the disaster"), as
:mod:`.event_days` says. An undated death gives no day, and the clock keeps the clock rule's.

"The morning of his death" itself stays untagged here: the extractor dates an act told at it by the death
(:mod:`timeline.extract.anchored_acts`) and keeps the phrase in the title ("is given a tablet on the morning of
his death"); tagged, "on the morning" would be cut from the title and leave "of his death" behind.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.tagger.context import Context

# after a clock: "on the morning of his death", "on the day of the singer's death"
_ON_DEATH_DAY = re.compile(r"\s(?:on\s)?the\s(?:day|morning|afternoon|evening|night)\sof\s"
                           r"(?:his|her|their|the|[A-Z][\w.'’-]*['’]s)\s(?:[\w'’-]+\s){0,2}?death\b")


def clock_death_day(cx: Context, end: int) -> dt.date | None:
    """The day of a clock time followed by "on the morning/day of his death", when the text dated the death no
    later than the report; else None."""
    told = cx.event_days.get("death")
    if told is None or told.date > cx.dct or not _ON_DEATH_DAY.match(cx.text, end):
        return None
    return told.date
