"""A length cut never ends between two words of one noun phrase (own sentences in news style)."""

from timeline.extract.title_compound_ends import end_outside_noun_phrase, modifier_left_open
from timeline.extract.title_cuts import _limit


def test_cut_inside_a_compound_steps_back_before_its_phrase():
    sentence = ("The review will be similar to those that looked into the sinking of the passenger car ferry in 1987 "
                "and the Kestrel Point rail crash in 1999")
    assert _limit(sentence) == "The review will be similar to those that looked into the sinking"


def test_cut_after_a_hyphenated_modifier_steps_back():
    sentence = ("The review will be similar to those that looked into the sinking of the cross-channel car ferry in "
                "1987 and the Kestrel Point rail crash in 1999")
    assert not _limit(sentence).endswith(" car")


def test_modifier_left_open_sees_two_content_words():
    assert modifier_left_open(["the", "collapse", "of", "the", "harbour"], "bridge")
    assert modifier_left_open(["the", "trial", "of", "the", "mayor's"], "driver")
    # a noun before a time word, an adverb, a verb of saying or an adjective after its noun ends a phrase
    assert not modifier_left_open(["was", "given", "antiviral", "treatment"], "tonight")
    assert not modifier_left_open(["the", "crowd", "was", "told", "by", "the", "mayor"], "later")
    assert not modifier_left_open(["produced", "a", "batch", "of", "vaccine"], "suitable")
    assert not modifier_left_open(["the", "spill", "has", "spewed"], "more")
    assert not modifier_left_open(["patients", "were", "treated", "with", "the", "antivirals"], "oseltamivir")
    assert not modifier_left_open(["talks", "with", "Northport"], "officials")


def test_no_boundary_leaves_the_cut_as_it_was():
    text = "A forecast shows the flood water reaching the popular holiday"
    full = text + " parks of the southern coast by Friday"
    assert end_outside_noun_phrase(text, full) == text


def test_an_infinitive_after_its_object_stays():
    text = "The agency is set to require shipping firms to scrap 2,000 ageing Baltic cargo"
    full = text + " vessels within five years"
    assert end_outside_noun_phrase(text, full) == text


def test_whole_title_is_untouched():
    text = "Council approves the harbour bridge repairs"
    assert end_outside_noun_phrase(text, text) == text
