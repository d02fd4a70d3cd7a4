"""A speaker's "the company" in a title named as the employer the story gave the speaker (speaker_employers.py).
Sentences written for these tests."""

from __future__ import annotations

from extract_support import events_of

from timeline.extract.body_chain import BodyChain
from timeline.extract.names import NameIndex
from timeline.extract.speaker_employers import speakers_company

#: A story that names several organisations, so that no one company is "the company" by itself.
_STORY = ("The Coast Guard met engineers from Harwell Drilling Inc and Transvik Oil Inc on Monday.\n"
          "Northfield Energy Chief Operating Officer Lena Marsh said the pipeline would stay shut.\n"
          "Harwell Drilling declined to comment.\n"
          "Marsh said on Wednesday that the company would pay for the cleanup.\n")


def _titles(text: str) -> list[str]:
    return [e.title for e in events_of(text)]


def _named(title: str, text: str) -> str:
    names = NameIndex(text)
    return speakers_company(title, text, len(text), names, BodyChain(text, names).can_be_company)


def test_an_executive_speaks_of_the_employer_the_story_gave():
    assert any(t.startswith("Lena Marsh says Northfield Energy will pay for the cleanup") for t in _titles(_STORY)), \
        _titles(_STORY)


def test_an_employer_named_after_the_speaker():
    text = ("Regulators and Harwell Drilling inspected the platform on Monday.\n"
            "Tom Ridley, Northfield Energy's senior vice president, spoke to reporters.\n"
            "Ridley said on Tuesday that the oil giant had been given more time.\n")
    assert _named("Tom Ridley says the oil giant had been given more time", text) == \
        "Tom Ridley says Northfield Energy had been given more time"


def test_an_employer_after_of():
    text = ("Lawmakers questioned Harwell Drilling on Monday.\n"
            "Ann Pike, managing director of Northfield Energy, spoke on Tuesday.\n"
            "Pike said the company would not leave the region.\n")
    assert _named("Ann Pike says the company would not leave the region", text) == \
        "Ann Pike says Northfield Energy would not leave the region"


def test_an_analyst_speaks_of_another_company():
    text = ("Harwell Drilling shares fell on Monday.\n"
            "Northfield Securities analyst Lena Marsh said the company could face large claims.\n")
    title = "Lena Marsh says the company could face large claims"
    assert _named(title, text) == title


def test_two_employers_leave_the_title():
    text = ("Northfield Energy spokesman Tom Ridley spoke on Monday.\n"
            "Tom Ridley, a Harwell Drilling spokesman, spoke again on Tuesday.\n")
    title = "Tom Ridley says the company will pay"
    assert _named(title, text) == title


def test_an_official_of_a_public_body_names_no_company():
    text = ("Northfield Energy and Harwell Drilling were questioned on Monday.\n"
            "Coast Guard spokesman Tom Ridley said the company must stop the leak.\n")
    title = "Tom Ridley says the company must stop the leak"
    assert _named(title, text) == title


def test_the_employer_already_in_the_title_is_not_named_twice():
    text = "Northfield Energy spokesman Tom Ridley spoke on Monday.\n"
    title = "Northfield Energy spokesman Tom Ridley says the company will pay"
    assert _named(title, text) == title


def test_a_group_of_people_is_no_company():
    text = "Northfield Energy spokesman Tom Ridley spoke on Monday.\n"
    title = "Tom Ridley says the group of plaintiffs will settle"
    assert _named(title, text) == title


def test_the_employer_as_the_story_writes_it_before_a_quotation():
    text = ("Harwell Drilling and the Coast Guard were questioned on Monday.\n"
            "Tom Ridley, NE's chief executive, spoke on Tuesday.\n")
    assert _named('Tom Ridley says that the oil firm "will not leave"', text) == 'Tom Ridley says that NE "will not leave"'
