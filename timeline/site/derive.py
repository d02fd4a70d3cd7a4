"""The renderer's per-event work that the loader does while it parses.

``load_timeline(..., derive=event_deriver, derived_key=derived_sort_key)`` has
the processes that parse the events files also compute, for each event, a
:class:`Derived` value: its digest (for page keys), its body's HTML when that
is cheap, the values of its dates in the site's zone (:class:`DateFacts`) and
its place in timeline order. :func:`timeline.site.views.prepare` then uses them
instead of working everything out again in one process.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from timeline.frozen import stored_by_slots
from timeline.model import MONTH_DISPLAY_NAMES, Event, Precision, SiteConfig, Timeline, When
from timeline.site.keys import event_digest
from timeline.site.markdown import quick_html
from timeline.when import SortKey


@stored_by_slots
@dataclass(frozen=True, slots=True)
class DateFacts:
    """What the site shows of one date, in the site's zone."""

    #: :meth:`When.sort_key` in the site's zone, by its parts (see :attr:`sort_key`): plain values
    #: cross between processes fastest
    start_utc: dt.datetime
    rank: int
    end: dt.datetime
    #: as shown (``When.display``)
    display: str
    #: the ``<time datetime>`` value
    datetime: str
    #: the local start (its year and month place the event in the listings)
    local_start: dt.datetime
    #: the month heading, or the coarse period, the event is listed under
    group: str
    #: ``sort_key`` as text that orders the same way (see :func:`sort_text`)
    sort_text: str

    def __reduce__(self) -> tuple[Any, ...]:
        # By position: the derived values cross between processes and into the loader's cache.
        return (DateFacts, (self.start_utc, self.rank, self.end, self.display, self.datetime, self.local_start,
                            self.group, self.sort_text))

    @property
    def sort_key(self) -> SortKey:
        """:meth:`When.sort_key` in the site's zone."""
        return tuple.__new__(SortKey, (self.start_utc, self.rank, self.end))


@stored_by_slots
@dataclass(frozen=True, slots=True)
class Derived:
    """One event's :func:`event_deriver` value."""

    #: :func:`~timeline.site.keys.event_digest`
    digest: bytes
    #: the body as sanitized HTML and its plain-text summary, or None when the
    #: body needs full Markdown (rendered later: see views.render_bodies)
    html: str | None
    summary: str | None
    when: DateFacts
    end: DateFacts | None
    #: the event's place in timeline order: ``when.sort_text`` followed by its id
    order: str

    def __reduce__(self) -> tuple[Any, ...]:
        return (Derived, (self.digest, self.html, self.summary, self.when, self.end, self.order))


def event_deriver(site: SiteConfig) -> Callable[[Event], Derived]:
    """The per-event work the loader can do in the processes that parse the files
    (``load_timeline(..., derive=event_deriver)``): the event's digest, its body
    as sanitized HTML and its plain-text summary when it is plain prose or has
    only inline markup (else ``None``: see :func:`~timeline.site.views.render_bodies`;
    passing the HTML of richer bodies between processes costs as much as
    rendering them), the values of its dates in the site's zone (see
    :func:`date_facts`) and its place in timeline order (see
    :func:`derived_sort_key`). Done here, this work is shared by the loader's
    two processes instead of following the load in one. Each distinct date is
    worked out once per load."""
    tz = site.timezone or None
    facts: dict[When, DateFacts] = {}

    def facts_of(w: When) -> DateFacts:
        found = facts.get(w)
        if found is None:
            found = facts[w] = date_facts(w, tz)
        return found

    def derive(e: Event) -> Derived:
        html, summary = quick_html(e.body, 200) or (None, None)
        # None: Markdown beyond inline markup: left to render_bodies, which shares bodies out
        # one at a time (a whole events file per item left one process far behind the other).
        when = facts_of(e.when)
        return Derived(event_digest(e), html, summary, when, None if e.end is None else facts_of(e.end),
                       when.sort_text + e.id)

    return derive


def derived_sort_key(derived: Derived) -> str:
    """An event's place in timeline order, from its :func:`event_deriver` value, for
    ``load_timeline(..., derived_key=derived_sort_key)``: its sort key in the site's zone
    as :func:`sort_text` (fixed width) followed by its id, so one plain string compares
    as ``(when.sort_key(tz), id)`` does."""
    return derived.order


def derived_values(timeline: Timeline) -> tuple[Derived, ...] | None:
    """``timeline.derived`` when it holds :func:`event_deriver`'s values for every event."""
    derived = timeline.derived
    if derived is None or len(derived) != len(timeline.events):
        return None
    if derived and not isinstance(derived[0], Derived):
        return None  # another caller's derive: work everything out here
    return derived


def date_facts(w: When, tz: str | None) -> DateFacts:
    """The values the site shows of a date, in zone ``tz``."""
    sort_key = w.sort_key(tz)
    # start_utc is the start itself for untimed values.
    local_start = w.start if w.has_time else sort_key.start_utc
    return DateFacts(*sort_key, w.display(tz), w.html_datetime(), local_start, _group_label(w, local_start.month),
                     sort_text(sort_key))


def sort_text(key: SortKey) -> str:
    """A :meth:`When.sort_key` as text that orders the same way: fixed-width ISO times and rank.

    ``list.sort`` compares keys whose first item is a one-byte string with
    ``memcmp``, much faster than comparing tuples of datetimes in Python's
    generic way. Years run 1-9999 (When refuses dates past 9999-12-30), ranks 0-12.
    """
    start, rank, end = key
    return f"{start.isoformat(timespec='microseconds')}{rank:02d}{end.isoformat(timespec='microseconds')}"


def _group_label(w: When, month: int) -> str:
    """The month heading an event sits under, or its own coarse period."""
    p = w.precision
    if p.rank >= Precision.MONTH.rank:
        return MONTH_DISPLAY_NAMES[month]
    if p is Precision.YEAR:
        return f"Across {w.year}"
    # Otherwise the period itself ("Fourth quarter of 2025", "2020s"), unqualified.
    return When(p, w.year, part=w.part).display()
