"""Titles cut inside a phrase or left ungrammatical by a removed date (issue 16, cut and grammar). Every sentence here
is invented for the test."""

from __future__ import annotations

import pytest
from title_support import title_of

from timeline.extract.subject_participles import subject_participle_phrase
from timeline.extract.title_tense import plural_subject


@pytest.mark.parametrize(("sentence", "date", "title"), [
    # a noun's participle whose only words were the date: it goes with them, before a headline-present verb
    ("A Marist poll released Tuesday showed 61 percent of voters back the new levy.", " Tuesday",
     "A Marist poll shows 61 percent of voters back the new levy"),
    ("The photograph posted over the weekend showed firemen carrying a ladder.", " over the weekend",
     "The photograph shows firemen carrying a ladder"),
    ("The council review published on 3 March said the depot had flooded twice.", " on 3 March",
     "The council review says the depot has flooded twice"),
])
def test_a_participle_left_bare_by_its_date_goes(sentence: str, date: str, title: str) -> None:
    assert title_of(sentence, date) == title


@pytest.mark.parametrize(("sentence", "date", "title"), [
    # a verb's object pronoun that ends the clause is the object, not a subject left waiting
    ("The council plans to buy the old mill on the river and quickly restore it next year.", "next year",
     "The council plans to buy the old mill on the river and quickly restore it"),
    ("Engineers said they would pump cement into the shaft and permanently close it on Friday.", " on Friday",
     "Engineers say they will pump cement into the shaft and permanently close it"),
    # a preposition of a preposition and a bare noun ("in response to") is not torn: the title ends before it
    ("The teachers' union has organised a large regional letter-writing drive last month in response to the proposed "
     "pension cuts, sending thousands of letters to councillors.", " last month",
     "The teachers' union has organised a large regional letter-writing drive"),
    # a name that modifies the noun after it ("a Fairview Heights resident") keeps its noun
    ("Police spokesman Dan Reyes said Mercy General Hospital reported the death of a 41-year-old Fairview Heights "
     "resident on Tuesday from injuries sustained in the crash.", " on Tuesday",
     "Mercy General Hospital reports the death of a 41-year-old Fairview Heights resident"),
])
def test_a_cut_does_not_tear_a_phrase(sentence: str, date: str, title: str) -> None:
    assert title_of(sentence, date) == title


def test_a_subject_pronoun_left_by_a_cut_still_goes() -> None:
    assert title_of("BP said on Monday it would cap the well.", " on Monday") == "BP says it will cap the well"


def test_a_participle_phrase_after_the_subjects_head_gives_the_predicate_room() -> None:
    sentence = ("Many of the ferries and fishing boats sheltering in the harbour near the old lighthouse were preparing "
                "to sail to safer waters on Thursday night.")
    assert title_of(sentence, " on Thursday night") == \
        "Many of the ferries and fishing boats are preparing to sail to safer waters"


def test_a_measure_keeps_the_phrase_that_says_of_what() -> None:
    assert subject_participle_phrase("The number of people seeking treatment at the three hospitals rises", 62) is None
    assert subject_participle_phrase("The old fishing boats sheltering in the harbour near the lighthouse are ready", 68) \
        == (22, 68)


@pytest.mark.parametrize(("subject", "plural"), [
    ("The pandemics of 1957 and 1968 ", True),
    ("Critics of the plan ", True),
    ("Engineers aboard a Royal Navy survey vessel ", True),
    ("Half of 3,000 Canadians ", True),
    ("Half of 2,000 Britons ", True),
    ("The economics of the deal ", False),
    ("The clinic ", False),
])
def test_the_subjects_head_decides_its_number(subject: str, plural: bool) -> None:
    assert plural_subject(subject) is plural


def test_a_plural_head_before_aboard_takes_a_plural_verb() -> None:
    assert title_of("Engineers aboard a Royal Navy survey vessel found a second crack in the pipeline on Monday.",
                    " on Monday") == "Engineers aboard a Royal Navy survey vessel find a second crack in the pipeline"
