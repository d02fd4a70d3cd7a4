"""A long subject's restrictive relative clause goes so the predicate fits (issue 16, "cut"): the title never stops
inside the subject ("... all staff who may have shared a lift with him"), and the clause stays when the sentence
fits, when the subject is a bare noun, or when the clause's end is not sure. Every sentence here is invented."""

from __future__ import annotations

from title_support import title_of

from timeline.extract.title_subject_relatives import subject_relatives_gone


def test_a_modal_relative_clause_in_a_long_subject_goes_before_the_predicate() -> None:
    title = title_of("All 140 guests at the harbour dinner and the two waiters who may have shared a lift with him "
                     "have been offered free screening at the county hospital, the organisers said on Friday.",
                     "on Friday")
    assert title == "All 140 guests at the harbour dinner and the two waiters have been offered free screening"


def test_a_where_clause_goes_and_the_verb_agrees_with_the_subjects_head() -> None:
    title = title_of("Ticket machines at the ferry terminal where crews are repairing the storm damage to the "
                     "northern pier are often out of order, but passengers can still pay on board.")
    assert title == "Ticket machines at the ferry terminal are often out of order"


def test_a_reported_clauses_subject_loses_its_relative_clause() -> None:
    title = subject_relatives_gone("The county council said that nine climbers who had recently come back from "
                                   "the glacier had reported frostbite")
    assert title == "The county council said that nine climbers had reported frostbite"


def test_a_sentence_that_fits_keeps_its_relative_clause() -> None:
    text = "Two divers who had recently left the wreck were treated for the bends"
    assert subject_relatives_gone(text) == text


def test_a_bare_noun_keeps_the_clause_that_restricts_it() -> None:
    text = ("Tenants who lost their flats in the fire that gutted the tower block on Mill Lane will receive grants "
            "of up to 3,000 pounds each from the housing trust")
    assert subject_relatives_gone(text) == text


def test_a_clause_inside_the_relative_clause_keeps_it() -> None:
    text = ("The surveyors who said the sea wall was crumbling faster than anyone had feared have been moved to "
            "another harbour project further along the coast")
    assert subject_relatives_gone(text) == text


def test_a_verb_that_does_not_agree_with_the_head_is_no_main_verb() -> None:
    text = ("The spokeswoman for the lifeboat crews where volunteers are trained in the winter months are said to "
            "be planning a new station on the estuary near the old mill")
    assert subject_relatives_gone(text) == text


def test_a_bare_plural_or_a_quantifier_keeps_the_clause_that_says_which_ones() -> None:
    for text in ("Parents of the sick pupils and people who had been in contact with them at the swimming gala "
                 "would be tested at the clinic, the health board said",
                 "All 140 guests at the harbour dinner and all staff who may have shared a lift with him have been "
                 "offered free screening at the county hospital"):
        assert subject_relatives_gone(text) == text


def test_a_negated_relative_clause_is_news_and_stays() -> None:
    text = ("The health agency confirmed that a 50-year-old from the valley who had not travelled abroad had caught "
            "the new strain in the town")
    assert subject_relatives_gone(text) == text


def test_a_clause_opened_by_a_verb_of_showing_is_no_relative_clause_to_drop() -> None:
    text = ("A team of coastal scientists released a computer model that suggested the slick could ride the currents "
            "around the cape by summer")
    assert subject_relatives_gone(text) == text


def test_that_after_a_listener_or_before_a_gerund_opens_what_was_told() -> None:
    text = ("The harbour master told Coastal Radio Four that closing the north quay for the winter had allowed the "
            "port to keep both ferries running")
    assert subject_relatives_gone(text) == text


def test_a_clause_that_held_the_events_date_stays() -> None:
    title = title_of("A fisheries ministry spokesman said that none of the 40 trawlers whose licences were suspended "
                     "in March would be able to fish again before the end of the season.", "in March")
    assert "whose licences were suspended" in title
