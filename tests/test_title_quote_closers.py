"""A sentence that opens a quotation closed later with a named credit takes that speaker (quote_closers.py). Texts
written for these tests."""

from timeline.extract.quote_closers import closing_credit

_TEXT = ('The agency counted nine new cases.\n"This morning we closed two schools in Varn.\n'
         'Parents were told on Sunday," Dr. Ann Roe, head of the agency, told reporters.\n')


def _span(text: str, opening: str) -> tuple[int, int]:
    start = text.index(opening)
    return start, text.index("\n", start)


def test_the_credit_that_closes_the_quotation_names_its_speaker():
    start, end = _span(_TEXT, '"This morning')
    assert closing_credit("We close two schools in Varn", _TEXT, start, end) == "Ann Roe: “We closed two schools in Varn”"


def test_an_inverted_credit_names_the_speaker_too():
    text = '"We ran out of masks a week ago.\nPeople kept coming in," said Tom Hale.\n'
    start, end = _span(text, '"We ran')
    assert closing_credit("We run out of masks", text, start, end) == "Tom Hale: “We ran out of masks”"


def test_a_credit_naming_nobody_leaves_the_title():
    text = '"We ran out of masks a week ago.\nPeople kept coming in," one pharmacist said.\n'
    start, end = _span(text, '"We ran')
    assert closing_credit("We run out of masks", text, start, end) == "We run out of masks"


def test_a_quotation_closed_in_its_own_sentence_is_left_to_its_credit():
    text = '"We ran out of masks," she said.\nTom Hale said nothing.\n'
    start, end = _span(text, '"We ran')
    assert closing_credit("We run out of masks", text, start, end) == "We run out of masks"


def test_a_new_paragraph_before_the_close_leaves_the_title():
    text = '"We ran out of masks a week ago.\n\nPeople kept coming in," said Tom Hale.\n'
    start, end = _span(text, '"We ran')
    assert closing_credit("We run out of masks", text, start, end) == "We run out of masks"


def test_a_rewritten_title_is_no_quotation():
    start, end = _span(_TEXT, '"This morning')
    assert closing_credit("Two schools in Varn are closed", _TEXT, start, end) == "Two schools in Varn are closed"


def test_a_credit_must_follow_the_closing_mark_on_its_line():
    text = '"We ran out of masks a week ago.\nPeople kept coming in."\nTom Hale said the shop would reopen.\n'
    start, end = _span(text, '"We ran')
    assert closing_credit("We run out of masks", text, start, end) == "We run out of masks"


def test_a_title_from_a_clause_the_quotation_leans_on_is_no_quotation():
    text = ('"Our big change since then is that when the levee broke in 1993, it broke in one place.\n'
            'Now it leaks everywhere," said Tom Hale.\n')
    start, end = _span(text, '"Our big')
    assert closing_credit("The levee breaks", text, start, end) == "The levee breaks"
