"""One death of a person the article only describes, told at dates one within the other.

A person the article never names is picked up by one description all through: "the star, who died in 2009" ...
"the star's death in June 2009" is one death, dated by its month. :mod:`.once` reads named persons' deaths; here a
title whose subject is a definite description told dying, or whose death it names ("The star dies", "The star's
death"), is that description's death. Only when every death the article tells of that description is at dates that
agree (one day, one date, or one holding the other) is it one person's: "the soldier died on Monday" and "the
soldier's death in March" are two soldiers' deaths, and neither joins the other. The merger joins the mentions
marked with one ``Mention.one_of`` (:func:`.predicates.one_of_agrees`); the most precise date dates the death.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.extract.predicates import contains, one_day

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["described_deaths"]

#: A title whose subject is a definite description told dying or whose death it names: "The star dies", "The pop
#: star's death"; the description is what groups them.
_DESCRIBED = re.compile(r"The\s+(?P<who>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)(?:\s+(?:dies|died|pass(?:es|ed)\s+away)|"
                        r"['’]s\s+death)\b")


def _described_dying(m: Mention) -> str | None:
    """The description of the unnamed person whose death ``m`` tells ("star" in "The star's death"), or None."""
    if not ("died" in m.verbs or m.happening == "die" or "die" in m.stems):
        return None
    described = _DESCRIBED.match(m.title)
    return described.group("who").lower() if described is not None else None


def _agree(a: Mention, b: Mention) -> bool:
    """Whether two mentions' dates may date one death: one date, one day, or one holding the other."""
    return a.key == b.key or one_day(a, b) or contains(a.when, b.when) or contains(b.when, a.when)


def described_deaths(found: list[Mention]) -> list[Mention]:
    """``found`` with ``one_of`` set on the mentions telling one described person's death (see the module's
    docstring). A mention :mod:`.once` already read as a death (by the actor its description stands for: "The star
    dies") lends that death to the others; mentions another reading joined to anything else keep theirs, and two
    deaths already told apart join nothing."""
    by_description: dict[str, list[Mention]] = {}
    for m in found:
        if (not m.one_of or m.one_of.startswith(_DEATH)) and (who := _described_dying(m)) is not None:
            by_description.setdefault(who, []).append(m)
    for who, told in by_description.items():
        read = {m.one_of for m in told if m.one_of}
        if len(told) > 1 and len(read) <= 1 and all(_agree(a, b) for i, a in enumerate(told) for b in told[i + 1:]):
            death = next(iter(read), _DEATH + "the " + who)
            for m in told:
                m.one_of = death
    return found


#: The ``Mention.one_of`` prefix of a death (:mod:`.once`).
_DEATH = "death:"
