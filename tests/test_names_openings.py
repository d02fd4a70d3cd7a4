"""A capitalised word that only opens a sentence is no name (issue 16): after a dateline's dash, and a participle
wherever the text never writes it capitalised inside a sentence.

Every text here is written for these tests.
"""

from __future__ import annotations

from timeline.extract.names import NameIndex


def _names(text: str) -> list[str]:
    return NameIndex(text).names_in(text, 0, len(text))


def test_a_word_after_a_datelines_dash_opens_the_sentence() -> None:
    text = ("OSLO, June 2 (Reuters) - Emerging markets lender Harwick Personal Loans warned on Tuesday that its "
            "profits would fall.\n"
            "BERGEN -- Hungry gulls gathered at the fish market, traders said.\n")
    names = _names(text)
    assert "Emerging" not in names and "Hungry" not in names
    assert "Harwick Personal Loans" in names


def test_a_participle_opening_a_bullet_or_a_run_on_heading_is_no_name() -> None:
    text = ("Officials gave their estimates on Monday.\n"
            "* Estimated costs have doubled since spring\n"
            "Flood update – Rising water closed the north road on Sunday.\n")
    names = _names(text)
    assert "Estimated" not in names and "Rising" not in names


def test_a_name_shaped_like_a_participle_stays_when_used_inside_a_sentence() -> None:
    text = ('"Harding will sign the deal," an aide said.\n'
            "Shares in the firm that Harding founded rose 4 percent, and Harding said little.\n"
            "(Beijing approved the plan.)\n"
            "Talks were held in Beijing, officials said.\n")
    names = _names(text)
    assert "Harding" in names and "Beijing" in names


def test_a_name_after_a_datelines_dash_stays_before_its_verb_or_possessive() -> None:
    text = ("OSLO, June 2 (Reuters) - Norway has confirmed two more cases, officials said.\n"
            "BERGEN (Reuters) - Harlund's vaccine unit won an order on Monday.\n")
    names = _names(text)
    assert "Norway" in names and "Harlund" in names
