"""An act named again far down the page by a definite noun dated beside it is the act told before.

"The March 3 ruling", "the vote on Tuesday", "The decision, taken at a meeting on Tuesday": the definite noun picks
up an act the reader already knows, however far down, when the article tells one act of that verb at that day (or
an undated lead's act, no other act of its verb told between). Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

FRIDAY = dt.date(2026, 3, 20)
FILL = ("Residents of the valley have campaigned against the scheme for two years.\n"
        "The company says the plant would bring 400 jobs to the area.\n"
        "Opponents say the site floods every winter.\n"
        "A petition against the plant has gathered 12,000 signatures.\n"
        "Local businesses are divided over the plan.\n"
        "The regional government has not commented on the dispute.\n"
        "Farmers fear for the quality of their water.\n"
        "Two schools stand within a mile of the site.\n"
        "The nearest hospital is 40 miles away.\n")


def dated(text: str) -> list[tuple[str, int]]:
    found = extract(Document(path="t.txt", text=text, published=FRIDAY))
    return sorted((e.when.value(), len(e.sources)) for e in found if e.when.value().startswith("2026-03"))


def test_a_ruling_named_far_down_by_its_date_is_the_ruling_told() -> None:
    text = ("A judge in Arlen ruled on March 3 that the permit for the Keller chemical plant was unlawful.\n" + FILL
            + "The March 3 ruling by Judge Maria Olsen found that the agency had ignored the flood risk.\n")
    assert dated(text) == [("2026-03-03", 2)]


def test_a_noun_of_a_day_with_two_such_acts_names_neither() -> None:
    text = ("A judge in Arlen ruled on March 3 that the permit for the Keller chemical plant was unlawful.\n"
            "A court in Berel ruled on March 3 that the county's water levy was legal.\n" + FILL
            + "The March 3 ruling was the first of its kind in the region.\n")
    assert all(sources == 1 for _, sources in dated(text))


def test_the_leads_vote_named_far_down_with_its_day_is_the_lead_at_that_day() -> None:
    text = ("The Arlen council voted to close the town's oldest library.\n" + FILL
            + "The vote on Tuesday followed a year of cuts to the council's budget.\n")
    assert dated(text) == [("2026-03-17", 2)]


def test_the_leads_decision_named_a_few_sentences_down_is_the_lead() -> None:
    text = ("The Arlen council has decided to close the town's oldest library.\n" + "".join(FILL.splitlines(keepends=True)[:4])
            + "The decision, taken at a meeting on Tuesday, surprised campaigners.\n")
    assert dated(text) == [("2026-03-17", 2)]


def test_another_vote_told_between_keeps_the_far_noun_from_the_lead() -> None:
    text = ("The Arlen council voted to close the town's oldest library.\n" + FILL
            + "The county board voted on Monday to raise the water levy.\n"
            + "The vote on Tuesday followed a year of cuts to the council's budget.\n")
    assert ("2026-03-20", 1) in dated(text)


def test_a_noun_near_a_date_but_not_dated_by_it_names_no_act() -> None:
    # "after the reports" follows the day of the shares' gain; "that sank" is a relative clause, no noun.
    text = ("His remarks follow reports on Monday that Norlin Bank is seeking investors in the Gulf.\n" + FILL
            + "Norlin Bank's shares gained 3% on Monday after the reports of Gulf interest.\n")
    assert all(sources == 1 for _, sources in dated(text))
    text = ("The coastguard says no fuel appears to be leaking from a ferry that sank off Vorn on Thursday.\n" + FILL
            + "Divers reached the ferry, which sank on Thursday in 40 metres of water.\n")
    assert all(sources == 1 for _, sources in dated(text))
