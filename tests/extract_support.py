"""How the extraction tests read what became of their text: the events of a text published on a day (Thursday
2031-05-15 unless told), and the dates of the events quoting a phrase. Text written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

#: The news day most extraction tests tell their story on.
THURSDAY = dt.date(2031, 5, 15)


def events_of(text: str, published: dt.date = THURSDAY) -> list:
    return extract(Document(path="t.txt", text=text, published=published))


def dated(events: list, phrase: str) -> list[str]:
    return [e.when.value() for e in events if any(phrase in s.quote for s in e.sources)]


def together(events: list, first: str, second: str) -> bool:
    """Whether one event quotes both phrases."""
    return any(any(first in s.quote for s in e.sources) and any(second in s.quote for s in e.sources) for e in events)
