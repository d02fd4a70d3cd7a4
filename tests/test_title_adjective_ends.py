"""A title never ends on an article and an adjective whose noun the cut left out ("issued a new, | more limited
ban"): the comma between two adjectives is no clause's end (issue 16, "cut"). Every sentence here is invented."""

from __future__ import annotations

from title_support import title_of

from timeline.extract.adjective_words import adjective_cut


def _cut(text: str, nxt: str) -> bool:
    words = text.split()
    return adjective_cut(words, [w.lower().strip(",") for w in words], nxt)


def test_a_comma_between_two_adjectives_ends_no_clause() -> None:
    assert title_of("The county issued a new, more limited ban on bonfires.") \
        == "The county issues a new, more limited ban on bonfires"


def test_an_article_and_an_adjective_wait_for_their_noun() -> None:
    assert _cut("The lab reports 90 cases of the new", "measles")
    assert _cut("The county issued a new,", "more")
    assert not _cut("The mayor was the first", "to")  # the adjective stands for its noun before a preposition
    assert not _cut("The county hired a chief", "inspector")  # a noun as often as an adjective
    assert not _cut("The league named China's first", "confirmed")  # after a possessive: not judged here
