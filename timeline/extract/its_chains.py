"""The owner of a sentence-opening "Its" told by the "its" of the sentence before.

"Bermuda-based Hiscox estimates its bill for the storms will reach £100m. Its retail arm was hit by the winter
freeze." A reader takes the second "its" for the owner of the first: the sentence before opens with the organisation
it tells of and calls it "its" itself, and the next sentence, opening with "Its", goes on with the same owner.
Counting the names of the sentence before (:mod:`.sole_antecedents`) cannot tell which is meant when it names more
than one ("Hiscox" and a storm's name, "Shares of BP ... in New York"), nor when the story also gives the surname to a
person; the chain of "its" can, when:

- the sentence before opens with the name, after at most a place-made modifier ("Bermuda-based") or a common
  noun with "of" ("Shares of BP");
- its first "its" comes after that name with no other name, nor an organisation or thing the story does not name
  ("the company", "the fund"), nor another pronoun ("which" may go on with the name; "he", "they" would not), between;
- the name can be an organisation: no person's full name ("Tony Hayward"), no one the story tells is a man or a woman,
  no lone common word ("Oil").

A vague title is better than a wrong name: anything else leaves the pronoun to the other finders.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from timeline.extract.company_kinds import RELATED_NOUNS
from timeline.extract.lone_bodies import BODY_NOUNS
from timeline.extract.names import NameIndex, looks_personal
from timeline.extract.sentences import Sentence, quotation_open
from timeline.extract.subject_names import strip_opening
from timeline.extract.title_referents import actor_kind

__all__ = ["chained_owner"]

#: The name that opens a sentence: after a place-made modifier ("Bermuda-based", "London-listed") or a common noun
#: and "of" ("Shares of", "Owners of the"), two to four capitalised words or one.
_OPENING_NAME = re.compile(
    r"(?:[A-Z][\w.’']*-[a-z]+\s+|(?P<noun>[A-Z][a-z]+)\s+of\s+(?:the\s+)?)?"
    r"(?P<name>[A-Z][\w&.’'-]*(?:\s+(?:&\s+)?[A-Z][\w&.’'-]*){0,3})(?![\w’'])")
#: What between the name and its "its" may stand for something else: a pronoun other than "which" or "that", or a
#: definite or indefinite noun phrase of an organisation or a thing the story does not name.
_OTHER_REFERENT = re.compile(r"\b(?:he|she|they|his|her|their|it)\b|\b(?i:the|a|an|this|that)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:" + BODY_NOUNS + "|" + "|".join(RELATED_NOUNS) + r")\b")
_ITS = re.compile(r"\bits\b")


def chained_owner(text: str, previous: Sentence, names: NameIndex, known: Mapping[str, str]) -> str | None:
    """The organisation the sentence ``previous`` opens with and calls "its" itself, or None."""
    sentence = text[previous.start:previous.end]
    if quotation_open(sentence):
        return None
    opening = strip_opening(sentence)
    m = _OPENING_NAME.match(opening)
    if m is None:
        return None
    noun = m.group("noun")
    if noun and noun.lower() not in names.common:
        return None  # ("Friends of the Earth" is the name itself)
    name = m.group("name")
    first = name.split()[0]
    if (" " not in name and name.lower() in names.common) or (not noun and first.lower() in names.common):
        return None  # ("Oil prices ... its": a common word that opens the sentence)
    its = _ITS.search(opening, m.end())
    if its is None:
        return None
    between = opening[m.end():its.start()]
    if _OTHER_REFERENT.search(between) or re.search(r"\b[A-Z][a-z]", between):
        return None
    if looks_personal(name) or name in known or actor_kind(name) == "place":
        return None  # (a surname the story gives a person as well stays: "its" tells it is the organisation here)
    return name
