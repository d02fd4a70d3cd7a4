"""An "of" phrase that says what a title's unnamed subject is: "A study of the effects | of the spill".

A noun phrase with no name in it ("the effects", "the volume", "the release", "a lack") refers only through its
"of" complement: "A study of the effects of the Deepwater Horizon spill has confirmed ..." is about the spill, "the
release of the Lockerbie bomber" about the bomber. Shortened to its head when the title is too long ("A study of the
effects has confirmed", "David Cameron says the release was wrong"), the subject names nothing a reader can place.
The complement stays when the title's cut still holds the whole subject with its verb and a few words after it
(:func:`.generic_heads.kept_whole`); the predicate's tail goes instead. A head with a name in it ("BP's report | on the
causes", "the Gulf | of Mexico") or that counts ("most | of the oil") is left to the other rules.
"""

from __future__ import annotations

import re

from timeline.extract.generic_heads import kept_whole

__all__ = ["placing_of"]

#: Determiners of a description that names nothing by itself: "the", "a", "this".
_UNNAMED = {"the", "a", "an", "this", "that", "these", "those"}
#: A word of the description between its determiner and the "of": lower case, no number and no name.
_PLAIN = re.compile(r"[a-z][a-z-]*")


def placing_of(subject: list[str], i: int, rest: str, frame: str = "") -> bool:
    """Whether ``subject[i:]`` opens with the "of" complement that places an unnamed description ``subject[:i]`` ends
    with ("A study of the effects | of the spill"), and the title keeps it whole (``rest``: the title from the verb
    on; ``frame``: its words before the subject): then it must not go."""
    if i < 2 or i >= len(subject) or subject[i].lower() != "of":
        return False
    start = max((j for j in range(i) if subject[j].lower() in _UNNAMED), default=None)
    if start is None or not 1 <= i - start - 1 <= 3:
        return False
    if not all(_PLAIN.fullmatch(w) for w in subject[start + 1:i]):
        return False  # ("the Gulf | of Mexico", "the 2,000 | of them": a name's words, a count)
    return kept_whole(subject, rest, frame)
