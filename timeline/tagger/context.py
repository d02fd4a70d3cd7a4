"""What the second pass knows while resolving: the reference time, the last
date mentioned, and the tense around an expression.

Deictic expressions ("yesterday", "last year") anchor on the document creation
time; anaphoric ones ("the next day", "a year earlier") on the most recently
mentioned date. The tense around an expression is read by
:class:`~timeline.tagger.tense.ClauseTense`, which :class:`Context` extends.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from timeline.tagger.lexicon import PAST as PAST  # re-exported: the extractor reads past forms here
from timeline.tagger.tense import ClauseTense


@dataclass
class Anchor:
    """The last absolute date mentioned, at its precision."""

    value: str
    date: dt.date
    precision: str  # year, quarter, month, week, day, season, half, decade


@dataclass(frozen=True)
class DayTold:
    """A date at day precision the text wrote, where it stands ("the blast on April 20")."""

    start: int
    end: int
    date: dt.date


@dataclass(frozen=True)
class CountedDay:
    """A day counted from an event's start ("the third day of the trial") and the date it was read as."""

    n: int
    date: dt.date


@dataclass
class Context(ClauseTense):
    text: str
    dct: dt.date
    dct_time: dt.datetime | None
    timezone: str | None
    anchor: Anchor | None = None
    anchor_pos: int = -1
    #: the last quarter mentioned and where: the topic of an earnings report,
    #: which "a year ago" and "the year-earlier period" compare with
    quarter: tuple[int, int] | None = None
    quarter_pos: int = -1
    #: set by a resolver whose value is a comparison ("the year-ago quarter"),
    #: which must not become the anchor or topic of what follows
    comparison: bool = False
    #: where the last other reporting period was named ("the first nine months"):
    #: after it, "a year earlier" compares with that period, not the quarter
    period_pos: int = -1
    #: set by :meth:`tense`: its last "past" came from the expression's own relative clause
    #: ("the towns where the May 3 floods killed 40"), an event told as done, not a plan
    relative_past: bool = False
    #: the last date mentioned at day precision, and where
    day_anchor: Anchor | None = None
    day_anchor_pos: int = -1
    #: set by :meth:`tense`: the walk stopped at a modal of possibility ("may take all of
    #: Tuesday"), which says nothing of the year but looks ahead for a day of this week
    possible: bool = False
    #: set by :meth:`tense`: its "past" is a plan told in the past ("was asked to speak on
    #: Sept. 4"): the plan was made then, its date lies after that, most often near the DCT
    past_plan: bool = False
    #: the date that opened a story told in a past year ("Jackson died June 25, 2009."),
    #: while the dates after it stay in its year (:mod:`timeline.tagger.story_year`)
    story: Anchor | None = None
    story_pos: int = -1
    #: the last clock time mentioned on a known day ("at 23.22"), and where: "eleven hours later"
    #: counts from it
    clock: dt.datetime | None = None
    clock_pos: int = -1
    #: the last day of a story told day by day, and where (:mod:`timeline.tagger.narrative`)
    narrated_day: dt.date | None = None
    narrated_pos: int = -1
    #: the day each weekday (0 is Monday) was last read as, for :mod:`timeline.tagger.rules.story_weekday`
    weekdays_told: dict[int, dt.date] = field(default_factory=dict)
    #: the last day the text wrote, and the day it gave each kind of done event ("death", "event"):
    #: what "the day of the explosion" and "April 20, the day ..." name (:mod:`.rules.named_day`)
    last_day: DayTold | None = None
    #: the last day the story itself told, not a background date of a done event (:mod:`.foreground_day`)
    foreground_day: DayTold | None = None
    event_days: dict[str, DayTold] = field(default_factory=dict)
    #: the day each counted event's day was read as ("the trial" -> its third day, 29 September)
    counted_days: dict[str, CountedDay] = field(default_factory=dict)

    def topic_quarter(self, pos: int, reach: int = 1500) -> tuple[int, int] | None:
        if self.quarter is not None and 0 <= pos - self.quarter_pos <= reach and self.period_pos < self.quarter_pos:
            return self.quarter
        return None

    def anchor_or_dct(self) -> Anchor:
        if self.anchor is not None:
            return self.anchor
        return Anchor(self.dct.isoformat(), self.dct, "day")

    def day_anchor_or_anchor(self, pos: int, reach: int = 2000) -> Anchor:
        """The anchor of "that day", "that evening": the last day mentioned, when a coarser date
        of the same year came after it ("BP spoke in May of that night", after "April 20"); else
        the last date mentioned, else the DCT."""
        a = self.anchor_or_dct()
        d = self.day_anchor
        if a.precision != "day" and d is not None and 0 <= pos - self.day_anchor_pos <= reach \
                and d.date.year == a.date.year:
            return d
        return a
