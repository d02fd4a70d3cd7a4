"""One death of a person the article only describes, told at a year and again at a month in it, is one event at its
month (issue 16, duplicates); one description's deaths at dates that cannot be one death stay apart.

Every text here is written for these tests.
"""

from __future__ import annotations

from told_twice_support import FILLER, dated, events_of


def test_a_described_persons_death_at_its_year_and_at_its_month_is_one_event_at_the_month() -> None:
    text = ("Fans of the folk singer gathered in Vorn on Wednesday.\n" + FILLER +
            "Organisers said they would honour the singer, who died in 2029, with a concert.\n" + FILLER +
            "Her family has asked for privacy since the singer's death in June 2029.\n")
    events = events_of(text)
    assert ("2029-06", 2) in dated(events)
    assert not any(e.when.value() == "2029" for e in events)


def test_one_descriptions_deaths_at_dates_that_cannot_agree_stay_apart() -> None:
    text = ("Relatives of the crew gathered in Vorn on Wednesday.\n" + FILLER +
            "Officers said the soldier died on Monday at a base near Holm.\n" + FILLER +
            "The army confirmed the soldier's death in March 2031 at the Vorn range.\n" + FILLER +
            "Relatives said the soldier, who died in 2031, had served for ten years.\n")
    assert sorted(e.when.value() for e in events_of(text)) [:3] == ["2031", "2031-03", "2031-05-12"]


def test_two_described_peoples_deaths_at_a_month_and_a_day_within_it_stay_apart() -> None:
    # Two people the article describes differently ("a farmer", "a nurse") die twice, whatever their dates share.
    text = ("Fever claims two lives in the valley\n\n"
            "A farmer from Kell died in April after catching the fever, health officials said on Wednesday.\n" + FILLER +
            "A nurse who treated him died on 3 April at the district hospital.\n")
    events = events_of(text)
    assert {"2031-04", "2031-04-03"} <= {e.when.value() for e in events}
    assert not any(any("farmer" in s.quote for s in e.sources) and any("nurse" in s.quote for s in e.sources)
                   for e in events)
