"""'Those wells' opening a title: the fuller phrase the sentence before gave the same noun."""

from timeline.extract.definite_names import fuller_name
from timeline.extract.demonstrative_nouns import demonstrative_named


def test_those_wells_take_the_count_and_kind_of_the_sentence_before():
    before = "The harbour board is placing its hopes on three drainage wells being dug near the dam.\n"
    assert fuller_name("Those wells are expected to be finished", before) \
        == "The three drainage wells are expected to be finished"


def test_an_owner_stays_with_the_phrase():
    before = "Divers lowered Kestrel Energy's new steel cap on Monday.\n"
    assert demonstrative_named("That cap will be tested", before) == "Kestrel Energy's new steel cap will be tested"


def test_one_adjective_or_another_number_leaves_the_title():
    assert demonstrative_named("That task will be hard", "She has a tricky task ahead.\n") == "That task will be hard"
    assert demonstrative_named("That figure has halved", "Sales figures rose in 2007.\n") == "That figure has halved"


def test_the_noun_must_be_in_the_sentence_just_before():
    before = "Crews drilled two relief wells in May. The weather turned on Friday.\n"
    assert demonstrative_named("Those wells are finished", before) == "Those wells are finished"
