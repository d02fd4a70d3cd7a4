"""Who "the singer", "the Briton" or "the actress" opening a sentence is: a person the story named before.

News names a person once and then calls them by what they are: "Hayward shocked residents ... The Briton was
quoted", "LaToya Jackson has claimed ... the singer demanded". Such a noun is no office (no "President X"
names its holder), so the person is the one the sentence before had as its subject, or, when that sentence was
about no one, the person the story is about.
"""

from __future__ import annotations

import re

from timeline.extract.names import NameIndex, _looks_personal
from timeline.extract.title_referents import PERSON_NOUNS, _actor_kind
from timeline.extract.title_verbs import IRREGULAR_PAST_FORMS as _IRREGULAR_PAST
from timeline.extract.title_words import _finite

#: "The Briton was quoted", "The singer, along with his brothers, won", "the veteran actress says": the noun as the
#: subject (one or two words before it say which), with a verb or an aside after it.
PERSON_NOUN_SUBJECT = re.compile(r"^The\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + PERSON_NOUNS + r")(?=\s+[a-z]|,\s)")

#: How much more often the story's main person must be named than the next one to be "the singer" by default.
_MAIN_MARGIN = 2


def main_person(names: NameIndex) -> str | None:
    """The person the story is about: the one it names far more often than anyone else (by full name)."""
    counts: dict[str, int] = {}
    for m in names.mentions:
        name = names.resolve(m.text)
        if " " in name and _looks_personal(name) and _actor_kind(name) == "person":
            counts[name] = counts.get(name, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < 3 or (len(ranked) > 1 and ranked[0] < _MAIN_MARGIN * ranked[1]):
        return None
    return next(name for name, n in counts.items() if n == ranked[0])


def person_by_noun(opening: str, actors: list[str | None], names: NameIndex, known: dict[str, str]) -> str | None:
    """The person "the singer" opening a sentence (from its subject: ``opening``) stands for: the previous
    sentence's subject when that was a person, else the story's main person (``names`` tell who that is); None
    when the sentence opens with no such noun and its verb. ``actors`` are the sentences' before, in order;
    ``known`` the people whose gender the story told ("m" or "f"): only they are surely people ("Los Angeles"
    looks like a name as much), and a "she" or "her" in the sentence rules out a man."""
    noun = PERSON_NOUN_SUBJECT.match(opening)
    after = opening[noun.end():].split(None, 2) if noun else []
    if not after or not (after[0] == "," or _finite(after[0].lower(), "") or after[0].lower() in _IRREGULAR_PAST):
        return None  # ("The American economy grew": a nationality before a noun names nobody)
    gendered = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}
    told = {gendered[w] for w in re.findall(r"\b(?:he|his|him|she|her)\b", opening)}
    previous = actors[-1] if actors else None
    for person in (previous, main_person(names)):
        if person and person in known and (not told or told == {known[person]}):
            return person
        if person == previous and previous and " " in previous and _looks_personal(previous):
            return None  # the sentence before may have been about another person, of a gender the story never told
    return None
