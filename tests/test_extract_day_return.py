"""The news day comes back after a stretch of background (:mod:`.day_return`).

Every text here is written for these tests: after the lead, a sentence dated to another year and five undated
sentences of background; then a new speaker's news act is the news day's again, unless it is a view, a standing
state, words said before, an interview given to a reporter, or a quotation.
"""

from __future__ import annotations

import pytest
from day_sayings_support import LEAD, dated, events_of

from timeline.extract.day_return import background_over, returns_to_day

_BACKGROUND = ("The channel was last dredged in 2029, when two barges sank near the breakwater.\n"
               "Silt builds up quickly in the estuary.\n"
               "The port handles most of the region's grain exports.\n"
               "Its northern quay is the deepest of the three.\n"
               "Tankers queue offshore for days in the harvest season.\n"
               "Pilots guide each ship through the narrow bends.\n")


def test_a_new_speakers_news_act_after_background_is_the_days() -> None:
    text = LEAD + _BACKGROUND + "Transport Minister Olev Saar announced an inquiry into the pilots' charts.\n"
    assert dated(events_of(text), "announced an inquiry") == ["2031-05-15"]


def test_a_saying_too_soon_after_the_background_date_is_the_background() -> None:
    short = "".join(_BACKGROUND.splitlines(keepends=True)[:3])
    text = LEAD + short + "Transport Minister Olev Saar announced an inquiry into the pilots' charts.\n"
    assert dated(events_of(text), "announced an inquiry") == []


@pytest.mark.parametrize("sentence", [
    "Transport Minister Olev Saar said the channel is too shallow for the larger tankers.\n",  # a standing state
    "Transport Minister Olev Saar once said the channel should be closed to tankers.\n",  # said before
    "Captain Rein Kask told a local reporter the pilots had feared a grounding for weeks.\n",  # an interview
    "Transport Minister Olev Saar said: “We will dredge the channel again.”\n",  # a quotation
])
def test_views_states_old_words_and_quotations_after_background_stay_undated(sentence: str) -> None:
    assert dated(events_of(LEAD + _BACKGROUND + sentence), sentence[30:50]) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Transport Minister Olev Saar announced an inquiry into the pilots' charts.", True),
    ("Transport Minister Olev Saar said the channel is too shallow for tankers.", False),
    ("Veldt port officials said the grounding underscored the need for dredging.", False),
    ("Rep. Ann Tamm, a critic of the port authority, called the inquiry too late.", False),
    ("Captain Rein Kask told an Associated Press reporter the pilots had feared it.", False),
    ("The Veldt Fishing Association said the harbour closure cost its members dearly.", False),
    ("Transport Minister Olev Saar had said the channel would be dredged.", False),
    ("Transport Minister Olev Saar said at the hearing that the charts were old.", False),  # the hearing's day
])
def test_returns_to_day(sentence: str, expected: bool) -> None:
    assert returns_to_day(sentence, "") is expected


def test_background_over_counts_undated_sentences_after_the_lead() -> None:
    assert background_over({}, 7, 1) is True
    assert background_over({}, 5, 1) is False  # (too near the lead)
