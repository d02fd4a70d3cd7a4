"""A reduced relative's phrase inside the subject holds no main verb: the clause's finite verb after it is the one
the headline puts in the present (title_participles.finite_later_start, title_words.main_verb_start)."""

from timeline.extract.titles import write_title


def test_adjective_inside_the_participle_phrase_is_no_verb():
    title = write_title("The volunteers poised to treat injured birds had their first patient.", [])
    assert title == "The volunteers poised to treat injured birds have their first patient"


def test_sentence_opening_known_plural_before_its_participle():
    # "Rescuers" is a known plural noun, never a name: its capital is the sentence's, and "poised" describes it.
    title = write_title("Rescuers poised to clean oiled pelicans had their first patient.", [])
    assert title == "Rescuers poised to clean oiled pelicans have their first patient"


def test_plain_opening_plural_keeps_its_verb():
    assert write_title("Rescuers pulled forty survivors from the rubble.", []) == \
        "Rescuers pull forty survivors from the rubble"


def test_sentence_opening_plural_before_a_past_with_a_noun_later_keeps_its_verb():
    # Only an auxiliary later is sure enough to read the opening plural's "-ed" word as a participle: "bore" here is
    # a noun, not the clause's verb.
    assert write_title("Engineers poured in grout to seal the old bore as part of a repair, but they had to wait.", []) \
        .startswith("Engineers pour in grout")
