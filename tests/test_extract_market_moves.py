"""Share-price moves told with no date take the story's news day; plain pasts of "have" are no supposition.

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

from extract_support import dated, events_of

from timeline.extract.market_moves import market_move

DAY = dt.date(2031, 5, 15)


# ------------------------------------------------------------ the day's trading
def test_an_undated_share_move_is_the_story_days() -> None:
    text = ("Regulators fined the ferry operator Kellmar $40 million on Thursday over the harbour collision.\n"
            "The fine was the largest ever imposed on a shipping firm in the country.\n"
            "Kellmar's London-listed shares closed down 6 percent at 212 pence.\n")
    assert dated(events_of(text), "closed down 6 percent") == ["2031-05-15"]


def test_a_move_in_another_market_that_day_is_the_same_move() -> None:
    text = ("The ferry operator Kellmar warned on Thursday that its profits would halve this year.\n"
            "Shares in Kellmar fell 9 percent in London after the warning.\n"
            "Analysts said the company would struggle to pay its debts.\n"
            "The board met the lenders, a spokeswoman said.\n"
            "In New York, Kellmar's depositary shares fell more than 8 percent.\n")
    events = events_of(text)
    assert dated(events, "fell 9 percent") == ["2031-05-15"]
    assert not dated(events, "more than 8 percent")  # told once: the day's one move


def test_a_move_told_after_midnight_is_the_news_days_and_its_own_event() -> None:
    text = ("Kellmar's chief executive met investors in Dubai on Wednesday, part of a search for fresh cash.\n"
            "Kellmar's shares closed up nearly 4 percent in New York, buoyed by relief that no new shares would be "
            "issued.\n")
    events = events_of(text)  # published on Thursday
    assert dated(events, "closed up nearly 4 percent") == ["2031-05-14"]
    assert len(events) == 2  # the meeting and the move: two happenings of one day


def test_a_summary_present_near_the_top_is_the_days_move() -> None:
    text = ("Inspectors find that the builder used weak concrete in the bridge.\n"
            "Orvik shares slide after the finding.\n")
    assert dated(events_of(text), "slide after") == ["2031-05-15"]


def test_moves_that_tell_no_days_trading() -> None:
    assert not market_move("Since the collision, Kellmar's share price has dropped by half.", 5)
    assert not market_move("Shares had plunged by more than half before the rescue.", 5)
    assert not market_move("The paper reported that a rival mulled a bid when its shares slumped.", 5)
    assert not market_move("“If the share price falls further, it could become a target,” he said.", 5)
    assert not market_move("Stocks of the vaccine fell sharply.", 5)
    assert not market_move("Kellmar shares fall 2% amid fears about the cost of the clean-up.", 40)  # a listing's item
    assert not market_move("The share price rise comes despite a fall in fuel prices.", 1)
    assert not market_move("Kellmar shares closed unchanged at $10.50 in composite trading.", 5)  # a price read
    assert not market_move("The stock closed at $38.50 on heavy volume.", 5)
    assert market_move("In New York, Kellmar's depositary shares tumbled 9 percent.", 12)
    assert market_move("The stock plunged 15%, or $6.43, to close at $36.52.", 7)


# ------------------------------------------------------------ plain pasts of "have" and "were"
def test_a_plain_past_of_have_or_were_before_a_date_is_asserted() -> None:
    text = ("A bird rescue centre near the estuary had its first patient on Friday, a young gull found offshore.\n"
            "Talks between the port and the fishermen were held on Tuesday.\n")
    events = events_of(text)
    assert dated(events, "first patient") == ["2031-05-09"]
    assert dated(events, "Talks between") == ["2031-05-13"]


def test_an_inverted_condition_is_still_a_supposition() -> None:
    text = ("The mayor said on Monday that the quay would have held had the storm come on Friday.\n"
            "Had they known on Tuesday, the crews would have left.\n")
    events = events_of(text)
    assert dated(events, "quay would have held") == ["2031-05-12"]
    assert not dated(events, "Had they known")
