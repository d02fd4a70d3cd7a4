"""A count keeps its noun phrase to its head ("412 H5N8 | bird infections" is cut), and a body's initials given in the
sentence make room for it ("The EFSA says ..."): title_phrases.py, title_room.py. Sentences written for these tests."""

from __future__ import annotations

from timeline.extract.title_phrases import counted_noun_follows
from timeline.extract.titles import write_title


def test_a_count_waits_for_its_plural_head_past_a_plain_modifier():
    assert counted_noun_follows(["of", "412", "h5n8"], "H5N8", "bird", ["infections", "in"])
    assert not counted_noun_follows(["of", "412", "h5n8"], "H5N8", "bird", ["infection,", "in"])
    assert not counted_noun_follows(["has", "12", "staff"], "staff", "left", ["the", "firm"])


def test_initials_make_room_for_the_counted_noun():
    sentence = ("The European Food Safety Authority (EFSA) said its laboratories have confirmed a total of 412 H5N8 bird "
                "infections in 14 countries, including 90 farms in France and 60 in Poland.")
    assert write_title(sentence, []) == "The EFSA says its laboratories have confirmed a total of 412 H5N8 bird infections"
