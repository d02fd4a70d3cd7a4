"""Which state a title's "The state" is: the one U.S. state the story named just before.

American news names a state through its people and offices ("Sterling Ivey, a spokesman for Florida Gov. Charlie
Crist, said the state will call up 70 more troops") and then calls it "the state". Read apart from the story, "The
state will call up 70 more troops" names no state; the state does ("Florida will call up ..."). As for a country
(:mod:`.country_referents`), the state must be the only one named in the nearest stretch that names any: the
sentence's words before "the state", else the sentence before. "The state of Louisiana" names itself, and a story
that names no U.S. state keeps "the state" (in a British or European story it is the government, not a place).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.extract.country_referents import nearest_named
from timeline.extract.sentences import Sentence
from timeline.extract.title_words import MAX_CHARS

__all__ = ["US_STATES", "state_named"]

#: The fifty states (and the capital's district) as news names them.
US_STATES = ("Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
           "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
           "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
           "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
           "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
           "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming")
#: A state's name as a word of its own ("Mississippi River" still names the state's river, so it counts as a mention:
#: two states near "the state" leave it unnamed). "Washington" is as often the capital: it names no state here, and
#: "New York" as often the city.
_MENTION = re.compile(r"(?<![\w-])(" + "|".join(s for s in US_STATES if s not in ("Washington", "New York", "Georgia"))
                      + r")(?![\w-])")
#: "The state will call up ...", "The state's governor says": the state as the title's subject or its owner.
_THE_STATE = re.compile(r"^The state(?=['’]s\s+[a-z]|\s+(?!of\b)[a-z])")


def state_named(title: str, text: str, sentences: Sequence[Sentence], index: int, start: int) -> str:
    """ "The state will call up 70 more troops" -> "Florida will call up 70 more troops" when the text before the title
    (the sentence's own words before "the state", then the sentence before) names one U.S. state first; the title
    unchanged when the nearest stretch that names a state names more than one, or none does."""
    m = _THE_STATE.match(title)
    if m is None:
        return title
    found = nearest_named(text, sentences, index, start, "the state", lambda stretch: set(_MENTION.findall(stretch)))
    if len(found) != 1:
        return title
    named = found.pop() + title[m.end():]
    return named if len(named) <= MAX_CHARS else title
