"""Nouns whose content follows them: a title does not end on one right before that content.

"The legal team has dropped its claim | that the singer took the pills himself", "the coastguard expresses concern |
that the plans are inadequate": the noun says only that something was claimed or feared; the clause after it is the
news. A cut that ends on such a noun is open (:func:`noun_before_content`), and :func:`.title_whole.whole_cut` looks
for a cut inside the clause, past its verb, before any shorter one. So too a noun that names a part of what its
phrase tells ("is the latest | in a series of gaffes", "is one | of the poets", "there were problems | with the
pumps"), a change before what changed ("show a reduction | in oil"): :func:`part_before_whole`.
"""

from __future__ import annotations

from timeline.extract.title_open import CLAUSE_NOUNS, STRICT_FINITE, finite_at
from timeline.extract.title_words import verbish

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
    return first not in STRICT_FINITE and not verbish(first, "that") and first.isalpha()


def content_verb_before(words: list[str], that: int, end: int) -> bool:
    """Whether the clause that opens at ``words[that]`` ("that") reaches its verb before ``end``."""
    return any(finite_at(words, j) for j in range(that + 2, end))


#: Words that stand for one of a set named after them ("the latest | in a series", "one | of the best", "the first | to
#: admit it").
_ONE_OF = {"one", "first", "last", "latest", "only", "second", "third", "next"}  # ("among the best" stands alone)
#: Nouns of trouble that say nothing without what the trouble is with ("problems | with the pumps", "concerns | about
#: the cost").
_TROUBLES = {"problem", "problems", "concern", "concerns", "question", "questions", "doubts", "worries", "fears",
             "issues", "difficulties", "trouble", "complaints"}

#: Nouns of change that say nothing without what changed ("a reduction | in oil", "a rise | in prices").
_CHANGES = {"reduction", "increase", "rise", "fall", "drop", "decline", "decrease", "jump", "surge", "slump", "cut",
            "change", "improvement", "deterioration", "slowdown", "upturn", "downturn"}


def part_before_whole(kept: list[str], rest: list[str]) -> bool:
    """Whether the title ``kept`` ends on a word that names one of a set or a trouble, after "the" or a verb of
    being, before the phrase that says which ("is the latest" before "in a series of gaffes", "there were problems"
    before "with the pumps")."""
    if len(rest) < 2 or len(kept) < 2 or not kept[-1][-1:].isalpha():
        return False
    last, before, nxt = _clean(kept[-1]), _clean(kept[-2]), _clean(rest[0])
    if last in _ONE_OF and before in {"the", "is", "are", "was", "were", "be", "been", "only", "just"} | {"its", "his",
                                                                                                       "her", "their"}:
        return nxt in {"of", "in", "to", "among", "since", "for"} and not rest[1][:1].isdigit()
    if last in _CHANGES and nxt in {"in", "of"} and before in {"a", "an", "the"}:
        return True  # "images show a reduction" before "in oil": a change says nothing without what changed
    return last in _TROUBLES and nxt in {"with", "about", "over", "regarding", "surrounding"} \
        and any(_clean(w) in {"there", "is", "are", "was", "were", "by", "raise", "raises", "raised", "express",
                              "expresses", "expressed", "voice", "voices", "voiced", "cites", "cited"}
                for w in kept[-4:-1])
