"""One handover of a post told twice: "Osmond is set to replace Lund on Oct. 1" and, further down, "Lund will
step down in October and Osmond takes over".

A succession goes by many verbs, one for each side of it: the newcomer replaces, succeeds or takes over; the
holder steps down, stands down or hands over. Told twice in one article, at a day and at the month holding it
(or at one day), with the same two people named, it is one happening, whichever verbs each telling uses.
:func:`successions` marks the mentions telling one; two mentions of one handover share their mark.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["successions"]

#: The verbs of a handover, from either side.
_HANDOVER = re.compile(r"(?i)\b(?:replac(?:e|es|ed|ing)|succeed(?:s|ed|ing)?|(?:take|takes|took|taken|taking)\s+over|"
                       r"(?:step|steps|stepped|stepping|stand|stands|stood|standing)\s+down|"
                       r"(?:hand|hands|handed|handing)\s+over)\b")


def successions(found: list[Mention], text: str) -> list[Mention]:
    """``found`` with ``one_of`` set, on each mention whose words tell a handover between two people both named in
    it, to that handover: the two people's surnames."""
    for m in found:
        if m.one_of or not _HANDOVER.search(text, m.start, m.end):
            continue
        quote = text[m.start:m.end]
        people = sorted({name.split()[-1] for name in [*m.tags, m.actor or ""] if name and re.search(
            r"(?<![\w-])" + re.escape(name.split()[-1]) + r"(?![\w-])", quote)})
        if len(people) == 2:
            m.one_of = "handover:" + "|".join(people)
    return found
