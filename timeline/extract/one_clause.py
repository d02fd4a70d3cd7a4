"""One clause found at two dates: the same headline twice, which a reader takes for one happening told twice.

A news sentence often carries a second date that is not a happening of its own: the year a period's
name lies in ("The hurricane season runs from 1 June to 30 November, and forecasters expect this
year's to be active"), the week a day lies in ("Turtles were released this week, the agency said
Thursday"), the season a reference period is part of ("hit by the freeze at the start of the year
and has raised premiums"). Each date becomes a mention, and the title writer, finding one main
clause, gives both the same headline: the reader sees the same event twice. When one sentence's
mentions are titled by one clause (the same subject and verb opening both titles) and their dates
are one or one lies within the other ("will suspend the dividend next week, and start the clean-up next week"), they are one event at the more precise date. So is a statement dated by the day it
was made and by the time it speaks of ("A BP executive said on Monday the well would be done by early
August"), when the title tells the saying: what one speaker says in one sentence is one statement. (A date that a trailing attribution gives,
", the commission said on Wednesday", is left to :mod:`.told`: the clause before it may tell a happening
of its own time.)

Two dates of one sentence that lie apart ("began in April and was sealed in September"; "the first
well on 2 May and the second on 16 May") may be two happenings of one subject, whatever the titles
say: those stay apart.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.extract.predicates import contains
from timeline.extract.title_words import SPEECH_VERBS

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
    :data:`_CLAUSE_WORDS` words (subject, verb and more) the same."""
    wa, wb = _words(a), _words(b)
    shorter = min(len(wa), len(wb))
    if shorter < _SHORTEST:
        return False
    common = 0
    for x, y in zip(wa, wb, strict=False):
        if x != y:
            break
        common += 1
    return common == shorter or common >= _CLAUSE_WORDS


def one_clause_dated_twice(a: Mention, b: Mention) -> bool:
    """Whether two mentions of one sentence are one clause titled twice: at one date or one lying within the other, or
    one statement dated by the day it was made and by what it tells of ("A BP executive said on Monday the
    well would be done by early August")."""
    if a.sentence != b.sentence or a.predicate.again or b.predicate.again:
        return False
    if a.lead or b.lead:
        return False  # a lead's day only stands in for a date: the sentence's own date is not "more precise" than it
    if not (a.key == b.key or contains(a.when, b.when) or contains(b.when, a.when)
            or (_says(a.title) and _says(b.title) and not (a.told or b.told))):
        return False
    return one_clause(a.title, b.title)


def _says(title: str) -> bool:
    """Whether a title tells a saying ("A city engineer says the tunnel would be finished"): its clause is the
    statement, not what the statement reports ("The company lost $40 million in the fourth quarter, it said on
    Monday" is a figure of its own period)."""
    return any(w in SPEECH_VERBS for w in re.findall(r"(?<![\w'’-])[a-z]+", title))  # "United States" says nothing
