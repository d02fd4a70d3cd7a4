"""A date named as what something is like is a point of comparison, not an event (issue 16).

Every text here is written for these tests. "A flood similar to that of 1953 would swamp the harbour": nothing
happened in 1953 that the sentence reports. Coordinated times, hedged dates, wanting ("would like") and a likened
happening told in a clause of its own keep their dates.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.likeness import likened
from timeline.model import Document

PUBLISHED = dt.date(2031, 5, 14)


def _dates(text: str) -> set[str]:
    return {e.when.value() for e in extract(Document(path="t.txt", text=text, published=PUBLISHED))}


def test_what_something_is_likened_to_dates_nothing() -> None:
    for text, date in (
            ("A flood similar to that of 1953 would swamp the harbour district.", "1953"),
            ("The clinic is seeing twice as many patients as in 2029, an increase it blames on the fumes.", "2029"),
            ("Officials said there was no sign of an outbreak similar to that in 1998.", "1998"),
            ("The fever looks mild, much like the 2019 outbreak in the valley.", "2019"),
            ("A clean-up on par with the 2012 Dunmore spill would cost the firm $40m.", "2012"),
            ("The storm hit the port in March 2030, like the one in 2029.", "2029"),
            ("The leak would have to run for ten months to match the 4m litres spilt from the Nordvik tanker off Norway "
             "in 2024.", "2024"),
            ("The fire could rival the Dunmore blaze of 2019.", "2019"),
            ("It was like the 2019 outbreak all over again.", "2019"),
    ):
        assert date not in _dates(text), text


def test_coordinated_hedged_wanted_or_told_dates_stay() -> None:
    assert {"2028", "2030"} <= _dates("The firm opened depots in Oslo in 2028 as well as in 2030.")
    assert "2029" in _dates("The dock flooded as recently as in 2029.")
    assert "2029" in _dates("The firm matched the offer it made in 2029.")
    # after a plural noun "like" names an instance ("such as"); a matching's own time is no comparison point
    assert "2031-04-20" in _dates("The system for preventing accidents like the April 20 ferry fire failed badly, "
                                  "the minister said on Friday.")
    assert "2031-08" in _dates("At this rate the leak will equal the yearly amount sometime in August.")
    assert "2029" in _dates("The dock closure is eerily similar to a 2029 accident near the bridge that "
                            "closed the port for a month.")


def test_likened_reads_the_words_before_the_date() -> None:
    assert likened("The fever looks mild, much like the ", " outbreak in the valley.")
    assert likened("A flood similar to that of ", " would swamp the harbour.")
    assert not likened("The mayor would like the ", " budget to include the ferry.")
    assert not likened("The firm opened depots in Oslo in 2028 as well as in ", ".")
    assert not likened("The dock flooded as early as in ", ".")


def test_the_thing_a_comparison_draws_on_dates_nothing() -> None:
    for text, date in (
            ("The council was faulted for its slow response, with some drawing comparisons to Storm Edda in 2024.", "2024"),
            ("Comparisons between the flood and the mayor's handling of the 2019 fire became more common.", "2019"),
            ("But in drawing a more apt analogy to the tragedy of 2001, the minister went too far.", "2001"),
            ("After the events of the last few days, the parallels with 1953 may be unavoidable.", "1953"),
    ):
        assert date not in _dates(text), text


def test_a_compared_happening_told_in_its_own_clause_or_a_comparings_day_stays() -> None:
    assert "2019" in _dates("Inevitably, comparisons turn back to the Dunmore fire of 2019, which killed 40 people.")
    assert "2031-05" in _dates("The mayor compared notes with the harbour officials in May.")
