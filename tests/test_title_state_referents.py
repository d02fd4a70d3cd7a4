"""A title's "The state" is the one U.S. state named just before it; two states, none, or "the state of X" leave it
(state_referents.py). Texts written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.sentences import split_sentences
from timeline.extract.state_referents import state_named
from timeline.model import Document


def _named(title: str, text: str) -> str:
    sentences = split_sentences(text)
    index = len(sentences) - 1
    return state_named(title, text, sentences, index, sentences[index].start)


def test_the_state_is_the_one_state_named_before():
    text = "Fishing was closed again.\nA spokesman for Oregon Gov. Ann Lee said the state would hire 40 more boats.\n"
    assert _named("The state will hire 40 more boats", text) == "Oregon will hire 40 more boats"


def test_two_states_leave_the_title():
    text = "Oregon and Nevada asked for help.\nA spokesman said the state would hire 40 more boats.\n"
    assert _named("The state will hire 40 more boats", text) == "The state will hire 40 more boats"


def test_no_state_leaves_the_title():
    text = "Ministers met in Paris.\nA spokesman said the state would pay for the repairs.\n"
    assert _named("The state will pay for the repairs", text) == "The state will pay for the repairs"


def test_the_state_of_a_place_names_itself():
    text = "Oregon asked for help.\nThe state of Nevada began dredging on Monday.\n"
    assert _named("The state of Nevada begins dredging", text) == "The state of Nevada begins dredging"


def test_an_event_of_the_state_names_it():
    text = ("Tar balls reached the beaches on Sunday.\n\n"
            "A spokesman for Oregon Gov. Ann Lee said on Monday the state will call up 70 more troops this week.\n")
    events = extract(Document(path="t.txt", text=text, published=dt.date(2026, 6, 16)))
    assert any(e.title.startswith("Oregon will call up 70 more troops") for e in events), [e.title for e in events]


def test_a_state_that_runs_the_title_over_the_limit_leaves_it():
    text = "Fishing was closed again.\nA spokesman for South Carolina Gov. Ann Lee said the state would hire boats.\n"
    title = "The state will hire 40 more boats and 200 more crews to skim the oil off its beaches now"
    assert len(title) <= 90
    assert _named(title, text) == title


def test_one_list_of_states_serves_both_readers():
    """The states "The state" may name are the states a title's lead place may end on ("In Mobile, | Alabama, ..."):
    one list (state_referents.US_STATES) read by both, so a state added there reaches both."""
    from timeline.extract.state_referents import US_STATES
    from timeline.extract.title_subjects import PLACE_REST

    for state in US_STATES:
        assert PLACE_REST.match(f"{state}, officials said")
        if state not in ("Washington", "New York", "Georgia"):  # (as often the capital, the city, the country)
            text = f"Fishing was closed again.\nA spokesman for the {state} governor said the state would hire boats.\n"
            assert _named("The state will hire boats", text) == f"{state} will hire boats"


def test_the_nearest_stretch_decides_for_states_as_for_countries():
    """The sentence's own words before "the state" come first: a state named there wins over another named in the
    sentence before (the same reading as "the country", country_referents.nearest_named)."""
    text = "Oregon asked for help on Monday.\nIn Nevada, a spokesman said the state would hire boats.\n"
    assert _named("The state will hire boats", text) == "Nevada will hire boats"
