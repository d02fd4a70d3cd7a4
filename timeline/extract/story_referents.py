"""A title's subject as the story named it: "The country's", "the Wyoming Republican", "The book", a disease's "It",
"The spokesman".

Each finder puts the story's name for the description only when one name fits (:mod:`.country_referents`,
:mod:`.state_referents`, :mod:`.politician_referents`, :mod:`.document_owners`, :mod:`.disease_referents`,
:mod:`.spokesperson_referents`); a wrong name is worse than a vague one.
"""

from __future__ import annotations

from collections.abc import Sequence

from timeline.extract.country_referents import country_named
from timeline.extract.disease_referents import disease_named
from timeline.extract.document_owners import document_owned
from timeline.extract.politician_referents import politician_named
from timeline.extract.sentences import Sentence
from timeline.extract.spokesperson_referents import spokesperson_named
from timeline.extract.state_referents import state_named

__all__ = ["named_in_story"]


def named_in_story(title: str, text: str, sentences: Sequence[Sentence], index: int, start: int) -> str:
    """``title`` with "The country's", "the Wyoming Republican" and "The book" put as the story named them before
    the sentence at ``index`` (whose title's quote opens at ``start``)."""
    title = country_named(title, text, sentences, index, start)
    title = state_named(title, text, sentences, index, start)  # ("The state will call up" -> "Florida will call up")
    title = document_owned(title, text[:sentences[index].start])  # ("The book" -> "Jindal's book")
    title = disease_named(title, text, sentences, index)  # ("It first surfaces" -> "H5N1 avian flu first surfaces")
    title = spokesperson_named(title, text, sentences, index)  # ("The spokesman says" -> "BP spokesman says")
    return politician_named(title, text, sentences, index, start)
