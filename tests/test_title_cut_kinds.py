"""Titles cut inside a phrase or left ungrammatical by a removed date (issue 16, cut and grammar). Every sentence here
is invented for the test."""

from __future__ import annotations

import pytest
from title_support import title_of


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
