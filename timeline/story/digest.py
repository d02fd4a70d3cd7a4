"""A story's digest: its key dates, each with the sentences that tell what happened.

The orchestrator of the story stages, readable top to bottom: articles in,
:func:`select_dates` chooses the days, :class:`SentencePicker` the sentences,
and each sentence keeps the article it came from.
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
    out = []
    for score in select_dates(articles, dates, start, end):
        chosen = []
        for quote in picker.pick(score.day, sentences):
            article = articles[quote.article]
            chosen.append(SourcedSentence(quote.text, article.path, article.published, article.title,
                                          article.url, article.publisher, quote.entry))
        out.append(DigestDay(score.day, score, tuple(chosen)))
    return out
