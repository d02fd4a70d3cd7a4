"""Choosing a story's key dates.

A day matters to a story when many articles independently point at it, which is
how Tran et al. (2013) and Martschat & Markert (2018) find the dates of a news
timeline: by counting references to dates across the articles. Here each
article casts one vote for every day up to its publication that it names (at
day precision: "on Tuesday", "April 20"; a later day it can only announce) and
one for the day it was published, since an article is itself a report of that
day's news. Counting articles rather than mentions keeps one
long article that repeats a date from outvoting ten that name it once. The
vote needs no parameter tuned on any corpus.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from timeline.story.articles import ArticleFacts

__all__ = ["DateScore", "rank_dates", "select_dates"]


@dataclass(frozen=True, slots=True)
class DateScore:
    """A day with the number of articles that name it and that were published on it."""

    day: dt.date
    named_by: int
    published_on: int

    @property
    def votes(self) -> int:
        return self.named_by + self.published_on


def rank_dates(articles: Iterable[ArticleFacts], start: dt.date | None = None,
               end: dt.date | None = None) -> list[DateScore]:
    """Every day in [start, end] that some article names or was published on, most voted first
    (ties: the earlier day first, so the order is deterministic)."""
    named: Counter[str] = Counter()
    published: Counter[str] = Counter()
    for article in articles:
        # Only reports count: an article naming a later day can only announce it.
        days = {day for sentence in article.sentences for day in sentence.days if day <= article.published}
        named.update(days)
        published[article.published] += 1
    lo = start.isoformat() if start else "0000-00-00"
    hi = end.isoformat() if end else "9999-99-99"
    scores = []
    for day in named.keys() | published.keys():
        if lo <= day <= hi:
            try:
                scores.append(DateScore(dt.date.fromisoformat(day), named[day], published[day]))
            except ValueError:  # a tagged value the calendar does not have
                continue
    scores.sort(key=lambda s: (-s.votes, s.day))
    return scores


def select_dates(articles: Iterable[ArticleFacts], count: int, start: dt.date | None = None,
                 end: dt.date | None = None) -> list[DateScore]:
    """The ``count`` most voted days, in calendar order."""
    return sorted(rank_dates(articles, start, end)[:count], key=lambda s: s.day)
