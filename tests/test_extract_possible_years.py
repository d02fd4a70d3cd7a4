"""What may happen some time in a year or a season is no event (issue 16, precision).

Every text here is written for these tests. "The repairs could last well into the autumn": a modal of possibility with
a year or a season is a speculation or a yearly forecast, which the gold leaves out. A schedule's day or month, a
saying of the forecast, a past inability ("couldn't work through the summer") and a happening told in the same
sentence keep their dates.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.possible_years import in_possible_year
from timeline.model import Document

PUBLISHED = dt.date(2031, 5, 14)
OPENING = "The ferry company cancelled two sailings on Monday. "


def _dates(text: str) -> set[str]:
    return {e.when.value() for e in extract(Document(path="t.txt", text=OPENING + text, published=PUBLISHED))}


def _possible_at(sentence: str, word: str) -> bool:
    return in_possible_year(sentence, 0, sentence.index(word), len(sentence))


def test_what_may_happen_in_a_year_or_season_dates_nothing() -> None:
    for text, date in (
            ("The repairs to the pier could last well into the autumn.", "2031-FA"),
            ("There could be record profits this year for the boat builders.", "2031"),
            ("The old timetable might need some revising in 2032.", "2032"),
            ("The new route may well bring more visitors next summer.", "2032-SU"),
    ):
        assert date not in _dates(text), text


def test_a_schedule_a_saying_and_a_past_inability_keep_their_dates() -> None:
    for text, date in (
            ("The vote on the new pier could come as early as Friday.", "2031-05-16"),
            ("The harbour board said on Tuesday that the route could reopen this summer.", "2031-05-13"),
            ("The skipper filed a claim for the months he couldn't work through the summer of 2030.", "2030-SU"),
    ):
        assert date in _dates(text), text


def test_the_reading_stops_at_a_clause_of_its_own() -> None:
    assert _possible_at("The fleet could grow this year.", "this year")
    assert not _possible_at("The fleet could grow, as it did in 2029.", "2029")
    assert not _possible_at("The fleet could grow, as it did in 2029.", "fleet")
    assert not _possible_at("The port may open in June, the mayor said this year.", "this year")
    assert not _possible_at("The port opened in May 2029.", "2029")
