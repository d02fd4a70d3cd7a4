"""A title's "his death" or "her funeral" as the death of the one person the story says died.

A story about a death names whose it is ("Jackson's death", "the death of Ann Pike", "Pike died in June") and goes
on with "his death": "Prosecutors said the doctor gave Jackson a dose of the sedative that caused his death." Read
apart from the story, "The sedative causes his death" names no one. A person dies once, so the story's one dead person
is whose death, funeral or burial "his" or "her" means, when:

- the story names exactly one person as dead (by any of those phrases; "Jackson" and "Michael Jackson" are one),
  whom it does not tell is of the other gender;
- the title names no person, nor has a "he" or "she", that the pronoun may stand for as well ("Obama visits the
  family of a soldier after his death" may mean the soldier, and the title itself tells whom the reader can ask).

Otherwise the title keeps the pronoun: a vague title is better than a wrong name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from timeline.extract.actors import short
from timeline.extract.names import NameIndex, looks_personal
from timeline.extract.title_referents import actor_kind
from timeline.extract.title_words import MAX_CHARS
from timeline.honorifics import HONORIFICS, SURNAME_TITLES, honorific_pattern

__all__ = ["death_owned"]

#: What only the one who died has: "his death", "her funeral".
_DEATH_NOUNS = r"(?:death|funeral|burial|autopsy|post-mortem|killing)"
_OWNED = re.compile(r"\b(his|her)\s+(" + _DEATH_NOUNS + r")\b")
#: A name: one to three capitalised words ("Jackson", "Michael Jackson", "Ann M. Pike").
_NAME = r"([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})"
_HONORIFIC = re.compile(r"^(?:" + honorific_pattern(HONORIFICS) + r")\.?\s+")
#: How a story says who died.
_DIED = re.compile(_NAME + r"['’]s\s+(?:sudden\s+|untimely\s+|tragic\s+)?" + _DEATH_NOUNS + r"\b|\b(?:death|funeral|killing)\s+of\s+"
                   + _NAME + r"(?![\w’'])|" + _NAME + r",?\s+(?:who\s+)?died\b")
#: A person named in the title (two capitalised words, or a title and a surname) or a "he" or "she".
_PERSON_IN_TITLE = re.compile(r"\b(?:he|she|He|She)\b|(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+|\b(?:"
                              + honorific_pattern(SURNAME_TITLES) + r")\.?\s+[A-Z]")


def death_owned(title: str, text: str, names: NameIndex, known: Mapping[str, str]) -> str:
    """``title`` with its "his death" put as the death of the one person the story ``text`` says died."""
    m = _OWNED.search(title)
    if m is None or m.start() == 0 or _PERSON_IN_TITLE.search(title):
        return title  # (an opening "His death" is :mod:`.sole_antecedents`'s to name)
    dead: set[str] = set()
    for found in _DIED.finditer(text):
        name = next(g for g in found.groups() if g)
        name = _HONORIFIC.sub("", re.sub(r"^(?:The|But|And|When|After|Since)\s+", "", name))
        resolved = names.resolve(name)
        if actor_kind(resolved) in ("body", "place"):
            continue
        dead.add(resolved)
    # ("Jackson's death" and "the death of Michael Jackson": one person, named in full once)
    dead = {d for d in dead if not any(other != d and other.split()[-1] == d for other in dead)}
    if len(dead) != 1:
        return title
    person = dead.pop()
    if not (looks_personal(person) or any(full.split()[-1] == person and looks_personal(full) for full in names.counts)):
        return title  # ("Xynthia's killing": no one the story names as a person)
    gender = known.get(person)
    if gender is not None and gender != ("m" if m.group(1) == "his" else "f"):
        return title
    named = f"{title[:m.start()]}{short(person)}’s {m.group(2)}{title[m.end():]}"
    return named if len(named) <= MAX_CHARS else title
