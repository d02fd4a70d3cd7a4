"""One clause found at two dates: the same headline twice, which a reader takes for one happening told twice.

A news sentence often carries a second date that is not a happening of its own: the year a period's
name lies in ("The hurricane season runs from 1 June to 30 November, and forecasters expect this
year's to be active"), the week a day lies in ("Turtles were released this week, the agency said
Thursday"), the season a reference period is part of ("hit by the freeze at the start of the year
and has raised premiums"). Each date becomes a mention, and the title writer, finding one main
clause, gives both the same headline: the reader sees the same event twice. When one sentence's
mentions are titled by one clause (the same subject and verb opening both titles) and their dates
are one or one lies within the other ("will suspend the dividend next week, and start the clean-up next
week"), they are one event at the more precise date.

Two dates of one sentence that lie apart ("began in April and was sealed in September"; "the first
well on 2 May and the second on 16 May"; "said on Tuesday it had collected 14,800 barrels on Monday")
may be two happenings, whatever the titles say: those stay apart.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.extract.predicates import contains

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["one_clause", "one_clause_dated_twice"]

#: How many opening words two titles share to be one clause: a subject and its verb ("Its retail arm is hit").
_CLAUSE_WORDS = 5
#: How many words a title needs before it names a clause rather than a bare noun ("The explosion").
_SHORTEST = 4
_WORD = re.compile(r"[\w'’$%.,-]+")


def _words(title: str) -> list[str]:
    return [w.strip(".,").lower() for w in _WORD.findall(title) if w.strip(".,")]


def one_clause(a: str, b: str) -> bool:
    """Whether two titles are one clause: the same words, or the shorter one opening the longer, or the first
    :data:`_CLAUSE_WORDS` words (subject, verb and more) the same, or the shorter one (of as many words at least)
    standing whole inside the longer."""
    wa, wb = _words(a), _words(b)
    shorter = min(len(wa), len(wb))
    if shorter < _SHORTEST:
        return False
    common = 0
    for x, y in zip(wa, wb, strict=False):
        if x != y:
            break
        common += 1
    if common == shorter or common >= _CLAUSE_WORDS:
        return True
    # "The administration announces it will spend $29m" inside "This afternoon the administration announces it
    # will spend $29m": one clause, one title opened by its time.
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return shorter >= _CLAUSE_WORDS and any(long[i:i + shorter] == short for i in range(len(long) - shorter + 1))


def one_clause_dated_twice(a: Mention, b: Mention) -> bool:
    """Whether two mentions of one sentence are one clause titled twice, at one date or one lying within the
    other."""
    if a.sentence != b.sentence or a.predicate.again or b.predicate.again:
        return False
    if a.lead or b.lead:
        return False  # a lead's day only stands in for a date: the sentence's own date is not "more precise" than it
    if a.key != b.key:
        vaguer = a if contains(a.when, b.when) else b if contains(b.when, a.when) else None
        if vaguer is None or vaguer.when.qualifier:
            # A part of a period ("at the end of the year", "in early May") dates a happening of its own, and need
            # not hold the other date at all: "will leave at the end of the year and lose his seat on Oct. 31".
            return False
    return one_clause(a.title, b.title)
