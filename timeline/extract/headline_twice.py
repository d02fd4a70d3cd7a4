"""One sentence's headline at two dates, one within the other: one happening told twice.

A sentence's second date often stands in a part of it the title writer cannot headline, a relative or
participle clause: "A statement posted today by the headmaster said he was aware the closure would cause
concern to students due to take exams this week". Both dates get the main clause's headline, and the page
shows it twice, at the day and at its week (or at a month and its year).
:func:`~.one_clause.one_clause_dated_twice` merges one clause at dates one within the other, but a reported
verb backshifted in one headline and not in the other ("he was aware", "he is aware") hid the clause; here
the headlines are compared in the present tense, and the longer may keep more of the sentence ("... to
students due to take exams"), not another verb's clause ("The rig explodes off the coast" and "The rig
sinks"). The event keeps the more precise date. So do one date told twice (a happening's noun and its clause: "In
a speech he gave in 2008, he said ..." titled "He gives a speech" and "He gives a speech in 2008"), and two moments of
one day in one sentence under one headline (a live entry posted at 19:57 that says what is expected "tonight").

Two dates apart stay apart, even under one headline: the annotated articles show them mostly as two
happenings whose second headline failed ("A boat pushed off on Wednesday evening and was expected to arrive
on Thursday"; "said on Monday it would organise protests from Thursday"; a year beside another, "the 1968
pandemic"), which a better headline, not a merge, mends. So do an act done again, the lead (whose day only
stands in for a date), and a part of a period ("as early as the end of this week"), which dates a happening
of its own more often than not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.extract.one_clause import one_clause
from timeline.extract.predicates import contains
from timeline.model import Precision

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["one_headline_twice"]

#: A reported clause's verb is backshifted in one headline and not in the other ("he was aware" told at the
#: week, "he is aware" at the day): one clause all the same.
_BACKSHIFTED = {"was": "is", "were": "are", "had": "has", "would": "will"}
#: Words that join another clause to a headline: "... on the well and closes the valves".
_JOINS = frozenset(["and", "but", "then", "before", "after", "while", "as", "when"])
_WORD = re.compile(r"[\w'’$%.,-]+")


def _present(title: str) -> str:
    return " ".join(_BACKSHIFTED.get(w.lower(), w) for w in _WORD.findall(title))


def one_headline_twice(a: Mention, b: Mention) -> bool:
    """Whether two mentions of one sentence, at two dates, carry one clause's headline (after each date took its
    own clause's headline where it has one)."""
    if a.sentence != b.sentence or a.lead or b.lead:
        return False
    if a.predicate.again or b.predicate.again or "beside" in (a.continued, b.continued):
        return False
    if any(m.when.qualifier and not m.bound for m in (a, b)):
        return False  # "will leave at the end of the year and give up her seat on Oct. 31": a part of a period dates its own
    if not (contains(a.when, b.when) or contains(b.when, a.when) or a.key == b.key or _one_calendar_day(a, b)):
        return False  # two dates apart: see the module's note
    return _one_headline(_present(a.title), _present(b.title))


def _one_calendar_day(a: Mention, b: Mention) -> bool:
    """Two moments of one day: a live entry's clock time and the "tonight" its sentence names."""
    return a.key[:10] == b.key[:10] and min(a.when.precision.rank, b.when.precision.rank) >= Precision.DAY.rank


def _one_headline(a: str, b: str) -> bool:
    """One clause's headline (:func:`~.one_clause.one_clause`), the shorter's words all in the longer, in order, and
    none of the longer's other words joining another clause ("The rig explodes off the coast" and "The rig sinks";
    "puts a cap on the well" and "puts a cap on the well July 12 and closes the valves"): a date's words or a
    clause's tail ("to members due to race") may be more."""
    if not one_clause(a, b):
        return False
    short, long = sorted((a.lower().split(), b.lower().split()), key=len)
    rest = iter(long)
    if not all(word in rest for word in short):
        return False
    extra = list(long)
    for word in short:
        extra.remove(word)
    return not _JOINS.intersection(extra)
