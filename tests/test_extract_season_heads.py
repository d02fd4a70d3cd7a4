"""A happening's noun that only sorts a season (:mod:`.happenings`, issue 16: precision).

Every text here is written for these tests. "Skimmers were deployed during the 2025 storm season" made an event
"The storm" of 2025: the year and "storm" sort the season, the phrase's head, and no storm is told. A happening's
noun followed by "season", "forecast" or "outlook" names no happening; one followed by another noun ("the 2025
hurricane victims", "a May 11 launch date") still names its own.
"""

from __future__ import annotations

import datetime as dt

from extract_support import events_of

from timeline.extract.happenings import happening_of

FRIDAY = dt.date(2026, 7, 24)


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.when.value(), e.title) for e in events_of(text + "\n", FRIDAY)]


def test_a_season_sorted_by_a_happenings_noun_is_no_happening() -> None:
    events = _events("The port reopened on Friday.\n\nAfter the last tanker grounding, the agency deployed seven of "
                     "its largest skimmers during the 2025 storm season.")
    assert not any(title == "The storm" for _, title in events)
    text = "the slick grew during the 2025 hurricane season"
    start = text.index("2025")
    assert happening_of(text, 0, start, start + 4, True) is None


def test_a_happenings_noun_before_another_noun_still_names_it() -> None:
    text = "aid reached the 2025 hurricane victims"
    start = text.index("2025")
    happening = happening_of(text, 0, start, start + 4, True)
    assert happening is not None and happening.stem == "hurr"
