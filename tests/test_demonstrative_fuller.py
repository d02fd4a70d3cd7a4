"""A title's "That <noun>" named as the sentence before told the noun: with a name or a model among the words that say
which ("the K9 pumping barge"), or with an "of" phrase ("a batch of B22 vaccine")."""

from __future__ import annotations

from timeline.extract.demonstrative_nouns import demonstrative_named


def test_a_model_name_before_the_noun_says_which() -> None:
    before = "On Monday the water was pumped out by the K9 pumping barge, which holds 4,000 gallons. "
    assert demonstrative_named("That barge should be joined by a tanker", before) == \
        "The K9 pumping barge should be joined by a tanker"


def test_an_of_phrase_after_the_noun_says_which() -> None:
    before = "Scientists in Leeds have grown a batch of B22 vaccine which could be used in the winter. "
    assert demonstrative_named("That batch is being sent to clinics", before) == \
        "The batch of B22 vaccine is being sent to clinics"


def test_two_of_phrases_of_the_noun_leave_the_title() -> None:
    before = "They grew a batch of B22 vaccine, and a batch of C4 vaccine, in May. "
    assert demonstrative_named("That batch is being sent to clinics", before) == "That batch is being sent to clinics"
