"""One event per happening: merging events that different articles report (how widely an
event was reported is :mod:`timeline.salience`).

When twenty articles report the same thing, extraction gives twenty events. Two
events are the same happening when

- their dates are compatible at their precisions: one date's interval contains
  the other's ("in June" and "June 9"; the same day; not June 9 and June 10);
- they tell the same action: at least half of the shorter title's content words
  other than the actors' names (crudely stemmed, so "signs" meets "signed"), and
  at least two, are in the other title;
- they involve the same actors, when both name any: their tags (the people and
  organisations extraction found) overlap.

The merged event keeps the most precise date (the vaguer report stays as a
source), the title, body and id of the event that gave that date, and every
source with its own verbatim quote (a source given twice is kept once).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace

from timeline.model import Event, SourceRef
from timeline.story.articles import content_words

__all__ = ["HappeningIndex", "add_sources", "dates_compatible", "group_events", "merge_events", "merged_event", "same_happening"]

#: Share of the shorter title's content words the other title must have.
TITLE_OVERLAP = 0.5
#: ... and at least this many: one common word ("said", "people") is chance.
MIN_SHARED = 2
_SUFFIX = re.compile(r"(?:ing|ed|es|s)$")


def _stems(text: str) -> frozenset[str]:
    return frozenset(_SUFFIX.sub("", w) if len(w) > 4 else w for w in content_words(text))


def dates_compatible(a: Event, b: Event) -> bool:
    """One date's interval lies within the other's."""
    return _nested((a.when.start, a.when.end), (b.when.start, b.when.end))


def _nested(a: tuple[dt.datetime, dt.datetime], b: tuple[dt.datetime, dt.datetime]) -> bool:
    return (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])


@dataclass(frozen=True, slots=True)
class _Words:
    """What the comparison reads of an event, computed once per event."""

    title: frozenset[str]
    actors: frozenset[str]
    tags: frozenset[str]


def _words(event: Event) -> _Words:
    return _Words(_stems(event.title), _stems(" ".join(event.tags)), frozenset(t.lower() for t in event.tags))


def same_happening(a: Event, b: Event) -> bool:
    """Whether ``a`` and ``b`` report the same real-world happening (see the module doc)."""
    return dates_compatible(a, b) and _same_words(_words(a), _words(b))


def _same_words(a: _Words, b: _Words) -> bool:
    # The action is what the titles say beside the actors' names.
    actors = a.actors | b.actors
    ta, tb = a.title - actors, b.title - actors
    shared = len(ta & tb)
    if shared < MIN_SHARED or shared < TITLE_OVERLAP * min(len(ta), len(tb)):
        return False
    # When both name actors, they share one.
    return not (a.tags and b.tags) or bool(a.tags & b.tags)


def merge_events(events: Sequence[Event]) -> list[Event]:
    """``events`` with each happening once, in the order of each happening's first event.

    Pure: the result depends only on the events and their order.
    """
    return [merged_event([events[i] for i in members]) for members in group_events(events)]


def group_events(events: Sequence[Event], origins: Sequence[Hashable] | None = None) -> list[list[int]]:
    """The indexes of ``events`` grouped by happening, each group and the groups in input order.

    With ``origins`` (one per event, e.g. the article it came from), a group
    holds at most one event of each origin: an article states a happening once
    (extraction already merged its mentions), so two of its events are two
    happenings however alike their words.
    """
    parent = list(range(len(events)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # Only events whose intervals overlap can be compatible: sort by start and
    # compare each event with those starting before its end.
    # A pair joins two groups only when the groups' most precise events are the same
    # happening too: otherwise a vague "in 1918" would chain every statement about
    # that year, March's and September's, into one.
    words = [_words(e) for e in events]
    head = list(range(len(events)))  # per root: its most precise member (the first among equals)
    members: list[frozenset[Hashable]] = [frozenset((o,)) for o in origins] if origins is not None else []

    # Each date's interval once: ``When.start``/``end`` are computed on every access.
    spans = [(e.when.start, e.when.end) for e in events]

    def same(i: int, j: int) -> bool:
        return _nested(spans[i], spans[j]) and _same_words(words[i], words[j])

    def finer(i: int, j: int) -> int:
        ri, rj = events[i].when.precision.rank, events[j].when.precision.rank
        return i if (ri, -i) > (rj, -j) else j

    order = sorted(range(len(events)), key=lambda i: (spans[i][0], i))
    starts = [spans[i][0] for i in order]
    for position, i in enumerate(order):
        last = bisect.bisect_left(starts, spans[i][1], lo=position + 1)
        for j in order[position + 1:last]:
            a, b = root(i), root(j)
            if a == b or (members and members[a] & members[b]):
                continue
            if same(i, j) and ((head[a] == i and head[b] == j) or same(head[a], head[b])):
                parent[max(a, b)] = min(a, b)
                head[min(a, b)] = finer(head[a], head[b])
                if members:
                    members[min(a, b)] = members[a] | members[b]
    groups: dict[int, list[int]] = {}
    for i in range(len(events)):
        groups.setdefault(root(i), []).append(i)
    return [group for _, group in sorted(groups.items())]


def merged_event(group: Sequence[Event]) -> Event:
    """One event for ``group`` (one happening): see the module doc for what it keeps."""
    group = list(group)
    if len(group) == 1:
        return group[0]
    # The most precise date wins; among equals, the first event given.
    head = max(group, key=lambda e: (e.when.precision.rank, -group.index(e)))
    sources: list[SourceRef] = []
    for event in [head, *(e for e in group if e is not head)]:
        for source in event.sources:
            if source not in sources:
                sources.append(source)
    tags: list[str] = []
    for event in group:
        tags.extend(t for t in event.tags if t not in tags)
    confidences = [e.confidence for e in group if e.confidence is not None]
    return replace(head, sources=tuple(sources), tags=tuple(tags),
                   confidence=max(confidences) if confidences else None)


class HappeningIndex:
    """Existing events, to find the one a new report is about without comparing with all."""

    def __init__(self, existing: Sequence[Event]) -> None:
        self.existing = existing
        self.words = [_words(e) for e in existing]
        self.spans = [(e.when.start, e.when.end) for e in existing]
        # Dates within one year can only be compatible with events of that year or wider ones.
        self.by_year: dict[int, list[int]] = {}
        self.wide: list[int] = []
        for i, old in enumerate(existing):
            if _one_year(old):
                self.by_year.setdefault(old.when.start.year, []).append(i)
            else:
                self.wide.append(i)

    def find(self, event: Event, allowed: Callable[[int], bool] | None = None) -> int | None:
        """The first existing event (index) that reports the same happening as ``event``."""
        mine, span = _words(event), (event.when.start, event.when.end)
        candidates = (sorted([*self.by_year.get(span[0].year, ()), *self.wide]) if _one_year(event)
                      else range(len(self.existing)))
        return next((i for i in candidates
                     if _nested(self.spans[i], span) and _same_words(self.words[i], mine)
                     and (allowed is None or allowed(i))), None)


def add_sources(existing: Sequence[Event], new: Sequence[Event]) -> tuple[list[Event], list[Event]]:
    """Re-running with more articles: ``(existing, added)``.

    Each new event that reports the same happening as an existing one adds its
    sources (with their quotes) to it, and nothing else: every other field of the
    existing event, perhaps edited by hand, is kept exactly. The other new events
    are merged among themselves and returned as ``added``. Pure.
    """
    index = HappeningIndex(existing)
    extra: dict[int, list[SourceRef]] = {}
    unmatched: list[Event] = []
    for event in new:
        match = index.find(event)
        if match is None:
            unmatched.append(event)
            continue
        known = list(existing[match].sources) + extra.get(match, [])
        extra.setdefault(match, []).extend(s for s in event.sources if s not in known)
    updated = [replace(e, sources=(*e.sources, *extra[i])) if extra.get(i) else e for i, e in enumerate(existing)]
    return updated, merge_events(unmatched)


def _one_year(event: Event) -> bool:
    return event.when.start.year == (event.when.end - dt.timedelta(microseconds=1)).year
