"""Titles keep the complement that carries their verb's meaning, and shorten the speaker to make room for it."""

from __future__ import annotations

from title_support import title_of

from timeline.extract.title_needed_complements import complement_needed, degree_open, lighter_subjects


def _needed(kept: str, rest: str) -> bool:
    return complement_needed(kept.split(), rest.split())


def _degree(kept: str, rest: str) -> bool:
    return degree_open(kept.split(), rest.split())


def test_a_speakers_role_gives_way_to_the_clause_reported():
    title = title_of("Maria Lopez, Harbor Watch's fares policy director, acknowledged on Monday that the fare rises have "
                     "barely dented ridership but said a second increase would be harder to defend.", "on Monday")
    assert title == "Maria Lopez acknowledges the fare rises have barely dented ridership"


def test_a_focusing_adverb_opens_the_clause_a_title_may_leave_out():
    title = title_of("The returning officer said on Friday it was too early to call the result of the vote just because "
                     "the first count had been so close.", "on Friday")
    assert title == "The returning officer says it was too early to call the result of the vote"


def test_a_verb_of_keeping_needs_its_from_phrase():
    assert _needed("The new levee has kept the river", "from flooding the old town")
    assert _needed("Volunteers prevented the fire", "from reaching the school")
    assert not _needed("Volunteers stopped the fire", "from the hill above the school")
    assert not _needed("Crews stopped the leak", "from spreading further")  # ("stopped the leak" says it)


def test_a_verb_of_telling_needs_what_was_told():
    assert _needed("Councillors reminded the mayor", "how little money was left")
    assert _needed("The board informed its staff", "that the plant would close")
    assert not _needed("Councillors met the mayor", "that afternoon")


def test_a_verb_of_accusing_needs_its_charge():
    assert _needed("Lawmakers accused the minister and his officials", "in the department of misleading parliament")
    assert _needed("The union accused the company", "of breaking the agreement")
    assert not _needed("The union accused the company of breaking the deal", "in March")


def test_too_and_enough_need_their_infinitive():
    assert _degree("It is too early", "to say whether the outbreak has peaked")
    assert _degree("The dam is strong enough", "to hold the flood")
    assert not _degree("The dam is strong", "to the north of the town")


def test_money_put_somewhere_needs_its_purpose():
    assert _needed("The four shipping lines agreed to pool $2bn", "to build a salvage fleet")
    assert not _needed("The four shipping lines agreed to pool $2bn", "to the fund")


def test_lighter_subjects_keep_the_name_without_its_role():
    text = "Maria Lopez, Harbor Watch's fares policy director, acknowledges the fare rises have hurt"
    shorter = lighter_subjects(text, text.index("acknowledges"))
    assert ("Maria Lopez acknowledges the fare rises have hurt", len("Maria Lopez ")) in shorter
    # A verb that does not report keeps the role: the appositive may say who acted.
    text = "Maria Lopez, Harbor Watch's fares policy director, cuts the budget"
    assert lighter_subjects(text, text.index("cuts")) == []


def test_an_adverb_and_participle_after_the_article_describe_the_inner_subject():
    # "the newly repaired bridge": the participle is no verb, so the reported subject keeps its head and the speaker stays
    assert title_of("Inspectors say that the newly repaired bridge on the ring road near the old mill is not yet safe for "
                    "lorries this week.", "this week") == "Inspectors say that the newly repaired bridge is not yet safe for lorries"
    assert title_of("Residents say that the recently opened clinic in the market square near the station is not able to "
                    "cope with demand this winter.", "this winter") == (
        "Residents say that the recently opened clinic is not able to cope with demand")
