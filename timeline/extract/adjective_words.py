"""Words that read as adjectives before a noun: "the new | sealing cap", "free | screening". A word after them
ending in "-ing" or "-ed" is the noun phrase's head or a modifier of it, not a participle opening a phrase of its
own; a cut there leaves the adjective without its noun."""

from __future__ import annotations

__all__ = ["ADJECTIVES", "ADJECTIVE_ENDS", "NOUNS_LIKE_ADJECTIVES", "adjective_before", "adjective_cut"]


ADJECTIVES = {"new", "old", "big", "small", "large", "main", "key", "top", "latest", "other", "same", "own", "next",
               "last", "first", "second", "third", "final", "whole", "entire", "full", "high", "low", "long", "short",
               "deep", "huge", "vast", "giant", "major", "minor", "former", "early", "late", "hot", "cold", "wet", "dry",
               "offshore", "onshore", "underwater", "deepwater", "nearby", "private", "joint", "open", "free", "single",
               "chief", "senior", "junior", "total", "further", "extra", "wide", "narrow", "heavy", "light"}
ADJECTIVE_ENDS = ("al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "ern", "ish", "ese", "ian")
#: Nouns with an adjective's ending: a participle after them describes them ("the official | overseeing rail").
NOUNS_LIKE_ADJECTIVES = {"official", "officials", "individual", "individuals", "professional", "professionals",
                          "criminal", "criminals", "rival", "rivals", "chemical", "chemicals", "hospital", "terminal",
                          "principal", "general", "critic", "critics", "executive", "executives", "representative",
                          "representatives", "relative", "relatives", "detective", "detectives", "animal", "animals",
                          "signal", "capital", "local", "locals", "mechanic", "physician", "technician", "politician",
                          "politicians", "civilian", "civilians", "secretary", "subsidiary", "beneficiary", "arrival",
                          "approval", "proposal", "disposal", "removal", "survival", "trial", "material", "materials",
                          "clinic", "public", "topic", "traffic", "guardian", "historian", "veteran", "veterans"}


def adjective_before(word: str) -> bool:
    """Whether ``word`` (any case) is an adjective that wants the noun after it: a known one or one by its ending,
    not a noun that has an adjective's ending ("the official | overseeing rail")."""
    word = word.lower()
    return (word in ADJECTIVES and word not in _NOUNS_TOO) or (word.endswith(ADJECTIVE_ENDS)
                                                                and word not in NOUNS_LIKE_ADJECTIVES)


#: Adjectives that are nouns as often ("an investigator and office chief | enforcing safety", "a running total").
_NOUNS_TOO = {"chief", "total", "major", "minor", "senior", "junior", "key", "top", "light", "open"}


def adjective_cut(words: list[str], clean: list[str], nxt: str) -> bool:
    """Whether a title of ``words`` (``clean``: lowercase, without marks) ends on an article and an adjective whose
    noun comes after the cut: "issued a new, | more limited ban", "cases of the new | measles strain".
    Before a preposition or a conjunction the adjective stands for its noun ("the first | to ...", "the latest | in
    a series") and may end the title."""
    if len(clean) < 3 or not words[-1][:1].islower() or not adjective_before(clean[-1]):
        return False
    if clean[-2] not in {"a", "an", "the"}:
        return False  # (after a possessive a cut before the head may be the only one left: "China's first | case")
    return words[-1][-1:] == "," or (bool(nxt) and nxt.isalnum() and nxt not in _PHRASE_OPENERS)


#: Words after which an article and an adjective may end a phrase: a preposition, a conjunction, a clause word.
_PHRASE_OPENERS = {"to", "in", "on", "at", "for", "of", "with", "by", "from", "and", "or", "but", "than", "as",
                   "that", "which", "who", "since", "after", "before", "because", "while", "when", "if", "into",
                   "over", "under", "about", "against", "during", "until", "amid", "among", "across", "through"}
