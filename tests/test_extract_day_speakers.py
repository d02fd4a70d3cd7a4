"""The news day's sayings whose new speaker is named as :mod:`.day_speakers` reads them: an office in lower case
before the name, the office first and the name set off by commas, an opening clause, a quotation opened by one who
holds an office. Every text here is written for these tests."""

from __future__ import annotations

import pytest
from day_sayings_support import LEAD, dated, events_of

from timeline.extract.day_speakers import holds_office, opening_speaker


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Corvex chairman Lauri Tamm said the company would pay for the salvage.", "Corvex chairman Lauri Tamm"),
    ("Veldt harbour director Ann Ellery said the quay would reopen soon.", "Veldt harbour director Ann Ellery"),
    ("Port authority spokeswoman Marta Ilves said divers had found a second crack.",
     "Port authority spokeswoman Marta Ilves"),
    ("The head of the port's salvage team, retired navy commander Jon Vaher, said the hull would hold.",
     "The head of the port's salvage team, retired navy commander Jon Vaher"),
    ("The port's spokesman, Karl Sepp, said the ferries would run from the south quay.",
     "The port's spokesman, Karl Sepp"),
    ("When asked why the channel had not been dredged, port spokeswoman Marta Ilves said the budget had been cut.",
     "port spokeswoman Marta Ilves"),
    ("Even as the divers went down, Corvex chairman Lauri Tamm said the pilot had followed orders.",
     "Corvex chairman Lauri Tamm"),
])
def test_opening_speaker_with_an_office_or_an_opening_clause(sentence: str, speaker: str) -> None:
    found = opening_speaker(sentence)
    assert found is not None and found.name == speaker and sentence[found.start:found.end] == speaker


@pytest.mark.parametrize("sentence", [
    "Corvex chairman Lauri Tamm said at a news conference.",  # a quotation's credit split from it
    "He said the hull would hold.",
    "The Daily Mirror reported that the pilot had been asleep.",  # another outlet's report
    "Divers found a second crack in the hull.",
])
def test_no_opening_speaker(sentence: str) -> None:
    assert opening_speaker(sentence) is None


def test_a_quotation_opened_by_its_speaker_is_marked_and_its_words_kept() -> None:
    found = opening_speaker("Ann Ellery, the harbour master, said: “We will reopen the quay on Monday.”")
    assert found is not None and found.quoted and found.said.startswith("We will reopen")
    partial = opening_speaker('Ann Ellery said "the worst is over" for the port.')
    assert partial is not None and not partial.quoted


@pytest.mark.parametrize(("who", "office"), [
    ("Ann Ellery, the harbour master,", False),
    ("Ann Ellery, the port's spokeswoman,", True),
    ("Veldt port director Ann Ellery", True),
    ("Ann Ellery", False),
])
def test_holds_office(who: str, office: bool) -> None:
    assert holds_office(who) is office


@pytest.mark.parametrize("sentence", [
    "Corvex chairman Lauri Tamm said the company would pay for the salvage.",
    "The port's spokesman, Karl Sepp, said the ferries would run from the south quay.",
    "When asked why the channel had not been dredged, port spokeswoman Marta Ilves said the budget had been cut.",
    "Ann Ellery, the port's director, said: “We will reopen the quay as soon as we can.”",
])
def test_such_a_saying_of_a_new_speaker_takes_the_news_day(sentence: str) -> None:
    text = LEAD + "Salvage tugs reached the tanker in the afternoon.\n" + sentence + "\n"
    assert dated(events_of(text), sentence[20:60]) == ["2031-05-15"]


@pytest.mark.parametrize("sentence", [
    # a quotation opened by someone with no office told: a bystander's colour as often as news
    "Ann Ellery, who walks her dog on the quay, said: “It was the loudest noise I ever heard.”",
    # a commentator's view
    "Shipping analyst Lauri Tamm said the port's insurers would raise their premiums.",
    # a speaker the story named since its lead: the statement told on
    "Corvex chairman Lauri Tamm said the company would pay for the salvage.",
])
def test_no_news_day_saying(sentence: str) -> None:
    named = "Lauri Tamm of Corvex said the pilot had followed the port's orders.\n" if "Corvex chairman" in sentence \
        else "Salvage tugs reached the tanker in the afternoon.\n"
    assert dated(events_of(LEAD + named + sentence + "\n"), sentence[20:60]) == []


def test_the_sentence_right_after_the_lead_tells_the_leads_news() -> None:
    sentence = "Port spokeswoman Marta Ilves said the quay had been closed as a precaution.\n"
    assert dated(events_of(LEAD.split("\n")[0] + "\n" + sentence), "Marta Ilves said") == []


def test_a_saying_told_as_made_recently_is_no_saying_of_the_day() -> None:
    recent = "Lauri Tamm said recently that the company would pay for the salvage.\n"
    assert dated(events_of(LEAD + "Salvage tugs reached the tanker in the afternoon.\n" + recent), "said recently") == []
    # (what was said may tell of something done recently: the saying is still the day's)
    told = "Lauri Tamm said the company had recently hired a second salvage firm.\n"
    assert dated(events_of(LEAD + "Salvage tugs reached the tanker in the afternoon.\n" + told),
                 "recently hired") == ["2031-05-15"]
