"""One mechanism names the person holding a role: "the president" in a subject (``clauses.role_person``) and in a
title (``title_role_people``), each from the holders its caller lists.

Every sentence here is written for these tests; the people and countries are invented.
"""

from __future__ import annotations

from timeline.extract.clauses import role_person
from timeline.extract.title_role_people import role_people_named

#: Two presidents named with their office: the last before the phrase is who "the president" is in a sentence.
TWO = [(10, "president", "Mara Velde"), (90, "president", "Oren Dask")]


def test_the_last_holder_named_before_the_phrase() -> None:
    assert role_person("the president", TWO, 60) == "Mara Velde"
    assert role_person("the president", TWO, 200) == "Oren Dask"


def test_sole_asks_that_every_holder_is_one_person() -> None:
    assert role_person("the president", TWO, 200, sole=True) is None
    once = [(10, "president", "Mara Velde"), (90, "president", "Mara Velde")]
    assert role_person("the president", once, 200, sole=True) == "Mara Velde"
    assert role_person("the prime minister", [(5, "prime minister", "Ilse Brant")], 50, sole=True) == "Ilse Brant"


def test_a_title_s_office_takes_its_one_titled_holder() -> None:
    story = "President Mara Velde of Norland flew to the coast on Monday. She met fishermen there.\n"
    assert role_people_named("The president visits the coast", story, len(story)) == "Mara Velde visits the coast"
    two = story + "Former allies of President Oren Dask watched.\n"
    assert role_people_named("The president visits the coast", two, len(two)) == "The president visits the coast"
