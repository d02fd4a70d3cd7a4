"""Happenings that befall their subject only once: a person dies once.

An article tells a death again and again, at dates of every precision: "Jackson died in 2009", "the singer, who
died in June 2009", "since Jackson's death". Each mention that tells a named person's death is that one death
(:func:`one_death` sets ``Mention.one_of``), and the merger joins those whose dates agree (one day, or a date
holding the other: :func:`.predicates.one_of_agrees`); the most precise date dates it.

The person is the one the title names dying (its clause's subject, a relative pronoun's antecedent put in its place:
"Jackson, who died last June" titles "Michael Jackson dies" whoever the sentence's actor), or the actor a definite
description stands for ("The pop star dies"). News names a person in full once and by the surname after, so "Jackson
dies" and "Michael Jackson dies" are one death when the article tells no other death of a Jackson; with two (a father
and a son), each full name is its own death and a bare surname joins neither.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.extract.names import looks_personal

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["join_as_one", "one_death"]

#: A title that tells a named person's death, the name its subject: "Michael Jackson dies", "Jackson's death".
_DEATH_TITLE = re.compile(r"(?P<name>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*?)(?:\s+dies|\s+died|\s+pass(?:es|ed)\s+away|['’]s\s+death)\b")


#: A title whose subject is a definite description of a person told dying: "The pop star dies", "The singer died".
_DESCRIBED_DEATH = re.compile(r"The\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s+(?:dies|died|pass(?:es|ed)\s+away)\b")


def _dying(m: Mention) -> str | None:
    """The name of the person whose death ``m`` tells: its title's subject when that is a name and its verb or noun
    the death, as its clause's is ("died", "death"), or its actor when the title's subject describes the actor ("The
    pop star dies"). ("Kinsey's brother, Tomas, dies" is no title of Kinsey's death; "Their father dies" names no
    one.)"""
    if not ("died" in m.verbs or m.happening == "die" or "die" in m.stems):
        return None
    m_title = _DEATH_TITLE.match(m.title)
    if m_title is not None:
        return m_title.group("name")
    if _DESCRIBED_DEATH.match(m.title) and m.actor is not None and looks_personal(m.actor):
        return m.actor
    return None


def one_death(found: list[Mention]) -> list[Mention]:
    """``found`` with ``one_of`` set, to the person's death, on the mentions telling a named person's death (the
    person named in full, or by the surname of the only person of that surname told dying)."""
    told = [(m, name) for m in found if not m.one_of and (name := _dying(m)) is not None]
    full_names: dict[str, set[str]] = {}
    for _, name in told:
        if looks_personal(name):
            full_names.setdefault(name.split()[-1], set()).add(name)
    for m, name in told:
        same_surname = full_names.get(name.split()[-1], set())
        if len(same_surname) == 1:
            m.one_of = "death:" + name.split()[-1]
        elif looks_personal(name):
            m.one_of = "death:" + name
    return found


def join_as_one(a: Mention, b: Mention, kind: str) -> None:
    """Mark ``a`` and ``b`` as telling one happening: both take the one either was already joined to, else a new
    one of ``kind`` ("act", "top") named by ``a``'s day and place in the text."""
    a.one_of = b.one_of = a.one_of or b.one_of or f"{kind}:{a.key[:10]}:{a.start}"
