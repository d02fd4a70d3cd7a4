"""One source for three small rules the happening and pronoun finders share (review of session 23).

A past verb right after a date is the clause's own (:func:`.title_participles.past_verb_next`); a "he" or "she"
of the other gender than a pronoun before it keeps its pronoun (:func:`.pronoun_people.opposite_pronoun`, built from
the one table of gendered pronouns). Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.person_nouns import GENDERED_PRONOUNS
from timeline.extract.pronoun_people import opposite_pronoun
from timeline.extract.title_participles import past_verb_next
from timeline.model import Document


def _after(sentence: str, date: str) -> tuple[str, int]:
    return sentence, sentence.index(date) + len(date)


def test_a_past_verb_right_after_the_date_is_the_clauses_own() -> None:
    assert past_verb_next(*_after("Owners of a ferry chartered in 2004 gathered at the pier.", "2004"))
    assert past_verb_next(*_after("A bridge built in 1931 quietly fell into the river.", "1931"))
    assert past_verb_next(*_after("The crane bought in 2012 broke down again.", "2012"))


def test_no_past_verb_right_after_the_date() -> None:
    assert not past_verb_next(*_after("She read a report written in 2019 by the harbour board.", "2019"))
    assert not past_verb_next(*_after("Owners of a ferry chartered in 2004 will meet at the pier.", "2004"))
    assert not past_verb_next(*_after("He kept a log begun in 1990 and a map.", "1990"))


def test_the_reduced_relative_before_a_past_verb_is_its_own_happening() -> None:
    # ("gathered" is the sentence's verb, undated: the date is the chartering's, told as its own phrase)
    doc = Document(path="t.txt", text="Owners of a ferry chartered in 2004 gathered at the pier.\n",
                   published=dt.date(2031, 6, 30))
    assert [(e.when.value(), e.sources[0].quote) for e in extract(doc)] == [("2004", "a ferry chartered in 2004")]


def test_a_pronoun_of_the_other_gender_before_the_clause() -> None:
    assert opposite_pronoun("he", "She said the skipper stayed with ")
    assert opposite_pronoun("his", "Officials told her the skipper stayed with ")
    assert opposite_pronoun("She", "He said the pilot waited for ")
    assert opposite_pronoun("her", "The pilot said his crew waited for ")
    assert opposite_pronoun("she", "The crew saw him before ")


def test_no_pronoun_of_the_other_gender_before_the_clause() -> None:
    assert not opposite_pronoun("he", "He said the skipper stayed with his crew ")
    assert not opposite_pronoun("she", "Her team said she waited ")
    assert not opposite_pronoun("it", "She said the rig burned until ")
    assert not opposite_pronoun("he", "The shelter said the ferry waited ")  # ("shelter", "the": no pronoun)


def test_every_gendered_pronoun_has_the_other_genders_opposite() -> None:
    for pronoun, gender in GENDERED_PRONOUNS.items():
        for other, its in GENDERED_PRONOUNS.items():
            assert opposite_pronoun(pronoun, f"Then {other} left ") == (its != gender), (pronoun, other)


def test_she_in_a_time_clause_is_not_the_man_who_said_it() -> None:
    text = ("Tomas Roth said the ferry's crew had helped the inquiry.\n"
            "He said Ines Varga had stayed on the quay with Dora Lund after she fainted last Thursday, and would "
            "stay in Portville.\n")
    titles = [e.title for e in extract(Document(path="t.txt", text=text, published=dt.date(2031, 6, 30)))]
    assert not any("Roth faints" in t for t in titles), titles
    assert "She faints" in titles, titles
