"""The English auxiliary verbs, in named groups: the one table of them, read by the tagger and the extractor.

A rule that looks for "is|are|was|were" or "will|would|could|..." builds its alternation here with
:func:`auxiliaries` from the groups it means, rather than spelling the words again, so that a form added or
left out is added or left out in one place. A rule that leaves one form of a group out names it in ``without=``
(most rules that take the modals leave out "shall", which news rarely prints), so the difference is written where
it is read. A set of the same words to look a word up in comes from :func:`auxiliary_words`.

``title_words.AUX`` is another thing: the words a headline's verb phrase can open with (it adds "says",
"plans"); it is no auxiliary table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: The finite forms of "be" with a third-person or plural subject ("is", "was"); "am" is left out: the few rules
#: that want the first person ("I am") add it.
BE_FINITE = ("is", "are", "was", "were")
#: The forms of "be" that need another auxiliary or "to" before them ("will be", "has been", "is being").
BE_NONFINITE = ("be", "been", "being")
#: The forms of "have" that make a perfect ("has said", "had left").
HAVE_FORMS = ("has", "have", "had")
#: The forms of "do" that carry a question, a negation or an emphasis ("did not say", "does show").
DO_FORMS = ("do", "does", "did")
#: "will" and its past "would": the future and the future seen from the past.
WILL_WOULD = ("will", "would")
#: The modals of chance: what may be or happen ("could strike", "may reach", "might mutate").
CHANCE_MODALS = ("could", "may", "might")
#: The central modals: "will", "would" and the modals of duty, ability and chance.
MODAL_VERBS = (*WILL_WOULD, "shall", "should", "can", *CHANCE_MODALS, "must")

#: The contracted negations of the forms above that news prints ("isn't", "won't", "can't"), each with a
#: straight and a curly apostrophe; "amn't", "mayn't" and "shan't" are left out (news does not print them).
NEGATED_FORMS = tuple(
    word + apostrophe + "t"
    for word in (
        "isn", "aren", "wasn", "weren", "hasn", "haven", "hadn", "don", "doesn", "didn",
        "won", "wouldn", "shouldn", "can", "couldn", "mightn", "mustn")
    for apostrophe in ("'", "’"))


def auxiliaries(*groups: Iterable[str], without: Iterable[str] = ()) -> str:
    """The words of ``groups`` but those ``without`` as the alternatives of a regular expression, escaped,
    the longest first and then in alphabetical order (so that "does" is tried before the "do" it starts with,
    and the pattern is the same on every run)."""
    words = auxiliary_words(*groups, without=without)
    return "|".join(re.escape(word) for word in sorted(words, key=lambda word: (-len(word), word)))


def auxiliary_words(*groups: Iterable[str], without: Iterable[str] = ()) -> frozenset[str]:
    """The words of ``groups`` but those ``without``, as a set to look a word up in (the set :func:`auxiliaries`
    spells as a pattern)."""
    left_out = set(without)
    words = frozenset().union(*groups)
    if left_out - words:
        raise ValueError(f"not in the groups named: {sorted(left_out - words)}")
    return words - left_out
