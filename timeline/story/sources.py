"""Reading a story's articles and running the per-article step over them.

The reading half (files to :class:`ArticleInput`) touches the disk and runs in
this process; the per-article step (:func:`analyse`) is a pure function of an
input, so it runs the same in worker processes (``jobs``) or on a Dask cluster
(:mod:`timeline.story.on_dask`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from timeline.errors import TimelineError, ValidationError
from timeline.parallel import pool_map
from timeline.story.articles import ArticleFacts, analyse_article

__all__ = ["SUFFIXES", "ArticleInput", "analyse", "analyse_all", "find_sources", "read_inputs"]

#: Files a folder is searched for, recursively.
SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")
#: Articles handed to a worker process at a time: big enough that sending them
#: costs little beside tagging them, small enough that two workers stay busy.
CHUNK = 16


@dataclass(frozen=True, slots=True)
class ArticleInput:
    """One article as the per-article step takes it: plain, picklable values."""

    text: str
    published: dt.date | dt.datetime
    path: str = ""
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    timezone: str | None = None

    @property
    def day(self) -> dt.date:
        return self.published.date() if isinstance(self.published, dt.datetime) else self.published


def find_sources(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and the article files under folders named, each once, in a stable order."""
    found: dict[Path, Path] = {}
    for path in map(Path, paths):
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.suffix.lower() in SUFFIXES and child.is_file() and not child.name.startswith("."):
                    found.setdefault(child.resolve(), child)
        elif path.exists():
            found.setdefault(path.resolve(), path)
        else:
            raise TimelineError("no such file or folder", path)
    return list(found.values())


def read_inputs(paths: Sequence[Path], start: dt.date | None = None, end: dt.date | None = None,
                timezone: str | None = None) -> list[ArticleInput]:
    """Read every file; keep those published within [start, end]. Files that cannot be
    read are all reported at once (:class:`ValidationError`), before any work is done."""
    from timeline.documents import read_document

    out = []
    problems: list[TimelineError] = []
    for path in paths:
        try:
            doc = read_document(path, timezone=timezone)
        except TimelineError as exc:
            problems.append(exc if exc.path else TimelineError(exc.message, path))
            continue
        assert doc.published is not None  # read_document asks for --published otherwise
        item = ArticleInput(doc.text, doc.published, str(path), doc.title, doc.url,
                            doc.publisher or _metadata_text(doc.metadata, "source"), doc.timezone)
        if (start is None or item.day >= start) and (end is None or item.day <= end):
            out.append(item)
    if problems:
        raise ValidationError(problems)
    return out


def _metadata_text(metadata: tuple[tuple[str, object], ...], key: str) -> str | None:
    value = dict(metadata).get(key)
    return value if isinstance(value, str) and value.strip() else None


def analyse(item: ArticleInput) -> ArticleFacts:
    """The per-article step on one input (pure)."""
    return analyse_article(item.text, item.published, path=item.path, title=item.title, url=item.url,
                           publisher=item.publisher, timezone=item.timezone)


def analyse_all(items: Sequence[ArticleInput], jobs: int = 1,
                on_article: Callable[[], None] | None = None) -> list[ArticleFacts]:
    """:func:`analyse` on every input, in input order, in ``jobs`` processes;
    ``on_article`` is called as each one is done (for a progress bar)."""
    results = pool_map(analyse, items, jobs, chunksize=CHUNK, min_tasks=2 * CHUNK)
    return [_done(facts, on_article) for facts in results]


def _done(facts: ArticleFacts, on_article: Callable[[], None] | None) -> ArticleFacts:
    if on_article is not None:
        on_article()
    return facts
