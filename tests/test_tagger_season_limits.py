"""A season after a limit word takes its clause's tense, as a month does; an adverb after a modal leaves the verb
the modal's (issue 17).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.tagger import tag

WINTER_DAY = dt.date(2031, 1, 30)  # after last summer, before this one
SPRING_DAY = dt.date(2031, 5, 6)


def _values(text: str, dct: dt.date) -> list[str]:
    return [t.value for t in tag(text, dct)]


def test_a_past_clause_through_a_season_is_the_season_gone_by() -> None:
    assert _values("The ferry crew worked through the summer without a break.", WINTER_DAY) == ["2030-SU"]
    assert _values("Bookings fell through the autumn, the operator said.", WINTER_DAY) == ["2030-FA"]


def test_a_limit_ahead_through_a_season_stays_ahead() -> None:
    assert _values("The ban on night crossings will last through the summer.", WINTER_DAY) == ["2031-SU"]
    assert _values("The quay stays shut until the autumn.", SPRING_DAY) == ["2031-FA"]


def test_an_adverb_between_modal_and_verb_keeps_the_verb_ahead() -> None:
    assert _values("The calm might only last until the autumn, the minister warned.", SPRING_DAY) == ["2031-FA"]
    assert _values("The truce could only last until August.", SPRING_DAY) == ["2031-08"]
    assert _values("Ticket sales only lasted until August.", dt.date(2031, 10, 2)) == ["2031-08"]


def test_a_spoken_year_takes_its_season_or_month() -> None:
    # a broadcast transcript spells its years out; "the spring of 1994" is written the same way
    day = dt.date(1998, 2, 23)
    assert _values("Prices fell back to the level we saw in the winter of nineteen ninety-four.", day) == ["1994-WI"]
    assert _values("The plant closed in March of nineteen ninety-six.", day) == ["1996-03"]
    assert [t.mod for t in tag("It opened in the late summer of nineteen eighty-nine.", day)] == ["END"]
