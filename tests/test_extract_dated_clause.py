"""The title reports the happening its date belongs to (issue 16, session 21).

Every text here is written for these tests. A date that closes a happening's noun phrase after "since" is that
happening's, however many words name it ("since the Harbor Star oil rig disaster on 20 April"), and a relative clause
after the date tells what the happening did; the state that has gone on since then is no event at that date.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

SUNDAY = dt.date(2026, 6, 14)
#: A lead sentence, so that the sentence under test is not the page's first.
LEAD = "Harbor Oil shares fell on Sunday as the clean-up went on.\n\n"


def events_of(text: str) -> list[tuple[str, str]]:
    return [(e.when.value(), e.title) for e in extract(Document(path="t.txt", text=LEAD + text + "\n",
                                                                published=SUNDAY))][1:]


def test_a_long_happening_name_after_since_keeps_its_date() -> None:
    assert events_of("Millions of litres of crude have been seeping into the bay since the Harbor Star oil rig "
                     "disaster on 20 April.") == [("2026-04-20", "The Harbor Star oil rig disaster")]


def test_a_happening_on_a_long_named_place_keeps_its_date_and_its_act() -> None:
    assert events_of("Crude has been gushing into the bay since the explosion on the Harbor Star drilling rig on "
                     "20 April, which killed 11 workers.") == [
        ("2026-04-20", "The explosion on the Harbor Star drilling rig kills 11 workers")]
    assert events_of("The calm seas will allow a second burn of the slick since a 28-minute blaze on April 28 that "
                     "removed thousands of litres of fuel, officials said.") == [
        ("2026-04-28", "A 28-minute blaze removes thousands of litres of fuel")]
