"""One sentence's clause headlined again at the bound it keeps: the reader sees one happening twice; it is one event.

A clause often closes the span a state lasts with a date it keeps as one of its words: "On Monday, the board told us
that lessons would not resume until 9 May"; "the plant will stay shut through June, the company said on Tuesday". The
bound becomes a mention of its own (:func:`.one_clause.bounds`), and the title writer, finding one main clause, gives
it the clause's headline, its date still in it (:mod:`.one_clause`): the reader sees the same headline at the
clause's day and at the bound. When the other date of the sentence is the time of that clause
(:func:`.one_clause.owns_title`) and the bound stands in no clause with a subject of its own
(:func:`.one_clause.own_clause_title` finds none), the bound's mention tells nothing the clause's does not: it is
dropped, and the sentence is one event at the clause's day.

Any other second date of a sentence stays a mention of its own, whatever its headline: a modifier's day ("recovering
losses suffered on Thursday"), a comparison's year ("a tenth less than in 2009, when it overtook ...") or what a
speaker's words are about each date a happening a reader looks for at that date, and so does a deadline ("..., enabling
it to be opened by mid-August": an act of its own, in a clause of its own). Dates that are listed or
coordinated ("until 6 May and 9 May"), and mentions another reading of the article has joined to others
(``Mention.one_of``), stay apart.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.extract.mention_groups import mentions_by_sentence, ranged
from timeline.extract.one_clause import own_clause_title, owns_title

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["one_headline_per_clause"]

#: What between two dates makes them listed or coordinated, each another happening: a conjunction, a semicolon, or
#: a dash.
_COORDINATED = re.compile(r"(?i)\b(?:and|or|but|nor|while|whereas|then)\b|;|\s[-–—]+\s|--")
#: A comma's list of dated names: "the tsunami of 2004, Hurricane Katrina in 2005", "in February, March".
_LISTED = re.compile(r"[\s,]*,[\s,]*(?:(?:[A-Z][\w'’.-]*|\d[\w'’.-]*|the|of|in|on|at)\s+)*")


def _coordinated(text: str, first: Mention, second: Mention) -> bool:
    between = text[first.date[1]:second.date[0]]
    return _COORDINATED.search(between) is not None or _LISTED.fullmatch(between + " ") is not None


#: How many opening words two headlines share to be one clause's: its subject, verb and more.
_OPENING_WORDS = 5


def _one_opening(a: str, b: str) -> bool:
    """Whether two headlines open alike: the shorter one opens the longer, or their first :data:`_OPENING_WORDS` words
    are one (a headline standing inside another is a clause of its own, told by the longer one's saying)."""
    wa, wb = re.findall(r"[\w'’$%.-]+", a.lower()), re.findall(r"[\w'’$%.-]+", b.lower())
    shorter = min(len(wa), len(wb))
    return shorter >= 3 and wa[:min(shorter, _OPENING_WORDS)] == wb[:min(shorter, _OPENING_WORDS)]


#: A bound a state lasts until ("would not be having lessons until 9 May"); a deadline ("to be opened by mid-August",
#: "before the end of July") is the time of an act of its own.
_LASTS_UNTIL = re.compile(r"(?i)\b(?:until|till|through)\s+(?:the\s+)?$")
#: A participle's clause between the two dates: "..., enabling it to be opened by mid-August" tells another act.
_PARTICIPLE_CLAUSE = re.compile(r",\s+[a-z]+ing\b")


def _bound_of(kept: Mention, other: Mention, text: str) -> bool:
    """Whether ``other`` is a bound ``kept``'s clause keeps, headlined again at that bound (see the module's
    docstring)."""
    if not other.bound or not _LASTS_UNTIL.search(text, max(0, other.date[0] - 20), other.date[0]) or other.one_of or kept.key == other.key or not _one_opening(kept.title, other.title):
        return False
    if text[kept.date[0]:kept.date[1]].lower() in other.title.lower():
        return False  # the bound's headline keeps the other date: that date is no time of the bound's clause
    first, second = (kept, other) if kept.date[0] < other.date[0] else (other, kept)
    if _coordinated(text, first, second) or _PARTICIPLE_CLAUSE.search(text, first.date[1], second.date[0]) \
            or own_clause_title(other, text):
        return False
    return owns_title(kept, text) and not owns_title(other, text)


def one_headline_per_clause(found: list[Mention], text: str) -> list[Mention]:
    """``found`` without the mentions that headline another mention's clause again at the bound it keeps."""
    by_sentence = mentions_by_sentence(found, ranged)
    dropped: set[int] = set()
    for group in by_sentence.values():
        for a in group:
            for b in group:
                if a is not b and id(a) not in dropped and id(b) not in dropped and _bound_of(a, b, text):
                    dropped.add(id(b))
    return [m for m in found if id(m) not in dropped] if dropped else found
