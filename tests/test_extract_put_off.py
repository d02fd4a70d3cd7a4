"""A plan put off or called off is no happening at the time it was set for (issue 16: dates right).

Every sentence here is written for these tests; the names are invented.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.put_off import put_off_plan
from timeline.model import Document

LEAD = "The harbour board approved a new ferry terminal for Portville on Tuesday after a two-year review.\n"


def dates_after_lead(text: str) -> list[str]:
    events = extract(Document(path="t.txt", text=LEAD + text, published=dt.date(2026, 3, 4)))
    return sorted(e.when.value() for e in events if not e.sources[0].quote.startswith("The harbour board"))


def _put_off(sentence: str, date: str) -> bool:
    start = sentence.index(date)
    return put_off_plan(sentence, 0, start, start + len(date), len(sentence))


# ------------------------------------------------------------------ the plan's time
def test_a_scheduled_or_planned_objects_day_is_the_plans() -> None:
    assert dates_after_lead("The mayor's office said it was cancelling the mayor's scheduled visit Wednesday to Newport.") == []
    assert dates_after_lead("Harbor Oil said it would delay plans to open a depot in Leeds later in the month.") == ["2026-03-03"]
    assert dates_after_lead("The board said it would cancel the dividend scheduled for payment on June 21.") == []


def test_a_day_that_sorts_the_put_off_noun_is_the_plans() -> None:
    assert dates_after_lead("The ministry has postponed a Monday awards lunch at which Harbor Oil was a nominee.") == []
    assert dates_after_lead("The singer has postponed Sunday's concert in Leeds.") == []


def test_a_plan_due_on_a_day_then_cancelled_is_no_happening_then() -> None:
    assert dates_after_lead("The firm was due to pay a $1.5 bn dividend on Monday, which has now been cancelled.") == []
    assert dates_after_lead("The first payment of $1.5 bn was due on Monday, but has now been cancelled.") == []
    assert dates_after_lead("The year's first payment of $1.5 bn was due on Monday, but has now been cancelled.") == []


def test_plans_delayed_are_dated_by_the_saying_not_by_the_plan() -> None:
    # the week is the drilling's, which did not start; the saying is the story's day
    assert dates_after_lead("Harbor Oil said it had delayed plans to start drilling a second well this week.") == ["2026-03-03"]


# ------------------------------------------------------------------ dates that stay
def test_the_day_of_the_cancelling_itself_stays() -> None:
    assert dates_after_lead("Portville cancelled classes for thousands of pupils on Friday.") == ["2026-02-27"]
    assert dates_after_lead("Harbor Oil delayed a decision on Friday to suspend its dividend.") == ["2026-02-27"]
    assert dates_after_lead("The ferry company cancelled all crossings on Thursday after the storm.") == ["2026-02-26"]


def test_a_day_after_the_plans_phrase_may_be_the_cancellings_and_stays() -> None:
    assert dates_after_lead("Tom Hale cancelled a planned appearance at a shipping conference on Tuesday.") == ["2026-03-03"]


def test_a_plan_due_on_a_day_then_delayed_may_be_that_days_delay() -> None:
    assert dates_after_lead("The harbour tests were due on Monday but were delayed by a leak.") == ["2026-03-02"]


def test_the_new_time_stays() -> None:
    assert dates_after_lead("The judge postponed the trial until May.") == ["2026-05"]
    assert dates_after_lead("The band postponed its Leeds concert to July 31.") == ["2026-07-31"]


def test_a_happening_the_put_off_object_names_keeps_its_day() -> None:
    assert not _put_off("The ministry tried to delay a judge's ruling Tuesday that struck down the ban.", "Tuesday")
    assert not _put_off("The new date is a delay of four months from what the judge last month indicated.", "last month")
    # a period before a noun is what the noun covers, for another rule to judge
    assert not _put_off("Harbor Oil has been forced to delay publication of its third quarter results.", "third quarter")
