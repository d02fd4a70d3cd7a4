"""Story timelines: many articles about one story become one timeline.

The per-article step (:mod:`timeline.story.articles`) is a pure function of an
article's text and publication date; it runs here, in worker processes or on
Dask (:mod:`timeline.story.on_dask`). The story stages work on its results:
:mod:`~timeline.story.dates` chooses the key dates, :mod:`~timeline.story.summaries`
the sentences for each, :mod:`~timeline.story.digest` puts them together and
:mod:`~timeline.story.output` writes them; :mod:`~timeline.story.merging` makes
one event of the same happening reported by several articles.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path

from timeline.story.digest import DigestDay, SourcedSentence, make_digest
from timeline.story.sources import ArticleInput, analyse_all, find_sources, read_inputs

__all__ = ["ArticleInput", "DigestDay", "SourcedSentence", "digest_paths", "make_digest"]


def digest_paths(paths: Iterable[str | Path], dates: int, sentences: int, start: dt.date | None = None,
                 end: dt.date | None = None, jobs: int = 1, dask: str | None = None,
                 timezone: str | None = None,
                 progress: Callable[[int], Callable[[], None]] | None = None) -> list[DigestDay]:
    """The digest of the articles in ``paths`` (files, or folders searched recursively)
    published within [start, end]: ``dates`` key days with ``sentences`` sentences each.
    ``dask`` is the address of a Dask scheduler to run the per-article step on.
    ``progress(n)``, given the number of articles to analyse, returns what to call
    as each is done."""
    items = read_inputs(find_sources(paths), start, end, timezone)
    if dask is not None:
        from timeline.story.on_dask import analyse_on_dask

        facts = analyse_on_dask(items, dask)
    else:
        facts = analyse_all(items, jobs, progress(len(items)) if progress else None)
    return make_digest(facts, dates, sentences, start, end)
