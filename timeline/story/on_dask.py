"""The per-article step on a Dask cluster (``pip install 'news-timeline[dask]'``).

An archive that outgrows one machine runs the per-article step, a pure
function of each article (:func:`timeline.story.sources.analyse`), as a
:mod:`dask.bag` map on an existing cluster; the story stages then run here on
the results, which come back in input order, so the digest is the same as a
local run's. Library use::

    from distributed import Client
    from timeline.story.on_dask import analyse_on_dask
    facts = analyse_on_dask(items, Client("tcp://scheduler:8786"))
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from timeline.errors import TimelineError
from timeline.story.articles import ArticleFacts
from timeline.story.sources import ArticleInput, analyse

__all__ = ["analyse_on_dask"]

#: Articles per bag partition: one task per partition, big enough that the
#: scheduler's overhead per task is small beside tagging the articles in it.
PARTITION = 64


def analyse_on_dask(items: Sequence[ArticleInput], scheduler: str | Any) -> list[ArticleFacts]:
    """:func:`~timeline.story.sources.analyse` on every item, on the Dask scheduler at
    ``scheduler`` (an address such as ``tcp://host:8786``) or a ``distributed.Client``."""
    try:
        import dask.bag as db
        from distributed import Client
    except ImportError as exc:
        raise TimelineError("the Dask path needs the dask extra: pip install 'news-timeline[dask]'") from exc
    if not items:
        return []
    bag = db.from_sequence(list(items), partition_size=PARTITION).map(analyse)
    if not isinstance(scheduler, str):
        return list(bag.compute(scheduler=scheduler))
    try:
        client = Client(scheduler, timeout="10s", set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise TimelineError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    with client:
        return list(bag.compute(scheduler=client))
