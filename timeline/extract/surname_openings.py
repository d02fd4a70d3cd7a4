"""A title opened by a person's surname alone, named in full as the story first named them.

Inside its story a surname places its person: the story named "Scott Dean, a spokesman for BP" first and calls him
"Dean" after. A timeline's title is read apart from that story, next to titles from other stories: "Dean: “We will
replace the version on the website tonight”" names nobody a reader can place, where "Scott Dean: “...”" tells who
spoke. So a title whose subject is a lone surname takes the full name the story gives that person.

Only a surname the story gives one person in full is named ("Jackson" of a story that names Michael and Katherine
Jackson stays as it is: a wrong first name is worse than none), only a person's, which the story tells by a "he" or
"she", an honorific, an office or a trade (a storm's "Hurricane Alex", a place's "South Australia" are no person), and
only when the full name still fits the title's limit (a cut is too high a price for a first name). The person's role
("BP's Scott Dean") is not added: the full name alone places most of them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from timeline.extract.body_chain import PERSON_NOUNS
from timeline.extract.country_referents import COUNTRY_NAMES
from timeline.extract.names import NameIndex, looks_personal
from timeline.extract.pronoun_people import full_name
from timeline.extract.title_referents import ROLE_NOUNS, THING_ACTOR, actor_kind
from timeline.extract.title_words import MAX_CHARS
from timeline.honorifics import HONORIFICS, OFFICE_ABBREVIATIONS, honorific_pattern

__all__ = ["surname_in_full"]

#: A lone capitalised word opening the title as its subject: a speaker's "Dean: “...”", or "Dean says ..." (its verb
#: in lower case). ("Dean's statement" is an owner; "Dean and Rowe meet": a pair, named in full or not at all.)
_OPENING = re.compile(r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=:\s*[“\"]|\s+(?!and\b|or\b|nor\b)[a-z])")


def surname_in_full(title: str, text: str, names: NameIndex, known: Mapping[str, str]) -> str:
    """``title`` with its opening lone surname put as the full name the story gives that one person ("Dean says" ->
    "Scott Dean says"), or unchanged; ``known`` is who the story tells is a man or a woman."""
    opening = _OPENING.match(title)
    if opening is None:
        return title
    surname = opening.group(1)
    # (the story calls the person by the surname alone, and the name finder folds it into the full name: "Bad
    # management ..." or "Australia has ..." opens with no one's surname)
    full = names.resolve(surname)
    if " " not in full or names.ambiguous(surname) or full != (full_name(surname, text, names) or full) \
            or not _personal(full, surname, text, names) or not _told_person(full, text, names, known):
        return title
    named = full + title[opening.end():]
    return named if len(named) <= MAX_CHARS else title


def _personal(full: str, surname: str, text: str, names: NameIndex) -> bool:
    """Whether ``full`` is a person's name ending in ``surname``, as the story writes it whole: no place ("Los
    Angeles"), no organisation ("Fitch Ratings"), no run of capitals the name finder took for one ("Reading Pakistani",
    where "reading" is a word the text writes in lower case too), written whole somewhere in the text."""
    words = full.split()
    if words[-1] != surname or not looks_personal(full) or THING_ACTOR.match(full) or full in COUNTRY_NAMES \
            or actor_kind(full) in ("place", "body"):
        return False
    # ("Singer Jimmy Buffett": a trade opening a sentence, run into the name)
    if any(w.lower() in names.common or actor_kind(w) == "body" or re.fullmatch(_ROLE_WORD, w.lower())
           for w in words[:-1]):
        return False
    return re.search(r"(?<![\w-])" + re.escape(full) + r"(?![\w-])", text) is not None


#: A word for what a person is, which is no first name: "Singer", "Spokesman", "Governor".
_ROLE_WORD = "(?:" + ROLE_NOUNS + "|" + "|".join(sorted(PERSON_NOUNS)) + "|spokesperson|professor|analyst|attorney|economist)"
#: What a person is called before their name: an office, a trade, an honorific ("BP spokesman Scott Dean", "Gov. Bobby
#: Jindal", "Dr Ann Roe").
_BEFORE_NAME = r"(?:\b(?i:" + _ROLE_WORD + r")|\b(?:" + honorific_pattern(HONORIFICS, OFFICE_ABBREVIATIONS) + r"))\.?\s+" \
    r"(?:[A-Z][\w.'’-]*\s+){0,2}"
#: What a person is called in apposition after their name: "Scott Dean, a spokesman for BP", "Ed Roe, 59, a fisherman".
_AFTER_NAME = r",\s+(?:\d{1,3},\s+)?(?:a|an|the|[A-Z][\w&.-]*['’]s)\s+(?:[\w-]+\s+){0,4}?(?i:" + _ROLE_WORD + r")\b"


def _told_person(full: str, text: str, names: NameIndex, known: Mapping[str, str]) -> bool:
    """Whether the story tells ``full`` is a person: a "he" or "she" after the name, an honorific, an office or a trade
    before it or in apposition after it. (A place, "South Australia", or a run of capitals, "Reading Pakistani", that
    the name finder folds a word into, is none.)"""
    if full in known or any(names.resolve(k) == full for k in known):
        return True
    name = re.escape(full)
    return re.search(_BEFORE_NAME + name + r"\b|\b" + name + _AFTER_NAME, text) is not None
