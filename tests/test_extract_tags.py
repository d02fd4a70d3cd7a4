"""Tags are whole names, one per entity, never bylines or capitalised common words (issue 16)."""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.names import NameIndex
from timeline.model import Document


def tags_of(text: str) -> set[str]:
    events = extract(Document(path="t.txt", text=text, published=dt.date(2026, 3, 4)))
    return {t for e in events for t in e.tags}


def test_sentence_initial_common_words_are_not_tags() -> None:
    tags = tags_of("Twelve ferries were cancelled on Monday, Portville Harbour said.\n"
                   "Thousands of passengers waited on Tuesday.\n"
                   "Leaving the schedule aside, Portville Harbour lost money in 2025.\n")
    assert "Portville Harbour" in tags
    assert not tags & {"Twelve", "Thousands", "Leaving"}


def test_ampersand_names_stay_whole() -> None:
    assert "Food & Water Watch" in tags_of("Food & Water Watch sued the harbour board on Monday.\n")


def test_a_short_form_folds_into_the_longer_name_it_opens() -> None:
    index = NameIndex("Oil reached the Gulf of Mexico coast. Fishing in the Gulf of Mexico stopped. "
                      "Boats left the Gulf on Monday.")
    assert index.resolve("Gulf") == "Gulf of Mexico"
    # A company's own short name is not folded into one of its divisions.
    index = NameIndex("BP said so. BP agreed. BP paid. BP America agreed on Monday.")
    assert index.resolve("BP") == "BP"


def test_a_surname_shared_by_two_people_is_not_a_tag_alone() -> None:
    tags = tags_of("Katherine Jackson sued the promoter in 2010. Michael Jackson died in 2009.\n"
                   "Jackson's lawyers appealed on Monday.\n")
    assert "Jackson" not in tags and {"Katherine Jackson", "Michael Jackson"} <= tags


def test_a_public_body_named_with_and_is_one_tag() -> None:
    tags = tags_of("The Food and Drug Administration approved the vaccine on Monday.\n"
                   "Ships from Vietnam and Venezuela docked in Portville on Tuesday.\n")
    assert "Food and Drug Administration" in tags and "Drug Administration" not in tags
    assert {"Vietnam", "Venezuela"} <= tags
