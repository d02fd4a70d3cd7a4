"""A subject's phrase of place ("along the harbour front", "around the old port") gives way when the title is too
long, as one with "in" or "near" does: the head and its verb carry the news. Every sentence here is invented."""

from __future__ import annotations

from title_support import title_of

from timeline.extract.place_phrases import measured_place
from timeline.extract.title_cuts import shorten_inner_subjects, shorten_subject


def test_an_inner_subjects_phrase_along_a_place_goes():
    text = ("The county engineer says the sea wall along the crumbling harbour front below the old fish market had "
            "been breached twice in the storm")
    assert "says the sea wall had been breached" in shorten_inner_subjects(text)


def test_an_inner_subjects_phrase_around_a_place_goes():
    text = ("The harbour master says the moorings around the eastern breakwater near the old ferry terminal "
            "were torn loose by the swell")
    assert "says the moorings were torn loose" in shorten_inner_subjects(text)


def test_a_subjects_phrase_within_a_body_goes():
    text = ("Several senior engineers within the regional water authority's northern operations division have "
            "warned the reservoir is leaking")
    verb_at = text.index("have warned")
    shorter, at = shorten_subject(text, verb_at)
    assert shorter == "Several senior engineers have warned the reservoir is leaking"
    assert shorter[at:].startswith("have warned")


def test_a_title_reaches_the_verb_past_a_speakers_place_phrase():
    # (before, the title ended inside the subject: "Several senior engineers within the regional water authority's")
    title = title_of("Several senior engineers within the regional water authority's northern operations division "
                     "warned on Monday that the reservoir was leaking badly.", "on Monday")
    assert title == "Several senior engineers warn the reservoir is leaking badly"


def test_a_title_keeps_the_whole_inner_clause_after_a_place_phrase():
    title = title_of("The harbour master said on Sunday the moorings around the eastern breakwater near the old ferry "
                     "terminal were torn loose by the heavy swell overnight.", "on Sunday")
    assert title == "The harbour master says the moorings were torn loose by the heavy swell overnight"


def test_a_distance_keeps_the_place_it_is_measured_from():
    # ("Divers 30 feet beneath the hull" without its phrase are "Divers 30 feet")
    text = ("Divers 30 feet beneath the hull of the stranded ferry found on Friday a gash in the steel plates of "
            "the engine room")
    shorter, _ = shorten_subject(text, text.index("found"))
    assert shorter.startswith("Divers 30 feet beneath the hull ")
    assert measured_place(["A", "crew", "a", "mile", "beneath", "the", "surface"], 4)
    assert not measured_place(["The", "wall", "along", "the", "front"], 2)
