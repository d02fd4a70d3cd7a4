"""A compass phrase of place after a subject's head ("villages directly west of the estuary") is a place phrase: a
subject too long for a title gives it up whole, and the verb agrees with the head before it (title_cuts.py,
place_phrases.py, title_tense.py). Sentences written for these tests."""

from __future__ import annotations

from timeline.extract.titles import write_title


def _title(sentence: str, date: str) -> str:
    at = sentence.index(date)
    return write_title(sentence, [(at, at + len(date))])


def test_a_long_subject_gives_up_its_compass_phrase_whole():
    sentence = ("The two Cornish parishes directly west of the Tamar Estuary Nature Reserve declared states of emergency "
                "on Sunday.")
    assert _title(sentence, "on Sunday") == "The two Cornish parishes declare states of emergency"


def test_the_verb_agrees_with_the_head_before_a_compass_phrase():
    sentence = "The three small fishing villages north of the Tamar estuary declared a curfew on Sunday after the floods."
    assert _title(sentence, "on Sunday") == "The three small fishing villages north of the Tamar estuary declare a curfew"


def test_compass_place_needs_its_of():
    from timeline.extract.place_phrases import compass_place

    assert compass_place(["villages", "directly", "west", "of", "the", "estuary"], 1)
    assert compass_place(["villages", "north", "of", "the", "estuary"], 1)
    assert not compass_place(["the", "wind", "from", "the", "north"], 4)


def test_a_distance_before_a_compass_phrase_is_no_head():
    sentence = "About 40 miles north of Eastport, thick oil formed long clumps on Monday that looked like tar."
    assert "thick oil forms long clumps" in _title(sentence, "on Monday").lower()
