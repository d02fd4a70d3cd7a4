"""A long subject gives up its modifiers before the predicate gives up its object.

When a title's cut leaves the main verb without what it needs ("U.S. District Judge Martin Feldman of New Orleans
strikes down" before "the first moratorium", "Members of the committees that oversee the oil industry held" before
"more than $11 million"), a headline writer does not publish the stump: the subject keeps its head and drops the
phrase that says where it is from or which one it is ("Judge Martin Feldman strikes down the first moratorium").
:func:`.title_cuts.shorten_subject` does this before the cut for the plainest subjects; here every place where a
modifier of the subject starts is tried, the least dropped first, and a shorter subject is taken only when the
predicate then ends whole and keeps more of itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.extract.title_ends import whole_phrase
from timeline.extract.title_open import STRICT_FINITE
from timeline.extract.title_subjects import drop_role
from timeline.extract.title_whole import ends_open
from timeline.extract.title_words import (
    BREAK_WORDS,
    DETERMINERS,
    NEGATIONS,
    SPEECH_PRESENT,
    SPEECH_VERBS,
    WEAK_END,
    verbish,
)

__all__ = ["subject_gives_room"]

#: Words that open a modifier after the subject's head: a preposition, a relative pronoun ("of" is left out: its
#: phrase is as often what the head names or counts, "the first of a pair", "members of the panel").
_MODIFIER_OPENERS = {"in", "at", "from", "for", "with", "on", "near", "off", "over", "under", "who", "which",
                     "that", "whose", "based", "aboard", "inside", "outside"}
#: Relative pronouns: a verb right after one is its clause's, inside the subject.
_RELATIVES = {"who", "which", "that"}
#: The most words past its verb a predicate keeps and still says too little ("held", "may influence").
_STUMP = 2
#: The fewest words a predicate keeps past its verb for a shorter subject to pay.
_GAIN = 2


def _clean(word: str) -> str:
    return word.lower().strip("“”\"‘’,;:()")


def _open(kept: list[str], rest: list[str]) -> bool:
    """Whether a title of the words ``kept`` ends inside a phrase the sentence goes on with in ``rest``: what
    :func:`.title_whole.ends_open` and :func:`.title_ends.whole_phrase` judge, and a verb before its object ("held |
    more than $11 million")."""
    if ends_open(kept, rest) or not whole_phrase(kept, rest[0], rest[1:6]):
        return True
    last, nxt = _clean(kept[-1]), _clean(rest[0])
    if len(kept) > 1 and _clean(kept[-2]) in DETERMINERS and re.fullmatch(r"[a-z-]+", kept[-1]) \
            and re.fullmatch(r"[a-z-]+", rest[0]) and nxt not in BREAK_WORDS | WEAK_END:
        return True  # "to issue any new | permits": a modifier between its determiner and its noun
    return kept[-1][-1:].isalpha() and rest[0][:1].isalnum() and nxt not in BREAK_WORDS \
        and len(kept) > 1 and verbish(last, _clean(kept[-2])) and not last.endswith("ing")


def subject_gives_room(full: str, verb_at: int, cut: str, cutter: Callable[[str, int], str]) -> str:
    """``cut`` (``full`` cut by ``cutter`` to a title's length) with the subject before ``verb_at`` shortened to its
    head when the cut leaves the predicate open and the shorter subject lets it end whole; else ``cut``."""
    if not verb_at or not full.startswith(cut) or len(cut) <= verb_at or re.search(r"[“”\"()—–]", full[:verb_at]):
        return cut
    rest = full[len(cut):].split()
    kept = cut.split()
    if not rest or not _open(kept, rest):
        return cut
    subject, predicate = full[:verb_at].split(), full[verb_at:]
    if "," in full[:verb_at] or _clean(subject[0]).endswith("ing") or any(_clean(w) in STRICT_FINITE | SPEECH_VERBS | SPEECH_PRESENT | {"points", "point"}
                                    for w in subject):
        return cut  # ("These reports continue, the vessel ...", "X points out that The ...": no plain noun phrase)
    past_verb = len(kept) - len(subject)
    if past_verb > _STUMP:
        return cut  # ("are injured by the rockfall | and ...": the predicate tells its news already)
    for i in range(len(subject) - 1, 1, -1):
        word, before = _clean(subject[i]), _clean(subject[i - 1])
        opens = word in _MODIFIER_OPENERS
        if not opens or before in DETERMINERS | WEAK_END or subject[i - 1][-1:] in ";:" or subject[i][:1].isupper():
            continue
        if any(_clean(w) in NEGATIONS | {"that"} for w in subject[i + 1:]) or (word in _RELATIVES and not (
                i + 1 < len(subject) and subject[i + 1][:1].islower() and _clean(subject[i + 1]) not in DETERMINERS
                | {"it", "he", "she", "they", "we", "i", "you"})):
            continue  # ("points out that | The U.S. government": a "that" before no verb opens no relative clause)
        head = drop_role(" ".join(subject[:i]).rstrip(",") + " " + predicate)
        at = len(head) - len(predicate)
        if at <= 0 or not head.endswith(predicate):
            continue
        again = cutter(head, at)
        after = head[len(again):].split() if head.startswith(again) else None
        if after is None or (after and _open(again.split(), after)):
            continue
        if len(again.split()) - len(head[:at].split()) >= past_verb + _GAIN:
            return again
    return cut
