"""One occasion named twice: a meeting or a summit of one day told by the story and again by a quote about it.

News names a scheduled occasion by its noun and its day ("The speech comes on the eve of Obama's meeting with
top BP executives at the White House on Wednesday"), and the next lines quote someone going to it ("We look
forward to meeting with President Obama tomorrow"). A meeting is held once on its day by the people who meet:
the same day, a participant named in both, a few sentences apart, one of them holding or naming the meeting as
its act, is one occasion. A meeting done again ("a second meeting", "another summit"), one told "also", or one
of other people (no participant in common, two actors neither of whom the other names) is another.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline.extract.predicates import one_day

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["one_meeting"]

#: The stems (:func:`.happenings.stem`) of the occasions people hold together: "meeting", "meet", "summit".
_OCCASIONS = frozenset(["meet", "summ"])
#: How many sentences apart the occasion and a quote about it are told.
_SPAN = 3
#: A second occasion told beside the first: "Also on Tuesday, ...".
_ALSO = frozenset(["also"])


def one_meeting(a: Mention, b: Mention) -> bool:
    """Whether two nearby mentions of one day name one meeting: the occasion's noun or verb in both, a
    participant (a tag) in common, neither an act done again."""
    if not one_day(a, b) or a.sentence == b.sentence or abs(a.sentence - b.sentence) > _SPAN:
        return False
    if a.predicate.again or b.predicate.again or not (a.stems & b.stems & _OCCASIONS) or _ALSO & (a.stems | b.stems):
        return False  # "Also on Tuesday, the attorney general will meet prosecutors": a meeting beside the first
    holds = [m for m in (a, b) if (m.predicate.verbs | m.predicate.objects) & _OCCASIONS]
    if not holds:
        # One of them holds or names the meeting as its act ("will meet Svanberg on Wednesday", "on the eve of
        # Obama's meeting"); "Sechin told reporters ahead of a meeting with Hayward" only dates a statement by it.
        return False
    if len(holds) == 2 and not (a.predicate.objects & b.predicate.objects) - _OCCASIONS:
        return False  # each tells its own meeting, with whom ("will hold his first meeting with the co-chairs" ...
        # "will meet with federal prosecutors"): two meetings unless what they say of it is shared
    if a.actor and b.actor and a.actor.split()[-1] != b.actor.split()[-1] and a.actor not in b.tags \
            and b.actor not in a.tags:
        return False  # two people each meeting others that day
    return bool(set(a.tags) & set(b.tags))
