"""A title's "The oil giant" named as the story's company though a plural of initials ("PACs") is named after it: such a
plural names a kind of body, never the company (thing_names.py). Sentences written for these tests."""

from __future__ import annotations

from timeline.extract.thing_names import named_thing

_STORY = ("Northfield Energy is the region's largest oil producer.\n"
          "Northfield Energy and its staff have given $2 million to candidates, a watchdog said.\n"
          "Much of it came from Northfield Energy-linked PACs and from individual donors.\n"
          "On top of that, the oil giant spent $9 million on lobbying last year.\n")


def test_a_plural_of_initials_is_no_company():
    start = _STORY.index("On top of that")
    assert named_thing("The oil giant spends $9 million on lobbying", _STORY, start) == \
        "Northfield Energy spends $9 million on lobbying"


def test_a_company_named_once_still_leaves_the_title():
    text = "Northfield Energy-linked PACs gave $2 million.\nOn top of that, the oil giant spent $9 million last year.\n"
    start = text.index("On top of that")
    assert named_thing("The oil giant spends $9 million", text, start) == "The oil giant spends $9 million"
