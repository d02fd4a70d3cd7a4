"""A title too long for its listener keeps what was said (issue 16): "told The Daily Courier | that ..." and
"complained to Governor Alan Pike | that ..." lose the listener, not the clause; a pronoun that may stand for the
listener keeps it. Every sentence here is invented for the test."""

from __future__ import annotations

from timeline.extract.titles import write_title


def test_a_plural_teller_loses_a_short_listener_before_what_was_said() -> None:
    title = write_title("Two large salvage firms told The Daily Courier that nearly all of their tugs were already at "
                        "work on the stranded grain carrier.", [])
    assert title.startswith("Two large salvage firms say nearly all of their tugs")


def test_a_named_listener_goes_before_a_clause_with_a_named_subject() -> None:
    title = write_title("Mayor Ellen Ward told Harbour Radio Nine that dropping the ferry route from the budget had "
                        "allowed the council to keep the night buses and the two libraries open.", [])
    assert title.startswith("Ellen Ward says dropping the ferry route")


def test_a_listener_after_to_goes_before_the_clause_of_a_complaint() -> None:
    title = write_title("The mayor complained to Governor Alan Pike that the funds promised for the flood defences "
                        "never arrived.", [])
    assert title == "The mayor complains that the funds promised for the flood defences never arrived"


def test_a_pronoun_that_may_be_the_listener_keeps_the_listener() -> None:
    title = write_title("Last week the port authority told Acme Shipping that it had two days to find a cleaner fuel "
                        "for the ferries it runs between the islands and the mainland.", [])
    assert title.startswith("The port authority tells Acme Shipping it had two days")


def test_a_plan_after_to_is_no_listener() -> None:
    assert write_title("The council agreed to a plan that the residents of the flooded valley had rejected twice in "
                       "the spring.", []).startswith("The council agrees to a plan")
