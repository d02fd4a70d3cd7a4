"""A title is not cut after a participle whose phrase is its meaning ("new legislation aimed | at preventing ...") nor
on the determiner of a time noun ("a repeat of last | year's flood"): the cut ends before the participle
(title_ends.py, title_cuts.py). Sentences written for these tests."""

from __future__ import annotations

from timeline.extract.title_ends import whole_phrase
from timeline.extract.titles import write_title


def _title(sentence: str, date: str) -> str:
    at = sentence.index(date)
    return write_title(sentence, [(at, at + len(date))])


def test_a_cut_after_aimed_ends_before_it():
    sentence = ("Senators on Wednesday pressed for new legislation aimed at preventing a repeat of last year's "
                "massive chemical spill in the river.")
    assert _title(sentence, "on Wednesday") == "Senators press for new legislation"


def test_a_plan_aimed_at_something_keeps_an_earlier_whole_end():
    sentence = ("The council has postponed a key vote on a newly drafted housing plan aimed at stopping the flood of "
                "evictions in the northern districts, officials said on Tuesday.")
    assert _title(sentence, "on Tuesday") == "The council has postponed a key vote on a newly drafted housing plan"


def test_aimed_waits_for_its_aim():
    assert not whole_phrase(["a", "new", "cap", "aimed"], "at", ["stopping", "the", "flow"])
    # (as the other participles of aim already did: "remains slated | for", "a fund designed | to")
    assert not whole_phrase(["the", "tunnel", "from", "the", "north", "side", "remains", "slated"], "for", ["mid-August"])
    assert not whole_phrase(["a", "fund", "designed"], "to", ["pay", "claims"])


def test_last_waits_for_its_time_noun():
    assert not whole_phrase(["to", "prevent", "a", "repeat", "of", "last"], "year's", ["flood"])
    assert not whole_phrase(["the", "vote", "was", "put", "off", "until", "next"], "month", [])
    assert whole_phrase(["the", "team", "finished", "last"], "in", ["the", "race"])


def test_a_noun_may_end_before_the_time_phrase_that_dates_it():
    assert whole_phrase(["to", "set", "aside", "the", "judge's", "order"], "of", ["last", "month"])
    assert not whole_phrase(["to", "set", "aside", "the", "bottom"], "of", ["the", "well"])
