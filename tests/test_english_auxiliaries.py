"""The one table of English auxiliaries and the alternation built from it."""

import re

import pytest

from timeline.english_auxiliaries import (
    BE_FINITE,
    BE_NONFINITE,
    DO_FORMS,
    HAVE_FORMS,
    MODAL_VERBS,
    NEGATED_FORMS,
    WILL_WOULD,
    auxiliaries,
    auxiliary_words,
)


def test_groups_hold_the_forms_they_name():
    assert set(BE_FINITE) == {"is", "are", "was", "were"}
    assert set(BE_NONFINITE) == {"be", "been", "being"}
    assert set(HAVE_FORMS) == {"has", "have", "had"}
    assert set(DO_FORMS) == {"do", "does", "did"}
    assert set(WILL_WOULD) <= set(MODAL_VERBS)
    assert set(MODAL_VERBS) == {"will", "would", "shall", "should", "can", "could", "may", "might", "must"}


def test_alternation_is_longest_first_then_alphabetical():
    assert auxiliaries(DO_FORMS) == "does|did|do"
    assert auxiliaries(BE_NONFINITE) == "being|been|be"
    assert auxiliaries(BE_FINITE, HAVE_FORMS) == "have|were|are|had|has|was|is"


def test_without_leaves_a_named_form_out():
    pattern = re.compile(r"\b(?:" + auxiliaries(MODAL_VERBS, without={"shall"}) + r")\b")
    assert pattern.search("the board would meet") is not None
    assert pattern.search("the board shall meet") is None


def test_without_names_only_forms_of_the_groups():
    with pytest.raises(ValueError):
        auxiliaries(BE_FINITE, without={"has"})


def test_a_longer_form_wins_over_the_one_it_starts_with():
    # With no word boundary after it, the alternation still takes the whole "does", not its "do".
    assert re.match("(?:" + auxiliaries(DO_FORMS) + ")", "does not").group(0) == "does"


def test_negated_forms_come_with_both_apostrophes():
    assert {"won't", "won’t", "isn't", "didn’t"} <= set(NEGATED_FORMS)
    assert re.fullmatch(auxiliaries(NEGATED_FORMS), "can’t") is not None


def test_the_set_to_look_up_holds_what_the_pattern_spells():
    words = auxiliary_words(BE_FINITE, HAVE_FORMS, MODAL_VERBS, without={"shall"})
    assert "shall" not in words and {"is", "had", "must"} <= words
    assert set(auxiliaries(BE_FINITE, HAVE_FORMS, MODAL_VERBS, without={"shall"}).split("|")) == words
