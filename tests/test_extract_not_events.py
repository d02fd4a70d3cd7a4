"""Page furniture and statements that tell no happening stay out of the timeline (issue 16, precision).

Every text here is our own, written in news style. A live page's entry that is only its contributor's caption
("1003: Jane Roe Home affairs correspondent") is who filed, not what happened.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.live_captions import only_captions
from timeline.model import Document

DAY = dt.date(2031, 11, 7)

#: A live page, newest entry first; two entries are only their contributors' captions, run in after the stamp.
LIVE = (
    "1450: Tom Reyes, transport correspondent, Ana Silva Chief political correspondent, BBC News Channel\n"
    "1432: The transport minister says the harbour bridge will reopen on Friday.\n"
    "1249: Leo Grant BBC News Mia Hart BBC Political Editor\n"
    "1210: Harbour master Sam Ortiz tweets: The new barrier held through the high tide.\n"
    "1003: Welcome to our live coverage of the harbour floods.\n"
)


def test_a_live_entry_that_is_only_captions_is_no_event() -> None:
    events = extract(Document(path="t.txt", text=LIVE, published=DAY))
    quotes = " ".join(s.quote or "" for e in events for s in e.sources)
    assert "correspondent" not in quotes and "Political Editor" not in quotes
    assert any("bridge will reopen" in (s.quote or "") for e in events for s in e.sources)


def test_captions_are_names_roles_outlets_and_places_with_no_verb() -> None:
    assert only_captions("1003: Jane Roe Home affairs correspondent")
    assert only_captions("1243: Jane Roe Home affairs correspondent, BBC News")
    assert only_captions("1011: Ben Lowe BBC Europe editor BBC Radio 5 live presenter Kim Novak")
    assert only_captions("1633: Ann Moe Home affairs correspondent, BBC News Paolo Verdi from Teramo, Italy")
    assert only_captions("1450: Ann Moe, golf correspondent, BBC News Channel Ray Dunn from a police briefing in Leeds")


def test_a_name_with_a_verb_or_a_report_after_the_captions_is_news() -> None:
    assert not only_captions("1003: Jane Roe says the minister will resign")
    assert not only_captions("1129: Ben Lowe Business editor, BBC News Let's recap on the main stories of the day.")
    assert not only_captions("1930: The BBC's Ben Lowe in Washington Barack Obama will speak tonight.")
    assert not only_captions("Jane Roe Home affairs correspondent")  # no entry's stamp: a byline, found elsewhere
    assert not only_captions("2020: Our correspondents report from the harbour.")
