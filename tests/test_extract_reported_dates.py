"""A date in what a saying of the news day reports does not take the story off its day (:mod:`.reported_dates`).

Every text here is written for these tests: a department that says on the news day that someone died last week, a
speaker who says a test will run next week; the sayings after them are still the news day's. A forecaster's saying
is not.
"""

from __future__ import annotations

import pytest
from day_sayings_support import LEAD, dated, events_of

from timeline.extract.merge import Mention
from timeline.extract.reported_dates import reported_date
from timeline.extract.sentences import Sentence
from timeline.model import When

_NEXT = "Marta Ilves, head of the pilots' union, urged the port to dredge the channel at once.\n"


def test_an_older_death_a_department_reports_leaves_the_story_at_its_day() -> None:
    text = LEAD + "The Veldt health department said a deckhand injured in the grounding died last week.\n" + _NEXT
    assert dated(events_of(text), "urged the port") == ["2031-05-15"]


def test_an_older_happening_told_as_narration_is_the_background() -> None:
    text = LEAD + "A deckhand injured in an earlier grounding died last week.\n" + _NEXT
    assert dated(events_of(text), "urged the port") == []


def test_a_saying_that_had_been_made_before_is_the_background() -> None:
    text = LEAD + "The Veldt health department had said a deckhand died last week.\n" + _NEXT
    assert dated(events_of(text), "urged the port") == []


def test_a_plan_a_saying_reports_brings_the_story_back_to_its_day() -> None:
    background = "The channel was last dredged in 2029, when two barges sank.\n"
    plan = "Inspector Jon Vaher said the divers would survey the hull on Monday.\n"
    assert dated(events_of(LEAD + background + _NEXT), "urged the port") == []
    assert dated(events_of(LEAD + background + plan + _NEXT), "urged the port") == ["2031-05-15"]


def _mention(sentence: Sentence, phrase: str, told: bool = False, statement: bool = True) -> Mention:
    at = sentence.start + sentence.text.index(phrase)
    return Mention(when=When.parse("2031-05-08"), start=sentence.start, end=sentence.end, sentence=0, actor=None,
                   title="", tags=[], confidence=0.9, is_statement=statement, told=told, date=(at, at + len(phrase)))


@pytest.mark.parametrize(("text", "phrase", "told", "expected"), [
    ("The health department said a deckhand died last week.", "last week", False, True),
    ("Marta Ilves, head of the pilots' union, told reporters the buoys had drifted last week.", "last week", False, True),
    ("Last week the health department said a deckhand died.", "Last week", False, False),  # the saying's own date
    ("The health department said on Thursday that a deckhand died.", "Thursday", True, False),  # dates the saying
    ("The health department had said a deckhand died last week.", "last week", False, False),  # an earlier saying
    ("“A deckhand died last week,” the department said.", "last week", False, False),  # a quotation opens it
])
def test_reported_date(text: str, phrase: str, told: bool, expected: bool) -> None:
    sentence = Sentence(100, 100 + len(text), text, 0)
    assert reported_date(_mention(sentence, phrase, told), sentence) is expected


def test_a_forecasters_saying_is_no_news_of_the_day() -> None:
    # (the weather's forecast is no news of the day's, from a forecaster who opens the sentence as from one named last)
    sentence = "The Ostmark Hurricane Center said a tropical wave could strengthen into a depression over the channel.\n"
    assert dated(events_of(LEAD + sentence), "a tropical wave") == []

