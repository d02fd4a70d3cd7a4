"""A statement dated only by a day counted in a run: "In a second day of hearings, the committee said ...",
"Boats took advantage of a second consecutive day of calm seas to lay booms" (issue 16: titles a reader sees).

The tagger reads "a second day" as the latest day the story tells (:mod:`timeline.tagger.rules.named_day`): the
day is the story's, not one the sentence states. Such a statement is a detail of the day's news, as a body sentence
dated only by where it stands after the lead is (:mod:`.day_statements`); merged with the telling that states the
day, it must not take over that telling's headline (:mod:`.title_choice` ranks it as an occasion's detail).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.tagger.rules.named_day import RUN_DAY

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["dated_by_run"]

_RUN_DAY = re.compile(RUN_DAY)


def dated_by_run(m: Mention, text: str) -> bool:
    """Whether ``m``'s date is a day counted in a run ("a second day"), which only the story's day dates."""
    start, end = m.date
    return end > start and _RUN_DAY.fullmatch(text, start, end) is not None
