"""A title with one dash of a pair: the clause on one side of it.

A dash in news text opens an aside that a second dash closes ("the leak -- the smallest of three -- was sealed") or
turns the sentence ("since the rig exploded -- the first family to ..."; a speaker's restart, "There is -- they are
fully liable"; a dateline, "NEW ORLEANS -- Relatives of the men ..."). A title that keeps one dash and not its pair
reads as two pieces run together. An editor keeps the piece that is a sentence: the one before the dash when it has
its subject and verb, else the one after it.
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, WILL_WOULD, auxiliaries
from timeline.extract.clauses import sentence_like
from timeline.extract.title_gate import HAPPENING_VERBS
from timeline.extract.title_open import finite_at

__all__ = ["one_dash_gone"]

_RELATIVES = {"that", "which", "who", "whom", "whose"}
_DASH = re.compile(r"\s+(?:--|—|–)\s+")
#: What a piece before a dash may end on without being a clause: an auxiliary or copula a speaker broke off at
#: ("There is --", "You have --").
_BROKEN_OFF = re.compile(r"(?i)\b(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, WILL_WOULD) + r"|there['’]s|it['’]s|I mean)$")
#: Words that join what follows the dash to what came before it: "-- but a million people ...".
_JOINING = re.compile(r"(?i)(?:but|and|so|yet|I mean,?)\s+")


def one_dash_gone(title: str) -> str:
    """``title`` without the piece across its single dash that is no sentence; ``title`` when it has no dash, a pair
    of them, a list after a colon, or no piece that is a sentence."""
    dashes = list(_DASH.finditer(title))
    if len(dashes) != 1:
        return title
    before, after = title[:dashes[0].start()], title[dashes[0].end():]
    if before.endswith(":") or not after or before.count("“") > before.count("”") or before.count('"') % 2:
        return title  # ("recalled: -- Seeing a report ...": a list's item; 'saying "This is a nightmare -- and we quit"')
    dateline = re.search(r"\b[A-Z]{2,}(?:\s+[A-Z]{2,})*$", before) is not None
    if not dateline and len(before.split()) >= 3 and not _BROKEN_OFF.search(before) and (
            sentence_like(before) or _ends_on_verb(before)):
        return before.rstrip(" ,;")
    if re.match(r"(?:a|an|the)\s", after):
        return title  # ("An H1N1 -- a type has been around since 1918": an appositive of the noun before the dash)
    after = _JOINING.sub("", after, count=1) if _JOINING.match(after) else after
    words = after.split()
    verb = next((i for i in range(1, len(words)) if finite_at(words, i)), None)
    # ("-- a type that has been around since 1918": a noun phrase and its relative clause, no sentence)
    if len(words) >= 3 and sentence_like(after) and verb is not None and words[verb - 1].lower() not in _RELATIVES:
        return after[:1].upper() + after[1:]
    return title


def _ends_on_verb(piece: str) -> bool:
    """Whether ``piece`` ends on its happening's verb after a noun: "The Gulf oil rig explodes", "The plane crashes"."""
    words = piece.lower().split()
    return len(words) >= 2 and words[-1] in HAPPENING_VERBS and words[-2] not in {"the", "a", "an", "of", "its", "their"}
