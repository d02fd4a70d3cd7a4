"""A name, an adverb of time and a present verb open a clause ("Acme now aims to sell"): the verb is the main one, not
a later clause's ("... after its attempt to close it was blocked" made "Acme now aims to sell the plant are
blocked"): title_words.py. Sentences written for these tests."""

from __future__ import annotations

from timeline.extract.title_words import main_verb_start
from timeline.extract.titles import write_title


def test_a_present_verb_after_a_name_and_now_is_the_main_verb():
    text = "Acme now aims to sell the plant after its attempt to close it was blocked."
    assert text[main_verb_start(text):].startswith("aims")


def test_the_later_clause_is_not_spliced_onto_the_main_one():
    sentence = ("Acme now aims to sell the plant after its attempt to close it with a large redundancy package was "
                "blocked by the union of machinists.")
    assert write_title(sentence, []) == "Acme now aims to sell the plant"
