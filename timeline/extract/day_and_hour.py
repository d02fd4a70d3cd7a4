"""One happening told at its day and again at a time of that day (issue 16: one event, several entries).

News tells a happening at its day and, further on, at the hour or part of the day it took place: "Engineers have
made significant progress towards a new cap, Admiral Vance has said" ... "On Monday evening, Adm Vance hailed
significant progress on the new cap". The day holds the hour, but the merger's word test joins a vaguer date to a
more precise one only when the vaguer merely names the happening (a noun's modifier): a day in a main clause is as often another happening of that day,
and sharing many words is not enough ("Two rescue workers were killed Wednesday during the clean-up" and "The
department announced Wednesday evening it will appeal, saying a second blowout could overwhelm the clean-up that
left 11 workers dead" share most of the shorter one's words). The day's telling is one happening with the hour's
when it is the page's top, names the hour's actor, a person (its speaker: "..., Admiral Vance has said"), and the two share
three words of what was done.

A death told at its day and at its hour in the next sentence is one death, whichever clause tells it: "my mother,
who had died two days earlier" ... "On Saturday at 5 a.m., my mother passed away in her sleep". A person dies once,
and the two sentences name the one who died by one word (an actor named apart, or a death told as another one's,
"Another fisherman died at 5 a.m.", is another).

Another moment of the day told apart ("later", "Meanwhile", "And ...": :mod:`.continued`) and an act done again
stay two.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline.extract.names import looks_personal
from timeline.model import Precision

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["told_at_its_hour"]

#: How many words of the act the top and its speaker's telling at the hour share.
_ACT_WORDS = 3


def _day_and_hour(a: Mention, b: Mention) -> tuple[Mention, Mention] | None:
    """``(day, hour)`` when one mention is dated to a day and the other to a time within that day, else None."""
    if a.key[:10] != b.key[:10]:
        return None
    day_rank = Precision.DAY.rank
    if a.when.precision.rank == day_rank < b.when.precision.rank:
        return a, b
    if b.when.precision.rank == day_rank < a.when.precision.rank:
        return b, a
    return None


def _names_actor(day: Mention, hour: Mention) -> bool:
    """Whether the day's telling names the hour's actor, a person, among its names (by the surname news goes on naming
    them by). (A company is named by most of its story's sentences: "Anger washed over BP on Friday as it pursued
    efforts to contain the leak" and "A BP spokesman said the oil it sucked from the leak fell to 2,200 barrels a day
    in the period ended at midnight" share the company and the leak, not the happening.)"""
    if not hour.actor or not looks_personal(hour.actor):
        return False
    surname = hour.actor.split()[-1]
    return any(tag.split()[-1] == surname for tag in (*day.tags, day.actor or "") if tag)


#: The stem every word of a death shares (:func:`.happenings.stem`: "died", "death", "passed away").
_DEATH = "die"


def _one_death(day: Mention, hour: Mention) -> bool:
    """Whether the two tell a death in two sentences one after the other, of one person (see the module's
    docstring)."""
    if abs(day.sentence - hour.sentence) != 1 or _DEATH not in day.stems or _DEATH not in hour.stems:
        return False
    if day.actor and hour.actor and day.actor.split()[-1] != hour.actor.split()[-1]:
        return False
    return bool((day.stems & hour.stems) - {_DEATH})


def told_at_its_hour(a: Mention, b: Mention) -> bool:
    """Whether ``a`` and ``b`` tell one happening at its day and at a time of that day (see the module's docstring)."""
    from timeline.extract.merge import TOP  # merge calls this module: import when called
    pair = _day_and_hour(a, b)
    if pair is None:
        return False
    day, hour = pair
    if {"later", "beside"} & {a.continued, b.continued} or a.predicate.again or b.predicate.again:
        return False
    if _one_death(day, hour):
        return True
    if not (day.main and hour.main):
        return False
    return day.sentence <= TOP < hour.sentence and len(a.words & b.words) >= _ACT_WORDS and _names_actor(day, hour)
