"""A title cut after a joined clause's "was still" or "is now" ends at the clause before it (copula_ends.py,
titles.py). Sentences written for these tests."""

from __future__ import annotations

from timeline.extract.copula_ends import copula_end_gone
from timeline.extract.titles import write_title


def _title(sentence: str, date: str) -> str:
    at = sentence.index(date)
    return write_title(sentence, [(at, at + len(date))])


def test_a_noted_clause_cut_after_was_still_goes():
    sentence = ('The mayor said on Monday the repair was a "good first step" but noted that the crew was still in the '
                'testing phase.')
    assert _title(sentence, "on Monday") == 'The mayor says the repair is a "good first step"'


def test_a_joined_clause_cut_after_is_now_goes():
    sentence = ("The effort to close the breach failed over the weekend and the best chance to stop the flood is now at "
                "least two months away.")
    assert _title(sentence, "over the weekend") == "The effort to close the breach fails"


def test_a_whole_title_keeps_its_clauses():
    assert copula_end_gone("Seven workers are still in hospital") == "Seven workers are still in hospital"
    assert copula_end_gone("The flood recedes and the road is open") == "The flood recedes and the road is open"
