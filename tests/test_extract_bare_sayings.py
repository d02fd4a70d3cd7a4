"""A saying titled by its speaker alone and dated inside its quotation (:mod:`.bare_sayings`).

Every text here is written for these tests. When the title writer finds nothing in a quotation a headline can
hold, the title is the attribution alone ("Lind says"); a time inside the quotation ("two or three months ago")
then dated the saying, placing "Lind says" at a month when nothing was said. In the story's body such a statement
is dropped; among its opening sentences, where the saying is the page's news, it is dated by the saying. A title
that carries what was said, and a statement dated by its attribution, keep their dates.
"""

from __future__ import annotations

import datetime as dt

from extract_support import dated, events_of

from timeline.extract.bare_sayings import speaker_only

FRIDAY = dt.date(2026, 3, 20)

_STORY = ("The river burst its banks in Marlow on Thursday, flooding 200 homes.\n"
          "Crews worked through the night to pump the water out.\n"
          "The council opened two shelters for families.\n")
_SHOUTING = ("\"Some of the same people who have been shouting and saying 'fix it' are the same people who, just two or "
             "three months ago, were asking the council to spend less,\" ")


def test_a_title_of_the_speaker_alone_is_told_from_one_that_says_something() -> None:
    assert speaker_only("Lind says")
    assert speaker_only("The water board says in a statement")
    assert speaker_only("A council official who spoke on condition of anonymity says")
    assert speaker_only("A statement issued on behalf of the family says")
    assert not speaker_only("The pumps are working, Lind says")
    assert not speaker_only("Lind: “The pumps are working”")
    assert not speaker_only("Lind says the pumps are working")


def test_a_body_saying_titled_by_its_speaker_and_dated_inside_its_quote_goes() -> None:
    events = events_of(_STORY + _SHOUTING + "Lind said.\n", FRIDAY)
    assert dated(events, "two or three months ago") == []
    assert [e.title for e in events if e.title.endswith("says")] == []
    assert dated(events, "burst its banks") == ["2026-03-19"]


def test_a_saying_that_is_the_pages_news_is_dated_by_the_saying() -> None:
    events = events_of(_SHOUTING + "Mayor Ada Lind said.\nThe river burst its banks in Marlow on Thursday.\n", FRIDAY)
    assert dated(events, "two or three months ago") == ["2026-03-20"]


def test_a_saying_dated_by_its_attribution_stays() -> None:
    text = _STORY + _SHOUTING + "Lind said on Wednesday.\n"
    assert "2026-03-18" in dated(events_of(text, FRIDAY), "two or three months ago")


def test_a_calendar_day_the_speaker_names_stays() -> None:
    text = _STORY + ('"The April 2 hearing still leaves the board plenty of time should it choose to let this '
                     'ill-judged building go ahead on the flood plain, where crews face water, mud and darkness," '
                     'the residents\' groups said in a statement.\n')
    assert dated(events_of(text, FRIDAY), "April 2 hearing") == ["2026-04-02"]


def test_a_quarter_the_speaker_names_stays() -> None:
    text = _STORY + ('"But if the orders that came in over the winter hold up and the mills keep running, then you would '
                     'see the decline end in the fourth quarter," Ray Odum said.\n')
    events = events_of(text, FRIDAY)
    assert [e.title for e in events if "fourth quarter" in e.sources[0].quote] == ["Ray Odum says"]
    assert dated(events, "fourth quarter") == ["2025-Q4"]  # (as the tagger resolves it)
