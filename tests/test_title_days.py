"""A title never names a day its event is not dated to (session 19, blind judges' wrong dates).

A sentence with two dates gives an event for each, and each title drops only its own date, so the other one
stays: "[June 2] The mayor signs the order June 1" from "signed the order June 1, not June 2". When the day
left in the title dates the title's own verb, the title is the other date's event told at the wrong date.
A day that dates something else in the title (a noun's, a reported or planned clause's, a denied one, one of
a list) is no disagreement. Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract import extract
from timeline.extract.title_days import names_other_day, tells_other_day
from timeline.model import Document
from timeline.when import When

FRIDAY = dt.date(2026, 3, 20)


def events_of(text: str) -> list[tuple[str, str]]:
    return [(e.when.value(), e.title) for e in extract(Document(path="t.txt", text=text + "\n", published=FRIDAY))]


@pytest.mark.parametrize(("title", "value"), [
    ("The mayor signs the order March 2", "2026-03-03"),
    ("The two unions also discuss on Tuesday the plan to merge their pension funds", "2026-01"),
    ("Shares in the brewer fall 2% on Thursday", "2026-03-18"),
    ("A ferry runs aground and loses power Wednesday off the northern cape", "2026-03-20"),
    ("The council approves the budget on 4 March", "2026-02-04"),
])
def test_a_day_dating_the_titles_own_verb_must_be_the_events(title: str, value: str) -> None:
    assert names_other_day(title, When.parse(value)) is not None


@pytest.mark.parametrize(("title", "value"), [
    ("The mayor signs the order March 2", "2026-03-02"),
    ("The mayor signs the order, not March 3", "2026-03-02"),
    ("Shares in the brewer fall 2% on Thursday", "2026-03-19"),
    ("The committee announces it would hold a hearing on 30 April", "2026-03-19"),
    ("The firm corrects an estimate from Tuesday", "2026-03-19"),
    ("Divers planned to spend Monday and Tuesday searching the wreck", "2026-03-16"),
    ("The insurer says costs tied to the January 9 storm cut its profit", "2026-Q1"),
    ("Minutes of a meeting with Hale on March 2 are read out at the inquiry", "2026-03-19"),
    ("The agency writes to the mayor, inviting her to a meeting next Thursday", "2026-03-19"),
    ("Crews work on Monday to clear the line", "2026-W12"),
    ("Shares in the brewer rise 2% in early trading, having lost 3% on Monday", "2026-03-17TMO"),
    ("The judge orders a six-week trial starting March 2, 2027", "2026-03-19"),
    ("Gates open for Saturday's concert", "2026-03-20T16:00"),
])
def test_a_day_dating_something_else_is_no_disagreement(title: str, value: str) -> None:
    assert names_other_day(title, When.parse(value)) is None


def test_a_denied_day_gives_no_event_of_its_own() -> None:
    events = events_of("The mayor signed the order March 2, not March 3.")
    assert any(when == "2026-03-02" for when, _ in events), events
    assert not any(when == "2026-03-03" for when, _ in events), events


def test_a_nouns_earlier_date_does_not_take_the_main_clauses_title() -> None:
    events = events_of("The two unions also discussed on Tuesday the possibility of a joint ballot - a step "
                       "like the ballot held unsuccessfully three months ago.")
    assert not any("on Tuesday" in title and not when.startswith("2026-03-17") for when, title in events), events


def test_a_second_item_with_its_own_date_keeps_its_event() -> None:
    # (its title is badly cut, as before; the date is its own: only the title is to be mended)
    events = events_of("The council opened the first of two shelters on 2 March, and the second on 9 March.")
    assert any(when == "2026-03-09" for when, _ in events), events
    events = events_of("Work on the first shelter started on 2 March, with the second starting on 9 March.")
    assert any(when == "2026-03-02" for when, _ in events), events


def test_a_clause_told_as_a_distance_from_a_dated_happening_takes_the_distance() -> None:
    # the title keeps "two days after the mayor's death": its day is two days after the death's, never the death's
    events = events_of("Inspector Dana Hale, who questioned the driver two days after the mayor's death on 3 March "
                       "2025, told the court about the interview.")
    assert not any(when == "2025-03-03" and "two days after" in title for when, title in events), events
    assert any(when == "2025-03-05" and "questions the driver" in title for when, title in events), events


def test_an_and_inside_a_subordinate_clause_opens_no_second_item() -> None:
    # the Friday belongs to the slick's "expected to hit", after "as": the filing's title at Friday tells another day
    text = ("The claim was filed late on Wednesday in the district court as the port and the coast guard fought a "
            "slick expected to reach the shore on Friday.")
    friday = (text.index("Friday"), text.index("Friday") + len("Friday"))
    assert tells_other_day("The claim is filed late on Wednesday in the district court", When.parse("2026-03-20"),
                           text, friday, (0, len(text)), retold=True)
    two = "The council opened the first shelter on 2 March, and the second on 9 March."
    ninth = (two.index("9 March"), two.index("9 March") + 7)
    assert not tells_other_day("The council opens the first shelter on 2 March", When.parse("2026-03-09"),
                               two, ninth, (0, len(two)), retold=True)
    # a comma's "and" closes the clause before it: "..., 12 days after the fire broke out and spread, and a second"
    events = events_of("The council opened the first shelter on 2 March, ten days after the storm hit and flooded "
                       "the town, and a second shelter on 9 March.")
    assert any(when == "2026-03-09" for when, _ in events), events
