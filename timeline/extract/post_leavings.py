"""One departure from a post told twice in other words (issue 16: duplicates).

News names a departure once by one verb and again, a sentence or two on, by another: "... the head of the federal
agency that oversees offshore drilling resigned Thursday." "The agency's director, Ana Roe, stepped down just hours
before ...". "Resigned", "stepped down", "stood down" and "quit" tell one act, as "fired", "ousted", "sacked" and
"forced out" do; two mentions of one day, close together, each told by a verb of one kind, tell one departure, unless
either tells another one ("also resigned", "a second official quit") or two people left ("The board fired its chief
on Thursday" ... "Lars Okafor was ousted on Thursday": one who fires and one fired, one dismissal).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.extract.act_nouns import join_act
from timeline.extract.predicates import one_day

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["one_departure"]

#: The verbs of one kind of departure: leaving a post, and being put out of it.
_KINDS = (
    re.compile(r"\b(?:resign(?:s|ed|ing)?|(?:step(?:s|ped|ping)?|st(?:an)?ds?|stood|standing)\s+down|quit(?:s|ting)?)\b",
               re.I),
    re.compile(r"\b(?:fired|ousted|sacked|forced\s+out|dismissed\s+(?:as|from)\b)", re.I),
)
_LEAVING = 0
#: Another departure than one already told: "also resigned", "a second official quit", "another aide stepped down".
_ANOTHER = re.compile(r"\b(?:also|another|second|third|too|again|other)\b", re.I)
#: How many sentences apart the two tellings stand: the next sentence, or the one after it.
_SPAN = 2


def one_departure(found: list[Mention], text: str) -> list[Mention]:
    """``found`` with ``one_of`` set on the mentions that tell one departure of one day in other words (see the
    module's docstring); a mention another reading of the article already joined keeps its reading."""
    kinds = [next((k for k, kind in enumerate(_KINDS) if kind.search(text[m.start:m.end])), -1) for m in found]
    for i, a in enumerate(found):
        if kinds[i] < 0:
            continue
        for j in range(i + 1, len(found)):
            b = found[j]
            if b.sentence - a.sentence > _SPAN:
                break
            if kinds[j] != kinds[i] or b.sentence == a.sentence or not one_day(a, b):
                continue
            if _ANOTHER.search(text[a.start:a.end]) or _ANOTHER.search(text[b.start:b.end]):
                continue
            if kinds[i] == _LEAVING and a.actor and b.actor and a.actor.split()[-1] != b.actor.split()[-1]:
                continue  # two people who left: two departures (one who fires and one fired are one dismissal's)
            join_act(a, b)  # (not when joined already to another reading: the story's explosion, a handover)
    return found
