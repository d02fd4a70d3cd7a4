"""One explosion told at its day and at a vaguer date: "an oil rig explosion in mid-April" and "after the rig
exploded April 20".

An explosion is a moment, and :func:`.merge._one_explosion` already joins an article's explosions told beside one
day's date. Told at its month ("the disaster, which began with an oil rig explosion in mid-April"), it may be
another explosion of that month, as in a city hit by several bombs. When the article dates every explosion it
tells to a day to one and the same day, though, a month (or a week) holding that day names no other: the story has
one explosion, and its vaguer mentions are that one (:func:`sole_explosion_day`): a vaguer date that closes a telling of
the explosion ("a drilling rig exploded and sank off the Louisiana coast last week"), or heads an entry of a list of
dates that tells it ("April 2010: Blast at BP's rig causes crude to spill").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.extract.happenings import EXPLOSION, stems
from timeline.extract.predicates import contains
from timeline.model import Precision

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["sole_explosion_day"]

#: The vaguest date that names the explosion of its story: a month (a year holds too many).
_VAGUEST_RANK = Precision.MONTH.rank


def _tells_explosion(m: Mention) -> bool:
    return EXPLOSION in m.near and not m.predicate.again  # "a second blast", "another explosion"


#: How far before a vaguer date the explosion it closes is told: "an oil rig explosion in mid-April", "a drilling rig
#: exploded and sank off the Louisiana coast last week".
_BEFORE = 60
#: How far after a date heading an entry its explosion is told: "April 2010: Blast at the rig causes crude to spill".
_AFTER_HEADING = 40


def _dated_explosion(m: Mention, text: str) -> bool:
    """Whether a vaguer date closes the telling of an explosion ("an oil rig explosion in mid-April", "the rig blew up
    in April"), rather than dating a clause whose explosion comes after it ("the 1,000 barrels a day that was
    originally estimated last week after a deepwater rig exploded": the estimate is the week's); or heads an entry
    of a list of dates that tells it ("April 2010: Blast at BP's rig causes crude to spill"), or owns it ("last month's
    rig explosion")."""
    begin, end = m.date
    if begin <= 0:
        return False
    before = text[max(m.start, begin - _BEFORE):begin]
    before = before if begin - _BEFORE <= m.start else before.split(" ", 1)[-1]  # no word cut in half
    if EXPLOSION in stems(before):
        return True
    heading = re.match(r"\s*:\s*", text[end:end + 3]) is not None and not text[m.start:begin].strip()
    if heading:
        return EXPLOSION in stems(text[end:end + _AFTER_HEADING].rsplit(" ", 1)[0].lower())  # "Blast at"
    # "last month's explosion" (a wire's "Last month s explosion" too): the date names the explosion it owns
    owner = re.match(r"(?:['’]s|\s+s)\s+(?:[a-z][\w-]*\s+){0,2}?(?:explosion|blast)\b", text[end:end + _AFTER_HEADING])
    return owner is not None


def sole_explosion_day(found: list[Mention], text: str) -> list[Mention]:
    """``found`` with ``one_of`` set, to that day's explosion, on the mentions that tell an explosion beside their date (at that day or a
    date holding it, whose telling that date closes), when every such mention dated to a day or finer is of one
    day."""
    days = {m.key[:10] for m in found if _tells_explosion(m) and m.when.precision.rank >= Precision.DAY.rank}
    if len(days) != 1:
        return found
    day = next(m for m in found if _tells_explosion(m) and m.key[:10] in days)
    for m in found:
        if m.predicate.again:
            continue
        if (_tells_explosion(m) and m.key[:10] in days) or (
                m.when.precision.rank >= _VAGUEST_RANK and contains(m.when, day.when) and _dated_explosion(m, text)):
            m.one_of = "explosion:" + day.key[:10]
    return found

