"""A company called by its trade ("the oil producer") or with its country ("the British oil company") is named as the
story named it; a country the story never put next to that name leaves the title as it was, since the description may
be another company's (thing_names.py). Sentences written for these tests."""

from __future__ import annotations

from timeline.extract.thing_names import named_thing

_STORY = ("Northfield Energy said on Monday its well in the bay was still leaking.\n"
          "Northfield Energy shares fell 5% in London.\n"
          "Engineers worked through the night, but the oil producer failed over the weekend to stop the leak.\n")


def test_an_oil_producer_is_the_story_company():
    start = _STORY.index("Engineers")
    assert named_thing("The oil producer fails to stop the leak", _STORY, start) == \
        "Northfield Energy fails to stop the leak"


def test_a_producer_without_a_trade_word_stays():
    start = _STORY.index("Engineers")
    assert named_thing("The producer fails to stop the leak", _STORY, start) == "The producer fails to stop the leak"


def test_a_country_told_with_the_name_is_the_company():
    text = ("The British oil company Northfield Energy said its well was leaking.\n"
            "Northfield Energy shares fell 5%.\n"
            "The giant British oil company could begin cutting the pipe on Wednesday.\n")
    start = text.index("The giant British")
    assert named_thing("The giant British oil company could begin cutting the pipe", text, start) == \
        "Northfield Energy could begin cutting the pipe"


def test_a_country_never_told_with_the_name_stays():
    text = ("Northfield Energy said its well was leaking.\n"
            "Northfield Energy shares fell 5%.\n"
            "The Anglo-Dutch major said its own spills in the delta were smaller last year.\n")
    start = text.index("The Anglo-Dutch")
    title = "The Anglo-Dutch major says its own spills in the delta were smaller"
    assert named_thing(title, text, start) == title
