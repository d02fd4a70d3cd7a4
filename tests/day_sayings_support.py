"""The story the day-sayings tests tell after: a lead dated to the news day (Thursday 2031-05-15), and how they read
what became of a sentence added after it. Text written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

LEAD = ("Port officials in Veldt closed the northern quay on Thursday after a grain tanker ran aground in the "
        "channel.\n"
        "The tanker's crew of eighteen were taken ashore by lifeboat.\n")


def events_of(text: str, published: dt.date = dt.date(2031, 5, 15)) -> list:
    return extract(Document(path="t.txt", text=text, published=published))


def dated(events: list, phrase: str) -> list[str]:
    return [e.when.value() for e in events if any(phrase in s.quote for s in e.sources)]
