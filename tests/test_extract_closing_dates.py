"""A date that closes a relative clause is that clause's, not the sentence's (issue 16, session 28).

Every sentence here is written for these tests. "The ban on new drilling that a judge lifted on Tuesday would cost the
region 2,000 jobs": the enclosing clause's verb ("would cost") follows the date straight away, so the date ends the
relative clause, and the event is the lifting, told as a sentence of its own, not "The ban ... would cost" on Tuesday.
A figure measured against an earlier estimate ("up from its estimate last week") is no event of that earlier day.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

WEDNESDAY = dt.date(2026, 3, 18)
LEAD = "Harbor Oil said on Wednesday it would close its last refinery in the state.\n"


def events_after_lead(sentence: str) -> list[tuple[str, str]]:
    events = extract(Document(path="t.txt", text=LEAD + sentence + "\n", published=WEDNESDAY))
    return [(e.when.value(), e.title) for e in events if "last refinery" not in e.title]


def test_an_object_relative_closed_by_its_date_is_its_own_event() -> None:
    assert events_after_lead("The ban on new drilling that a judge lifted on Tuesday would cost the region 2,000 jobs.") == [
        ("2026-03-17", "A judge lifts the ban on new drilling")]
    assert events_after_lead("The flood barrier that the city built in 2019 has failed twice.") == [
        ("2019", "The city builds the flood barrier")]


def test_a_subject_relative_closed_by_its_date_is_its_own_event() -> None:
    assert events_after_lead("The clinic that opened in the town last month was closed by inspectors.") == [
        ("2026-02", "The clinic opens in the town")]
    assert events_after_lead("The storm that hit the coast on Monday left 9,000 homes without power.") == [
        ("2026-03-16", "The storm hits the coast")]
    # a modal after "that" and a noun phrase with no determiner
    assert events_after_lead("Two new pipelines that won't be finished until October are the region's best hope.") == [
        ("2026-10", "Two new pipelines won't be finished until October")]


def test_the_saying_after_a_closed_relative_is_not_dated_by_it() -> None:
    assert events_after_lead("The company that built the dam in 2019 said it would pay.") == [
        ("2019", "Harbor Oil builds the dam")]
    # a comma left out before the main verb, and its colon
    assert events_after_lead('Jane Roe, who chaired the inquiry last year said: "We were misled."') == [
        ("2025", "Jane Roe chairs the inquiry")]


def test_whose_clause_closed_by_its_date() -> None:
    assert events_after_lead("A spokesman said none of the plants whose output was cut in May would reopen.") == [
        ("2025-05", "The plants' output is cut")]


def test_a_relative_clause_with_two_verbs_keeps_its_date() -> None:
    assert events_after_lead("Critics blamed the storm that flooded the valley and cut power to 9,000 homes last "
                             "winter.") == [("2025-WI", "The storm floods the valley and cuts power to 9,000 homes")]
    # a second noun after "and" is still the date's ("a blast ... and pipeline leaks in Alaska in 2006")
    assert events_after_lead("The company blamed a blast that killed 15 workers and pipeline leaks in Alaska in "
                             "2006.") == [("2006", "Harbor Oil blames a blast that killed 15 workers and pipeline leaks in Alaska")]


def test_no_closing_inside_a_content_clause_or_before_a_stranded_preposition() -> None:
    # "said" inside the relative clause: the verb after the date is the reported clause's
    assert events_after_lead("He met workers at the plant who said a leak in 2019 had made them ill.") == [
        ("2019", "The plant says a leak had made them ill")]
    # "that" after a verb's object and its day opens a content clause
    assert events_after_lead("The mayor told the council on Monday that the pump fitted over the weekend was failing.")[0] == (
        "2026-03-16", "The mayor tells the council that the pump fitted over the weekend was failing")
    # "faced with today": the relative pronoun is the preposition's object, which no title can put back
    assert events_after_lead("The problems that the engineers are faced with today have never been seen before.") == [
        ("2026-03-18", "The problems that the engineers are faced with have never been seen before")]


def test_an_earlier_estimate_is_a_point_of_comparison() -> None:
    assert events_after_lead("The agency now estimates 12,000 barrels a day are leaking, up from its estimate last "
                             "week of 5,000.") == []
    assert events_after_lead("The ministry has confirmed 812 cases, up from nearly 700 on Monday.") == []
    assert events_after_lead("Output rose 4 percent, a sharp increase on the forecast of a month ago.") == []


def test_a_restrictive_clause_inside_a_relative_one_owns_its_date() -> None:
    assert events_after_lead("Harbor Oil, which leased the rig that sank on March 2, said it would pay.") == [
        ("2026-03-02", "The rig sinks")]
    # not when the date closes a happening's noun inside it: the fire's day
    assert events_after_lead("Jane Roe, who runs the plant, gave evidence to the panel that is investigating the cause "
                             "of the fire on 2 March, which killed nine people.") == [("2026-03-02", "The fire kills nine people")]
