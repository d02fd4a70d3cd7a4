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
