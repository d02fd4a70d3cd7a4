"""A quotation of the story's day credited at its end to a speaker not heard yet (:mod:`.quoted_day_sayings`).

Every text here is written for these tests: a lead dated to the news day, two sentences telling its happening on,
then a quotation credited last with no date of its own; and the quotations so told that must not take the day (a
bystander's, a commentator's, a view, a speaker heard already, the lead's own backing).
"""

from __future__ import annotations

import pytest
from day_sayings_support import LEAD, dated, events_of

from timeline.extract.day_statements import DAY_CONFIDENCE
from timeline.extract.quoted_day_sayings import closing_credit

#: The lead and one more sentence of its happening: a quotation after them is no backing of the lead's own.
STORY = LEAD + "Tugs held the tanker against the falling tide through the afternoon.\n"


@pytest.mark.parametrize("sentence", [
    "“We will reopen the quay as soon as the channel is safe,” a Corvex Shipping spokeswoman said.",
    "“Every pilot in the port is on standby,” Port Director Ines Rautio told reporters.",
    "“Divers will cut the hull open at first light,” said Piet Lamm, the salvage company's operations director.",
    "“Tankers must wait at anchor outside the harbour,” Mayor Otto Brandt of Veldt said at a news conference.",
])
def test_an_officials_quotation_credited_last_takes_the_news_day(sentence: str) -> None:
    events = events_of(STORY + sentence + "\n")
    assert dated(events, sentence[:30]) == ["2031-05-15"]
    saying = next(e for e in events if any(sentence[:30] in s.quote for s in e.sources))
    assert saying.confidence == DAY_CONFIDENCE  # a day read from where it stands, not stated


@pytest.mark.parametrize("sentence", [
    "“It was the strangest morning of my life,” said Kaia Tamm, a ferry passenger.",  # a bystander
    "“It was the strangest morning of my life,” Kaia Tamm said.",  # no office told: as often a bystander
    "“The closure will cost the port dearly,” said Jo Kent, a shipping analyst at Norvik Bank.",  # a commentator
    "“I understand how hard this is for the fishing fleet,” Mayor Otto Brandt said.",  # a view
    "“We will reopen the quay soon,” he said.",  # a pronoun
])
def test_what_is_no_quoted_saying_of_the_day(sentence: str) -> None:
    assert dated(events_of(STORY + sentence + "\n"), sentence[:30]) == []


def test_a_speaker_heard_already_goes_on_with_the_statement_told() -> None:
    text = (STORY + "Mayor Otto Brandt of Veldt said the town would pay for the clean-up of its beaches.\n"
            "“The channel stays closed to tankers,” Mayor Otto Brandt said.\n")
    assert dated(events_of(text), "“The channel stays closed") == []


def test_a_bodys_spokeswoman_after_the_body_spoke_goes_on_with_its_statement() -> None:
    text = (STORY + "Corvex Shipping said its crew had followed the pilots' orders.\n"
            "“We will reopen the quay as soon as the channel is safe,” a Corvex Shipping spokeswoman said.\n")
    assert dated(events_of(text), "“We will reopen the quay") == []


def test_a_quotation_right_after_the_lead_backs_the_lead() -> None:
    sentence = "“We will reopen the quay as soon as the channel is safe,” a Corvex Shipping spokeswoman said."
    assert dated(events_of(LEAD + sentence + "\n"), sentence[:30]) == []


@pytest.mark.parametrize(("sentence", "name"), [
    ("“We are ready,” a Corvex Shipping spokeswoman said.", "a Corvex Shipping spokeswoman"),
    ("“We are ready,” Harbour Master Ines Rautio told reporters when asked about the tide.", "Harbour Master Ines Rautio"),
    ("“We are ready,” said Piet Lamm, the operations director.", "Piet Lamm"),
    ("“All of them are ready,” Ines Rautio, the harbour master, told the Veldt Courier.", "Ines Rautio"),
    ("All of them are ready,” Ines Rautio told the Veldt Courier.", None),  # a longer quotation's further sentence
    ("“I'm worried about the hull,” Ines Rautio said.", None),  # the speaker's own state
    ("“If the tide holds, the tanker floats tonight,” Ines Rautio said.", None),  # a condition
    ("“We are ready,” he said.", None),
    ("Piet Lamm said the crews were ready.", None),
])
def test_the_credit_read(sentence: str, name: str | None) -> None:
    credit = closing_credit(sentence)
    assert (credit.name if credit else None) == name
    if credit is not None:
        assert sentence[credit.start:credit.end] == name
