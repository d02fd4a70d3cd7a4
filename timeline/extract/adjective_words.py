"""Words that read as adjectives before a noun: "the new | sealing cap", "free | screening". A word after them
ending in "-ing" or "-ed" is the noun phrase's head or a modifier of it, not a participle opening a phrase of its
own; a cut there leaves the adjective without its noun."""

from __future__ import annotations

__all__ = ["adjective_before"]


_ADJECTIVES = {"new", "old", "big", "small", "large", "main", "key", "top", "latest", "other", "same", "own", "next",
               "last", "first", "second", "third", "final", "whole", "entire", "full", "high", "low", "long", "short",
               "deep", "huge", "vast", "giant", "major", "minor", "former", "early", "late", "hot", "cold", "wet", "dry",
               "offshore", "onshore", "underwater", "deepwater", "nearby", "private", "joint", "open", "free", "single",
               "chief", "senior", "junior", "total", "further", "extra", "wide", "narrow", "heavy", "light"}
_ADJECTIVE_ENDS = ("al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "ern", "ish", "ese", "ian")
#: Nouns with an adjective's ending: a participle after them describes them ("the official | overseeing rail").
_NOUNS_LIKE_ADJECTIVES = {"official", "officials", "individual", "individuals", "professional", "professionals",
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
    return (word in _ADJECTIVES and word not in _NOUNS_TOO) or (word.endswith(_ADJECTIVE_ENDS)
                                                                and word not in _NOUNS_LIKE_ADJECTIVES)


#: Adjectives that are nouns as often ("an investigator and office chief | enforcing safety", "a running total").
_NOUNS_TOO = {"chief", "total", "major", "minor", "senior", "junior", "key", "top", "light", "open"}
