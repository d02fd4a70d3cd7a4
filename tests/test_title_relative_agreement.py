"""Grammar of titles built from clauses inside the sentence (issue 16, titles). A verb of a relative clause inside a
title's time clause agrees with the relative clause's own subject when the title turns it into the present; a noun
after a preposition is never the reported clause's verb. Every text here is written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document


def titles_of(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="t.txt", text=text, published=dt.date(2031, 7, 27)))]


def test_a_plural_subject_after_in_which_takes_the_plural_present() -> None:
    titles = titles_of("The ferry sank on 12 May after a fire in which 11 passengers lost their lives.\n")
    assert any(t.endswith("after a fire in which 11 passengers lose their lives") for t in titles), titles


def test_a_singular_subject_after_in_which_keeps_the_singular_present() -> None:
    titles = titles_of("The plant closed on 3 March after a leak in which one worker died.\n")
    assert any(t.endswith("after a leak in which one worker dies") for t in titles), titles


def test_a_noun_after_a_preposition_is_not_taken_for_the_reported_clauses_verb() -> None:
    titles = titles_of("An official said on Monday an agreement on the payment of claims had been reached at a meeting "
                       "with executives of the insurer.\n")
    assert not any("agreement claims" in t for t in titles), titles
    assert any("an agreement has been reached" in t for t in titles), titles
