"""A reported clause keeps its news over its condition when the title has no room for both (issue 16, "cut"): "the
mayor suggests that if the engineer had worked for her" stopped before what she suggested. Every sentence here is
invented."""

from __future__ import annotations

from timeline.extract.report_conditions import condition_gone
from timeline.extract.titles import write_title


def _title(sentence: str, date: str) -> str:
    at = sentence.index(date)
    return write_title(sentence, [(at, at + len(date))])


def test_the_condition_goes_and_the_modal_keeps_the_claim_unreal() -> None:
    title = _title("Speaking on local radio on Tuesday, the mayor also suggested that if the chief engineer had been "
                   "working for her, the county's bridge contractor would have been dismissed by now.", "on Tuesday")
    assert title == "The mayor also suggests the county's bridge contractor would have been dismissed by now"


def test_a_pronoun_after_the_condition_keeps_it() -> None:
    text = ("The inspector told the site engineers at the dam that if they poured the concrete as planned, it would "
            "crack within a year")
    assert condition_gone(text) == text


def test_a_claim_without_a_modal_keeps_its_condition() -> None:
    text = ("The health minister of the northern province said that unless the rains come soon, the reservoirs of "
            "the region run dry in May")
    assert condition_gone(text) == text


def test_a_short_title_keeps_its_condition() -> None:
    assert condition_gone("She said that if it rains, the fair would close") == "She said that if it rains, the fair would close"
