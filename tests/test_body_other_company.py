""""The company" whose own aside names the story's main company is the other company the sentence before named
(body_chain.py). Sentences written for these tests."""

from __future__ import annotations

from extract_support import events_of

_STORY = ("Northfield Energy said on Monday that its pipeline would stay shut.\n"
          "Northfield Energy has faced questions over the leak for weeks.\n"
          "Investigators said Northfield Energy had ignored warnings.\n"
          "The findings conflict with statements made by Harwell Drilling Co., which has said its tests were sound.\n"
          "The company, which has blamed Northfield Energy's design for the leak, acknowledged on Wednesday that it "
          "never tested the final mix.\n")


def test_the_other_company_named_just_before():
    titles = [e.title for e in events_of(_STORY)]
    assert any(t.startswith("Harwell Drilling acknowledge") for t in titles), titles


def test_two_other_companies_leave_it():
    text = _STORY.replace("statements made by Harwell Drilling Co.,",
                          "statements made by Harwell Drilling Co. and Transvik Oil Inc.,")
    titles = [e.title for e in events_of(text)]
    assert any(t.startswith("The company acknowledge") for t in titles), titles
