"""A day's happening told at the page's top and named again further down by the day's possessive is one event (issue
16, duplicates): "Wednesday's move", "Wednesday's decline", "Wednesday's meeting". And the lines that must stay apart:
a possessive whose noun the top does not tell, one set beside the top's act, a top act of another day. The event keeps
the top's title, not the one pointing back.

Every text here is written for these tests.
"""

from __future__ import annotations

from told_twice_support import FILLER, dated, events_of


def test_a_day_possessive_with_an_act_noun_names_the_tops_act_of_that_day() -> None:
    text = ("The Holm council on Tuesday sued the builder Brix AB for the cost of the flooded tunnel.\n" + FILLER +
            "Tuesday's move by the council follows months of talks with the builder's insurers.\n")
    events = events_of(text)
    assert dated(events) == [("2031-05-13", 2)]
    assert events[0].title.startswith("The Holm council sues")


def test_a_day_possessive_whose_noun_the_top_tells_names_that_happening() -> None:
    text = ("The long-awaited showdown at Holm town hall on Tuesday turned into a calm business meeting.\n" + FILLER +
            "Tuesday's meeting came a day after the mayor's visit to the flooded tunnel.\n")
    assert dated(events_of(text)) == [("2031-05-13", 2)]


def test_a_day_possessive_whose_noun_the_top_does_not_tell_stays_apart() -> None:
    text = ("The Holm council on Tuesday sued the builder Brix AB for the cost of the flooded tunnel.\n" + FILLER +
            "Tuesday's visitors to the tunnel were a group of engineers from Vorn.\n")
    assert len(events_of(text)) == 2


def test_a_day_possessive_set_beside_the_top_stays_apart() -> None:
    text = ("The Holm council on Tuesday sued the builder Brix AB for the cost of the flooded tunnel.\n" + FILLER +
            "Tuesday's decision by the ferry board was also a blow to the town.\n")
    assert len(events_of(text)) == 2


def test_a_day_possessive_of_another_day_than_the_tops_stays_apart() -> None:
    text = ("The Holm council on Tuesday sued the builder Brix AB for the cost of the flooded tunnel.\n" + FILLER +
            "Monday's move by the ferry board to cut sailings angered the town.\n")
    assert len(events_of(text)) == 2
