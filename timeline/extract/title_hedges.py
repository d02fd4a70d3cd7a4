"""A hedge on a removed date goes with the date.

"could start next week, perhaps on Tuesday": the event takes "on Tuesday" as its date and the title leaves it out,
which leaves the hedge that measured it at the title's end ("That operation could start next week, perhaps"), a word
that hedges nothing. It goes with its comma. A hedge that ends the sentence ("will be fixed by Friday, perhaps.")
measures the whole claim and stays.
"""

from __future__ import annotations

import re

__all__ = ["date_hedge_gone"]

_HEDGE_END = re.compile(r",\s+(perhaps|possibly|probably|maybe)$", re.I)


def date_hedge_gone(title: str, sentence: str) -> str:
    """``title`` without a last ", perhaps" whose date (the words after it in ``sentence``) was left out."""
    hedge = _HEDGE_END.search(title)
    if hedge is None or len(title[:hedge.start()].split()) < 3:
        return title
    said = re.search(r",\s+" + hedge.group(1) + r"\s+\w", sentence, re.I)
    return title[:hedge.start()] if said else title
