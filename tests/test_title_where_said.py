"""A main clause too long for a title drops what tells of the saying before what was said is cut (issue 16): where,
when and before whom a statement was made ("said on Sunday at the company's offices in Leeds, England, that"), and a
span of time put before the reported clause's subject ("said that over the next few weeks the council ..."); a clause
in that phrase, or a deadline, is what was said and stays. Every sentence here is invented for the test."""

from __future__ import annotations

from timeline.extract.titles import write_title


def _title(sentence: str, *dates: str) -> str:
    return write_title(sentence, [(sentence.index(d), sentence.index(d) + len(d)) for d in dates])


def test_where_a_statement_was_made_goes_before_what_was_said() -> None:
    title = _title("Ms Lane said on Sunday at the company's offices in Leeds, England, that the firm planned to close "
                   "three of its older warehouses before the end of the winter.", "Sunday")
    assert "offices" not in title and "Leeds" not in title
    assert title.startswith("Ms Lane says that the firm planned to close three of its older warehouses")


def test_a_clause_in_the_phrase_after_the_verb_is_what_was_admitted() -> None:
    title = _title("The regulator admitted to a mistake when it assumed that the cost of the flood damage to the "
                   "insurers would be covered by the reinsurance market.")
    assert title.startswith("The regulator admits to a mistake")


def test_a_span_of_time_before_the_reported_subject_goes() -> None:
    title = _title("The mayor said that over the next few weeks the council would repair every one of the flooded "
                   "underpasses on the ring road before the schools reopen.")
    assert title == "The mayor says the council will repair every one of the flooded underpasses"


def test_a_deadline_before_the_reported_subject_stays() -> None:
    # "within" bounds what was said: it is its point, not the time it was said
    assert "within the next two days" in _title("The mayor said that within the next two days the council would "
                                                "close the underpass.")
