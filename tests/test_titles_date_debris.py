"""When a date leaves a title, the words that held it go with it: its preposition ("'til", "as of", "starting"),
the part of the month a tokenized text set apart ("by mid - August"), the other end of its range ("from ... to");
and a deadline that is the object of "have" or "give" stays, since without it the title says something else
(issue 16: "never cut inside a phrase"). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from title_support import title_of as _title


@pytest.mark.parametrize(("sentence", "dates", "title"), [
    ("The strike by dock workers at the two ports will run 'til March 2011, the union said.", ("March 2011",),
     "The strike by dock workers at the two ports will run"),
    ("The restrictions on river traffic stay in place ’til the end of the month.", ("the end of the month",),
     "The restrictions on river traffic stay in place"),
    ("Engineers expect to finish the second tunnel by mid - August, the contractor said.", ("August",),
     "Engineers expect to finish the second tunnel"),
    ("About 900 boats were taking part in the clean-up along the coast as of Tuesday morning.", ("Tuesday morning",),
     "About 900 boats are taking part in the clean-up along the coast"),
    ("The fishing ban on the eastern half of the lake will be lifted starting Monday, the agency said.", ("Monday",),
     "The fishing ban on the eastern half of the lake will be lifted"),
    ("The gallery will be closed to visitors from March 3 to April 10 while the roof is mended.",
     ("March 3", "April 10"), "The gallery will be closed to visitors while the roof is mended"),
    ("The old bridge was shut from 2005 until 2009 for repairs to its cables.", ("2005", "2009"),
     "The old bridge was shut for repairs to its cables"),
])
def test_a_removed_date_takes_its_preposition_and_range_with_it(sentence: str, dates: tuple[str, ...],
                                                                 title: str) -> None:
    assert _title(sentence, *dates) == title


def test_a_day_counted_by_an_event_takes_the_event_with_it() -> None:
    assert _title("As of Monday, the 40th day of the strike, the two ferries were still in port.", "Monday",
                  "the 40th day") == "The two ferries are still in port"
    assert _title("On the sixth day of the inquiry, the harbour master gave evidence.", "the sixth day") \
        == "The harbour master gives evidence"


def test_a_deadline_had_or_given_stays_with_what_is_to_be_done() -> None:
    # "have roughly until" is a deadline as "have until" is: the same headline form for both
    title = _title("The two bakeries have roughly until the weekend to pay up, their lawyers said.", "the weekend")
    assert title == "Deadline for the two bakeries to pay up", title


def test_a_comparison_range_keeps_its_dates() -> None:
    assert _title("Rents rose 4 percent between January and March, the survey found.", "January", "March") \
        in ("Rents rise 4 percent between January and March", "Rents rose 4 percent between January and March")


def test_the_time_spent_doing_something_stays_before_what_was_done() -> None:
    title = _title("The festival's director spent the weekend visiting the flooded villages.", "the weekend")
    assert "spent the weekend visiting" in title or "spends the weekend visiting" in title, title


def test_two_dates_joined_by_and_before_their_verb_are_its_subject() -> None:
    title = _title("June and July will be the busiest months for the ferry to the islands, the operator said.",
                   "June", "July")
    assert title.startswith("June and July will be the busiest months"), title


def test_a_relative_clause_whose_verb_held_only_the_date_goes_with_it() -> None:
    title = _title("The parcel was taken off the ferry which docked at 6pm yesterday, a port official said.",
                   "6pm yesterday")
    assert title.endswith("taken off the ferry"), title


def test_a_comma_that_closed_an_aside_stays_when_a_date_after_it_goes() -> None:
    # ", flooding two villages, [until Sunday,] the river": the first comma ends the participle phrase.
    title = _title("For nine days, as the storm stalled over the valley, flooding two villages, until Sunday, "
                   "the river kept rising.", "Sunday")
    assert "villages the river" not in title, title


def test_a_subordinate_clause_without_its_main_clause_loses_its_conjunction() -> None:
    title = _title("Because in her speech this morning the mayor is expected to close the old bridge to lorries.",
                   "this morning")
    assert title.startswith("In her speech the mayor is expected to close"), title


def test_the_other_part_of_a_month_goes_with_the_date() -> None:
    title = _title("The repairs to the north pier should be finished by mid - to late August, the council said.",
                   "late August")
    assert title == "The repairs to the north pier should be finished", title
