"""One statement told by an institution or an office and again by the person who spoke for it is one event (issue
16, duplicates): "..., the water board said on Friday." then "Water board engineer Ann Roe said on Friday ...".
And the lines that must stay apart: a person's statement before the institution's, a worker quoted by name beside
the institution, one more statement told with "also".

Every text here is written for these tests.
"""

from __future__ import annotations

from extract_support import events_of, together

from timeline.extract.one_voice import Voice, voice


def _quoted(events: list) -> list[int]:
    return sorted(len(e.sources) for e in events)


def test_an_institutions_statement_told_again_by_its_named_engineer_is_one_event() -> None:
    text = ("No cracks were found in the Holm dam after the storm, Nordvatten said on Monday.\n"
            "Nordvatten engineer Ann Roe said on Monday that the inspection took six hours.\n")
    events = events_of(text)
    assert _quoted(events) == [2]
    assert events[0].when.value() == "2031-05-12"


def test_an_office_told_first_and_its_holder_named_in_the_next_sentence_are_one_event() -> None:
    text = ("The port of Holm will reopen to cargo ships within a week, its director said on Monday.\n"
            'Director Ina Vos told reporters on Monday: "We are ready for them."\n')
    assert _quoted(events_of(text)) == [2]


def test_a_holder_named_bare_right_after_the_office_spoke_is_that_office() -> None:
    text = ("The flu season has peaked in the north, the country's chief medical officer said on Monday.\n"
            "Olaf Berg warned on Monday against dropping the new hygiene rules too soon.\n")
    assert _quoted(events_of(text)) == [2]


def test_a_lead_attributed_to_officials_is_one_event_with_the_named_official_a_few_lines_on() -> None:
    text = ("The leaking Holm pipeline has finally been sealed, officials said on Monday.\n"
            "Crews had worked on it for nine weeks.\n"
            "Fishing boats stayed in the harbour.\n"
            "The most senior official on the site, harbour master Eva Lund, said on Monday that the pipe was safe.\n")
    assert together(events_of(text), "finally been sealed", "pipe was safe")


def test_a_person_named_first_and_the_institution_after_are_two_statements() -> None:
    text = ("Nordvatten engineer Ann Roe said on Monday that the inspection took six hours.\n"
            "Nordvatten said on Monday that it would raise its charges next year.\n")
    assert not together(events_of(text), "six hours", "raise its charges")


def test_a_worker_the_article_ties_to_the_institution_elsewhere_is_not_its_voice() -> None:
    text = ("Jon Dahl, a Nordvatten pump worker, was on the site during the storm.\n"
            "No cracks were found in the Holm dam after the storm, Nordvatten said on Monday.\n"
            "Jon Dahl said on Monday that one of the pumps had failed twice.\n")
    assert not together(events_of(text), "No cracks", "failed twice")


def test_a_further_statement_told_with_also_stays_apart() -> None:
    text = ("No cracks were found in the Holm dam after the storm, Nordvatten said on Monday.\n"
            "Nordvatten engineer Ann Roe also said on Monday that the company would raise its charges.\n")
    assert not together(events_of(text), "No cracks", "raise its charges")


def test_a_voice_is_read_from_its_attribution() -> None:
    assert voice("No cracks were found, the water board said on Monday.") == Voice(frozenset({"water", "board"}))
    named = voice("Water board engineer Ann Roe said on Monday that it held.")
    assert named is not None and named.surname == "Roe" and {"water", "board", "engineer"} <= named.words
    appositive = voice("The most senior official, harbour master Eva Lund, said the pipe was safe.")
    assert appositive is not None and appositive.surname == "Lund" and "official" in appositive.office
    assert voice("The Holm water board said it held.").surname == ""  # an institution's name takes "the"
    assert voice("The dam held after the storm.") is None
    perfect = voice("The minister, Ina Vos, has told MPs that the line will close.")
    assert perfect is not None and perfect.surname == "Vos"


def test_a_lead_whose_subject_is_an_office_and_its_holder_named_in_the_next_sentence_are_one_event() -> None:
    # The lead's verb is no saying verb ("has criticised"), so no attribution names the voice: its subject does.
    text = ("The chief executive of Alba Bank has criticised the audit that rival Brix Bank ordered into its losses.\n"
            "Ina Vos told a banking conference in Holm on Thursday that anyone auditing a bank had to look at its pay.\n"
            "Brix Bank has said the audit was fair.\n")
    events = events_of(text)
    assert together(events, "has criticised the audit", "anyone auditing")
    assert not together(events, "has criticised the audit", "audit was fair")


def test_an_office_lead_and_a_person_introduced_by_another_role_stay_apart() -> None:
    text = ("The chief executive of Alba Bank has criticised the audit that rival Brix Bank ordered into its losses.\n"
            "Ina Vos, an analyst at Holm Securities, said on Thursday that anyone auditing a bank had to look at its pay.\n")
    assert not together(events_of(text), "has criticised the audit", "anyone auditing")
