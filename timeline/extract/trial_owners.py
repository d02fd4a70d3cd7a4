"""A title's "The trial" as the trial of the one person the story says is tried: "Conrad Murray's trial is set to begin".

A court story names its defendant's trial once ("A judge ordered Dr Ann Pike should stand trial in March", "a jury
was chosen for the Dr Ann Pike trial", "the trial of Dr Ann Pike") and then goes on with "The trial is set to begin
on 28 March". Read apart from the story, "The trial is set to begin" names no one's trial. A title whose whole subject
is "The trial" (or "The manslaughter trial") takes the person whom the story before its sentence names as the one
tried; a story that speaks of two people's trials ("Pike's trial" and "Jackson's 2005 trial") leaves it as it stands.
"""

from __future__ import annotations

import re

from timeline.extract.names import NameIndex, looks_personal
from timeline.extract.title_referents import actor_kind
from timeline.extract.title_words import MAX_CHARS, main_verb_start
from timeline.honorifics import SURNAME_TITLES, honorific_pattern

__all__ = ["trial_owner"]

#: A title whose subject is "The trial" with at most the charge before it: "The trial is set", "The manslaughter trial".
_TRIAL = re.compile(r"The (?:(?:manslaughter|murder|criminal|corruption|fraud|retrial|civil) )?trial(?= [a-z])")
#: A person's name, with an honorific before it that the owner's name leaves out.
_NAME = r"(?:(?:" + honorific_pattern(SURNAME_TITLES) + r")\.?\s+)?(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
#: How a story names whose trial it is: "Ann Pike's trial", "the Ann Pike trial", "the trial of Dr Ann Pike", "Ann Pike
#: should stand trial", "Pike goes on trial", "Pike will face trial".
_OWNED = [
    re.compile(_NAME + r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:re)?trial\b"),
    re.compile(r"\b(?:[Tt]he|for|of|at|in)\s+" + _NAME + r"\s+(?:(?:manslaughter|murder|criminal)\s+)?trial\b"),
    re.compile(r"\btrial\s+of\s+" + _NAME + r"(?![\w’'-])(?!['’]s)"),
    re.compile(_NAME + r"\s+(?:[a-z]+\s+){0,2}?(?:stand|stands|stood|face|faces|faced|go|goes|went|is|was)\s+(?:on\s+)?trial\b"),
]


def trial_owner(title: str, before: str) -> str:
    """``title`` with its "The trial" subject named as the trial of the one person ``before`` (the article up to the
    title's sentence) says is tried, or ``title`` unchanged."""
    m = _TRIAL.match(title)
    if m is None or main_verb_start(title) != m.end() + 1:
        return title
    names = NameIndex(before)
    owners = set()
    for pattern in _OWNED:
        for found in pattern.finditer(before):
            person = names.resolve(found.group("name"))
            if looks_personal(person) and actor_kind(person) == "person":
                owners.add(person)
            elif found.group("name").split()[-1] not in ("Court", "Superior"):
                owners.add(found.group("name"))  # (a name the story tries that is no person's: two owners, unsure)
    if len(owners) != 1:
        return title  # no one named as tried, or two: whose trial it is is unclear
    owner, = owners
    if not looks_personal(owner):
        return title
    named = f"{owner}'s {title[4:]}"
    return named if len(named) <= MAX_CHARS else title
