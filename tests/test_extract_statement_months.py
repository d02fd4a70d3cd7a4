"""One actor's statement recalled at its month and told again further down at its day within that month is one event
(issue 16, duplicates); another statement of the month, another speaker's, or a statement recalled only at its year stay
apart.

Every text here is written for these tests.
"""

from __future__ import annotations

from told_twice_support import FILLER, dated, events_of

#: Undated lines that put the first telling below the page's top (a standfirst's vaguer date is read elsewhere).
TOP = "Rain fell across the valley.\nRoads near the river were closed.\nSchools stayed open.\n"
BETWEEN = FILLER + "Farmers lost their crops.\nThe ferry ran on a reduced timetable.\n" + FILLER
AT_ITS_DAY = "The lender said in a statement on May 6 that overdraft fees for customers in Holm would be waived.\n"
AT_ITS_MONTH = "Alba Bank had said this month that it would scrap overdraft fees for customers in Holm.\n"


def test_a_statement_recalled_at_its_month_and_told_at_its_day_is_one_event() -> None:
    assert dated(events_of(TOP + AT_ITS_MONTH + BETWEEN + AT_ITS_DAY)) == [("2031-05-06", 2)]


def test_the_statement_is_titled_from_its_day_not_from_its_recall_at_the_month() -> None:
    (event,) = events_of(TOP + AT_ITS_MONTH + BETWEEN + AT_ITS_DAY)
    # (the month's "had said this month that it would scrap ..." recalls what the day's statement tells as it was made)
    assert "overdraft fees for customers in Holm would be waived" in event.title
    assert "has said" not in event.title


def test_another_statement_of_the_month_stays_apart() -> None:
    text = TOP + "Alba Bank had said this month that it would close two branches in Holm.\n" + BETWEEN + AT_ITS_DAY
    assert dated(events_of(text)) == [("2031-05", 1), ("2031-05-06", 1)]


def test_another_speaker_at_its_day_stays_apart() -> None:
    text = TOP + AT_ITS_MONTH + BETWEEN + AT_ITS_DAY.replace("The lender", "The council")
    assert dated(events_of(text)) == [("2031-05", 1), ("2031-05-06", 1)]


def test_a_statement_recalled_at_its_year_stays_apart() -> None:
    text = TOP + AT_ITS_MONTH.replace("this month", "this year") + BETWEEN + AT_ITS_DAY
    assert dated(events_of(text)) == [("2031", 1), ("2031-05-06", 1)]
