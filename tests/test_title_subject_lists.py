"""A list of subjects set off by a comma ("A shortage of staff, a lack of training and poor planning delayed the
repairs, ...") holds the clause's verb: it is no appositive to drop, and the title keeps the verb (title_subjects.py,
title_clause_edges.py). Sentences written for these tests."""

from __future__ import annotations

from timeline.extract.title_clause_edges import clause_in_list
from timeline.extract.titles import write_title


def test_a_past_verb_with_its_object_between_commas_is_no_appositive():
    assert clause_in_list("a lack of training and poor planning delayed the repairs to the bridge")
    assert not clause_in_list("the beleaguered chief executive of the firm")
    assert not clause_in_list("who signed the deal")


def test_the_title_keeps_the_verb_of_a_listed_subject():
    sentence = ("A lack of staff, a dearth of training and insufficient funding hindered the response to the giant Bay of "
                "Tamar chemical leak this summer, according to two draft reports by the staff of the county council.")
    at = sentence.index("this summer")
    assert write_title(sentence, [(at, at + len("this summer"))]).startswith(
        "A lack of staff, a dearth of training and insufficient funding hinder")


def test_a_relative_clause_or_a_participle_phrase_is_the_appositives_own():
    assert not clause_in_list("the county's largest builder which owned the old mill")
    assert not clause_in_list("seeking to show command of a crisis that has exasperated the town")
    assert not clause_in_list("a local councillor who introduced a ban on bonfires last week")
