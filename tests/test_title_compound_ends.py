"""A length cut never ends between two words of one noun phrase (own sentences in news style)."""

from timeline.extract.title_compound_ends import end_outside_noun_phrase, modifier_left_open
from timeline.extract.title_cuts import _limit


def test_cut_inside_a_compound_keeps_the_noun_and_drops_a_modifier():
    sentence = ("The review will be similar to those that looked into the sinking of the passenger car ferry in 1987 "
                "and the Kestrel Point rail crash in 1999")
    assert _limit(sentence) == "The review will be similar to those that looked into the sinking of the car ferry"


def test_cut_inside_a_compound_steps_back_when_no_modifier_may_go():
    sentence = ("The review will be similar to those that looked into the sinking of the former Kestrel car ferry in "
                "1987 and the Northport rail crash in 1999")
    assert _limit(sentence) == "The review will be similar to those that looked into the sinking"


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
    assert not modifier_left_open(["the", "council", "gave", "the", "bus", "operator"], "three")


def test_lighter_phrase_or_else_the_cut_as_it_was():
    text = "A forecast shows the flood water reaching the popular holiday"
    full = text + " parks of the southern coast by Friday"
    assert end_outside_noun_phrase(text, full) == "A forecast shows the flood water reaching the holiday parks"
    # "former" changes what the noun names and no phrase boundary is left: the cut stays
    text = "A forecast shows the flood water reaching the former holiday"
    assert end_outside_noun_phrase(text, text + " parks of the southern coast by Friday") == text


def test_a_clause_after_a_noun_is_no_compound():
    text = "Lawyers asked a judge to order changes to the waiver form"
    assert end_outside_noun_phrase(text, text + " tenants must sign before moving in") == text


def test_an_infinitive_after_its_object_stays():
    text = "The agency is set to require shipping firms to scrap 2,000 ageing Baltic cargo"
    full = text + " vessels within five years"
    assert end_outside_noun_phrase(text, full) == text


def test_whole_title_is_untouched():
    text = "Council approves the harbour bridge repairs"
    assert end_outside_noun_phrase(text, text) == text


def test_no_superlative_and_no_clause_is_dropped_for_the_noun():
    text = "The minister says the council is answering with what she called the biggest rescue"
    full = text + " effort ever seen in the county"
    assert "the rescue effort" not in end_outside_noun_phrase(text, full)
    text = "The mayor backs the decision to let the port and its tenants store vast"
    full = text + " stocks of fuel on the quay"
    assert "its store" not in end_outside_noun_phrase(text, full)
