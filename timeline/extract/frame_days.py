"""The day of a happening a frame ties to the news just told: "The debate came as workers piled sand ..." (issue 16).

News places a second happening beside the one it has just told by a frame whose subject names that one again:

    Officials said the flow may be twice the earlier estimate. The debate over the flow rate came as workers in
    bulldozers piled sand along the barrier islands.

The happening after "as" took place while the one named was going on (:func:`.continued.as_clause`); its day is that
one's. :mod:`.continued` takes it from the nearest sentence before that dates a day. When that sentence dates only a
week or a month, or no sentence in reach dates anything, what the frame names again is the story's own news, told
without a day of its own as a news story tells its news (a lead dated by its publication, a saying of the day): the
happening is of the story's news day (:func:`frame_day`), when that week or month holds it. A nearest date of another
week or month (a ruling "in June" in a story of July) is some other occasion, and dates nothing. Nor is a running
total after "as" a happening of any day ("came as BP put the cost of its response to date at $350m": :func:`keeps_a_total`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from timeline.model import Precision, When

__all__ = ["NearestDate", "frame_day", "keeps_a_total"]

#: Words that make a figure a running total: "so far", "to date", "thus far", "in total".
_RUNNING = re.compile(r"\b(?:so\s+far|to\s+date|thus\s+far|in\s+total)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NearestDate:
    """The most precise date of the nearest sentence before a frame that dates one (None: none in reach)."""

    when: When | None


def frame_day(nearest: NearestDate, story_day: dt.date) -> dt.date | None:
    """The day of the happening a "came as" frame ties to the news told before it, when the nearest date before it
    is vaguer than a day and holds the story's news day ``story_day``, or there is none in reach; None otherwise (a
    day told there is the frame's own, read by :mod:`.continued`)."""
    when = nearest.when
    if when is None:
        return story_day
    if when.precision.rank >= Precision.DAY.rank:
        return None
    return story_day if when.start.date() <= story_day < when.end.date() else None


def keeps_a_total(clause: str) -> bool:
    """Whether ``clause`` keeps a running total ("put the cost to date at $350m", "has so far paid $2bn")."""
    return _RUNNING.search(clause) is not None
