"""A body's formal answer of the news day by a speaker the story named before (:mod:`.formal_responses`).

Every text here is written for these tests: a statement issued, one opened with "In a statement,", an accusation
disputed, a proposal rejected, a first case confirmed; and what stays out: the same speaker's plain saying, the
lead's own speaker, a statement told twice, a quotation's credit, a running total.
"""

from __future__ import annotations

import pytest
from day_sayings_support import LEAD, dated, events_of

from timeline.extract.formal_responses import first_case_speaker, formal_response, statement_told

#: Corvex, named before it speaks: the tanker's owner.
_NAMED = "The tanker belongs to Corvex Shipping, which leases it from a bank in Tallmark.\n"


@pytest.mark.parametrize("sentence", [
    "Corvex said in a statement that its pilot had followed the port's orders.",
    "In a statement, Corvex said its pilot had been tested for alcohol after the grounding.",
    "In response to the closure, Corvex said its other ships would sail from the south quay.",
    "Corvex disputed the harbour board's findings about the tanker's engines.",
    "Corvex rejected the board's proposal to tow the tanker to Tallmark.",
])
def test_a_formal_answer_takes_the_news_day_though_its_speaker_was_named_before(sentence: str) -> None:
    assert dated(events_of(LEAD + _NAMED + sentence + "\n"), sentence[:30]) == ["2031-05-15"]


@pytest.mark.parametrize("sentence", [
    "Corvex said its pilot had followed the port's orders.",  # a plain saying: what Corvex says goes on
    "“The pilot followed orders,” Corvex said in a statement.",  # a quotation's credit
])
def test_a_plain_saying_of_a_speaker_named_before_stays_out(sentence: str) -> None:
    assert dated(events_of(LEAD + _NAMED + sentence + "\n"), sentence[:30]) == []


def test_the_same_statement_told_again_stays_out() -> None:
    first = "Corvex said in a statement that its pilot had followed the port's orders.\n"
    again = "Corvex said in a statement that the crew had been trained for such a grounding.\n"
    events = events_of(LEAD + _NAMED + first + again)
    assert dated(events, "the crew had been trained") == []


@pytest.mark.parametrize(("sentence", "speaker_end", "formal"), [
    ("Corvex said in a statement that the hull was sound.", 6, True),
    ("Corvex said in a written statement that the hull was sound.", 6, True),
    ("Corvex, the tanker's owner, said in a statement that the hull was sound.", 6, True),
    ("Corvex denied the allegations.", 6, True),
    ("Corvex said the hull was sound.", 6, False),
    ("Corvex said in a statement last month that the hull was sound.", 6, False),  # a statement of another time
    ("Corvex denied that the hull was cracked.", 6, False),
    ("Corvex said in a statement that it had spent $4 million on the salvage so far.", 6, False),  # a running figure  # a plain saying, :mod:`.day_sayings` reads it
])
def test_formal_response(sentence: str, speaker_end: int, formal: bool) -> None:
    assert formal_response(sentence, speaker_end) is formal


def test_a_new_speakers_statement_opened_so_takes_the_news_day() -> None:
    sentence = "In a statement, the Veldt Pilots Guild said its members would refuse night work.\n"
    assert dated(events_of(LEAD + sentence), "In a statement, the Veldt") == ["2031-05-15"]


def test_a_statement_opening_a_quotation_stays_out() -> None:
    sentence = "In a statement, the Veldt Pilots Guild said of the grounding: “Our members followed the rules.”\n"
    assert dated(events_of(LEAD + sentence), "In a statement, the Veldt") == []


def test_statement_told() -> None:
    assert statement_told("Corvex", "In its statement Corvex said the hull was sound. The board met.")
    assert statement_told("Corvex", "Corvex issued a statement on the grounding.")
    assert not statement_told("Corvex", "Corvex owns the tanker. The board issued a statement.")


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Veldt has now confirmed its first case of the fever.", "Veldt"),
    ("Meanwhile, Tallmark and Ostmark have confirmed their first cases.", "Tallmark and Ostmark"),
    ("The Tallmark Health Board reported its first death from the fever.", "The Tallmark Health Board"),
    ("Veldt has confirmed 4,210 cases of the fever.", ""),  # a running total
    ("Veldt confirmed that the fever had spread.", ""),
])
def test_first_case_speaker(sentence: str, speaker: str) -> None:
    assert first_case_speaker(sentence) == speaker


def test_a_first_case_takes_the_news_day() -> None:
    lead = ("Health officials in Ostmark closed two schools on Thursday after a teacher caught the fever.\n"
            "The teacher had returned from a trip abroad.\n")
    sentence = "Veldt has now confirmed its first case of the fever.\n"
    assert dated(events_of(lead + sentence), "Veldt has now confirmed") == ["2031-05-15"]


def test_a_bodys_spokesman_issuing_a_statement_takes_the_news_day_though_the_body_spoke_before() -> None:
    text = (LEAD + "A Corvex spokesman said the tanker had been insured.\n"
            "A Corvex spokesman said in a statement that its pilot had followed the harbour orders.\n")
    assert dated(events_of(text), "followed the harbour") == ["2031-05-15"]
