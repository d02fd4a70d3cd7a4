"""A happening named with what it happened to, in a phrase of four or five words (issue 16).

Every text here is written for these tests. "after the sinking of the Lady Maud cargo ferry in 1996", "since the
collapse of the old Harbour Road footbridge on Monday": the date closes the happening's noun phrase, whose "of"
names the thing with its kind and its name; the date is the sinking's or the collapse's, never the main clause's
("Insurance premiums rose sharply" did not happen in 1996). A shorter phrase ("the sinking of the ferry in 1996")
was read so already.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

FRIDAY = dt.date(2026, 3, 20)


def events_of(text: str) -> list:
    return extract(Document(path="t.txt", text=text, published=FRIDAY))


def _dated(text: str, value: str) -> list[str]:
    return [e.title for e in events_of(text) if e.when.value() == value]


def test_a_named_thing_with_its_kind_keeps_the_date_to_the_happening() -> None:
    text = "Insurance premiums rose sharply after the sinking of the Lady Maud cargo ferry in 1996.\n"
    titles = _dated(text, "1996")
    assert titles and all("premiums" not in t for t in titles)
    assert any("sink" in t.lower() for t in titles)


def test_a_five_word_thing_after_a_determiner_keeps_the_date_to_the_happening() -> None:
    text = "Traffic was diverted through the town centre after the collapse of the old Harbour Road footbridge on Monday.\n"
    titles = _dated(text, "2026-03-16")
    assert titles and all("Traffic" not in t for t in titles)


def test_a_date_without_its_preposition_still_closes_the_happening() -> None:
    text = "Oil companies traded blame at a Senate hearing, after the explosion of the Bluewater Star oil rig April 20.\n"
    titles = _dated(text, "2026-04-20")
    assert all("Oil companies" not in t for t in titles)


def test_the_main_clause_keeps_its_own_date() -> None:
    text = "The port reopened on Tuesday, a week after the sinking of the Lady Maud cargo ferry on March 10.\n"
    events = events_of(text)
    assert any(e.when.value() == "2026-03-17" and "port" in e.title.lower() for e in events)
    assert not any(e.when.value() == "2026-03-10" and "port" in e.title.lower() for e in events)
