"""A lone plural noun of people opening a sentence in news of other kinds (:mod:`.news_plurals`, issue 16: titles).

Every text here is written for these tests. A capitalised "-s" word opening a sentence may be a surname ("Sanders
said"), so a title keeps its verb past unless the word is known as a plural noun; the list held the first stories'
("Fishermen", "Divers") and "Rescuers pulled 40 survivors from the rubble" stayed past in its title.
"""

from __future__ import annotations

import datetime as dt

from extract_support import events_of

THURSDAY = dt.date(2031, 5, 8)


def _titles(text: str) -> list[str]:
    return [e.title for e in events_of(text + "\n", THURSDAY)]


def test_rescuers_and_jurors_open_a_present_title() -> None:
    assert "Rescuers pull 40 survivors from the rubble" in _titles(
        "Rescuers pulled 40 survivors from the rubble on Tuesday.")
    assert any(t.startswith("Jurors reach") for t in _titles(
        "Jurors reached a verdict on Wednesday after four days of deliberation."))


def test_gunmen_and_depositors_open_a_present_title() -> None:
    assert any(t.startswith("Gunmen free") for t in _titles("Gunmen freed 17 aid workers on Tuesday."))
    assert any(t.startswith("Depositors withdraw") for t in _titles(
        "Depositors withdrew 4 billion euros from the lender on Friday."))


def test_a_happenings_plural_opens_a_present_title() -> None:
    assert any(t.startswith("Floods kill at least 38 people") for t in _titles(
        "Floods killed at least 38 people in the north of the country on Tuesday."))


def test_a_surname_in_s_still_keeps_its_past() -> None:
    assert "Summers visited the plant" in _titles("Summers visited the plant on Tuesday.")
