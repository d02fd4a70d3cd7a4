"""A title that would end where its phrase needs more goes on to where the phrase is whole (title_longer_ends),
and a teaser cut off inside a word loses the fragment (truncated_teasers)."""

from __future__ import annotations

from timeline.extract.title_longer_ends import longer_title, longer_whole, noun_cut, object_next, verb_bare
from timeline.extract.title_whole import ends_open, whole_cut
from timeline.extract.title_words import main_verb_start
from timeline.extract.titles import write_title
from timeline.extract.truncated_teasers import cut_word_gone


def _cut(text: str) -> str:
    return longer_title(text, main_verb_start(text), whole_cut(text, main_verb_start(text)))


def test_noun_of_complement_kept():
    text = "Ann Reilly says the crane will lift the weight of the sunken hull and some of the cargo still inside."
    cut = "Ann Reilly says the crane will lift the weight"
    assert longer_title(text, main_verb_start(text), cut) == cut + " of the sunken hull"


def test_owner_of_lost_wages_kept():
    text = "Union officials say the port should repay the lost wages of dock workers sidelined by the long closure."
    cut = "Union officials say the port should repay the lost wages"
    assert longer_title(text, main_verb_start(text), cut) == cut + " of dock workers"


def test_compound_noun_kept_whole():
    text = "The board says nine pupils are being tested for suspected swine flu at a laboratory in Leeds"
    cut = "The board says nine pupils are being tested for suspected swine"
    assert longer_whole(text, cut, ends_open, 2) == cut + " flu"


def test_second_clause_not_taken():
    text = ("The pharmacist tells us that they only had two boxes left and that we would need to come back to collect "
            "the rest of the prescription at the weekend.")
    assert _cut(text) == "The pharmacist tells us that they only had two boxes left"


def test_a_modifier_before_an_ing_compound_is_not_an_end():
    text = "A court rejects the council's bid to restore an offshore deepwater fishing ban, opening the door to fishing."
    cut = "A court rejects the council's bid to restore an offshore deepwater"
    assert longer_title(text, main_verb_start(text), cut) == cut + " fishing ban"


def test_too_long_to_complete_stays_cut():
    text = ("The committee of the regional transport authority for the northern counties says that the long-delayed "
            "renovation of the central station could begin being carried out in the second half of the decade")
    assert len(_cut(text)) <= 102


def test_open_end_predicates():
    assert noun_cut(["seven", "people", "tested", "for", "suspected", "swine"], ["flu", "at", "a", "clinic"])
    assert not noun_cut(["the", "county", "tested", "seven", "people"], ["yesterday"])
    assert not noun_cut(["the", "council", "said", "the", "seals"], ["swam", "away"])
    assert not noun_cut(["problems", "aboard", "the", "rig"], ["hours", "before", "the", "fire"])
    assert verb_bare(["Acme", "initially", "settles"], ["claims", "over", "its", "drug"], 1)
    assert not verb_bare(["Acme", "settles"], ["quickly"], 1)
    assert object_next(["the", "minister", "accused"], ["Acme", "of", "fraud"])
    assert not object_next(["the", "minister", "resigned"], ["on", "Friday"])


def test_teaser_fragment_gone():
    sentence = ("WASHINGTON (AP) -- The head of the company that built the collapsed bridge over the river says the "
                "failure was caused by a crack in its foundati...")
    title = write_title(sentence, [])
    assert not title.endswith(("foundati", "its")), title
    assert title.endswith("caused by a crack"), title


def test_short_trailing_ellipsis_kept():
    assert "holding up well" in write_title("So far the repairs are holding up well...", [])


def test_an_adjective_waits_for_its_noun():
    assert noun_cut(["records", "break", "rules", "about", "regular"], ["training", "for", "crews"])
    assert noun_cut(["the", "virus", "from", "the", "Mexican"], ["patients", "was"])
    assert not noun_cut(["the", "ruling", "is", "final"], ["pending", "appeal"])


def test_a_verb_after_not_waits_for_its_object():
    assert object_next(["engineers", "did", "not", "follow"], ["correct", "procedures"])
    assert not object_next(["engineers", "did", "not", "follow"], ["yesterday"])


def test_an_inverted_condition_is_a_clause_of_its_own():
    text = ("Lena Ortiz admits that the supervisors at the depot could have prevented the derailment had they checked "
            "the brakes before the freight train left.")
    cut = "Lena Ortiz admits that the supervisors at the depot could have prevented"
    assert longer_whole(text, cut, ends_open, 2) == cut + " the derailment"


def test_an_ing_modifier_takes_its_noun_along():
    text = "Inspectors say the crews did not follow correct drilling procedures before the well blew out"
    cut = "Inspectors say the crews did not follow"
    assert longer_whole(text, cut, ends_open, 1) == cut + " correct drilling procedures"


def test_a_capitalised_word_before_an_ellipsis_is_whole():
    sentence = ("In a story on Monday, the news agency reported that flood victims have until Friday to file claims "
                "for damages from Acme Water PLC..")
    assert cut_word_gone(sentence, [])[0] == sentence
    teaser = ("LONDON (AP) -- The engineer who inspected the collapsed bridge over the river says the failure was caused "
              "by a crack in its foundati...")
    assert cut_word_gone(teaser, [(0, 6)]) == (teaser[:teaser.index(" in its")], [(0, 6)])


def test_no_stop_inside_a_name_a_number_or_a_bare_content_clause():
    text = "Officials refused to release data of the National Oceanic and Atmospheric Administration on the spill"
    cut = "Officials refused to release"
    assert longer_whole(text, cut, ends_open, 1).endswith("Atmospheric Administration")
    text = "The minister will push to enact an overhaul of the $2.5 trillion health care system this year"
    cut = "The minister will push to enact an overhaul"
    assert longer_whole(text, cut, ends_open, 2).endswith("health care system")
    text = "The complaints include allegations that the mill had ignored safety warnings for years"
    cut = "The complaints include allegations"
    assert "that the mill had ignored safety warnings" in longer_whole(text, cut, ends_open, 2)


def test_a_name_before_a_noun_is_its_modifier():
    assert noun_cut(["an", "altered", "image", "of", "its", "Gulf", "of", "Mexico"], ["oil", "spill", "centre"])
    assert not noun_cut(["the", "minister", "met", "Hayward"], ["said", "he"])


def test_a_cut_before_so_ends_the_clause():
    text = "The governor demands millions from the utility so his office could decide who gets the money"
    cut = "The governor demands millions from the utility"
    assert longer_whole(text, cut, ends_open, 2) == cut


def test_no_stop_before_an_agent_or_after_an_ordinal():
    text = "The singer's brother has explained his criticism of a forthcoming concert organised by a Cardiff promoter"
    cut = "The singer's brother has explained his criticism"
    assert not longer_whole(text, cut, ends_open, 3).endswith("organised")
    text = "The freighter is believed to be crewed by 17th Fleet marines, the reports say"
    cut = "The freighter is believed to be crewed"
    assert not longer_whole(text, cut, ends_open, 2).endswith("17th")
