"""A title does not end on a bare verb after a modal or "to" before its object or the "-ing" act it begins ("so
workers could begin | clearing the riverbank"): an earlier whole main clause takes its place (title_bare_verbs.py);
"so far" that opens a sentence goes whole, not as "Far ..." (title_subjects.py). Sentences written for these tests."""

from __future__ import annotations

from timeline.extract.title_bare_verbs import bare_end_mended, object_after_bare_verb
from timeline.extract.titles import write_title


def _title(sentence: str, date: str) -> str:
    at = sentence.index(date)
    return write_title(sentence, [(at, at + len(date))])


def test_a_purpose_clause_cut_on_its_bare_verb_gives_way_to_the_main_clause():
    sentence = ("The regional governor of Westmark declared a state of emergency on Friday so engineers could begin "
                "clearing the flooded riverbank.")
    assert _title(sentence, "on Friday") == "The regional governor of Westmark declares a state of emergency"


def test_a_verb_that_begins_an_act_waits_for_its_ing_form():
    assert object_after_bare_verb(["so", "workers", "could", "begin"], "clearing", ["the", "bank"])
    assert object_after_bare_verb(["the", "firm", "sought", "to", "clear"], "unsold", ["stock"])


def test_words_of_time_place_and_degree_are_no_object():
    assert not object_after_bare_verb(["the", "slick", "will", "move"], "further", ["east"])
    assert not object_after_bare_verb(["the", "talks", "will", "begin"], "during", ["the", "summit"])
    assert not object_after_bare_verb(["the", "team", "went", "back", "to", "work"], "again", [])
    assert not object_after_bare_verb(["prices", "could", "rise"], "sharply", [])


def test_a_cut_with_no_earlier_whole_clause_stands():
    text = "Officials say the company sought to clear unsold stock from its warehouses in the north of the country"
    cut = "Officials say the company sought to clear"
    assert bare_end_mended(cut, text, text.index("say")) == cut


def test_so_far_opening_a_sentence_goes_whole():
    sentence = "So far 250 volunteers have joined the beach clean-up in Brandon Bay, the charity said on Monday."
    assert _title(sentence, "on Monday") == "250 volunteers have joined the beach clean-up in Brandon Bay"


def test_compared_with_opens_a_phrase_after_a_size_word():
    sentence = ("Jane Roe, the embattled head of Acme, has claimed its chemical leak in the river Tamar is \"very small\" "
                "compared with the \"huge and very deep estuary\".")
    assert write_title(sentence, []) == 'Jane Roe has claimed its chemical leak is "very small"'
