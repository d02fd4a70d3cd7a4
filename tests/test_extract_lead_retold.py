"""An undated lead dated by the sentence right after it that tells its act again with its day (:mod:`.lead_retold`).

Every text here is written for these tests. The lead states the act; the next sentence names it again by its noun
("The order was made on Monday"), does the lead's saying again as a noun ("made their comments in a March 3
meeting"), or is the same speaker's statement with its day. A date tied to something else in that sentence, a
plan after the publication and another act of the kind leave the lead at the publication day.
"""

from __future__ import annotations

from extract_support import dated, events_of


def test_the_act_named_again_by_its_noun_dates_the_lead() -> None:
    text = ("Valtra Bank has ordered its traders to stop dealing with the shipping firm Norlin.\n"
            "The order to the traders came from a senior executive and was made on Monday, according to a person "
            "familiar with it.\n"
            "It told traders not to trade with Norlin for a year.\n")
    events = events_of(text)
    assert dated(events, "has ordered its traders") == ["2031-05-12"]
    lead = next(e for e in events if any("has ordered its traders" in s.quote for s in e.sources))
    assert any("was made on Monday" in s.quote for s in lead.sources)  # one act told twice


def test_a_decision_named_again_dates_the_lead() -> None:
    text = ("The Harlow city council has decided to close the old Mill Bridge to lorries.\n"
            "Their decision was taken at a late session on Tuesday, after two years of complaints.\n")
    assert dated(events_of(text), "has decided to close") == ["2031-05-13"]


def test_the_same_speakers_statement_with_its_day_dates_the_lead() -> None:
    text = ("Norvik Ports told a judge it was committed to waiving the disputed charge on ferry tickets, which could "
            "have cost travellers millions.\n"
            "\"We have chosen to waive the statutory limit under the act,\" Norvik Ports said in a court filing on "
            "Monday.\n")
    events = events_of(text)
    assert dated(events, "told a judge") == ["2031-05-12"]
    assert len(events) == 1  # one statement told twice


def test_a_date_tied_to_another_happening_leaves_the_lead_alone() -> None:
    text = ("Police officers have searched the Riverside offices of the builder Ansel Crane.\n"
            "The search is the second in a week, following a similar raid on his depot on 9 May.\n")
    assert dated(events_of(text), "have searched the Riverside") == ["2031-05-15"]


def test_another_act_of_the_kind_is_news_of_its_own() -> None:
    text = ("Valtra Bank has ordered its traders to stop dealing with the shipping firm Norlin.\n"
            "Another order to the traders was made on Monday, a person familiar with it said.\n")
    assert dated(events_of(text), "has ordered its traders") == ["2031-05-15"]


def test_a_plan_told_next_does_not_date_the_lead() -> None:
    text = ("Valtra Bank has ordered its traders to stop dealing with the shipping firm Norlin.\n"
            "The order will be reviewed by the board on Monday, a spokesman for the bank said.\n")
    assert dated(events_of(text), "has ordered its traders") == ["2031-05-15"]


def test_another_speakers_statement_does_not_date_the_lead() -> None:
    text = ("Norvik Ports told a judge it was committed to waiving the disputed charge on ferry tickets, which could "
            "have cost travellers millions.\n"
            "\"The charge was never lawful,\" Anna Berg, a lawyer for the ferry operators, said on Monday.\n")
    assert dated(events_of(text), "told a judge") == ["2031-05-15"]
