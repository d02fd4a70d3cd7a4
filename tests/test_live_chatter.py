"""A live page keeps its news and drops its chatter: readers writing in, tweets of no actor, columnists named with
their outlet, the outlet's own correspondent's analysis and the page's housekeeping (:mod:`timeline.extract.live_chatter`).
The pages here are our own, written in news style."""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.live_chatter import live_chatter
from timeline.model import Document

DAY = dt.date(2011, 3, 9)

#: A UK site's live coverage of a governor's flood address, newest entry first.
LIVE = (
    "2210: Our live coverage ends here - thanks for staying with us.\n"
    "2158: Flood campaigners Dry Homes Now tweet their thanks to volunteers.\n"
    "2155: Marta from Cardiff, Wales, writes: I think the governor should have visited the valley much sooner.\n"
    "2151: Weather watcher Sam Cole tweets: The speech felt flat and far too long.\n"
    "Most people here wanted a date for the new levee.\n"
    "2147: Paul Voss, The Riverside Ledger The governor leaned on wartime language, but the plan itself was thin.\n"
    "2140: The BBC's Nora Bell in Richmond When a governor speaks from the capitol at night, it is a big moment.\n"
    "2133: The BBC's Nora Bell in Richmond The governor says the state will pay for every damaged home.\n"
    "2126: State police chief Dan Ortiz tweets: The river road is closed until further notice.\n"
    "2120: Governor Ana Silva announces a relief fund of $40m for families forced from their homes.\n"
    "2112: The state senate votes to release emergency money for the flooded counties.\n"
)


def _events() -> dict[str, str]:
    return {e.when.value(): e.title for e in extract(Document(path="live.txt", text=LIVE, published=DAY))}


def test_a_readers_message_is_chatter() -> None:
    assert live_chatter("Marta from Cardiff, Wales, writes: I think the governor should have visited sooner.")
    assert live_chatter("Ravi K from Pune, India, e-mails: Who will pay for the last flood?")


def test_a_tweet_of_no_actor_is_chatter_and_an_officials_is_news() -> None:
    assert live_chatter("Weather watcher Sam Cole tweets: The speech felt flat and far too long.")
    assert live_chatter("Riverwatch88 tweets: This speech is the end of the governor's career.")
    assert live_chatter("Policy think tank Open Roads tweets: The plan is the wrong one.")
    assert not live_chatter("State police chief Dan Ortiz tweets: The river road is closed until further notice.")
    assert not live_chatter("The Department of Transport tweets: All ferries are suspended tonight.")


def test_a_columnist_named_with_an_outlet_is_chatter() -> None:
    assert live_chatter("Paul Voss, The Riverside Ledger The governor leaned on wartime language, but the plan was thin.")
    assert live_chatter("Kim Hale, Capitol Notes, StateWatch.com")
    assert live_chatter("Lee Park, floodblog Honestly, the governor offered no new money at all.")


def test_an_actor_named_with_an_apposition_is_news() -> None:
    assert not live_chatter("Jan Moore, a Democrat from Ohio, asks whether the levee was inspected.")
    assert not live_chatter("Tom Reyes, Interior Secretary, says the federal teams arrive tomorrow.")
    assert not live_chatter("Governor Ana Silva announces a relief fund of $40m for families.")


def test_the_correspondents_analysis_is_chatter_and_their_report_is_news() -> None:
    assert live_chatter("The BBC's Nora Bell in Richmond When a governor speaks at night, it is a big moment.")
    assert live_chatter("The BBC's Nora Bell in Richmond It's all about the state taking charge of its rivers.")
    assert not live_chatter("The BBC's Nora Bell in Richmond The governor says the state will pay for every home.")
    assert not live_chatter("The BBC's Nora Bell in Richmond A flood recovery chief is to be appointed.")


def test_housekeeping_is_chatter() -> None:
    assert live_chatter("Our live coverage ends here - thanks for staying with us.")
    assert live_chatter("Thanks for joining us tonight.")
    assert live_chatter("Welcome to our live coverage of the governor's address.")


def test_a_live_page_keeps_its_news_and_drops_its_chatter() -> None:
    events = _events()
    titles = " | ".join(events.values())
    assert "2011-03-09T21:20" in events and "2011-03-09T21:12" in events  # the governor's fund, the senate's vote
    assert "2011-03-09T21:33" in events and "2011-03-09T21:26" in events  # the correspondent's report, the police tweet
    for stamp in ("21:55", "21:51", "21:47", "21:40"):
        assert f"2011-03-09T{stamp}" not in events, titles
    assert "wanted a date" not in titles  # the tweeter's entry goes whole
