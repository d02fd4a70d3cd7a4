"""A title's "the company" named as the one company its own sentence named before it as an object
(sentence_company.py). Sentences written for these tests."""

from __future__ import annotations

from timeline.extract.body_chain import BodyChain
from timeline.extract.names import NameIndex
from timeline.extract.sentence_company import sentence_company
from timeline.extract.sentences import split_sentences

#: Several organisations, so that the story alone tells no one company.
_OPENING = ("The Coast Guard and Northfield Energy inspected the platform on Monday.\n"
            "Transvik Oil Inc said the pipeline would stay shut.\n")


def _named(title: str, last: str) -> str:
    text = _OPENING + last + "\n"
    names = NameIndex(text)
    sentence = next(s for s in split_sentences(text) if s.text.strip() == last.strip())
    return sentence_company(title, text, sentence, sentence.end, names, BodyChain(text, names).can_be_company)


def test_a_company_told_something_is_the_company_of_the_clause():
    last = "The regulator told Northfield Energy on Tuesday that the company had two days to file a plan."
    assert _named("The regulator says the company had two days to file a plan", last) == \
        "The regulator says Northfield Energy had two days to file a plan"


def test_a_possessive_the_company_after_a_named_object():
    last = "A fire at Northfield Energy's yard on Tuesday wiped millions off the company's value."
    assert _named("A fire wipes millions off the company's value", last) == \
        "A fire wipes millions off Northfield Energy's value"


def test_a_company_that_speaks_speaks_of_another():
    last = "Transvik Oil said on Tuesday that the claims could cost the company billions."
    title = "Transvik Oil says the claims could cost the company billions"
    assert _named(title, last) == title
    last = "On Tuesday, Northfield Energy cut the firm's rating to junk."
    title = "Northfield Energy cuts the firm's rating to junk"
    assert _named(title, last) == title


def test_two_companies_in_the_sentence_leave_the_title():
    last = "The regulator told Northfield Energy and Transvik Oil on Tuesday that the company must pay."
    title = "The regulator says the company must pay"
    assert _named(title, last) == title


def test_an_unnamed_company_since_leaves_the_title():
    last = "Northfield Energy hired a Houston contractor on Tuesday, and the company began work at once."
    title = "The company begins work at once"
    assert _named(title, last) == title


def test_no_company_before_in_the_sentence_leaves_the_title():
    last = "The governor said on Tuesday that the company would pay."
    title = "The governor says the company would pay"
    assert _named(title, last) == title


def test_the_company_by_a_description():
    last = "Lawmakers questioned Northfield Energy on Tuesday about the British oil giant's safety record."
    assert _named("Lawmakers question the British oil giant's safety record", last) == \
        "Lawmakers question Northfield Energy's safety record"


def test_an_appositive_description_before_a_name_stays():
    last = "Lawmakers questioned Northfield Energy on Tuesday about the oil company Transvik Oil."
    title = "Lawmakers question the oil company Transvik Oil"
    assert _named(title, last) == title
