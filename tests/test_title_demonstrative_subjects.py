"""A demonstrative noun phrase before its verb is the clause's subject, never a lead to drop, and a predicate lifted
without its subject is no title (issue 16).

"A week ago, this crisis was triggered when ..., and was closing all schools": dropping "this crisis was triggered
when ..." up to its comma as if it were a time lead ("This week, ...") left "Was closing all schools", a title that
says nothing of who closed them. Every sentence here is written for these tests; the places are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract import extract
from timeline.extract.title_gate import title_defect
from timeline.extract.title_openers import demonstrative_subject
from timeline.model import Document


def titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2031, 3, 6)))]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A week ago, this crisis was triggered when the Norland government announced that it had found a new strain "
     "of the virus, and was closing all schools.", "This crisis is triggered"),
    ("Two days ago, this dispute began when the Vesta union said that it had rejected the pay offer, and was calling "
     "out all drivers.", "This dispute begins when the Vesta union says that it had rejected the pay offer"),
])
def test_the_demonstrative_subject_s_clause_titles_the_sentence(sentence: str, expected: str) -> None:
    assert titles(sentence) == [expected]


def test_a_time_lead_opened_by_this_still_goes() -> None:
    assert titles("This week, the ferry was sold to a rival operator, and was renamed.") == [
        "The ferry is sold to a rival operator"]


@pytest.mark.parametrize(("text", "subject"), [
    ("this crisis was triggered when the government announced it, and was closing", True),
    ("that ruling was overturned by the court, and", True),
    ("this week, the ferry was sold", False),
    ("this time the council was told, and was ready", True),
    ("these are the facts", False),
])
def test_demonstrative_subject(text: str, subject: bool) -> None:
    assert demonstrative_subject(text) is subject


@pytest.mark.parametrize(("title", "defect"), [
    ("Was closing all schools", "fragment"),
    ("Had been warned of the risk", "fragment"),
    ("Were closed to visitors", "fragment"),
    ("Was it worth it?", None),
    ("The schools were closing", None),
])
def test_a_predicate_without_its_subject_is_a_fragment(title: str, defect: str | None) -> None:
    assert title_defect(title) == defect
