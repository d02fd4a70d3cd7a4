"""A "today's" before a standing thing means nowadays and dates nothing (issue 16: precision).

Every text here is written for these tests.
"""

from __future__ import annotations

from story_support import titled_dates as _events

from timeline.extract.present_things import nowadays_thing

_OPENING = "Dockers at Tilbury walked out on Tuesday over a pay offer, the union said.\n"


def _nowadays(sentence: str) -> bool:
    at = sentence.lower().index("today")
    return nowadays_thing(sentence, at, at + 5)


def test_today_before_a_standing_thing_is_nowadays() -> None:
    for sentence in ("Under today's tax law, those are deductible costs.",
                     "In today's dollars, the wall would cost £3bn.",
                     "Today's off-shore drilling industry is safe.",
                     "That is how today’s globalised world works."):
        assert _nowadays(sentence), sentence


def test_today_before_a_happening_or_a_figure_is_the_days() -> None:
    for sentence in ("Today's hearing was delayed by an hour.", "Today's losses wiped £2bn off the port's value.",
                     "He said today that the law would change."):
        assert not _nowadays(sentence), sentence
    events = _events(_OPENING + "Today's hearing of the port committee was delayed by an hour.\n")
    assert any("hearing" in title for title, _ in events), events


def test_a_quote_about_the_law_in_force_is_no_event_of_the_day() -> None:
    events = _events(_OPENING + '"Under today\'s tax law, those are deductible costs," said port analyst Tom Reed.\n')
    assert not any("tax law" in title for title, _ in events), events
