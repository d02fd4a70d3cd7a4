"""Holders of one office at two bodies, quoted side by side, said two things (issue 16: a wrong merge loses an
event): "a spokesman for Nordvatten" and "a spokesman for Holm Energy"; two chief executives; two chief medical
officers. One person named twice, or a body and the person speaking for it, stay one voice.

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

from extract_support import events_of

from timeline.extract.saying_source import named_source
from timeline.extract.speakers_apart import bodies_differ, body_words

TUESDAY = dt.date(2031, 5, 6)


def _together(events: list, first: str, second: str) -> bool:
    """Whether one event quotes both phrases."""
    return any(any(first in s.quote for s in e.sources) and any(second in s.quote for s in e.sources) for e in events)


def test_spokesmen_of_two_companies_said_two_things() -> None:
    text = ("The Holm pipeline leaked again on Monday, flooding two farms.\n"
            "Ina Vos, a spokeswoman for Nordvatten, which built the pipeline for the city, said on Monday: "
            '"The fault lies with the operator of the line."\n'
            "Jon Dahl, a spokesman for Holm Energy Ltd., a partner in the line, said on Monday the company "
            'was "not involved in running the pumps."\n')
    events = events_of(text, TUESDAY)
    assert not _together(events, "fault lies", "running the pumps")


def test_a_persons_spokeswoman_and_an_agencys_spokeswoman_said_two_things() -> None:
    text = ("Agents searched the offices of Dr Olaf Berg on Monday.\n"
            "Dr Berg's spokeswoman told reporters on Monday the search was a surprise to the doctor.\n"
            "Customs spokeswoman Ina Vos confirmed on Monday that a search was carried out.\n")
    events = events_of(text, TUESDAY)
    assert not _together(events, "was a surprise", "search was carried out")


def test_chief_executives_of_two_companies_told_a_hearing_two_things() -> None:
    text = ("Oil companies defended their safety records before a committee on Monday.\n"
            "Holm Oil chief executive Jon Dahl said on Monday the company's wells were safe and sound.\n"
            "Nordvatten chief executive Ina Vos told the committee on Monday that the leak would not have happened "
            "if the wells had been sound.\n")
    events = events_of(text, TUESDAY)
    assert not _together(events, "safe and sound", "leak would not have happened")


def test_a_name_set_off_by_commas_before_said_names_the_speaker() -> None:
    text = "The country's chief medical officer, Sir Olaf Berg, said today he was concerned."
    start = text.index("Olaf Berg")
    assert named_source(text, 0, len(text), [(start, start + len("Olaf Berg"), "Olaf Berg")]) == "Olaf Berg"
    place = "The aid will go to Holmstad, said the minister."  # a place, then the speaker after a fronted verb
    start = place.index("Holmstad")
    assert named_source(place, 0, len(place), [(start, start + len("Holmstad"), "Holmstad")]) == ""


def test_two_chief_medical_officers_said_two_things() -> None:
    text = ("The chief medical officer Dr Ann Roe said on Monday that tests had shown the man had the swine flu virus.\n"
            "He was taken to hospital in Holm.\n"
            "The latest cases came as the country's chief medical officer, Sir Olaf Berg, said on Monday he was "
            "concerned but not alarmed about the swine flu virus.\n")
    events = events_of(text, TUESDAY)
    assert not _together(events, "tests had shown", "concerned but not alarmed")


def test_one_person_named_twice_is_still_one_voice() -> None:
    text = ("The Holm dam is safe, its director said on Monday.\n"
            'Director Ina Vos told reporters on Monday: "We are ready for the storm."\n')
    assert _together(events_of(text, TUESDAY), "dam is safe", "ready for the storm")


def test_bodies_are_the_capitalised_words_that_are_no_name_office_or_rank() -> None:
    assert body_words("Ina Vos, a spokeswoman for Nordvatten", "Ina Vos") == {"nordvatten"}
    assert body_words("Customs spokeswoman Ina Vos", "Ina Vos") == {"customs"}
    assert body_words("Dr Berg's spokeswoman") == {"berg"}
    assert body_words("its director") == frozenset()
    assert bodies_differ(frozenset({"customs"}), frozenset({"berg"}))
    assert not bodies_differ(frozenset(), frozenset({"berg"}))
    assert not bodies_differ(frozenset({"holm", "water"}), frozenset({"holm"}))


def test_a_saying_told_in_the_passive_names_its_agent_as_the_speaker() -> None:
    text = ("The first death from the virus in the country was confirmed on Wednesday by Dr Ann Roe, the head of the "
            "health agency.\n"
            '"Unfortunately this morning I have to confirm that we have the first death of a child," she told a '
            "radio station.\n")
    events = events_of(text, dt.date(2031, 5, 7))  # a Wednesday
    assert _together(events, "was confirmed on Wednesday", "first death of a child")
    said = "The death was confirmed on Wednesday by Dr Ann Roe."
    start = said.index("Ann Roe")
    assert named_source(said, 0, len(said), [(start, start + len("Ann Roe"), "Ann Roe")]) == "Ann Roe"


def test_rules_a_participle_names_as_announced_by_someone_name_no_speaker() -> None:
    text = "Among the new rules announced by Ina Vos on Tuesday, ferries will have to carry more life rafts."
    start = text.index("Ina Vos")
    assert named_source(text, 0, len(text), [(start, start + len("Ina Vos"), "Ina Vos")]) == ""
