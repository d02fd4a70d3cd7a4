"""A closing attribution (", officials said on Wednesday.") dates the saying, not the tense of what it reports: a date
in the reported clause whose own verb stands too far to the left takes no direction from the report's past.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

JUNE_10 = dt.date(2011, 6, 10)


def _value(text: str, word: str) -> str:
    return next(t.value for t in tag(text, JUNE_10) if word in t.text)


@pytest.mark.parametrize("text, word, value", [
    # the reported clause's verb ("are on track to have") is far from the season; the attribution's past is no tense
    ("Seed growers are on track to have a hardy new strain of barley for the cold northern upland farms ready for "
     "the autumn after a wet spring, farm officials said on Wednesday.", "autumn", "2011-FA"),
    ("Builders are on track to have the long-delayed second terminal of the small harbour airport on the island "
     "open in October after the strike, port officials said.", "October", "2011-10"),
    # a past verb in the reported clause still decides
    ("The ferry sank in October, port officials said on Wednesday.", "October", "2010-10"),
    # a date that opens the saying's own clause is the saying's
    ("On Wednesday, port officials said the harbour would reopen.", "Wednesday", "2011-06-08"),
])
def test_a_closing_attribution_gives_no_tense_to_what_it_reports(text: str, word: str, value: str) -> None:
    assert _value(text, word) == value
