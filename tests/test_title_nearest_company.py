"""A title's "the company" named as the one company the nearest sentence before named, when that one is the company
the story is about, named at least twice as often as any other (nearest_company.py); two organisations there, a
company named in passing, an unnamed company since, a company in the title's own sentence before it, or two
companies named about as often leave the title as it is.

Every sentence here is written for these tests; the firms and people are invented.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.body_chain import BodyChain
from timeline.extract.names import NameIndex
from timeline.extract.nearest_company import nearest_company
from timeline.extract.sentences import split_sentences
from timeline.model import Document


def _named(title: str, text: str) -> str:
    """``title`` of the last sentence of ``text``, as the finder names it."""
    names = NameIndex(text)
    sentences = split_sentences(text)
    return nearest_company(title, text, sentences, len(sentences) - 1, names, BodyChain(text, names))


#: A story about one company that names others too, so that no finder of the one company in the story can tell.
_STORY = ("Northfield Energy Corp said on Monday it would drill a second relief well.\n"
          "The platform burned for two days before it sank, Northfield Energy said.\n"
          "Harwell Drilling Inc owned the platform and leased it to Northfield Energy.\n"
          "Cobalt Marine Ltd said its boats had joined the clean-up of the oil.\n"
          "Northfield Energy said on Tuesday it had stopped most of the leak.\n")


def test_the_story_s_company_named_in_the_sentence_before() -> None:
    text = _STORY + "Interior Secretary Ann Voss said the company would try a new cap on Saturday.\n"
    assert _named("Ann Voss says the company will try a new cap", text) == \
        "Ann Voss says Northfield Energy will try a new cap"


def test_a_possessive_company() -> None:
    text = _STORY + "Analysts said the spill could cut the company's profit by half this year.\n"
    assert _named("The spill could cut the company's profit by half", text) == \
        "The spill could cut Northfield Energy's profit by half"


def test_two_companies_in_the_nearest_sentence_leave_the_title() -> None:
    text = _STORY + "Northfield Energy blamed Harwell Drilling for the blast.\n" \
        "Ann Voss said the company would pay on Friday.\n"
    assert _named("Ann Voss says the company will pay", text) == "Ann Voss says the company will pay"


def test_a_company_named_in_passing_is_not_carried_on() -> None:
    text = _STORY + "The cost would be shared with Cobalt Marine Ltd under the lease.\n" \
        "Ann Voss said the company would pay on Friday.\n"
    assert _named("Ann Voss says the company will pay", text) == "Ann Voss says the company will pay"


def test_two_companies_named_about_as_often_leave_the_title() -> None:
    text = ("Northfield Energy Corp and Harwell Drilling Inc both worked on the platform that sank.\n"
            "Harwell Drilling said on Monday it had finished its part of the work.\n"
            "Northfield Energy said on Tuesday it had stopped most of the leak.\n"
            "Ann Voss said the company would pay on Friday.\n")
    assert _named("Ann Voss says the company will pay", text) == "Ann Voss says the company will pay"


def test_an_unnamed_company_since_leaves_the_title() -> None:
    text = _STORY + "Northfield Energy hired a Houston law firm on Wednesday.\n" \
        "Ann Voss said the firm would report on Friday.\n"
    assert _named("Ann Voss says the firm will report", text) == "Ann Voss says the firm will report"


def test_a_company_in_the_title_s_own_sentence_leaves_it_to_the_others() -> None:
    text = _STORY + "Analysts at Stanmore Bank Plc said on Friday that the company could survive.\n"
    title = "Analysts at Stanmore Bank say the company could survive"
    assert _named(title, text) == title


def test_a_public_body_that_speaks_is_no_rival() -> None:
    text = _STORY + "The Interior Department said the company would cut the pipe on Monday.\n"
    assert _named("The Interior Department says the company will cut the pipe", text) == \
        "The Interior Department says Northfield Energy will cut the pipe"


def test_a_dateline_or_a_common_word_is_no_organisation() -> None:
    text = _STORY + "PORTHAVEN, Maine -- Oil reached the marshes on Tuesday, Northfield Energy said.\n" \
        "Ann Voss said the company would try a new cap on Saturday.\n"
    assert _named("Ann Voss says the company will try a new cap", text) == \
        "Ann Voss says Northfield Energy will try a new cap"


def test_a_title_that_names_the_company_keeps_its_words() -> None:
    text = _STORY + "Northfield Energy said on Friday that the spill had cost the company $90 million.\n"
    title = "Northfield Energy says the spill had cost the company $90 million"
    assert _named(title, text) == title


def test_the_extractor_names_the_company_in_a_title() -> None:
    text = _STORY + "On Friday, Interior Secretary Ann Voss said the company would try a new cap on Saturday.\n"
    found = [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]
    assert any("Northfield Energy will try a new cap" in t for t in found), found
    assert not any("the company will try" in t for t in found), found
