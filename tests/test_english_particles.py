"""The one table of the particles of English phrasal verbs and the subsets the rules take from it by kind."""

from timeline.english_particles import (
    ADVERB_PARTICLES,
    PARTICLE_KINDS,
    PHRASAL_PARTICLES,
    PLACE_PARTICLES,
    TIME_PARTICLES,
)
from timeline.extract.title_dates import DATE_PREPOSITIONS


def test_each_subset_is_the_particles_of_one_kind():
    assert set(PARTICLE_KINDS.values()) == {"place", "time", "adverb"}
    assert {"up", "down", "out", "off"} == PLACE_PARTICLES
    assert ADVERB_PARTICLES == PHRASAL_PARTICLES - TIME_PARTICLES
    assert {"away", "apart", "back", "ahead"} <= ADVERB_PARTICLES


def test_the_time_particles_are_the_particles_a_date_phrase_can_open_with():
    # "took over | in 2007", "was sworn in | on Tuesday": the date rules read the same words as the particle rules
    assert TIME_PARTICLES == PHRASAL_PARTICLES & DATE_PREPOSITIONS


def test_a_quote_is_not_cut_between_go_or_come_and_any_particle_of_the_table():
    from timeline.extract.quote_cuts import quote_cut_open

    # "coming | apart", "going | by": each particle the table has, not only "up", "out", "off"
    words = ["the", "old", "coalition", "was", "coming", "apart", "at", "the", "seams"]
    assert quote_cut_open(words, 5)
    words = ["we", "watched", "the", "convoy", "going", "by", "the", "gates"]
    assert quote_cut_open(words, 5)


def test_a_title_may_end_on_any_particle_the_sentence_follows_with_a_date_or_a_clause():
    from timeline.extract.title_ends import particle_ends

    assert particle_ends("The governor stopped by", "The governor stopped by on Tuesday to see the flood damage.")


def test_a_past_participle_after_a_gerund_and_any_adverb_particle_describes_its_object():
    from timeline.extract.title_words import main_verb_start

    # "hauling back | stranded cars": after a gerund and its particle an "-ed" word is its object's adjective
    text = "Workers hauling back stranded cars reopened the road"
    assert text[main_verb_start(text):].startswith("reopened")
