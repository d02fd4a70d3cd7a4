"""A speaker's statement told again in the speaker's own words, at its date.

"Harbour master Tom Reed said the amount of fuel pumped from the wreck could almost double by next week" and, some
paragraphs on, '"We're only at 300 now and we'll be at 600 next week. It is slow work," he added': the quotation
is the statement's words, and its date the statement's. The merger joins one speaker's statements of one date
(``by_statement`` in :mod:`.merge`), but a quotation whose sentence holds no saying verb (its speaker is named
after it closes, or by the sentence before) is no statement to it. :func:`own_words` marks such a quotation and the
speaker's statement of the same date as one happening.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.extract.once import join_as_one

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["own_words"]

_OPENING_MARKS = "“\"‘"


def _quotation(m: Mention, text: str) -> bool:
    """Whether a mention is a speaker's words in quotation marks with no saying verb of its own. A quotation that
    names its actor is someone else's words about them ('"Congressman Lund's remarks were wrong."'): a speaker is
    not named in their own words."""
    if m.is_statement or m.actor is None or not m.main or text[m.start:m.start + 1] not in _OPENING_MARKS:
        return False
    return re.search(r"(?<![\w-])" + re.escape(m.actor.split()[-1]) + r"(?![\w-])", text[m.start:m.end]) is None


def own_words(found: list[Mention], text: str) -> list[Mention]:
    """``found`` with ``one_of`` set on a quotation and the earlier statement of its speaker at the same date (see the
    module's docstring); mentions another reading of the article already joined keep theirs."""
    for m in found:
        if not _quotation(m, text) or m.predicate.again:
            continue
        speaker = m.actor.split()[-1] if m.actor else ""
        said = next((o for o in found if o.sentence < m.sentence and o.is_statement and o.key == m.key and o.actor
                     and o.actor.split()[-1] == speaker and not o.predicate.again), None)
        if said is not None and not (said.one_of and m.one_of):
            join_as_one(said, m, "said")
    return found
