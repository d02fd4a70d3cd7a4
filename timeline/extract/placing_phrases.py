"""A modifier that says what or where a title's unnamed subject is: "A study of the effects | of the spill", "A
gas leak | at the Texas City refinery".

A noun phrase with no name in it ("the effects", "the volume", "the release", "a lack") refers only through its
"of" complement: "A study of the effects of the Deepwater Horizon spill has confirmed ..." is about the spill, "the
release of the Lockerbie bomber" about the bomber, and "the investigation into the spill" (an "into" complement) about
the spill. A happening told with "a" ("A gas leak", "An explosion") is placed
only by the named site after it ("at the Texas City refinery", "on the Kestrel platform"). Shortened to its head when
the title is too long ("A study of the effects has confirmed", "A gas-oil leak produces a vapor cloud"), the subject
names nothing a reader can place. The phrase stays when the title's cut still holds the whole subject with its verb
and a few words after it (:func:`.generic_heads.kept_whole`); the predicate's tail goes instead. A head with a name
in it ("BP's report | on the causes", "the Gulf | of Mexico") or that counts ("most | of the oil") is left to the
other rules.
"""

from __future__ import annotations

import re

from timeline.extract.generic_heads import kept_whole

__all__ = ["placing_phrase"]

#: Determiners of a description that names nothing by itself: "the", "a", "this".
_UNNAMED = {"the", "a", "an", "this", "that", "these", "those"}
#: A word of the description between its determiner and the "of": lower case, no number and no name.
_PLAIN = re.compile(r"[a-z][a-z-]*")
#: Prepositions that open a description's complement: "the effects | of the spill", "the inquiry | into the spill"
#: ("into" after a noun tells what is looked into, never where the noun is).
_COMPLEMENTS = {"of", "into"}
#: Prepositions that put a happening at its site: "at the refinery", "on the platform", "off Kestrel Island".
_SITE_PREPOSITIONS = {"at", "in", "on", "near", "off", "aboard", "inside", "outside"}
#: A named site after a place preposition: "at the Texas City refinery", "on Kestrel Island", "in Alaska".
_NAMED_SITE = re.compile(r"(?:the\s+)?(?:[a-z][\w-]*\s+)?[A-Z][\w.’'-]*")


def placing_phrase(subject: list[str], i: int, rest: str, frame: str = "") -> bool:
    """Whether ``subject[i:]`` opens the phrase that places an unnamed description ``subject[:i]`` ends with: the "of"
    or "into" complement of "the effects | of the spill", "the investigation | into the spill", or the named site of "a gas leak | at the Texas City refinery"; and the
    title keeps it whole (``rest``: the title from the verb on; ``frame``: its words before the subject). Then it must
    not go."""
    if i < 2 or i >= len(subject):
        return False
    word = subject[i].lower()
    start = max((j for j in range(i) if subject[j].lower() in _UNNAMED), default=None)
    if start is None or not 1 <= i - start - 1 <= 3:
        return False
    if not all(_PLAIN.fullmatch(w) for w in subject[start + 1:i]):
        return False  # ("the Gulf | of Mexico", "the 2,000 | of them": a name's words, a count)
    if word not in _COMPLEMENTS and not (start == 0 and subject[0].lower() in {"a", "an"} and word in _SITE_PREPOSITIONS
                             and _NAMED_SITE.match(" ".join(subject[i + 1:i + 4]))):
        return False  # (only an "of" or "into" complement, or the named site of a happening the title opens with "a")
    # (a verb and one word may be the whole predicate: "says the news of the failure | is disappointing")
    return kept_whole(subject, rest, frame, verb_words=2)
