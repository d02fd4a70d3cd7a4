"""One actor's statement told at its month and again, further down, at its day within that month.

News recalls a statement by its month first ("BP had said this month that Dudley would take over the long-term
response ...") and later gives the day and the channel ("The company said in a June 4 news release that Dudley would
manage the long-term response ..."). The merger joins a vaguer date to a precise one only when the vaguer merely names
a happening (a modifier's date) or opens the page; a statement's month is its main clause's own date, so the two
tellings stayed two events, the same news twice.

Two statements are one (:func:`statement_told_at_its_day`) when one actor (the last word of the name) makes both, the
vaguer date is a month or a week holding the other's day, and what was said shares three content words or more
(``Mention.words``, which leave out names, saying verbs and the story's own topic words). A statement told as said
again ("repeated", "another") or beside another ("Meanwhile, ...") stays apart, as do two sources of one body named
apart (checked by the merger before this).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from timeline.extract.predicates import contains
from timeline.model import Precision, When

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["statement_told_at_its_day", "told_at_its_day"]

#: How many content words of what was said two tellings share.
_SAID_WORDS = 3
_MONTH = When.parse("2000-01").precision.rank


def statement_told_at_its_day(a: Mention, b: Mention) -> bool:
    """Whether ``a`` and ``b`` are one actor's one statement told at a month (or week) and at a day within it (see the
    module's docstring)."""
    if not (a.is_statement and b.is_statement and a.actor and b.actor) or a.lead or b.lead:
        return False
    if a.actor.split()[-1] != b.actor.split()[-1] or "beside" in (a.continued, b.continued):
        return False
    if a.predicate.again or b.predicate.again:
        return False
    vaguer, precise = (a, b) if contains(a.when, b.when) else (b, a) if contains(b.when, a.when) else (None, None)
    if vaguer is None or precise is None or precise.when.precision.rank < Precision.DAY.rank:
        return False
    if vaguer.when.precision.rank < _MONTH:
        return False  # a year holds many statements of one actor on one topic
    return len(a.words & b.words) >= _SAID_WORDS


def told_at_its_day(group: Sequence[Mention]) -> list[Mention]:
    """``group`` without the tellings of a statement at its month that the same statement told at its day joined: the
    day's telling names the act as it happened ("The company said in a June 4 news release that ..."), the month's
    recalls it ("BP had said this month that ..."), and the event is dated by the day. Unchanged when no such pair is
    in it."""
    recalled = [m for m in group if any(
        o is not m and m.when.precision.rank < Precision.DAY.rank <= o.when.precision.rank and contains(m.when, o.when)
        and statement_told_at_its_day(m, o) for o in group)]
    return [m for m in group if all(m is not r for r in recalled)] or list(group)
