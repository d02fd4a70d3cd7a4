"""A title does not end on a noun whose content is the clause after it ("its claim | that ...", "in the hope | that
..."): it goes on into the clause when the clause's verb and a whole phrase fit, else ends at an earlier whole
phrase (issue 16). Every sentence here is invented for the test."""

from __future__ import annotations

from timeline.extract.title_clause_nouns import noun_before_content, part_before_whole
from timeline.extract.title_whole import into_content
from timeline.extract.titles import write_title


def test_an_earlier_whole_phrase_beats_ending_on_the_hope() -> None:
    title = write_title("The town council has been planting willows along the riverbank in the hope that their roots "
                        "would hold the soil when the spring floods come.", [])
    assert title == "The town council has been planting willows along the riverbank"


def test_an_earlier_whole_clause_beats_ending_on_the_fact() -> None:
    title = write_title("Our rail network is old and slow, plus the fact that the northern line is always overcrowded "
                        "does not help anyone at all.", [])
    assert title == "Our rail network is old and slow"


def test_the_cut_goes_into_the_clause_past_its_verb() -> None:
    sentence = ("Harbour officials voice fears that the new tolls might drive small firms out of business before the "
                "summer in the northern towns and villages")
    words = sentence.split()
    assert into_content(words[:4], words[4:]) == ("Harbour officials voice fears that the new tolls might drive small "
                                                   "firms out of business")


def test_a_relative_clause_after_the_noun_is_no_content() -> None:
    kept, relative, content = "The council rejects the report", "that was released last week", "that the bridge is unsafe"
    assert noun_before_content(kept.split(), relative.split()) is False
    assert noun_before_content(kept.split(), content.split()) is True


def test_one_of_a_set_and_a_trouble_wait_for_the_phrase_that_says_which() -> None:
    latest, rest = "The storm is the latest", "in a series of setbacks for the ferry firms"
    assert part_before_whole(latest.split(), rest.split()) is True
    problems, rest = "The inspector says there were problems", "with the new cranes at the port"
    assert part_before_whole(problems.split(), rest.split()) is True
    fixed, rest = "The ferry left the harbour first", "in the morning"
    assert part_before_whole(fixed.split(), rest.split()) is False


def test_a_change_waits_for_what_changed_and_a_superlative_stands_alone() -> None:
    change, rest = "New images show a reduction", "in silt near the dam"
    assert part_before_whole(change.split(), rest.split()) is True
    best, rest = "The crews are among the best", "in the region"
    assert part_before_whole(best.split(), rest.split()) is False
