"""More of the news day's undated sayings (:mod:`.day_sayings`, :mod:`.described_speakers`, :mod:`.saying_sentences`).

Every text here is written for these tests: a speaker opened by a phrase ("But", "In Harbour Town,", "Asked about
..."), named with two appositions, saying with another verb than "said" ("warned", "denied", "urged"); a body that
speaks through its spokesman; a saying further down the story than the day's acts are looked for, or after a vaguer
date that holds the news day; and a saying after a lead dated by its publication.
"""

from __future__ import annotations

import pytest
from day_sayings_support import LEAD, dated, events_of

from timeline.extract.day_sayings import saying_speaker
from timeline.extract.described_speakers import described_speaker

#: Sentences that tell no happening and date nothing: the story's background, to put distance after the lead.
_FILLER = [f"The channel is {n} miles long and lined with reed beds.\n" for n in range(3, 15)]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("But Marta Ilves said the channel buoys had drifted in the storm.", "Marta Ilves"),
    ("In Harbour Town, Mayor Ann Ellery said the ferries would run from the south quay.", "Mayor Ann Ellery"),
    ("Asked about the delay, Inspector Jon Vaher said the divers had found a second crack.", "Inspector Jon Vaher"),
    ("Sen. Ann Ellery, D-Veldt, who has long fought the dredging plan, said the channel had been neglected.",
     "Sen. Ann Ellery"),
    ("Marta Ilves warned that the channel would silt up within a month.", "Marta Ilves"),
    ("Corvex Shipping denied that its pilot had been on the bridge.", "Corvex Shipping"),
])
def test_saying_speaker_after_an_opener_with_appositions_or_another_verb(sentence: str, speaker: str) -> None:
    assert saying_speaker(sentence) == speaker


@pytest.mark.parametrize("sentence", [
    "But Marta Ilves, head of the pilots' union, said the channel buoys had drifted in the storm.",
    "Marta Ilves urged the port to dredge the channel at once.",
    "Corvex Shipping denied that its pilot had been on the bridge.",
    "In Harbour Town, Mayor Ann Ellery criticised the port for closing the quay without notice.",
])
def test_such_a_saying_takes_the_news_day(sentence: str) -> None:
    assert dated(events_of(LEAD + sentence + "\n"), sentence[8:40]) == ["2031-05-15"]


@pytest.mark.parametrize(("sentence", "body"), [
    ("A Corvex spokesman said the tanker's pilot had followed the port's orders.", "Corvex"),
    ("A spokeswoman for the Veldt Harbour Board said the quay would reopen once the hull was patched.",
     "Veldt Harbour Board"),
    ("Corvex officials confirmed that the tanker's second engine had failed.", "Corvex"),
    ("A spokesman at Corvex headquarters in Tallmark said the company was cooperating with the inquiry.", "Corvex"),
    ("A Corvex spokesman said: “We are cooperating with the inquiry.”", ""),  # a quotation's introduction
    ("A Corvex spokesman said.", ""),
    ("The company said it would pay for the salvage.", ""),  # no body named
])
def test_described_speaker(sentence: str, body: str) -> None:
    assert described_speaker(sentence) == body


def test_a_bodys_spokesman_takes_the_news_day_though_the_body_was_named_before() -> None:
    sentence = "A Corvex spokesman said the tanker's pilot had followed the port's orders.\n"
    text = LEAD + "The tanker belongs to the Corvex shipping line.\n" + sentence
    assert dated(events_of(text), "A Corvex spokesman said") == ["2031-05-15"]


def test_a_bodys_spokesman_after_the_body_spoke_goes_on_with_its_saying() -> None:
    text = (LEAD + "Corvex said its pilot had followed the port's orders.\n"
            "A Corvex spokesman said the company was cooperating with the inquiry.\n")
    assert dated(events_of(text), "A Corvex spokesman said") == []


def test_a_saying_further_down_the_story_takes_the_news_day() -> None:
    sentence = "The Ostmark Shipping Register reported 14 groundings in the channel this season.\n"
    assert dated(events_of(LEAD + "".join(_FILLER) + sentence), "reported 14 groundings") == ["2031-05-15"]


def test_a_vaguer_date_that_holds_the_news_day_keeps_it() -> None:
    sentence = "The Ostmark Shipping Register reported 14 groundings in the channel this season.\n"
    held = LEAD + "Grain exports through Veldt doubled this year.\n" + sentence
    background = LEAD + "Grain exports through Veldt doubled in 2029.\n" + sentence
    assert dated(events_of(held), "reported 14 groundings") == ["2031-05-15"]
    assert dated(events_of(background), "reported 14 groundings") == []


def test_a_saying_after_a_lead_dated_only_by_its_publication_takes_the_publication_day() -> None:
    text = ("Port officials in Veldt have closed the northern quay after a grain tanker ran aground in the channel.\n"
            "The tanker's crew of eighteen were taken ashore by lifeboat.\n"
            "The Ostmark Shipping Register reported 14 groundings in the channel this season.\n")
    assert dated(events_of(text), "reported 14 groundings") == ["2031-05-15"]


def test_a_state_told_before_a_trailing_speaker_is_no_saying_of_the_day() -> None:
    sentence = ("One option includes pumping sand, a method used on the Ostmark wreck, into the tanker's hold, "
                "said Marta Ilves.\n")
    assert dated(events_of(LEAD + sentence), "One option includes") == []


def test_a_bodys_spokesman_who_does_not_comment_tells_nothing() -> None:
    sentence = "A Corvex spokesman said the company does not comment on insurance claims.\n"
    assert dated(events_of(LEAD + sentence), "A Corvex spokesman said") == []


@pytest.mark.parametrize(("sentence", "body"), [
    ("The Veldt coastguard confirmed that fuel had reached the reed beds south of the quay.", "Veldt coastguard"),
    ("In Tallmark, the Estonian health ministry said two more crew members had been taken to hospital.",
     "Estonian health ministry"),
    ("Meanwhile, the Obama administration warned that the channel could stay shut for a month.",
     "Obama administration"),
    ("The harbour police said the channel would stay shut.", ""),  # no name: which police is not said
    ("The Tallmark-based U.N. agency said it was in daily contact with the port.", ""),  # an agency named before
    ("The Estonian government said: “We will pay for the salvage.”", ""),  # a quotation's introduction
])
def test_a_body_named_by_its_kind_after_its_countrys_or_places_name(sentence: str, body: str) -> None:
    assert described_speaker(sentence) == body


def test_a_body_named_by_its_kind_takes_the_news_day() -> None:
    sentence = "The Estonian government said it would pay for the salvage of the tanker.\n"
    assert dated(events_of(LEAD + sentence), "pay for the salvage") == ["2031-05-15"]


def test_a_body_named_by_its_kind_that_spoke_already_goes_on_with_its_saying() -> None:
    text = (LEAD + "The Estonian government said it would pay for the salvage of the tanker.\n"
            "The Estonian government said the channel would reopen once the hull was patched.\n")
    assert dated(events_of(text), "channel would reopen") == []
