"""Nouns whose content is a clause: a title does not end on one right before that clause.

"The legal team has dropped its claim | that the singer took the pills himself", "the coastguard expresses concern |
that the plans are inadequate": the noun says only that something was claimed or feared; the clause after it is the
news. A cut that ends on such a noun is open (:func:`noun_before_content`), and :func:`.title_whole.whole_cut` looks
for a cut inside the clause, past its verb, before any shorter one.
"""

from __future__ import annotations

from timeline.extract.title_open import _STRICT_FINITE, CLAUSE_NOUNS, finite_at
from timeline.extract.title_words import _verbish

__all__ = ["content_verb_before", "noun_before_content"]


def _clean(word: str) -> str:
    return word.lower().strip("“”\"‘’,;:()")


def noun_before_content(kept: list[str], rest: list[str]) -> bool:
    """Whether the title ``kept`` ends on a noun that takes a clause and the sentence goes on (``rest``) with that
    clause: "its claim" before "that the singer took ..."; not before a relative clause whose verb follows "that"
    ("the report | that was released")."""
    if len(rest) < 3 or not kept or not kept[-1][-1:].isalpha() or _clean(kept[-1]) not in CLAUSE_NOUNS \
            or rest[0] != "that":
        return False
    first = _clean(rest[1])
    return first not in _STRICT_FINITE and not _verbish(first, "that") and first.isalpha()


def content_verb_before(words: list[str], that: int, end: int) -> bool:
    """Whether the clause that opens at ``words[that]`` ("that") reaches its verb before ``end``."""
    return any(finite_at(words, j) for j in range(that + 2, end))
