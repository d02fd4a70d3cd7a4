"""A supposition's main clause that opens on its date, before its modal (:mod:`.suppositions`, issue 16).

Every text here is written for these tests. '"If the pump fails, the next day we would have oil on every beach,"
the engineer said' was dated the next day, as if the oil came ashore then: the date opens the main clause of a
condition and the modal ("would") follows it, so what the clause tells is what may happen, not a happening. A plan
on the condition that it goes well keeps its date, and a condition's main clause told as fact keeps it too.
"""

from __future__ import annotations

import datetime as dt

from extract_support import events_of

FRIDAY = dt.date(2026, 3, 20)


def _dates(text: str) -> list[str]:
    return [e.when.value() for e in events_of(text + "\n", FRIDAY)]


def test_a_date_opening_a_supposed_outcome_dates_nothing() -> None:
    assert _dates('"If the pump fails, the next day we would have oil on every beach," the engineer said.') == []
    assert _dates("If the levee breaks, by Sunday the water could reach the town, officials said.") == []


def test_a_plan_that_goes_well_and_a_stated_outcome_keep_their_dates() -> None:
    assert _dates("If all goes to plan, on Monday the crews could start pumping.") == ["2026-03-23"]
    assert _dates("Crews will begin pumping on Monday if the weather holds, and they would finish by Friday.") != []


def test_a_stated_outcome_dated_in_may_is_no_supposition() -> None:
    # ("May" the month is no modal of possibility)
    assert _dates("If the agency's figures are right, at least 40,000 tonnes of grain had rotted in the silos by "
                  "May 12.") == ["2025-05-12"]


def test_a_supposed_outcome_in_the_future_or_after_then_dates_nothing() -> None:
    assert _dates("Should the current rate continue, the slick will reach the bay sometime in August.") == []
    assert _dates("If the strike goes ahead, the port will close on Monday.") == []
    assert _dates('"If we lose these nets, then we lose our living for the rest of the year."') == []


def test_a_plan_that_goes_without_problems_keeps_its_date() -> None:
    assert _dates('"If there are no problems with it, we\'ll probably let them start later this evening," the '
                  'harbour master said.') == ["2026-03-20TEV"]
    assert _dates("If the weather holds, the ferry will sail on Monday.") == ["2026-03-23"]


def test_a_plan_told_as_fact_in_an_aside_of_a_supposed_outcome_keeps_its_date() -> None:
    assert _dates("If this attempt fails, up to 19,000 barrels a day will leak into the bay until relief wells, due "
                  "in August, are completed.") == ["2026-08"]
