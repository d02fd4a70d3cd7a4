"""An "-ing" noun after an adjective is the head of its noun phrase ("medical | screening"), not a participle opening
a phrase of its own: a title is never cut between them (issue 16, "cut"). Every sentence here is invented."""

from __future__ import annotations

from title_support import title_of

from timeline.extract.adjective_words import adjective_before


def test_a_title_keeps_the_ing_noun_its_adjective_describes() -> None:
    title = title_of("Two dozen fishermen from the harbour and the crew of the ferry have been offered medical "
                     "screening at the county hospital.")
    assert title == "Two dozen fishermen from the harbour and the crew have been offered medical screening"


def test_adjectives_by_list_and_by_ending_but_not_nouns_with_an_adjectives_ending() -> None:
    assert adjective_before("free") and adjective_before("Medical") and adjective_before("offshore")
    assert not adjective_before("official") and not adjective_before("harbour")
