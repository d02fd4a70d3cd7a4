"""How widely an event was reported: its independent sources and its first report.

Shared by the story stage (merging events from many articles) and the site
(key events, each event page's "Reported by ..."), so it lives beside the
model rather than in either.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from timeline.model import Event

__all__ = ["KEY_SOURCES", "Salience", "salience"]

#: An event reported by at least this many independent sources is a key event.
KEY_SOURCES = 2


@dataclass(frozen=True, slots=True)
class Salience:
    """How widely an event was reported."""

    sources: int  # independent sources: distinct publishers (else urls, else titles)
    first_reported: dt.date | None  # the earliest publication date among its sources


def salience(event: Event) -> Salience:
    """Independent sources and first report of ``event``, from its sources."""
    independent = {(s.publisher or s.url or s.title or s.quote or "").strip().lower() for s in event.sources}
    days = []
    for s in event.sources:
        if not s.published:
            continue
        try:
            days.append(dt.date.fromisoformat(str(s.published)[:10]))
        except ValueError:
            continue
    return Salience(len(independent - {""}), min(days) if days else None)
