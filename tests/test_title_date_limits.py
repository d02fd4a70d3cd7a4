"""A limit that a doing takes, needs or waits for stays in the title when the date is taken out of it (issue 16,
titles: grammar): "will need until March to fill the orders", not "will need to fill the orders". Every text here is
written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document


def dated_titles(text: str) -> list[tuple[str, str]]:
    return [(e.when.value(), e.title) for e in extract(Document(path="t.txt", text=text, published=dt.date(2031, 7, 27)))]


def test_a_limit_needed_stays_in_the_title() -> None:
    titles = dated_titles("The mill owners will need until March to fill the backlog of orders.\n")
    assert ("2032-03", "The mill owners will need until March to fill the backlog of orders") in titles, titles


def test_a_limit_waited_for_stays_in_the_title() -> None:
    titles = dated_titles("The harbour board will wait until June to decide on the new quay.\n")
    assert any(title.startswith("The harbour board will wait until June to decide") for _, title in titles), titles


def test_a_plain_limit_still_leaves_the_title() -> None:
    titles = dated_titles("The harbour board will decide on the new quay by June.\n")
    assert ("2032-06", "The harbour board will decide on the new quay") in titles, titles
