"""A doer of the news day's act named again after it, with no date of its own, tells that act's news on
(:func:`timeline.extract.day_statements.day_mentions`): no event of its own.

Every text here is written for these tests: a lead dated to the news day, a sentence telling the lead's own
happening, a dated act of the day by a named doer, then that doer again in the simple past.
"""

from __future__ import annotations

from extract_support import dated, events_of, together

LEAD = ("The harbour authority of Veldt closed the northern quay on Thursday after a grain tanker ran aground in "
        "the channel.\n"
        "Harbour master Ilse Brandt ordered the closure at dawn as the tide turned.\n"
        "Mayor Oskar Lind on Thursday ordered the quay's fuel depot emptied.\n")


def test_the_doer_of_a_dated_act_named_again_tells_its_news_on() -> None:
    events = events_of(LEAD + "Lind reassured fishermen that the harbour would reopen within a week.\n")
    assert dated(events, "Lind reassured") == []
    assert dated(events, "fuel depot emptied") == ["2031-05-15"]


def test_an_act_told_as_the_next_one_is_another_happening() -> None:
    events = events_of(LEAD + "Lind later toured the quay with the divers.\n")
    assert dated(events, "Lind later toured") == ["2031-05-15"]
    assert not together(events, "Lind later toured", "fuel depot emptied")


def test_a_name_in_a_phrase_is_no_doer() -> None:
    # "Shares in Corvex" tell nothing Corvex did: Corvex's own act after it is news of its own.
    events = events_of(LEAD + "Shares in Corvex fell 4 percent on Thursday.\n"
                              "Corvex hired a salvage firm to refloat the tanker.\n")
    assert dated(events, "Corvex hired") == ["2031-05-15"]
