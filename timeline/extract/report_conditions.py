"""A condition inside a reported clause goes when the title has no room for both, and the clause's own modal keeps it
hypothetical.

"Obama suggested that if Hayward had been working for him, the BP figurehead would have been relieved of his duties":
cut to the limit, the title stops at the condition ("suggests that if Hayward had been working for him") and the
suggestion itself, the news, is lost. An editor keeps the suggestion: "suggests the BP figurehead would have been
relieved of his duties"; its "would" still says it was not so. Only where the clause after the condition names its
subject (a pronoun would point into the dropped condition: "if BP proceeded ..., it would") and carries a modal of
the unreal ("would", "could", "might"): without one the claim would read as absolute, which is why
:data:`.titles._SUBORDINATE_IN_REPORT` keeps "if" and "unless".
"""

from __future__ import annotations

import re

from timeline.extract.title_words import MAX_CHARS

__all__ = ["condition_gone"]

_CONDITION = re.compile(
    r"\bthat\s+(?:if|unless)\s+[^,;:“”\"]{3,120},\s+"
    # the main clause: a named subject (no pronoun), its modal of the unreal within a few words
    r"(?=(?!(?:it|he|she|they|we|I|you|this|that|there)\b)(?:[\w’'$-]+\s+){1,6}?(?:would|could|might)\b)")


def condition_gone(text: str) -> str:
    """``text`` without the condition that opens its reported clause, when ``text`` is too long for a title."""
    if len(text) <= MAX_CHARS:
        return text
    return _CONDITION.sub("that ", text, count=1)
