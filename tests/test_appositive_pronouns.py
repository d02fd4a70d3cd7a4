"""A profile sentence's "he" or "she" after its fronted description is named as an opening pronoun is. Text written
for these tests."""

from __future__ import annotations

from extract_support import events_of

from timeline.extract.appositive_pronouns import appositive_named

_STORY = ("Harlow Bank named a new chairwoman on Thursday. "
          "Mrs Ann Roe will take over the bank's board from July, and she said she would keep its strategy. "
          "A graduate of Leeds University, she joined the bank in 2004.")


def test_the_described_pronoun_takes_the_one_name_it_can_stand_for() -> None:
    titles = [e.title for e in events_of(_STORY)]
    assert any(t.startswith("A graduate of Leeds University, Roe joins the bank") or
               t.startswith("A graduate of Leeds University, Ann Roe joins the bank") for t in titles), titles


def test_a_pronoun_the_finder_leaves_keeps_the_title() -> None:
    title = "A graduate of Leeds University, she joins the bank"
    assert appositive_named(title, lambda bare: bare) == title


def test_a_clause_before_the_pronoun_is_no_description() -> None:
    title = "A man was held, he says"
    assert appositive_named(title, lambda bare: "Tom Hale" + bare[2:]) == title


def test_a_name_too_long_for_the_description_drops_it() -> None:
    title = "An industry veteran with thirty years of experience in offshore drilling, he joins the board"
    named = appositive_named(title, lambda bare: "Bartholomew Fairweather-Smythe" + bare[2:])
    assert named == "Bartholomew Fairweather-Smythe joins the board"
