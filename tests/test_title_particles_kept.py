"""A phrasal verb keeps its particle when the date after it goes ("took over [in 2007]", "was sworn in [on Tuesday]"),
and a verb keeps its object pronoun though the title changed its tense ("stopped it" as "stops it"). Text written for
these tests."""

from __future__ import annotations

from extract_support import events_of


def _titles(text: str) -> list[str]:
    return [e.title for e in events_of(text)]


def test_particle_before_a_year_stays():
    assert "He takes over" in _titles("The chairman has reshaped the bank since he took over in 2007.")


def test_particle_of_a_passive_stays():
    assert "The new mayor is sworn in" in _titles("The new mayor was sworn in on Tuesday.")


def test_particle_before_until_stays():
    titles = _titles("The protest began late on Saturday and went on until after midnight.")
    assert "The protest goes on" in titles


def test_preposition_of_the_date_still_goes():
    assert all(not t.endswith((" since", " in")) for t in _titles("Prices at the pump have risen since early May."))


def test_object_pronoun_of_a_past_verb_stays():
    titles = _titles("Fuel leaked from the tanker for weeks before a steel plate sealed it in mid-July.")
    assert any(t.endswith("seals it") for t in titles), titles


def test_back_of_a_reply_stays():
    assert "The union fires back" in _titles("The union, which represents the crews, fired back on Thursday.")


def test_back_of_long_ago_still_goes():
    assert all(not t.endswith(" back") for t in _titles("The harbour law was passed back in 1990."))
