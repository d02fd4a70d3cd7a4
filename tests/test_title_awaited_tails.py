"""A title cut never stops inside a phrase whose last kept word looks complete (issue 16, "cut"): a number before the
noun it counts, a measure before its "of", a verb of keeping before its object or its "from", a participle or
hyphened adjective before its noun. A clause of concession with a quoted phrase in it goes from a report as one
without. Every sentence here is invented."""

from __future__ import annotations

from timeline.extract.awaited_tails import measure_dropped, tail_awaited
from timeline.extract.title_needed_complements import complement_needed
from timeline.extract.titles import write_title


def _awaited(kept: str, rest: str) -> bool:
    return tail_awaited(kept.split(), rest.split())


def _dropped(kept: str, rest: str) -> str | None:
    return measure_dropped(kept.split(), rest.split())


def _title(sentence: str, date: str) -> str:
    at = sentence.index(date)
    return write_title(sentence, [(at, at + len(date))])


def test_a_number_before_what_it_counts_is_open() -> None:
    assert _awaited("a survey found a layer of silt two", "metres below the harbour floor")
    assert _awaited("the city approved the $40 million", "flood barrier")
    assert not _awaited("the number of cases rose to 530", "today across the region")
    assert not _awaited("the storm killed 11", "in the valley")
    assert not _awaited("the council voted 7", "to 2")


def test_a_measure_before_its_of_is_open() -> None:
    assert _awaited("the volunteers sat through more than six hours", "of safety briefings")
    assert not _awaited("the volunteers sat through the briefings", "of the morning")


def test_a_keeping_verb_before_its_object_or_its_from_is_open() -> None:
    assert _awaited("the rules prevented local engineers", "from publishing the survey")
    assert _awaited("the mayor says the board barred", "city planners from visiting")
    assert not _awaited("the board barred the plan", "from the start")


def test_a_modifier_before_its_noun_is_open() -> None:
    assert _awaited("the crews will try another controlled", "burn of the slick")
    assert _awaited("the mayor feared a Chernobyl-like", "disaster for the town")
    assert not _awaited("the crews will try another controlled burn", "of the slick")


def test_a_present_verb_before_its_object_is_open() -> None:
    assert _awaited("a shortage of staff and poor planning hinders", "the rescue effort")
    assert not _awaited("the report hinders", "in places")


def test_the_first_of_two_adjectives_before_their_noun_is_open() -> None:
    assert _awaited("the mayor spoke to residents during her brief,", "rain-soaked visit to the valley")
    assert _awaited("the mayor spoke to residents during her brief", ", rain-soaked visit to the valley")
    assert not _awaited("the mayor inspected the dam,", "damaged by the storm")
    assert not _awaited("the mayor visited her home,", "a farm near the river")


def test_a_title_ends_before_two_adjectives_it_cannot_hold() -> None:
    title = _title("The mayor met with a group of farmers on Sunday during her brief, rain-soaked tour of the flooded river "
                   "valley.", "on Sunday")
    assert title == "The mayor meets with a group of farmers"


def test_a_measure_after_a_noun_goes_with_its_number() -> None:
    assert _dropped("a survey has confirmed a layer of toxic silt two", "metres below the floor") \
        == "a survey has confirmed a layer of toxic silt"
    assert _dropped("the city approved the $40 million", "flood barrier") is None


def test_a_title_ends_before_a_measure_it_cannot_hold() -> None:
    title = _title("A survey of the effects of the March storm has confirmed the presence of a toxic chemical layer two "
                   "kilometres below the surface of the harbour.", "March")
    assert title == "A survey of the effects has confirmed the presence of a toxic chemical layer"


def test_a_concession_with_a_quoted_phrase_goes_from_a_report() -> None:
    title = _title('The coach told reporters on Friday that although he is still under contract "for the time being," he '
                   'has held talks with two other clubs about his future.', "on Friday")
    assert title == "The coach tells reporters he has held talks with two other clubs about his future"


def _needed(kept: str, rest: str) -> bool:
    return complement_needed(kept.split(), rest.split())


def test_a_verb_of_likening_needs_its_second_complement() -> None:
    assert _needed("The coach likened the final", "to a siege")
    assert _needed("The mayor described the flood", "as a disaster for the valley")
    assert not _needed("The council compared notes", "on Monday")
    assert not _needed("The mayor described the flood", "to reporters")


def test_a_verb_or_adverb_after_a_comma_opens_an_aside_not_an_adjective() -> None:
    assert not _awaited("the mission is not to declare war on the firm,", "said one senior official")
    assert not _awaited("the bank is unlikely to cancel the dividend,", "currently valued at $2 billion")
