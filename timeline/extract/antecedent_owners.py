"""Whose thing a relative clause's antecedent is, when a possessive opens it: "his trial", "its well".

A relative clause dated on its own ("BP permanently killed its well in the Gulf of Mexico that ruptured in April",
"during his six-week trial, which ended in June") becomes a title of its own, and its antecedent its subject. Read
apart from the sentence, "Its well ruptures" and "His trial ends" name nothing; the possessive is the sentence's
subject's: "his" the person the sentence is about, "its" the organisation that is its actor. A sentence that names
anyone or anything but a place before the antecedent ("BP said Transocean had inspected its blowout preventer, which failed
...") may mean that one: the antecedent keeps its "its".

A relative clause with a subject of its own ("Menhadden Fisheries, where he employs ...") is titled with the person
the sentence is about for its "he" or "she"; its "it" ("the turnaround of its stores, which it bought in 2007") is
never that person (:func:`personal_subject`).
"""

from __future__ import annotations

import re

from timeline.extract.actors import short
from timeline.extract.names import NameIndex, looks_personal
from timeline.extract.title_referents import actor_kind

__all__ = ["owned_antecedent", "personal_subject"]

_PERSONAL = re.compile(r"(?i)(?:his|her)\s+(?=[a-z])")
_ITS = re.compile(r"(?i)its\s+(?=[A-Za-z])")


def owned_antecedent(antecedent: str, person: str | None, actor: str | None, names: NameIndex, between: tuple[int, int]) -> str:
    """``antecedent`` ("its well in the Gulf of Mexico") with its opening possessive put as the owner's name ("BP's
    well in the Gulf of Mexico"): ``person`` for "his" or "her", ``actor`` for "its" when it is an organisation and
    no other name but a place's is named in the sentence's text ``between`` its start and the antecedent; else as it is."""
    his = _PERSONAL.match(antecedent)
    if his and person:
        return f"{short(person)}'s {antecedent[his.end():]}"
    its = _ITS.match(antecedent)
    if its is None or not actor or actor_kind(actor) != "body" or looks_personal(actor):
        return antecedent
    owner = names.resolve(actor)
    others = {names.resolve(n.text) for n in names.between(*between)} - {owner}
    if any(actor_kind(n) != "place" for n in others) or re.search(r"\b" + re.escape(owner) + r"\b", antecedent):
        return antecedent
    return f"{short(actor)}'s {antecedent[its.end():]}"


#: A clause opened by a pronoun no person stands for.
_THING_OPENING = re.compile(r"(?i)(?:it|its|they|their)\b")


def personal_subject(clause: str, person: str | None) -> str | None:
    """``person`` for a relative clause with its own subject, unless that subject is "it" or "they", which no person
    of the sentence stands for ("which it bought back in 2007")."""
    return None if _THING_OPENING.match(clause.lstrip()) else person
