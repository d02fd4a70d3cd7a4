"""Where extracted events go when many articles are extracted into one content folder.

One event per happening, across articles and across runs:

- within a run, the events of all the articles are grouped by happening
  (:func:`~timeline.story.merging.group_events`, at most one event of each
  article in a group); a group becomes one event with every article's quote;
- a report the machine wrote before (its quote, or its id in its own file, is
  in a state file of ``content/events``) goes back to the event that holds it,
  wherever that is: re-runs are idempotent and events never move;
- a new happening that matches an event the machine wrote before, or one a
  person wrote by hand, in any events file, from other articles only, joins
  that event (its sources are added; see :mod:`timeline.store.merge` for how
  hand edits, and events written by hand, are kept);
- otherwise it is a new event in the file of the article that reported it most
  precisely (the first such article among equals), under that report's id.

The value sent for an existing event is the machine's view of it: the reports
of this run plus the sources of articles not in this run, as the state file
remembers them, with the most precise date winning. The store's three-way
merge then keeps every hand edit, a deleted event deleted and a removed source
removed. Pure but for :func:`read_known`, which reads the events and state files.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from timeline.errors import TimelineError
from timeline.model import Event, Media, SourceRef, When
from timeline.story.merging import HappeningIndex, dates_compatible, group_events, merged_event

__all__ = ["Known", "Placement", "place_events", "read_known"]


@dataclass(frozen=True, slots=True)
class Known:
    """An event the machine wrote before, as the state file of ``target`` remembers it."""

    target: Path
    event: Event  # its id is the id it has in ``target``
    by_hand: bool = False  # written by a person (in ``target``, not in its state file)


@dataclass(frozen=True, slots=True)
class Placement:
    """The events to merge into each events file, and what merging across articles did."""

    targets: dict[Path, list[Event]]
    shared: int = 0  # events written with the reports of two or more articles
    joined: int = 0  # reports of this run that became a source of another article's new event


def document(source: SourceRef) -> tuple[str, ...]:
    """Which article a source cites (as :func:`timeline.store.merge.document_key`)."""
    return tuple(str(v or "") for v in (source.url, source.title, source.publisher))


def read_known(events_dir: Path) -> list[Known]:
    """Every event the machine remembers writing under ``events_dir``, file by file in name order,
    then every event written by hand there (in an events file, not in its state file).
    A file that cannot be read as events is left out here (it is never matched).

    Raises :class:`TimelineError` for an unreadable state file (it names the file).
    """
    from timeline.store.merge import STATE_DIR, read_state

    known: list[Known] = []
    if not events_dir.is_dir():
        return known
    states: dict[Path, dict[str, Any]] = {}
    for spath in sorted(events_dir.rglob(f"{STATE_DIR}/*.json")):
        target = spath.parent.parent / spath.name.removesuffix(".json")
        states[target] = read_state(target)
        for key, value in states[target].items():
            event = _state_event(str(key), value)
            if event is not None:
                known.append(Known(target, event))
    for path in sorted(p for suffix in ("*.yaml", "*.yml") for p in events_dir.rglob(suffix)):
        if STATE_DIR not in path.parts and path.is_file():
            machine = states.get(path, {})
            known.extend(Known(path, e, by_hand=True) for e in _file_events(path, events_dir.parent)
                         if e.id not in machine)
    return known


def _file_events(path: Path, content_dir: Path) -> list[Event]:
    """The valid events of an events file (none when it cannot be read, or is a link
    out of the content folder)."""
    from timeline.store.events import parse_events
    from timeline.store.yamlfile import read_text

    try:
        return parse_events(read_text(path, str(path), content_dir))[0]
    except TimelineError:
        return []


def _state_event(key: str, value: Any) -> Event | None:
    """A state entry as an event; ``None`` when it is not one (it is then never matched)."""
    if not isinstance(value, Mapping):
        return None
    try:
        tz, qualifier = value.get("timezone"), value.get("qualifier")
        return Event(
            id=key,
            when=When.parse(str(value["date"]), tz, qualifier),
            title=str(value["title"]),
            end=When.parse(str(value["end"]), tz) if value.get("end") else None,
            body=str(value.get("body") or ""),
            tags=tuple(str(t) for t in value.get("tags") or ()),
            sources=tuple(SourceRef(**{k: s.get(k) for k in ("title", "url", "publisher", "published", "quote")})
                          for s in value.get("sources") or () if isinstance(s, Mapping)),
            media=tuple(Media(**{k: m[k] for k in ("url", "alt", "credit") if k in m})
                        for m in value.get("media") or () if isinstance(m, Mapping)),
            status=value.get("status"),
            confidence=value.get("confidence"),
            draft=bool(value.get("draft")),
        )
    except (TimelineError, KeyError, TypeError, ValueError):
        return None


def place_events(sources: Sequence[tuple[Path, Sequence[Event]]], known: Sequence[Known]) -> Placement:
    """Route each article's events (``(its own events file, its events)``, in input order)."""
    events = [e for _, evs in sources for e in evs]
    origins = [i for i, (_, evs) in enumerate(sources) for _ in evs]
    own = [sources[i][0] for i in origins]
    known_docs = [{document(s) for s in k.event.sources} for k in known]
    run_docs = {document(s) for e in events for s in e.sources}
    index = HappeningIndex([k.event for k in known])

    previous = _written_before(events, origins, own, known)
    # Each bucket: an existing event (known index) or a new one (head's target and id), with its reports.
    buckets: dict[tuple[Path, str], tuple[int | None, list[int]]] = {}
    for group in group_events(events, origins):
        matches = [previous[i] for i in group]
        home = next((n for n in matches if n is not None), None)
        if home is None:
            docs = {document(s) for i in group for s in events[i].sources}
            home = index.find(merged_event([events[i] for i in group]), lambda n, docs=docs: not known_docs[n] & docs)
        if home is None:
            head = max(group, key=lambda i: (events[i].when.precision.rank, -i))
            new_key = (own[head], events[head].id)
        for i, match in zip(group, matches, strict=True):
            n = match if match is not None else home
            key = (known[n].target, known[n].event.id) if n is not None else new_key
            buckets.setdefault(key, (n, []))[1].append(i)

    order = {path: i for i, (path, _) in reversed(list(enumerate(sources)))}
    # Ids are permalinks across the whole timeline: a new event whose id another event
    # (known, or new in another file) has gets a numbered one, in input order.
    # Within one file a repeated id is the store's to settle (it keeps the first), as before.
    used = {k.event.id.casefold(): k.target for k in known}
    targets: dict[Path, list[Event]] = {}
    for key in sorted(buckets, key=lambda k: (order.get(k[0], len(sources)), str(k[0]))):
        n, members = buckets[key]
        reports = [events[i] for i in members]
        value = merged_event(reports) if n is None else _with_known(known[n].event, reports, run_docs)
        event_id = key[1] if n is not None else _unused(key[1], key[0], used)
        used.setdefault(event_id.casefold(), key[0])
        targets.setdefault(key[0], []).append(replace(value, id=event_id))
    shared = sum(1 for evs in targets.values() for e in evs if len({document(s) for s in e.sources}) > 1)
    joined = sum(len(members) - 1 for n, members in buckets.values() if n is None)
    return Placement(targets, shared, joined)


def _unused(event_id: str, target: Path, used: Mapping[str, Path]) -> str:
    """``event_id``, or ``event_id-2``, ``-3``... (within the id length) when another file has it."""
    from timeline.store.ids import first_free

    return first_free(event_id, lambda candidate: used.get(candidate.casefold(), target) != target)


def _written_before(events: Sequence[Event], origins: Sequence[int], own: Sequence[Path],
                    known: Sequence[Known]) -> list[int | None]:
    """For each report, the known event the machine wrote it into before (index), if any.

    By id in the report's own file, else by its article's quote. One sentence
    can state two events ("1918: ... 1957: ..."), so a quote can be in two
    known events: a report takes one at a compatible date that no other report
    of its article took, the reports with fewest choices first, so that the
    answer does not depend on the order of files.
    """
    by_id = {(k.target, k.event.id): n for n, k in enumerate(known)}
    by_quote: dict[tuple[tuple[str, ...], str], list[int]] = {}
    for n, k in enumerate(known):
        for s in k.event.sources:
            if s.quote:
                by_quote.setdefault((document(s), s.quote), []).append(n)
    found: list[int | None] = [by_id.get((own[i], e.id)) for i, e in enumerate(events)]
    claimed = {(origins[i], n) for i, n in enumerate(found) if n is not None}
    choices: dict[int, tuple[list[int], list[int]]] = {}
    for i, event in enumerate(events):
        if found[i] is None:
            quoted = list(dict.fromkeys(n for s in event.sources if s.quote
                                        for n in by_quote.get((document(s), s.quote), ())))
            if quoted:
                choices[i] = ([n for n in quoted if dates_compatible(known[n].event, event)], quoted)
    for i in sorted(choices, key=lambda i: (len(choices[i][0]) or len(known) + 1, i)):
        fits, quoted = choices[i]
        n = next((n for n in fits if (origins[i], n) not in claimed), (fits or quoted)[0])
        claimed.add((origins[i], n))
        found[i] = n
    return found


def _with_known(old: Event, reports: Sequence[Event], run_docs: set[tuple[str, ...]]) -> Event:
    """An event the machine wrote before, seen again in ``reports``.

    Its sources from articles not in this run are carried over (this run
    cannot re-derive them); those from articles in this run are replaced by
    this run's reports. The most precise date wins, the known event among equals.
    Sources keep the known order, new ones after.
    """
    carried = tuple(s for s in old.sources if document(s) not in run_docs)
    value = merged_event([replace(old, sources=carried), *reports] if carried else list(reports))
    return replace(value, sources=tuple(_in_known_order(old.sources, value.sources)))


def _in_known_order(old: Sequence[SourceRef], new: Iterable[SourceRef]) -> list[SourceRef]:
    rank: dict[tuple[str, ...], int] = {}
    for position, s in enumerate(old):
        rank.setdefault(document(s), position)
    fresh = list(new)
    return sorted(fresh, key=lambda s: (rank.get(document(s), len(old)), fresh.index(s)))
