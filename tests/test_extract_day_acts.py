"""The story day's undated acts: markets beside the shares, moves of other companies, a round-up's further acts
and a lead told after a present perfect (issue 16: recall).

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

from extract_support import dated, events_of

from timeline.extract.market_moves import Move, market_move, move_of
from timeline.extract.perfect_news import tells_a_plan_only

DAY = dt.date(2031, 5, 15)


# ------------------------------------------------------------ markets beside the shares
def test_an_index_a_commodity_and_a_trade_are_the_days_moves() -> None:
    assert market_move("The Harbour Exchange composite index fell 1.2 percent in thin trading.", 6)
    assert market_move("Crude prices rose almost 3 percent to $71 a barrel as traders feared shortages.", 6)
    assert market_move("Varden stock traded down 2.5 percent at 118 pence.", 6)


def test_a_price_of_no_market_and_a_trade_without_a_way_are_no_move() -> None:
    assert not market_move("Ticket prices fell 4 percent after the strike.", 6)
    assert not market_move("The shares traded at 300 pence for most of the morning.", 6)


def test_a_move_reads_its_mover_and_its_way() -> None:
    assert move_of("In New York, Kellmar's depositary shares fell more than 8 percent.") == Move("Kellmar", "down")
    assert move_of("Orvik's London-listed shares closed up 4 percent.") == Move("Orvik", "up")
    assert move_of("The shares slid 3 percent.", "Varden") == Move("Varden", "down")
    assert move_of("Crude prices rose almost 3 percent.") == Move("Crude", "up")


def test_another_companys_move_the_same_way_is_its_own_event() -> None:
    text = ("Regulators fined the ferry operator Kellmar $40 million on Thursday over the harbour collision.\n"
            "Kellmar shares fell 6 percent in London after the fine.\n"
            "The fine was the largest ever imposed on a shipping firm in the country.\n"
            "Orvik shares also tumbled 9 percent.\n"
            "Crude prices fell 2 percent as traders weighed the cost of the closure.\n")
    events = events_of(text)
    assert dated(events, "also tumbled 9 percent") == ["2031-05-15"]
    assert dated(events, "Crude prices fell") == ["2031-05-15"]


def test_the_same_companys_move_in_another_market_is_still_one_move() -> None:
    text = ("The ferry operator Kellmar warned on Thursday that its profits would halve this year.\n"
            "Shares in Kellmar fell 9 percent in London after the warning.\n"
            "In New York, Kellmar's American depositary shares fell more than 8 percent.\n")
    events = events_of(text)
    assert dated(events, "fell 9 percent") == ["2031-05-15"]
    assert not dated(events, "more than 8 percent")


# ------------------------------------------------------------ a round-up names its day again
def _roundup(background: int) -> str:
    return ("Flood water swept through the river towns of the Varn valley on Thursday, forcing thousands from their homes.\n"
            + "".join(f"The valley's {n} lock, built of stone, holds back the upper river.\n"
                      for n in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                "ninth")[:background])
            + "Rescue crews reached the town of Oldmere on Thursday afternoon.\n"
            + "The Varn Valley Council opened three schools as shelters.\n")


def test_a_roundup_goes_on_with_its_day_after_it_names_the_day_again() -> None:
    events = events_of(_roundup(9))
    assert dated(events, "opened three schools") == ["2031-05-15"]


def test_far_down_with_no_day_named_again_an_act_is_background() -> None:
    text = _roundup(9).replace("Rescue crews reached the town of Oldmere on Thursday afternoon.\n",
                               "Rescue crews keep a station at the town of Oldmere.\n")
    assert not dated(events_of(text), "opened three schools")


# ------------------------------------------------------------ a present perfect has happened
def test_a_present_perfect_before_the_past_is_no_plan() -> None:
    sentence = ("A storm has killed at least 40 people and the government asked on Wednesday for help from abroad.")
    assert not tells_a_plan_only(sentence)
    assert tells_a_plan_only("The minister is due to visit the coast on Wednesday.")


def test_a_lead_after_a_present_perfect_dates_the_days_moves() -> None:
    text = ("A storm has killed at least 40 people on the coast and the government asked on Wednesday for help from "
            "abroad.\n"
            "The navy sent two ships with food and water.\n"
            "Varden shares rose 5 percent as insurers priced in the claims.\n")
    events = events_of(text, dt.date(2031, 5, 15))
    assert dated(events, "Varden shares rose") == ["2031-05-14"]


# ------------------------------------------------------------ a standfirst's bullets run into a caption
def test_bullets_run_into_a_caption_are_the_pages_not_the_lead() -> None:
    text = ("cents Ferry raised from the harbour floor cents Minister orders an inquiry Divers at the harbour mouth "
            "last week.\n"
            "They will be back at work today.\n"
            "Photograph: Jane Doe/Reuters Salvage crews raised the sunken ferry Kellmar Star from the harbour "
            "floor, and the transport minister ordered an inquiry into the sinking.\n"
            "The ferry sank in a storm in March with 40 passengers aboard.\n")
    events = events_of(text)
    assert not dated(events, "cents Ferry raised")
    assert dated(events, "Salvage crews raised") == ["2031-05-15"]


def test_bullets_before_the_pages_date_stamp_are_left_to_the_stamp() -> None:
    from timeline.extract.standfirst_bullets import standfirst_bullets

    text = "cents Ferry raised cents Inquiry ordered Thursday 15 May 2031 10.22 BST Divers at work.\nPhotograph: A\n"
    lines = [(0, text.index("\n")), (text.index("\n") + 1, len(text) - 1)]
    assert standfirst_bullets(text, lines, [(35, 62, "stamp"), (text.index("Photograph"), len(text) - 1, "credit")]) == []


# ------------------------------------------------------------ no market trades on a weekend
def test_a_move_of_a_weekend_news_day_is_the_next_weekdays_trading() -> None:
    text = ("Flood water swept through the river towns of the Varn valley on Saturday, forcing thousands from their "
            "homes.\n"
            "The Varn Valley Council opened three schools as shelters.\n"
            "Orvik shares fell 6 percent in London as investors counted the cost.\n")
    events = events_of(text, dt.date(2031, 5, 19))  # a Monday
    assert dated(events, "Orvik shares fell") == ["2031-05-19"]
