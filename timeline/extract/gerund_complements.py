"""A gerund after a preposition keeps the phrase that completes it.

"the cost of dealing | with its ruptured well has risen", "the means of paying | for the clean-up": shortening a long
subject at a preposition keeps the head and drops the phrase that says which; but after "of dealing" the phrase is the
gerund's own complement, and "the cost of dealing has risen" reads as cut. A subject is not shortened there: a later
preposition, or none, serves (:func:`.title_cuts.shorten_subject`, :func:`.title_cuts.shorten_inner_subjects`).
"""

from __future__ import annotations

from timeline.english_verbs import ING_NOT_VERBS

__all__ = ["ING_NOUNS", "gerund_before_complement"]

#: "-ing" words that are plain nouns ("the morning", "a hearing", "oil drilling"): whole without a complement.
#: english_verbs.ING_NOT_VERBS but its prepositions ("according", "during", "including": the readers that want them
#: add title_words.ING_PREPOSITIONS), "being" and "bring" (verbs) and "earning" (never held here), and with the
#: "-ing" nouns of acts ("bombing", "drilling", "ruling").
ING_NOUNS = (ING_NOT_VERBS - {"according", "being", "bring", "during", "earning", "including"}) | {
    "spending", "training", "warning", "bombing", "shooting", "fighting", "killing", "drilling", "flooding",
    "offering", "housing", "ruling", "opening", "finding", "earnings", "savings", "briefing", "filing",
    "listing", "rating", "setting"}

#: Prepositions that take a gerund ("the cost of dealing", "a plan for paying", "talks on ending").
_GERUND_TAKERS = frozenset({"of", "for", "on", "about", "in", "by", "from", "without", "after", "before"})


def gerund_before_complement(words: list[str], k: int) -> bool:
    """Whether a cut before ``words[k]`` (a preposition) would leave a gerund that a preposition took without its
    complement: "the cost of dealing" before "with its ruptured well"."""
    if k < 2 or k >= len(words):
        return False
    last = words[k - 1].lower().strip("“”\"‘’,")
    return last.isalpha() and last.endswith("ing") and len(last) > 4 and last not in ING_NOUNS \
        and words[k - 2].lower() in _GERUND_TAKERS and words[k][-1:].isalpha()
