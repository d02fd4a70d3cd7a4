"""An undated lead's share move told again further down with the day of the trading is one event, at that day.

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

FRIDAY = dt.date(2026, 3, 20)
_MIDDLE = ("Regulators said the inquiry would look at three years of accounts.\n"
           "The bank has denied any wrongdoing and promised to cooperate.\n"
           "Its chief executive cancelled a planned trip to Asia.\n"
           "Analysts said the fine could reach several hundred million dollars.\n")


def moves(text: str) -> list[tuple[str, int]]:
    found = extract(Document(path="t.txt", text=text, published=FRIDAY))
    return sorted((e.when.value(), len(e.sources)) for e in found if "share" in e.title.lower()
                  or "stock" in e.title.lower())


def test_the_leads_move_told_far_down_with_its_day_is_one_event_at_that_day() -> None:
    text = ("Shares in Norlin Bank plunged after regulators opened an inquiry into its accounts.\n" + _MIDDLE
            + "Norlin Bank's shares tumbled 14 percent on Thursday, their worst day in a decade.\n")
    assert moves(text) == [("2026-03-19", 2)]


def test_a_move_the_other_way_is_its_own_event() -> None:
    text = ("Shares in Norlin Bank plunged after regulators opened an inquiry into its accounts.\n" + _MIDDLE
            + "Norlin Bank's shares rose 3 percent on Thursday after the company named a new auditor.\n")
    assert len(moves(text)) == 2


def test_another_markets_move_is_its_own_event() -> None:
    text = ("Shares in Norlin Bank plunged in London after regulators opened an inquiry into its accounts.\n" + _MIDDLE
            + "In New York, Norlin Bank's shares tumbled 9 percent on Thursday.\n")
    assert len(moves(text)) == 2


def test_a_day_of_something_else_beside_the_move_does_not_date_it() -> None:
    text = ("Shares in Norlin Bank plunged after regulators opened an inquiry into its accounts.\n" + _MIDDLE
            + "Norlin Bank's shares slid 2 percent in thin trading, after an analyst's note on the bank's loans "
            "published on Thursday by Kessel Brokers.\n")
    assert ("2026-03-20", 1) in moves(text)  # the lead keeps its page's day, alone


def test_a_commoditys_move_told_with_its_trading_day_is_the_leads() -> None:
    text = ("Oil prices jumped above $90 a barrel as traders worried about supplies from the Gulf.\n" + _MIDDLE
            + "Brent crude rose $2.10 to settle at $90.45 a barrel in trading on Thursday.\n")
    found = extract(Document(path="t.txt", text=text, published=FRIDAY))
    assert [(e.when.value(), len(e.sources)) for e in found if "$90" in e.title] == [("2026-03-19", 2)]


def test_a_day_tied_to_something_else_by_following_does_not_date_the_move() -> None:
    text = ("Shares in Norlin Bank rallied as investors cheered the end of the inquiry.\n" + _MIDDLE
            + "Norlin Bank's shares climbed 8 percent following confirmation on Thursday that the inquiry was over.\n")
    assert ("2026-03-20", 1) in moves(text)


def test_one_days_move_told_twice_far_apart_is_one_event() -> None:
    text = ("A court in Arlen fined Norlin Bank $40 million on Tuesday for hiding losses from investors.\n"
            "The court said the bank had misled its auditors for three years.\n"
            "The bank said it would appeal.\n"
            "Norlin Bank's London share price tumbled to its lowest level in a decade on Tuesday, as traders fled "
            "European lenders.\n" + _MIDDLE
            + "Norlin Bank's London-listed shares hit their lowest level since March 2014 on Tuesday, dropping more than 9 "
            "percent in heavy dealing.\n")
    assert moves(text) == [("2026-03-17", 2)]


def test_the_days_later_recovery_is_another_moment_of_its_trading() -> None:
    text = ("A court in Arlen fined Norlin Bank $40 million on Tuesday for hiding losses from investors.\n"
            "Norlin Bank's London share price tumbled to its lowest level in a decade on Tuesday.\n" + _MIDDLE
            + "Norlin Bank's London-listed shares later recovered, ending down 1 percent on Tuesday.\n")
    assert len(moves(text)) == 2
