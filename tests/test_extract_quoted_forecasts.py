"""A near day a speaker looks ahead to inside a quotation is dated by the saying (:mod:`.quoted_forecasts`).

Every text here is written for these tests. '"We will reopen the bridge tomorrow," the mayor said' was dated
tomorrow, a day when nothing was said; the saying takes its speaker's day told before, else the page's. A day the
speaker names, a forecast in reported speech, and a sentence with a day of its own (the saying's, and the
quotation's tomorrow a statement of its own) keep their dates.
"""

from __future__ import annotations

import datetime as dt

from extract_support import dated, events_of

FRIDAY = dt.date(2026, 3, 20)


def test_a_near_day_inside_a_quotation_is_the_sayings() -> None:
    assert dated(events_of('"We will reopen the bridge tomorrow," Mayor Ada Lind said.\n', FRIDAY),
                 "Ada Lind") == ["2026-03-20"]
    assert dated(events_of('Mayor Ada Lind said: "The crews will have the bridge open again next week."\n', FRIDAY),
                 "Ada Lind") == ["2026-03-20"]
    assert dated(events_of('"Coping with this would be like two feet of snow falling on the town tomorrow," said '
                           'Raul Penn, a spokesman for the town.\n', FRIDAY), "Raul Penn") == ["2026-03-20"]


def test_the_speakers_day_told_before_dates_the_saying() -> None:
    text = ("Mayor Ada Lind toured the flooded district on Wednesday.\n"
            "Water stood three feet deep in some streets.\n"
            "\"We expect the pumps to clear the streets later this week,\" Lind said.\n")
    assert dated(events_of(text, FRIDAY), "pumps") == ["2026-03-18"]


def test_a_named_day_reported_speech_and_a_dated_sentence_keep_their_dates() -> None:
    assert dated(events_of('"The crews will be back on Monday," Mayor Ada Lind said.\n', FRIDAY),
                 "Ada Lind") == ["2026-03-23"]
    assert dated(events_of("Mayor Ada Lind said the bridge would reopen tomorrow.\n", FRIDAY),
                 "bridge") == ["2026-03-21"]
    assert dated(events_of('The flood will reach the delta "sometime later tomorrow," the coast guard commander '
                           'said.\n', FRIDAY), "flood") == ["2026-03-21"]
    assert dated(events_of('On Thursday the town council voted for a new levy. "We will send out the bills '
                           'tomorrow," the clerk said on Thursday.\n', FRIDAY), "clerk") == ["2026-03-20", "2026-03-19"]
