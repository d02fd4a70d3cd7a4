"""A title's subject described by what the story named just before: "The country's", "the Wyoming Republican".

Each finder puts the story's name for the description only when one name fits (:mod:`.country_referents`,
:mod:`.politician_referents`); a wrong name is worse than a vague one.
"""

from __future__ import annotations

from collections.abc import Sequence

from timeline.extract.country_referents import country_named
from timeline.extract.politician_referents import politician_named
from timeline.extract.sentences import Sentence

__all__ = ["named_in_story"]


def named_in_story(title: str, text: str, sentences: Sequence[Sentence], index: int, start: int) -> str:
    """``title`` with "The country's" and "the Wyoming Republican" put as the story named them before the sentence at
    ``index`` (whose title's quote opens at ``start``)."""
    title = country_named(title, text, sentences, index, start)
    return politician_named(title, text, sentences, index, start)
