"""Helpers shared by the tests that extract a short story of their own: a dockers' strike told on a Wednesday."""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

PUBLISHED = dt.date(2031, 3, 5)  # a Wednesday

#: A one-line report with one dated happening, which a page's furniture around it must leave alone.
DOCKERS_STORY = "Dockers at Tilbury walked out on Tuesday over a pay offer, the union said."


def titled_dates(text: str, published: dt.date = PUBLISHED) -> list[tuple[str, str]]:
    """Each event of ``text`` as (title, date value)."""
    return [(e.title, e.when.value()) for e in extract(Document(path="t.txt", text=text, published=published))]


def story_titles(text: str, published: dt.date = PUBLISHED) -> list[str]:
    return [title for title, _ in titled_dates(text, published)]
