"""A vague mention of an article's disaster: "last April's disaster", "the April blowout", "the spill".

News names its story's disaster by many nouns, and the date is often told beside the vaguest of them
("since last April's disaster") while another sentence tells what happened ("The explosion aboard the rig
last April killed 11 workers"). The vague mention is no second event: :func:`vague_disaster` tells the
merger (:mod:`.merge`) when it joins the fuller telling.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.calendar_words import MONTH_NAMES, WEEKDAY_NAMES
from timeline.extract.happenings import one_disaster, stems
from timeline.extract.predicates import verb_stem

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["vague_disaster"]

#: A title that only names a happening by its common noun and its date: "Last April's disaster", "The spill".
_VAGUE_TITLE = re.compile(r"(?i)(?:(?:the|a|an|last|this)\s+)?(?:(?:" + "|".join(MONTH_NAMES + WEEKDAY_NAMES)
                          + r"|week|month|year)['’]s\s+)?(?-i:[a-z][a-z-]*\s+){0,2}[a-z]+")


def vague_disaster(noun: Mention, other: Mention) -> bool:
    """Whether ``noun`` is a vague mention of a disaster ("last April's disaster", "the blowout") and ``other`` tells
    a disaster as what happened, its main verb or its subject: one article's disaster of one date is one, whatever
    noun names it ("The explosion aboard the rig last April killed 11 workers", "the rig exploded on 20 April").
    A name in the mention ("the Exxon Valdez spill") says which disaster it is, and the nouns alone do not join it
    to another; nor does a disaster only spoken of ("Obama called the spill a catastrophe")."""
    if not one_disaster(noun.happening, noun.happening) or _VAGUE_TITLE.fullmatch(noun.title) is None:
        return False
    words = other.title.lower().split()
    verb = next((i for i, w in enumerate(words) if i and verb_stem(w) in other.predicate.verbs), None)
    return verb is not None and any(one_disaster(noun.happening, s) for s in stems(" ".join(words[:verb + 1])))
