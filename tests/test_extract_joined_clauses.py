"""A second date in a clause of its own gets that clause's headline, not the first clause's (issue 16, duplicates).

Every sentence here is written for these tests. "The bank cut its rates on Monday and shares rose on Tuesday" tells
two happenings; the same headline at both days reads as one told twice. Only a clause with its own subject and verb
gives a headline; a noun or a predicate sharing the first clause's subject keeps the headline it had.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document


def titles_of(sentence: str) -> list[tuple[str, str]]:
    document = Document(path="t.txt", text=f"Town news.\n{sentence}\n", published=dt.date(2031, 6, 12))
    return sorted((e.when.value(), e.title) for e in extract(document))


def test_two_joined_clauses_each_take_their_own_headline() -> None:
    assert titles_of("The bank cut its rates on Monday and shares in Norrex rose on Tuesday.") == [
        ("2031-06-09", "The bank cuts its rates"), ("2031-06-10", "Shares in Norrex rise")]


def test_a_clause_after_and_with_its_own_subject_is_its_dates_headline() -> None:
    titles = titles_of("Last night the governor demanded millions from Norrex and today a nervous Norrex handed him "
                       "the money he wanted.")
    assert ("2031-06-12", "A nervous Norrex hands him the money he wanted") in titles


def test_a_predicate_sharing_the_subject_keeps_its_headline() -> None:
    assert titles_of("The ferry left Vorn on Monday and the crew were told on Wednesday they would be paid.") == [
        ("2031-06-09", "The ferry leaves Vorn"), ("2031-06-11", "The crew are told they would be paid")]
    assert titles_of("Norrex and Kelda said on Monday they had agreed the deal.") == [
        ("2031-06-09", "Norrex and Kelda say they have agreed the deal")]


def test_an_and_joining_two_nouns_before_a_comma_opens_no_clause() -> None:
    titles = titles_of("Although Kelda sold its mines in 2029 to Norrex, which kept most of its miners and managers, "
                       "Norrex said on Tuesday that the mines were still run by Kelda.")
    assert ("2031-06-10", "Norrex says the mines are still run by Kelda") in titles


def test_a_figure_s_comma_opens_no_phrase_before_a_join() -> None:
    titles = titles_of("On 10 May, an expert panel said the leak was up to 40,000 barrels a day and papers released by "
                       "a senator last week showed Norrex had estimated up to 90,000 barrels.")
    assert ("2031-W23", "Papers released by a senator show Norrex had estimated up to 90,000 barrels") \
        in titles


def test_a_date_heading_a_noun_after_after_is_no_clause() -> None:
    titles = titles_of("As of 3 May, the relief fund had paid fishermen about $2 million, though many say they are "
                       "still struggling to pay their bills after a summer of lost catches.")
    assert not any(t.startswith(("A of", "A summer")) for _, t in titles), titles
