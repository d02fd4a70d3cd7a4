"""Acts of the story's day by a body or a group named by its kind, after "Meanwhile,", after a plan for a later day,
(:mod:`.day_doers`, :mod:`.day_statements`).

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest
from extract_support import dated, events_of

from timeline.extract.day_doers import doer_head, without_beside_opener

LEAD = ("The harbour authority of Veldt closed the northern quay on Thursday after a grain tanker ran aground in "
        "the channel.\n"
        "Harbour master Ilse Brandt ordered the closure at dawn as the tide turned.\n"
        "Divers checked the hull for a leak.\n")


@pytest.mark.parametrize("sentence", [
    "The transport ministers agreed to reopen the southern channel to barges.",
    "Salvage crews pumped the fuel out of the stricken tanker.",
    "Ostmark port officials moved the waiting ferries to the western pier.",
    "Separately, the regional court adjourned the dock workers' pay case.",
])
def test_a_body_named_by_its_kind_does_an_act_of_the_day(sentence: str) -> None:
    events = events_of(LEAD + sentence + "\n")
    assert dated(events, sentence[:30]) == ["2031-05-15"]


@pytest.mark.parametrize("sentence", [
    "Eleven workers died when the tanker's sister ship sank.",  # what befell them: the backdrop told again
    "Two companies spent only modest amounts on salvage gear.",  # a tally
    "Fears of a spill hit the shares of the shipping line.",  # a thing, not a doer
    "The four salvage firms submitted tenders for the work.",  # counted: a tally
    "Port officials made no immediate comment on the grounding.",  # nothing done
    "Port officials echoed that worry.",  # a saying
    "Salvage crews planned to pump the fuel out of the hull.",  # a plan
    "The regional court banned night sailing after the 2019 ferry disaster.",  # the backdrop's act
    "Salvage crews pumped the fuel out of the hull, according to the Veldt Daily Post.",  # another report's
    "Port doctors checked the sailors every morning.",  # a habit
])
def test_what_no_doer_did(sentence: str) -> None:
    events = events_of(LEAD + sentence + "\n")
    assert dated(events, sentence[:30]) == []


def test_a_plan_for_a_later_day_does_not_end_the_news_day() -> None:
    events = events_of(LEAD + "The harbour authority will publish its inquiry into the grounding next month.\n"
                              "Salvage crews pumped the fuel out of the stricken tanker.\n"
                              "Meanwhile, the port police sealed off the road to the northern quay.\n")
    assert dated(events, "Salvage crews pumped") == ["2031-05-15"]
    assert dated(events, "Meanwhile, the port police") == ["2031-05-15"]  # beside, not tied to the plan


def test_an_earlier_period_still_ends_it() -> None:
    events = events_of(LEAD + "The channel was last closed by a grounding in 1998.\n"
                              "Salvage crews pumped the fuel out of the stricken tanker.\n")
    assert dated(events, "Salvage crews pumped") == []


def test_the_doer_and_the_opener() -> None:
    assert doer_head("The Corvex ", "Corvex", "Corvex Shipping Ltd", "hired")  # one word of the resolved actor
    assert doer_head("Port officials ", "officials", None, "moved")
    assert not doer_head("Five officials ", "officials", None, "moved")
    assert not doer_head("The workers ", "workers", None, "died")
    assert not doer_head("He ", "He", None, "sealed")
    assert without_beside_opener("Meanwhile, the port police ") == "The port police "
    assert without_beside_opener("The port police ") == "The port police "
