"""One handover of a post told twice: "Osmond is set to replace Lund on Oct. 1" and, further down, "Lund will
step down in October and Osmond takes over".

A succession goes by many verbs, one for each side of it: the newcomer replaces, succeeds or takes over; the
holder steps down, stands down or hands over. Told twice in one article, at a day and at the month holding it
(or at one day), with the same two people named, it is one happening, whichever verbs each telling uses.
:func:`successions` marks the mentions telling one; two mentions of one handover share their mark. The holder's
side is often told alone ("Lund will step down from the top post in October and join a rival"): a holder leaves a
post once, so when the article tells one handover from that holder, the telling that names only the holder leaving
is that handover too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.extract.names import looks_personal

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["successions"]

#: The verbs of a handover, from either side.
_HANDOVER = re.compile(r"(?i)\b(?:replac(?:e|es|ed|ing)|succeed(?:s|ed|ing)?|(?:take|takes|took|taken|taking)\s+over|"
                       r"(?:step|steps|stepped|stepping|stand|stands|stood|standing)\s+down|"
                       r"(?:hand|hands|handed|handing)\s+over)\b")


#: The holder's side of a handover, told with no successor: "will step down", "stood down", "handed over".
_LEAVES = re.compile(r"(?i)\b(?:(?:step|steps|stepped|stepping|stand|stands|stood|standing)\s+down|"
                     r"(?:hand|hands|handed|handing)\s+over)\b")


def successions(found: list[Mention], text: str) -> list[Mention]:
    """``found`` with ``one_of`` set, on each mention whose words tell a handover between two people both named in
    it, to that handover: the two people's surnames; and on a mention telling its actor leaving a post with no
    successor named, to the one handover between two persons the article tells from that holder."""
    named: dict[int, list[str]] = {}
    for i, m in enumerate(found):
        if m.one_of or not _HANDOVER.search(text, m.start, m.end):
            continue
        quote = text[m.start:m.end]
        named[i] = sorted({name for name in [*m.tags, m.actor or ""] if name and re.search(
            r"(?<![\w-])" + re.escape(name.split()[-1]) + r"(?![\w-])", quote)})
    # (a company named beside the holder is no successor: "Lund will step down from Norvale's board")
    between = {i: sorted({n.split()[-1] for n in names if looks_personal(n)}) for i, names in named.items()}
    handovers = {"handover:" + "|".join(people) for people in between.values() if len(people) == 2}
    for i, names in named.items():
        m = found[i]
        holder = m.actor.split()[-1] if m.actor else ""
        told = [h for h in handovers if holder in h.removeprefix("handover:").split("|")]
        people = sorted({n.split()[-1] for n in names})
        if len(between[i]) < 2 and len(told) == 1 and not m.predicate.again and _LEAVES.search(text, m.start, m.end):
            m.one_of = told[0]
        elif len(people) == 2:
            m.one_of = "handover:" + "|".join(people)
    return found
