"""How the told-twice tests read an article: its events and, per event, its date and how many quotes it joined.
Published on a Wednesday (2031-05-14)."""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

WEDNESDAY = dt.date(2031, 5, 14)
#: Lines about other things, between the two tellings of one happening.
FILLER = ("The river burst its banks after heavy rain.\n"
          "Shops in the old town stayed shut for a month.\n"
          "Insurers paid out 30 million crowns.\n"
          "The council's repair budget is small.\n")


def events_of(text: str, published: dt.date = WEDNESDAY) -> list:
    return extract(Document(path="t.txt", text=text, published=published))


def dated(events: list) -> list[tuple[str, int]]:
    return sorted((e.when.value(), len(e.sources)) for e in events)
