"""A title's bare "The book" or "The report" takes the author the story brought the document in with."""

from __future__ import annotations

from timeline.extract.document_owners import document_owned


def test_the_book_is_the_one_the_story_brought_in_with_its_author() -> None:
    before = "Ohio Governor Ann Pike in a new book blames Congress for the flood response. She toured the valley. "
    assert document_owned("The book is published", before) == "Pike’s book is published"


def test_the_report_is_the_one_the_story_brought_in_from_its_maker() -> None:
    before = "The final report from the Coastal Safety Board says the levee failed. "
    assert document_owned("The report is due for release on Friday", before) == \
        "The Coastal Safety Board report is due for release on Friday"


def test_a_name_before_a_lowercase_noun_is_no_maker() -> None:
    before = "A new report from the Obama administration says jobs were not lost. "
    assert document_owned("The report is released at a hearing", before) == "The report is released at a hearing"


def test_two_authors_or_another_named_document_leave_the_title() -> None:
    before = "Ann Pike in a new book blames Congress. Tom Hale in his latest book blames the state. "
    assert document_owned("The book is published", before) == "The book is published"
    before = "The final report from the Coastal Safety Board says the levee failed. The city's report disagrees. "
    assert document_owned("The report is due on Friday", before) == "The report is due on Friday"
    assert document_owned("The report from the city is due", "Ann Pike in a new book blames Congress.") == \
        "The report from the city is due"
