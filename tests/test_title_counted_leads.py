"""A number's comma ends no opening phrase, and a bare count takes a plural verb (issue 16, "cut", "grammar"): "With
more than 30,000 people ill, the ministry reported ..." lost its main clause at "30,", leaving the title "With more than
30,000 people ill"; "only 145 has died" reads as broken English. Every sentence here is invented."""

from __future__ import annotations

from timeline.extract.title_subjects import drop_lead
from timeline.extract.title_tense import plural_subject
from timeline.extract.titles import write_title


def test_a_lead_with_a_thousands_comma_goes_whole() -> None:
    assert drop_lead("With more than 12,000 homes flooded, the council opened three shelters.") \
        == "the council opened three shelters."


def test_a_bounded_count_is_plural() -> None:
    assert plural_subject("only 145")
    assert plural_subject("more than 300")
    assert not plural_subject("only 1")


def test_the_main_clause_after_a_counted_lead_is_the_title() -> None:
    sentence = ("With more than 12,000 homes flooded, the regional council said on Monday that only 40 had been "
                "rebuilt.")
    at = sentence.index("on Monday")
    assert write_title(sentence, [(at, at + len("on Monday"))]) == "The regional council says only 40 have been rebuilt"
