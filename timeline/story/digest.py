"""A story's digest: its key dates, each with the sentences that tell what happened.

The orchestrator of the story stages, readable top to bottom: articles in,
:func:`select_dates` chooses the days, :class:`SentencePicker` the sentences,
and each sentence keeps the article it came from. A sentence is told on one day
only: the next day's papers report a day's news undated, so the same sentence can
be a candidate for two adjacent key days, and a reader should not meet it twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.story.articles import ArticleFacts
from timeline.story.dates import DateScore, select_dates
from timeline.story.summaries import SentencePicker

__all__ = ["DigestDay", "SourcedSentence", "make_digest"]


@dataclass(frozen=True, slots=True)
class SourcedSentence:
    """A verbatim sentence and the article that says it."""

    text: str
    path: str
    published: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    entry: bool = False  # a chronology's entry for the day ("April 22 - The rig sinks.")


@dataclass(frozen=True, slots=True)
class DigestDay:
    """One key date of the story."""

    day: dt.date
    score: DateScore
    sentences: tuple[SourcedSentence, ...]


def make_digest(articles: Sequence[ArticleFacts], dates: int, sentences: int,
                start: dt.date | None = None, end: dt.date | None = None) -> list[DigestDay]:
    """The ``dates`` key days of the story within [start, end], in calendar order, with up
    to ``sentences`` sentences each."""
    picker = SentencePicker(articles)
    days = select_dates(articles, dates, start, end)
    first = {score.day: picker.pick(score.day, sentences) for score in days}
    # A sentence told once: where two days chose it, it stays with the day it names, else
    # with the day its article was published, else the earlier day; the other picks again.
    home: dict[str, tuple[tuple[int, int, dt.date], dt.date]] = {}
    for day, quotes in first.items():
        for q in quotes:
            rank = (0 if q.names_day else 1, 0 if articles[q.article].published == day.isoformat() else 1, day)
            if q.text not in home or rank < home[q.text][0]:
                home[q.text] = (rank, day)
    out = []
    told: set[str] = set()
    for score in days:
        quotes = first[score.day]
        if any(home[q.text][1] != score.day for q in quotes):
            # Not another day's first choice, nor what an earlier day chose again.
            taken = told | {t for t, (_, d) in home.items() if d != score.day}
            quotes = picker.pick(score.day, sentences, taken)
        told.update(q.text for q in quotes)
        chosen = []
        for quote in quotes:
            article = articles[quote.article]
            chosen.append(SourcedSentence(quote.text, article.path, article.published, article.title,
                                          article.url, article.publisher, quote.entry))
        out.append(DigestDay(score.day, score, tuple(chosen)))
    return out
