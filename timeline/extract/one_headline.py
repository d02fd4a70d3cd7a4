"""One sentence's clause headlined at two dates: the reader sees one happening twice; it is one event at the clause's date.

A news sentence often carries a second date inside its main clause's words that dates only a detail of it: a noun's
modifier ("The company's shares finished up 7.2% on Friday, recovering losses suffered on Thursday"; "Shares fell
this morning despite the phone call on Saturday"), a bound ("they told us on Monday that classes would not resume
until 6 May"), what a speaker's words are about ("Mr Lund told the council on Tuesday that the pipe began leaking
around 22 April"). Each date becomes a mention, and the title writer, finding one main clause, gives both its
headline (:mod:`.one_clause`). When only one of the two dates is the time of that clause (:func:`.one_clause.owns_title`)
and the other stands in no clause with a subject of its own (:func:`.one_clause.own_clause_title` finds none), the
other tells nothing the first does not: the same headline at a date that is not its time. It is dropped, and the
sentence is one event at the clause's own date, its quote kept once.

Dates that are listed or coordinated ("inspected in February, March and on 1 April"; "cut budgets in 1999 and
2005"; "twenty were found on Monday and several others on Tuesday") are several happenings: they stay apart, and so
do mentions another reading of the article has joined to others (``Mention.one_of``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

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


def _detail_of(kept: Mention, other: Mention, text: str) -> bool:
    """Whether ``other`` is ``kept``'s clause headlined at a date that is only a detail of it (see the module's
    docstring)."""
    if other.one_of or kept.key == other.key or not _one_opening(kept.title, other.title):
        return False
    if text[kept.date[0]:kept.date[1]].lower() in other.title.lower() or \
            (text[other.date[0]:other.date[1]].lower() in kept.title.lower() and not other.bound):
        # "Jury selection is due to begin on 8 September" for the 27 September of "with opening arguments due to begin
        # on 27 September": a headline keeping the other's date is that date's clause; the other may be a happening
        # the title writer could not find ("told the council on Tuesday that the quay would reopen on Saturday"). A
        # bound the headline keeps is a word of its clause ("would not be having lessons until 9 May").
        return False
    first, second = (kept, other) if kept.date[0] < other.date[0] else (other, kept)
    if _coordinated(text, first, second) or own_clause_title(other, text):
        return False
    if not owns_title(kept, text):
        return False
    if not owns_title(other, text):
        return True
    # Both dates stand in the clause's words: the clause is the saying when one dates it ("Mr Lund told the
    # council on Tuesday that ... on Saturday"), else the earlier date is the clause's, the later one a detail
    # after it ("finished up 7.2% on Friday, recovering losses suffered on Thursday").
    if kept.told != other.told:
        return kept.told
    return kept is first


def one_headline_per_clause(found: list[Mention], text: str) -> list[Mention]:
    """``found`` without the mentions that tell another mention's clause again at a date only a detail of it."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in found:
        if not m.lead and not m.continued and m.date[0] < m.date[1]:
            by_sentence.setdefault(m.sentence, []).append(m)
    dropped: set[int] = set()
    for group in by_sentence.values():
        for a in group:
            for b in group:
                if a is not b and id(a) not in dropped and id(b) not in dropped and _detail_of(a, b, text):
                    dropped.add(id(b))
    return [m for m in found if id(m) not in dropped] if dropped else found
