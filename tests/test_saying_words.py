"""The one lexicon of the verbs of saying and its rendering as a regular expression."""

from __future__ import annotations

import re

from timeline.extract.saying_words import (
    NEWS_SAYING_PAST,
    SAID_SAYS,
    SAY_FORMS,
    SAY_TELL,
    SPEECH_VERBS,
    alternation,
    spoken,
)
from timeline.extract.title_words import SPEECH_VERBS as TITLE_SPEECH_VERBS


def test_spoken_gives_past_and_present_forms() -> None:
    assert spoken("say", "tell") == SAY_TELL == {"said", "says", "told", "tells"}
    assert {"said", "says"} == SAID_SAYS
    assert {"say", "says", "said"} == SAY_FORMS


def test_spoken_gives_only_the_forms_asked_for() -> None:
    assert spoken("testify", "deny", past=False) == {"testifies", "denies"}
    assert spoken("argue", "claim", present=False, ing=True) == {"argued", "arguing", "claimed", "claiming"}
    assert spoken("state", base=True) == {"state", "states", "stated"}


def test_alternation_tries_the_longer_word_first() -> None:
    assert alternation({"say", "says", "said"}) == "said|says|say"
    # ("says that" is read whole, not as "say" followed by "s that")
    assert re.match("(?:" + alternation(SAY_FORMS) + ")(?: that)?", "says that").group(0) == "says that"


def test_alternation_escapes_and_joins_extras() -> None:
    pattern = re.compile(r"\b(?:" + alternation(SAID_SAYS, {"according to", "u.s."}) + r")\b")
    assert pattern.search("the plan, according to officials").group(0) == "according to"
    assert pattern.search("the usas report") is None


def test_title_words_reads_the_same_speech_verbs() -> None:
    assert TITLE_SPEECH_VERBS is SPEECH_VERBS
    assert {"said", "told", "according"} <= SPEECH_VERBS


def test_the_news_sayings_verbs_are_their_past_written_once() -> None:
    # The day's sayings (day_sayings, day_speakers) and the day's acts that are no sayings (day_statements) read them
    # from here: the past only, as news tells its day's statements.
    assert {"said", "told", "warned", "denied", "urged", "welcomed", "disputed", "acknowledged"} <= NEWS_SAYING_PAST
    assert not {"says", "tells", "warns"} & NEWS_SAYING_PAST
    from timeline.extract.day_statements import _VIEWS

    assert {"agreed", "disclosed", "unveiled"} == NEWS_SAYING_PAST - _VIEWS  # (acts as often as sayings)
