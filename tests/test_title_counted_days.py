"""A day counted from an event ("Day one of the hearings", "On Day 100 of the flood") leaves a title with
the event it counts from, as "the 85th day of the spill" does: left behind, "Of the hearings" would open it.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from timeline.extract.titles import write_title


def _title(sentence: str, date: str) -> str:
    start = sentence.index(date)
    return write_title(sentence, [(start, start + len(date))])


def test_a_day_counted_after_the_word_day_takes_its_event_along() -> None:
    title = _title("Day one of the public hearings of the county commission into the flood in Riverton, and raw "
                   "emotions were on display.", "Day one")
    assert not title.lower().startswith("of "), title
    assert "raw emotions" in title.lower(), title


def test_an_event_ending_at_a_dash_goes_with_its_counted_day() -> None:
    title = _title("On Day 100 of the flood -- a week after the levee broke again -- the mayor promised new pumps.",
                   "Day 100")
    assert not title.lower().startswith("of "), title
    assert "mayor promises new pumps" in title.lower(), title


def test_the_ordinal_count_still_takes_its_event() -> None:
    title = _title("On the sixth day of the hearing, the captain testified about the levee.", "the sixth day")
    assert title == "The captain testifies about the levee", title
