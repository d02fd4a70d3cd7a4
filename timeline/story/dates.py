"""Choosing a story's key dates.

A day matters to a story when many articles independently point at it, which is
how Tran et al. (2013) and Martschat & Markert (2018) find the dates of a news
timeline: by counting references to dates across the articles. Here each
article casts one vote for every day up to its publication that it names (at
day precision: "on Tuesday", "April 20"; a later day it can only announce) and
one for the day it was published, since an article is itself a report of that
day's news. Counting articles rather than mentions keeps one
long article that repeats a date from outvoting ten that name it once.

An article that names a day a week or more after it casts a second vote for it.
News names the recent days as a matter of course ("on Tuesday", "yesterday");
a day still named once that week is over has been remembered, which is what
makes a date a milestone: Tran et al. (2013) and the date-reference features of
Martschat & Markert (2018) score dates by the references from articles
published after them. The week is the calendar's unit, not a value fitted to a
corpus: on Timeline17's dev stories every threshold from 2 to 10 days gives each
story at least the Date-F1 of none, and the value chosen on two stories' Date-F1
never lowers the third's (``benchmarks/story.py --loso``).

Among days with as many votes and as many articles of their own, the day that
articles published on more distinct later days still name comes first: twenty
reports of one evening's press release are one day's coverage, while a day named
again on ten different days stays in the story. Counting distinct days rather
than articles keeps a busy day's many reports from counting as many memories.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from timeline.story.articles import ArticleFacts

#: An article naming a day at least this long after it remembers it (one more vote).
REMEMBERED_AFTER = dt.timedelta(days=7)

__all__ = ["DateScore", "rank_dates", "select_dates"]


@dataclass(frozen=True, slots=True)
class DateScore:
    """A day with the number of articles that name it, that were published on it, and
    that name it a week or more later."""

    day: dt.date
    named_by: int
    published_on: int
    remembered_by: int = 0
    #: On how many distinct later days articles were published that name it.
    named_on_days: int = 0

    @property
    def votes(self) -> int:
        return self.named_by + self.published_on + self.remembered_by


def rank_dates(articles: Iterable[ArticleFacts], start: dt.date | None = None,
               end: dt.date | None = None) -> list[DateScore]:
    """Every day in [start, end] that some article names or was published on, most voted first
    (ties: the day more articles were published on first, since a day with news of its own
    has its own reports to quote, then the day named on more distinct later days, then the
    earlier day, so the order is deterministic)."""
    named: Counter[str] = Counter()
    published: Counter[str] = Counter()
    remembered: Counter[str] = Counter()
    later: dict[str, set[str]] = {}
    for article in articles:
        # Only reports count: an article naming a later day can only announce it.
        days = {day for sentence in article.sentences for day in sentence.days if day <= article.published}
        named.update(days)
        published[article.published] += 1
        week_before = (dt.date.fromisoformat(article.published) - REMEMBERED_AFTER).isoformat()
        remembered.update(day for day in days if day <= week_before)
        for day in days:
            if day < article.published:
                later.setdefault(day, set()).add(article.published)
    lo = start.isoformat() if start else "0000-00-00"
    hi = end.isoformat() if end else "9999-99-99"
    scores = []
    for day in named.keys() | published.keys():
        if lo <= day <= hi:
            try:
                scores.append(DateScore(dt.date.fromisoformat(day), named[day], published[day], remembered[day],
                                        len(later.get(day, ()))))
            except ValueError:  # a tagged value the calendar does not have
                continue
    scores.sort(key=lambda s: (-s.votes, -s.published_on, -s.named_on_days, s.day))
    return scores


def select_dates(articles: Iterable[ArticleFacts], count: int, start: dt.date | None = None,
                 end: dt.date | None = None) -> list[DateScore]:
    """The ``count`` most voted days, in calendar order."""
    return sorted(rank_dates(articles, start, end)[:count], key=lambda s: s.day)
