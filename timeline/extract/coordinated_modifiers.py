"""A title does not stop on the first of two joined modifiers.

"closing commercial | and recreational fishing", "the environmental | and economic damage", "finding new | , improved
ways": the kept word is an adjective that waits for the noun the sentence gives only after a second, joined adjective.
Such a cut is open (:func:`.title_whole.ends_open`); the title ends before the noun phrase or keeps it whole.
"""

from __future__ import annotations

from collections.abc import Callable

from timeline.extract.adjective_words import adjective_before
from timeline.extract.title_words import BREAK_WORDS

__all__ = ["modifier_pair_cut", "modifiers_dropped"]


def _clean(word: str) -> str:
    return word.lower().strip("“”\"‘’,;:()")


def modifier_pair_cut(kept: list[str], rest: list[str]) -> bool:
    """Whether ``kept`` ends on an adjective that ``rest`` joins to a second one before their noun: "commercial"
    before "and recreational fishing", "new," before "improved ways"."""
    if len(kept) < 2 or len(rest) < 2 or not kept[-1][:1].islower():
        return False
    last = kept[-1]
    words = rest[1:] if _clean(rest[0]) in {"and", "or"} and last[-1:].isalpha() else rest if last.endswith(",") else None
    if words is None or len(words) < 2 or not last.rstrip(",").isalpha():
        return False
    second, noun = words[0], words[1]
    return adjective_before(last.rstrip(",")) and second.isalpha() and second.islower() and adjective_before(second) \
        and noun.rstrip(",.;:").isalpha() and noun.islower() and _clean(noun) not in BREAK_WORDS \
        and not adjective_before(_clean(noun))


def modifiers_dropped(text: str, kept: list[str], rest: list[str], verb_at: int,
                      cut: Callable[..., str], ends_open: Callable[[list[str], list[str]], bool]) -> str | None:
    """When the title cannot keep the noun phrase whole, the phrase without its two joined modifiers: "a dire warning
    about the potential size of the [environmental and economic] damage", "is closing [commercial and recreational]
    fishing"; the new cut (``cut``, :func:`.title_whole.whole_cut`) must reach the noun and end whole. None when the cut
    kept no first modifier or no such title fits."""
    if not modifier_pair_cut(kept, rest):
        return None
    joined = 2 if _clean(rest[0]) in {"and", "or"} and kept[-1][-1:].isalpha() else 1
    words = kept[:-1] + rest[joined:]
    if words[len(kept) - 2].endswith(",") or not words[len(kept) - 1:]:
        return None
    bare = " ".join(words)
    again = cut(bare, verb_at, heads=False)
    after = bare[len(again):].split() if bare.startswith(again) else None
    if after is None or len(again.split()) < len(kept) or (after and ends_open(again.split(), after)):
        return None
    return again
