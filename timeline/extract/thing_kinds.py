"""Words that say what kind of thing a rig, a well, a ship or a pipeline is, never which one of several.

A story names a thing once with its trade between the name and the noun ("the Deepwater Horizon oil rig", "BP's
Macondo oil well", "the Atlantic Dawn cruise ship") or before a name put after the noun ("the offshore oil rig
Deepwater Horizon", "the cargo ship Hanna Bay"), and then calls it by its noun alone or with the same trade words
("the rig sank", "the oil rig exploded"). Such a word tells what the thing is for, as an adjective of state tells
how it is ("the stricken rig"): "the oil rig" is still the rig the story named. A word that makes another thing of
the noun ("BP's relief well", "the new cap", "a second rig") is no kind word and stays out of this list.
"""

from __future__ import annotations

import re

__all__ = ["KIND_RUN", "KIND_WORD", "KIND_WORDS", "STATE_WORD", "STATE_WORDS", "THING_NOUNS", "without_states"]

#: Nouns of vessels and installations, things a story names ("the Deepwater Horizon", "the Exxon Valdez") and then
#: calls by the noun with its kind words. (Not a happening's noun: "the Buzzards Bay oil spill" is another spill than
#: "the spill" of the story, and "oil" there makes the compound's name, not a kind.)
THING_NOUNS = frozenset(["rig", "platform", "well", "ship", "vessel", "tanker", "boat", "barge", "ferry", "pipeline",
                         "refinery", "plant", "reactor", "mine", "unit", "plane", "aircraft", "jet", "train"])

#: How the one thing the story is about is, not which of several: "the stricken rig" is still the rig the story named
#: ("the new cap" may be another cap than the one named before). A state holds for a time: "BP's leaking well" is
#: no name for the well once it is capped.
STATE_WORDS = frozenset(["damaged", "stricken", "sunken", "ruptured", "crippled", "burning", "doomed", "ill-fated",
                         "fatal", "deadly", "blown-out", "leaking", "broken", "massive", "huge", "giant", "troubled"])
#: One state word.
STATE_WORD = r"(?:" + "|".join(sorted(STATE_WORDS, key=len, reverse=True)) + r")"

#: What a vessel, an installation or a well is for or where it works: never a word that picks one of several.
KIND_WORDS = frozenset([
    "oil", "gas", "crude", "drilling", "offshore", "off-shore", "exploration", "exploratory", "production",
    "semi-submersible", "semisubmersible", "deep-water", "deepwater", "cargo", "container", "cruise", "passenger",
    "fishing", "merchant", "supply", "research", "naval", "mobile", "floating",
])
#: One kind word ("off shore" is "offshore" written apart).
KIND_WORD = r"(?:" + "|".join(sorted(KIND_WORDS | {"off shore"}, key=len, reverse=True)) + r")"
#: Up to three kind words before a thing's noun, each followed by a space ("oil drilling ", "off shore oil ").
KIND_RUN = r"(?:" + KIND_WORD + r" ){0,3}"


def without_states(form: str) -> str:
    """ "BP's leaking well" -> "BP's well": a mention of a thing without the words of how it was then."""
    return re.sub(r"(?<=\s)" + STATE_WORD + r"\s+(?=\S)", "", form)
