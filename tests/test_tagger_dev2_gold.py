"""Failure classes found on the dev2 split of the hand-made tagger gold (benchmarks/tagger_gold.yaml,
issue 17): "over" across a stretch of time, the trading day of a market report, and "a day or two".

Each row is a sentence written for this table (no article text), a DCT, and the TIMEX3 spans,
types and values a careful reader gives them.
"""

from __future__ import annotations

import datetime as dt

from tagger_round_support import Row, round_test

TUE = dt.date(2025, 3, 11)  # Tuesday

TABLE: list[Row] = [
    # ---- "over" across a stretch of time is the sentence's preposition, outside the span ...
    (TUE, "The broken main leaked two million litres into the river over three weeks.", [("three weeks", "DURATION", "P3W")]),
    (TUE, "The council will spend $40m over five years on new pipes.", [("five years", "DURATION", "P5Y")]),
    (TUE, "Over 40 days, the crews pumped the tunnel dry.", [("40 days", "DURATION", "P40D")]),
    (TUE, "Sludge was pumped into the well over two days.", [("two days", "DURATION", "P2D")]),
    (TUE, "The reservoir lost water over nine months after the dam cracked.", [("nine months", "DURATION", "P9M")]),
    # ... while "over" beyond an amount is "more than", inside it, as TimeBank's "[over a week]"
    (TUE, "The pumps ran for over ten hours.", [("over ten hours", "DURATION", "PT10H")]),
    (TUE, "The engineers had over a week to plan the repair.", [("over a week", "DURATION", "P1W")]),
    (TUE, "The town lost over 30 days of trade.", [("over 30 days", "DURATION", "P30D")]),
    (TUE, "The valve was checked, as early as March 2, over a month before the flood.",
     [("March 2", "DATE", "2025-03-02"), ("over a month", "DURATION", "P1M")]),
    (TUE, "It has been well over two years since the last inspection.", [("over two years", "DURATION", "P2Y")]),
    # ---- the part of the day a market session is told by: the report's day, or the day written with it
    (TUE, "Shares in the water company fell 4% in morning trading.", [("morning", "TIME", "2025-03-11TMO")]),
    (TUE, "Its shares rose 2% in afternoon trade on Monday.", [("afternoon", "TIME", "2025-03-10TAF"), ("Monday", "DATE", "2025-03-10")]),
    (TUE, "On Monday, the shares slid 3% in late morning trading.", [("Monday", "DATE", "2025-03-10"), ("late morning", "TIME", "2025-03-10TMO")]),
    # ... "early trading" names no part of the day (TimeBank leaves it), nor does an evening class
    (TUE, "The shares fell 4% in early trading.", []),
    (TUE, "She teaches evening classes in trading.", []),
    # ---- "the day" a price moved in
    (TUE, "The shares ended the day at 412p.", [("the day", "DATE", "2025-03-11")]),
    (TUE, "The stock closed at 98.5p, down 1.5p on the day.", [("the day", "DATE", "2025-03-11")]),
    (TUE, "The shares jumped 6 percent and posted strong gains for the day.", [("the day", "DATE", "2025-03-11")]),
    # ... not a day spent or a day's outing
    (TUE, "The inspectors spent the day at the plant, and volunteers were bused in for the day.", []),
    # ---- "a day or two", "another week or two": a range of numbers, spanned whole at its lower bound
    (TUE, "The dam may hold for another day or two.", [("another day or two", "DURATION", "P1D")]),
    (TUE, "Repairs will take a week or two, the council said.", [("a week or two", "DURATION", "P1W")]),
    # ... two expressions when the second number has its own unit
    (TUE, "Fish may die within a month or two months.", [("a month", "DURATION", "P1M"), ("two months", "DURATION", "P2M")]),

]


test_dev2_gold_classes = round_test(TABLE)


def test_a_trading_session_dates_the_event_and_stays_in_its_title() -> None:
    """The part of the day dates the price move; its title keeps "in afternoon trading", since "fell 4%
    in trading" would read as a slip."""
    from timeline.extract import extract
    from timeline.model import Document

    text = "Shares in the Portville water company fell 4% in afternoon trading in London after the flood report.\n"
    events = extract(Document(path="t.txt", text=text, published=TUE))
    assert [(e.when.value(), "in afternoon trading" in e.title) for e in events] == [("2025-03-11TAF", True)]
