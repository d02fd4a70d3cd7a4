"""Happenings that befall their subject only once: a person dies once.

An article tells a death again and again, at dates of every precision: "Jackson died in 2009", "the singer, who
died in June 2009", "since Jackson's death". Each mention that tells a named person's death is that one death
(:func:`one_death` sets ``Mention.one_of``), and the merger joins those whose dates agree (one day, or a date
holding the other: :func:`.predicates.one_of_agrees`); the most precise date dates it.
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


def _tells_death(m: Mention) -> bool:
    """Whether ``m`` tells its actor's death: its title's subject is the actor's name and its verb or noun the death,
    as its clause's is ("died", "death"). ("Kinsey's brother, Tomas, dies" is the brother's death, whoever the
    sentence's actor; "Their father dies" names no one.)"""
    m_title = _DEATH_TITLE.match(m.title)
    return (m_title is not None and m.actor is not None and m_title.group("name").split()[-1] == m.actor.split()[-1]
            and ("died" in m.verbs or m.happening == "die" or "die" in m.stems))


def one_death(found: list[Mention]) -> list[Mention]:
    """``found`` with ``one_of`` set, to the person's death, on the mentions telling a named person's death."""
    for m in found:
        if not m.one_of and _tells_death(m) and m.actor is not None and looks_personal(m.actor):
            m.one_of = "death:" + m.actor
    return found


def join_as_one(a: Mention, b: Mention, kind: str) -> None:
    """Mark ``a`` and ``b`` as telling one happening: both take the one either was already joined to, else a new
    one of ``kind`` ("act", "top") named by ``a``'s day and place in the text."""
    a.one_of = b.one_of = a.one_of or b.one_of or f"{kind}:{a.key[:10]}:{a.start}"
