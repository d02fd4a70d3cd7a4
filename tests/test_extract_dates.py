"""Wrong dates and duplicates by kind, each fixed by a rule of news English (issue 16, round 7).

Every text here is written for these tests; none is taken from an article.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

PUBLISHED = dt.date(2026, 3, 4)  # a Wednesday


def events_of(text: str, published: dt.date = PUBLISHED) -> list:
    return extract(Document(path="t.txt", text=text, published=published))


# ------------------------------------------------------------------ choices of date
def test_two_days_offered_as_choices_are_one_event() -> None:
    text = ("Engineers at the Portville plant said on Tuesday that the new turbine had passed its final checks.\n"
            "The turbine could be switched on on Thursday or Friday, the plant's manager said.\n")
    on_line_two = [e for e in events_of(text) if "switched on" in e.sources[0].quote]
    assert len(on_line_two) == 1
    assert on_line_two[0].when.value().startswith("2026-03-05")


def test_two_years_offered_as_choices_are_one_event() -> None:
    text = ("The Portville council approved the new bridge on Tuesday after a long review.\n"
            "The bridge is due to open in 2028 or 2029, according to the council's planners.\n")
    opening = [e for e in events_of(text) if "due to open" in e.sources[0].quote]
    assert len(opening) == 1 and opening[0].when.value().startswith("2028")


def test_two_dates_joined_by_and_for_two_happenings_stay_two() -> None:
    text = ("The harbour flooded in 1957 and 1968, the museum's new exhibition recalls.\n")
    assert sorted(e.when.value() for e in events_of(text)) == ["1957", "1968"]


# ------------------------------------------------------------------ a date that sorts a named thing
def test_a_year_before_a_name_and_its_noun_does_not_date_the_lead() -> None:
    text = ("PORTVILLE, March 4 (Wire) - Ferry operators can look to the 2019 Harbour slump for clues on how "
            "a long stoppage would hit trade.\n"
            "The slump lasted nine weeks.\n")
    lead = [e.when.value() for e in events_of(text) if "can look to" in e.sources[0].quote]
    assert lead == ["2026-03-04"]  # the lead is the news of the day, not the slump's year


def test_a_year_after_an_article_and_before_a_name_still_dates_a_clause_of_its_own() -> None:
    text = "The Portville Rovers won the 2019 Coastal Cup in a penalty shoot-out.\n"
    assert [e.when.value() for e in events_of(text)] == ["2019"]
