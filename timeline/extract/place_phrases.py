"""Phrases of place after a noun: "the sea wall | along the harbour front", "engineers | within the water authority".

A subject too long for a headline gives such a phrase up as it gives up one with "in" or "near"
(:data:`PLACE_PREPOSITIONS` join :data:`.title_cuts.SUBJECT_PREPOSITIONS`). After a distance the phrase is what the
distance is measured from and stays with it: "robots a mile | beneath the sea" without it are "robots a mile"
(:func:`measured_place`).
"""

from __future__ import annotations

import re

__all__ = ["PLACE_PREPOSITIONS", "compass_place", "measured_place"]

#: Prepositions of place whose phrase a noun can do without. Not "against", "without", "towards": what they say of
#: the noun is the news ("the case against the mayor", "a well without a valve").
PLACE_PREPOSITIONS = {"along", "alongside", "around", "inside", "outside", "within", "beneath", "underneath",
                      "throughout"}

#: Units a distance or a depth is counted in: "a mile beneath", "7,000 ft beneath", "two blocks outside".
_DISTANCES = re.compile(r"(?:miles?|kilometres?|kilometers?|km|metres?|meters?|m|feet|foot|ft|yards?|inches?|blocks?|"
                        r"fathoms?|paces?|steps?|hours?|minutes?)")


def measured_place(words: list[str], at: int) -> bool:
    """Whether the place phrase opening at ``words[at]`` follows a distance or an amount ("a mile | beneath the
    sea", "some 200 | around the harbour"): the phrase says where the distance is, and goes with it."""
    if at == 0 or words[at].lower() not in PLACE_PREPOSITIONS:
        return False
    before = words[at - 1].lower().strip("“”\"‘’,")
    return _DISTANCES.fullmatch(before) is not None or re.fullmatch(r"[$£€]?\d[\d.,]*%?", before) is not None


_COMPASS = re.compile(r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ward|wards)?")
#: Adverbs that measure a compass phrase: "directly west of", "just north of".
_COMPASS_ADVERBS = {"directly", "due", "just", "immediately", "further", "farther", "slightly"}


def compass_place(words: list[str], at: int) -> bool:
    """Whether a compass phrase of place opens at ``words[at]``: "the parishes | directly west of the delta", "the
    towns | north of the river" ("west of" is a preposition of place as "near" is, and goes with its adverb)."""
    word = words[at].lower()
    if word in _COMPASS_ADVERBS:
        return at + 2 < len(words) and _COMPASS.fullmatch(words[at + 1].lower()) is not None and words[at + 2] == "of"
    return _COMPASS.fullmatch(word) is not None and at + 1 < len(words) and words[at + 1] == "of" \
        and (at == 0 or words[at - 1].lower() not in _COMPASS_ADVERBS)
