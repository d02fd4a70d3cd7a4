"""Load and validate a whole content folder before anything is written.

MkDocs style: every file is read and checked, every problem is collected,
and one :class:`ValidationError` lists them all sorted by file and line, so a
user fixes everything in one round instead of one error per run.
"""

from __future__ import annotations

import copyreg
import dataclasses
import datetime as dt
import hashlib
import io
import itertools
import operator
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline.collector import paused
from timeline.errors import TimelineError, ValidationError
from timeline.model import Document, Event, Location, Media, SiteConfig, SourceRef, Timeline, When, zone
from timeline.parallel import can_fork, fork_map
from timeline.store.cache import Cached, EventsCache, FileDigests, file_digest
from timeline.store.events import parse_events, simple_events
from timeline.store.fields import Checker
from timeline.store.frontmatter import parse_front_matter
from timeline.store.reread import ITEM_START, has_document_markers, keep, reread
from timeline.store.yamlfile import (
    MAX_FILE_BYTES,
    YamlText,
    check_symlink,
    compose,
    decode,
    read_text,
)

if TYPE_CHECKING:
    from timeline.memory import BuildMemory

SITE_KEYS = ("title", "description", "language", "base_url", "timezone", "author", "extra_head", "extra_footer")
SOURCE_SUFFIXES = (".md", ".txt")
EVENT_SUFFIXES = (".yaml", ".yml")


# ------------------------------------------------------------------ public API
def load_site_config(content_dir: Path) -> SiteConfig:
    """``content/site.yaml`` as a :class:`SiteConfig` (defaults when absent)."""
    site, errors = _site(Path(content_dir))
    _raise(errors)
    return site


def load_events(content_dir: Path, drafts: bool = False) -> tuple[Event, ...]:
    """Every event under ``content/events/``, validated; drafts only when asked.

    Drafts are validated even when they are left out, so turning ``draft``
    off never reveals a broken event. Returned in file order; use
    :func:`load_timeline` for the sorted timeline.
    """
    events, errors = _events(Path(content_dir))
    _raise(errors)
    return tuple(e for e in events if drafts or not e.draft)


def load_sources(content_dir: Path) -> tuple[Document, ...]:
    """Source documents under ``content/sources/`` with their front matter."""
    sources, errors = _sources(Path(content_dir))
    _raise(errors)
    return sources


def load_timeline(content_dir: Path, drafts: bool = False,
                  derive: Callable[[SiteConfig], Callable[[Event], Any]] | None = None,
                  derived_key: Callable[[Any], Any] | None = None, memory: BuildMemory | None = None) -> Timeline:
    """Site config, events and sources, validated together; events sorted.

    ``derive``, when given, is called with the site's config once it is read,
    and the function it returns is computed for every shown event into
    :attr:`Timeline.derived`: for a big timeline, by the two processes that
    parse the files (see :func:`_parse_in_child`), so the caller's per-event
    work (the renderer's digests, bodies and date values) is shared by both
    processes instead of following the load in one. Its results must pickle. ``derived_key``,
    given with ``derive``, reads from an event's derived value a key that
    orders events exactly as ``(when.sort_key, id)`` (below) does, when the
    value holds one already: the events are then sorted without working
    every date out again in one process, by keys that compare fast (see timeline.site.derive.derived_sort_key).
    ``memory``: what the last build of this timeline in this process kept (``timeline serve``).

    Events sort by :meth:`When.sort_key` in the site's zone, then by id, so
    the order is total and the same on every run. The garbage collector is
    paused throughout (see :func:`timeline.collector.paused`): everything built here stays
    alive, so its passes over the growing heap (events, the child's unpickled
    events, sort keys) would find nothing to free.
    """
    content_dir = Path(content_dir)
    if not content_dir.is_dir():
        raise TimelineError("content folder does not exist", content_dir)
    with paused():
        return _timeline(content_dir, drafts, derive, derived_key, memory)


def _timeline(content_dir: Path, drafts: bool,
              make_derive: Callable[[SiteConfig], Callable[[Event], Any]] | None,
              derived_key: Callable[[Any], Any] | None, memory: BuildMemory | None) -> Timeline:
    site, site_errors = _site(content_dir)
    derive = make_derive(site) if make_derive is not None else None
    derived: dict[int, Any] = {}
    # What derived values depend on besides the code and the files: the site's settings, and which derivation.
    context = "" if derive is None else repr((site, getattr(derive, "__module__", None),
                                              getattr(derive, "__qualname__", None)))
    events, event_errors = _events(content_dir, derive, derived, context, memory)
    sources, source_errors = _sources(content_dir)
    _raise(site_errors + event_errors + source_errors)
    shown = [e for e in events if drafts or not e.draft]
    if derive is None:
        shown.sort(key=_timeline_order(shown, site.timezone))
        return Timeline(site=site, events=tuple(shown), sources=sources)
    # The child's share arrived with the events (keyed by identity while all are alive).
    values = list(map(derived.get, map(id, shown), itertools.repeat(derived)))  # (derived: "not yet")
    values = [derive(e) if d is derived else d for e, d in zip(shown, values, strict=True)]
    sort_keys = list(map(derived_key, values) if derived_key is not None
                     else map(_timeline_order(shown, site.timezone), shown))
    order = sorted(range(len(shown)), key=sort_keys.__getitem__)
    return Timeline(site=site, events=tuple(map(shown.__getitem__, order)), sources=sources,
                    derived=tuple(map(values.__getitem__, order)))


def _timeline_order(events: list[Event], timezone: str) -> Callable[[Event], tuple[Any, str]]:
    """The sort key of timeline order for ``events``: :meth:`When.sort_key` in ``timezone``, then id."""
    # Events written with the same date share one When (see fields.parse_when):
    # its sort key is computed once, keyed by identity while all are alive.
    keys: dict[int, tuple[dt.datetime, int, dt.datetime]] = {}
    for event in events:
        if id(event.when) not in keys:
            keys[id(event.when)] = event.when.sort_key(timezone)
    return lambda e: (keys[id(e.when)], e.id)


def _raise(errors: list[TimelineError]) -> None:
    if errors:
        raise ValidationError(errors)


# ----------------------------------------------------------------- file walks
def content_files(root: Path, folder: Path, suffixes: tuple[str, ...]) -> tuple[list[Path], list[TimelineError]]:
    """Files with ``suffixes`` under ``folder``, sorted, hidden names skipped.

    Symlinked folders are not followed (os.walk); one pointing outside the
    content folder is reported rather than silently skipped, and the walk
    goes on so every problem is found in one run.
    """
    if not folder.is_dir():
        return [], []
    errors: list[TimelineError] = []
    _refuse_outside(folder, root, errors)  # events/ or sources/ itself may be the link
    if errors:
        return [], errors
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(folder):
        here = Path(dirpath)
        for name in list(dirnames):
            if name.startswith(".") or (here / name).is_symlink():
                dirnames.remove(name)
                if not name.startswith("."):
                    _refuse_outside(here / name, root, errors)
        found.extend(here / n for n in filenames if not n.startswith(".") and n.lower().endswith(suffixes))
    return sorted(found), errors


def _refuse_outside(path: Path, root: Path, errors: list[TimelineError]) -> None:
    try:
        check_symlink(path, root, str(path))
    except TimelineError as exc:
        errors.append(exc)


def _site(content_dir: Path) -> tuple[SiteConfig, list[TimelineError]]:
    path = content_dir / "site.yaml"
    if not path.exists() and not path.is_symlink():
        return SiteConfig(), []
    try:
        root = compose(read_text(path, str(path), content_dir))
    except TimelineError as exc:
        return SiteConfig(), [exc]
    if root is None:
        return SiteConfig(), []
    check = Checker(str(path))
    f = {k: pair[1] for k, pair in check.mapping(root, "site.yaml", SITE_KEYS).items()}
    values = {key: check.text(f.get(key), key) for key in ("title", "description", "language", "author",
                                                         "extra_head", "extra_footer")}
    values = {k: v.strip() for k, v in values.items() if v is not None}
    base_url = check.url(f.get("base_url"), "base_url")
    timezone = check.timezone(f.get("timezone"), "timezone")
    if timezone:  # else the dataclass default (on a slots class, SiteConfig.timezone is no string)
        values["timezone"] = timezone
    site = SiteConfig(**values, base_url=base_url or "")
    return site, check.errors


def _events(content_dir: Path, derive: Callable[[Event], Any] | None = None,
            derived: dict[int, Any] | None = None, context: str = "",
            memory: BuildMemory | None = None) -> tuple[list[Event], list[TimelineError]]:
    """All events and problems, including ids duplicated across files.

    Files whose entry in the cache (:mod:`timeline.store.cache`) matches
    their bytes are not parsed. With ``derive``, the events parsed in two
    processes get it computed there too, and cached files bring theirs; all
    are filed in ``derived`` under ``id(event)``.
    """
    events: list[Event] = []
    read: dict[Path, list[Event]] = {}  # each file's events, when it has no problem
    paths, errors = content_files(content_dir, content_dir / "events", EVENT_SUFFIXES)
    cache = EventsCache.open(content_dir, context, memory.entries if memory is not None else None,
                             memory.deferred if memory is not None else None) if paths else None
    hits: dict[Path, Cached] = {}
    keys: dict[Path, str] = {}
    if cache is not None:
        hits, keys = _cached(cache, paths, content_dir, memory.digests if memory is not None else None)
    misses = [p for p in paths if p not in hits]
    # Files a process keeping its last build (timeline serve) has read before: only their new items are read.
    remembering = cache is not None and memory is not None and derive is not None and derived is not None
    done = _reread(misses, cache, keys, memory, context, derive, derived, content_dir) if remembering else {}  # type: ignore[arg-type]
    rest = [p for p in misses if p not in done]
    sizes = _file_sizes(rest)
    ordered = sizes is not None and sum(sizes) >= ORDERED_BYTES
    done.update(_parse_in_child(rest, sizes, content_dir, ordered, derive, derived))
    for path in paths:
        hit = hits.get(path)
        if hit is not None:
            events.extend(hit.events)
            read[path] = hit.events
            if derive is not None and derived is not None:
                if hit.derived is None:  # derived under other settings, or never: derive, and keep them
                    hit = Cached(hit.events, [derive(e) for e in hit.events])
                    cache.put(str(path), keys[path], hit, _dumps)  # type: ignore[union-attr]
                derived.update(zip(map(id, hit.events), hit.derived, strict=True))  # type: ignore[arg-type]
            continue
        found, problems = done.get(path) or _parse_file(path, content_dir, ordered)
        events.extend(found)
        errors.extend(problems)
        if not problems:
            read[path] = found
        if cache is not None and not problems and path in keys:
            values = None
            if derive is not None and derived is not None:
                values = [derived[id(e)] if id(e) in derived else derived.setdefault(id(e), derive(e))
                          for e in found]
            cache.put(str(path), keys[path], Cached(found, values), _dumps)
    if cache is not None and misses:
        cache.keep_only([str(p) for p in paths])
    if remembering:
        _keep_files(memory, read, cache, keys, context, derived, content_dir)  # type: ignore[arg-type]
    errors.extend(duplicate_ids(events))
    return events, errors


def _reread(misses: list[Path], cache: EventsCache, keys: dict[Path, str], memory: BuildMemory, context: str,
            derive: Callable[[Event], Any], derived: dict[int, Any], content_dir: Path) -> dict[Path, Parsed]:
    """The changed files ``memory`` holds by item, read again item by item where they can be
    (see :mod:`timeline.store.reread`): ``{path: (events, [])}``, their derived values filed in
    ``derived``, and the files kept anew in ``memory``."""
    done: dict[Path, Parsed] = {}
    for path in misses:
        kept = memory.files.get(path)
        if kept is None or kept.context != context or path not in keys:
            continue
        text = _text_under_key(cache, path, keys[path], content_dir)
        if text is None:
            continue  # read whole, and any problem reported with its position
        again = reread(path, text, keys[path], kept, derive)
        if again is None:
            continue
        for event, value in zip(again.events, again.derived, strict=True):
            derived[id(event)] = value
        memory.files[path] = again.kept
        done[path] = (again.events, [])
    return done


def _keep_files(memory: BuildMemory, read: dict[Path, list[Event]], cache: EventsCache, keys: dict[Path, str],
                context: str, derived: dict[int, Any], content_dir: Path) -> None:
    """Keep each events file ``read`` (its events, read without a problem) by item in ``memory``
    for the next build; files kept already under their present key stay, others are forgotten."""
    for path in [p for p in memory.files if p not in read]:
        del memory.files[path]
    for path, events in read.items():
        kept = memory.files.get(path)
        if kept is not None and kept.key == keys.get(path) and kept.context == context:
            continue
        memory.files.pop(path, None)
        text = _text_under_key(cache, path, keys.get(path), content_dir)
        if text is not None:
            again = keep(path, text, keys[path], context, events, [derived[id(e)] for e in events])
            if again is not None:
                memory.files[path] = again


def _text_under_key(cache: EventsCache, path: Path, key: str | None, content_dir: Path) -> str | None:
    """The text of the file at ``path`` if its bytes still have the cache key ``key``, else None."""
    if key is None:
        return None
    try:
        check_symlink(path, content_dir, str(path))
        data = path.read_bytes()
        if cache.key(str(path), hashlib.sha256(data).digest()) != key:
            return None  # changed since the build looked: the next build reads it
        return decode(data, str(path))
    except (OSError, TimelineError):
        return None


def _cached(cache: EventsCache, paths: list[Path], content_dir: Path,
            known: FileDigests | None = None) -> tuple[dict[Path, Cached], dict[Path, str]]:
    """The cache's entries for ``paths`` that match the files as they are, and every readable file's key.

    A file is read as the loader reads it (size limit, symlinks kept inside
    the content folder); one that cannot be is left to the parser, which
    reports it. ``known``: the files' digests as last worked out (see
    :func:`~timeline.store.cache.file_digest`).
    """
    hits: dict[Path, Cached] = {}
    keys: dict[Path, str] = {}
    for path in paths:
        shown = str(path)
        try:
            check_symlink(path, content_dir, shown)
            if path.stat().st_size > MAX_FILE_BYTES:
                continue
            _, digest = file_digest(path, known)
        except (OSError, TimelineError):
            continue
        keys[path] = key = cache.key(shown, digest)
        found = cache.get(shown, key)
        if found is not None:
            hits[path] = found
    return hits, keys


def _parse_file(path: Path, content_dir: Path, ordered: bool = True) -> tuple[list[Event], list[TimelineError]]:
    try:
        return parse_events(read_text(path, str(path), content_dir), ordered)
    except TimelineError as exc:
        return [], [exc]


#: From this many bytes of events files they are read with the fast reader's
#: one pattern per event (``simple_events(ordered=True)``): cheaper per
#: character than entry by entry, but the pattern (5 KB of regular expression)
#: must be compiled in each process that reads; below this that costs more
#: than it saves, and a small timeline's build is mostly start-up
#: (benchmarks/HISTORY.md).
ORDERED_BYTES = 1024 * 1024


#: Below this many bytes of events files, parsing in one process is as fast:
#: the fork has a cost, and so has pickling each event the child parses,
#: against the parsing and deriving it saves (benchmarks/HISTORY.md).
PARALLEL_BYTES = 512 * 1024


def loads_in_two_processes(content_dir: Path) -> bool:
    """Whether loading ``content_dir`` is big enough for two processes (its events files
    reach :data:`PARALLEL_BYTES`), as :func:`_parse_in_child` judges where it may fork.
    ``timeline serve`` asks, to rebuild such a timeline in a new process."""
    events = Path(content_dir) / "events"
    if not events.is_dir():
        return False
    sizes = _file_sizes(content_files(Path(content_dir), events, EVENT_SUFFIXES)[0])
    return sizes is not None and sum(sizes) >= PARALLEL_BYTES


def _file_sizes(paths: list[Path]) -> list[int] | None:
    """Each file's size, or None when one cannot be read (then one process reads them
    all, and that file is reported with its path when it is read)."""
    try:
        return [p.stat().st_size for p in paths]
    except OSError:
        return None


Parsed = tuple[list[Event], list[TimelineError]]


def _by_fields(cls: type) -> Callable[[Any], tuple[type, tuple[Any, ...]]]:
    get = operator.attrgetter(*(f.name for f in dataclasses.fields(cls)))
    return lambda obj: (cls, get(obj))


#: How the child pickles events: as ``cls(*fields)``. Pickle's default for a
#: slotted dataclass calls ``dataclasses.fields()`` for every object twice
#: (``__getstate__``, ``__setstate__``), on the load's critical path; this
#: builds each object from its fields in one call.
_DISPATCH = {**copyreg.dispatch_table, **{cls: _by_fields(cls) for cls in (Event, When, Location, SourceRef, Media)}}


def _dumps(value: object) -> bytes:
    import pickle  # on first use: small timelines load in one process and never pickle

    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _DISPATCH
    pickler.dump(value)
    return buffer.getvalue()


def _parse_in_child(paths: list[Path], sizes: list[int] | None, content_dir: Path, ordered: bool,
                    derive: Callable[[Event], Any] | None = None,
                    derived: dict[int, Any] | None = None) -> dict[Path, Parsed]:
    """Parse a big timeline's files in two processes: a forked child takes its share.

    Parsing YAML is CPU-bound Python and the machines we target have two
    cores, so each process parses about half of the files. The child
    (:func:`~timeline.parallel.fork_map`) sends back, pickled, file by file,
    the events of the files it parsed *without any problem*; every other file
    (errors, unreadable, child crashed) is parsed again here, so error
    messages are exactly those of the one-process path. Returns
    ``{path: (events, problems)}`` for every path, or ``{}`` when the files
    are better parsed in one process (also when ``sizes``, the files' sizes,
    is None: one could not be read). With ``derive``, each process also
    computes it for the events it parsed; the results land in ``derived`` by
    ``id(event)``. ``ordered`` as for :func:`~timeline.store.events.simple_events`.
    """
    # (One big file is cut into parts below; fewer than two items, fork_map keeps to one process.)
    if not can_fork() or sizes is None or sum(sizes) < PARALLEL_BYTES:
        return {}
    import pickle  # only timelines loaded in two processes pay for it
    # Work items: whole files, and parts of big ones (see _pieces). Biggest first:
    # the two processes take items as each becomes free (fork_map), so the small
    # ones at the end even out their finishing times.
    sized: list[tuple[int, Path | Piece]] = []
    target = max(PIECE_BYTES, sum(sizes) // 32)
    for path, size in zip(paths, sizes, strict=True):
        parts = _pieces(path, content_dir, size, target) if size > 2 * target else [path]
        sized.extend((size, part) if isinstance(part, Path) else (part[3] - part[2], part) for part in parts)
    sized.sort(key=lambda pair: -pair[0])  # (stable: equal sizes stay in path order)
    items = [item for _, item in sized]

    def clean_events(item: Path | Piece) -> tuple[list[Event], list[Any] | None] | None:
        if isinstance(item, tuple):  # a part of a file: its events if the fast reader takes it whole
            path, text, start, end, first_line = item
            part = text[start:end]
            if has_document_markers(part):  # (see _pieces)
                return None
            found = simple_events(YamlText(str(path), part), first_line, ordered)
            if found is None:
                return None
        else:
            path = item
            found, problems = _parse_file(path, content_dir, ordered)
            if problems:
                return None
        return found, None if derive is None else [derive(e) for e in found]

    results: dict[Path, list[tuple[int, tuple[list[Event], list[Any] | None] | None]]] = {}
    for item, parsed in zip(items, fork_map(clean_events, items, dumps=_dumps, loads=pickle.loads), strict=True):
        path, start = (item[0], item[2]) if isinstance(item, tuple) else (item, 0)
        results.setdefault(path, []).append((start, parsed))
    done: dict[Path, Parsed] = {}
    for path, parts in results.items():
        if any(parsed is None for _, parsed in parts):
            # A file with problems (in any of its parts) is parsed again here, whole, so its
            # messages are exactly those of the one-process path.
            done[path] = _parse_file(path, content_dir, ordered)
            continue
        found = []
        for _, parsed in sorted(parts, key=lambda part: part[0]):
            events, found_derived = parsed  # type: ignore[misc]
            found.extend(events)
            if derived is not None and found_derived is not None:
                for e, d in zip(events, found_derived, strict=True):
                    derived[id(e)] = d
        done[path] = (found, [])
    return done


#: A part of an events file for the loader's two processes: (path, the file's text,
#: start, end, the 0-based line the part starts on).
Piece = tuple[Path, str, int, int, int]
#: Events files above twice this size (or twice a 32nd of all of them, if more) are
#: parsed in parts: with whole files as work items, a timeline of a few big files left
#: one process idle for up to a file's parse at the end.
PIECE_BYTES = 256 * 1024


def _pieces(path: Path, content_dir: Path, size: int, target: int) -> list[Path | Piece]:
    """``path`` cut into parts of about ``target`` bytes, each starting at a line
    ``- `` at the first column (an item of the file's top-level list), or ``[path]``.

    A part is read only by the fast events reader (:func:`simple_events`),
    which takes plain block YAML with every item a mapping whose values are
    indented under it, so every item it accepts ends where the next such line
    starts: the parts' events are the file's own. Anything a cut could have
    split (a quoted or flow value over several lines, an alias) is refused in
    the part that holds its start, and the whole file is then parsed again in
    one piece, as are files with document markers or directives: each part is
    searched for those by the process that reads it (three scans of the
    text, which would otherwise all be made here, before the fork). Parts
    start only at ``- `` lines, so a marker line, with the line break before
    it, always lies inside one part. The text is read here, before the fork,
    so both processes cut the same text.
    """
    try:
        text = read_text(path, str(path), content_dir).text
    except TimelineError:
        return [path]  # reported, with its position, when the file is parsed whole
    if not text.startswith("- "):
        return [path]
    count = max(2, round(size / target))
    cuts = [0]
    for i in range(1, count):
        cut = text.find(ITEM_START, max(len(text) * i // count, cuts[-1])) + 1
        if cut <= cuts[-1]:
            break
        cuts.append(cut)
    cuts.append(len(text))
    if len(cuts) < 3:
        return [path]
    lines = [0]
    for a, b in itertools.pairwise(cuts[:-1]):
        lines.append(lines[-1] + text.count("\n", a, b))
    return [(path, text, a, b, line) for a, b, line in zip(cuts, cuts[1:], lines, strict=False)]


_ID = operator.attrgetter("id")


def duplicate_ids(events: list[Event]) -> list[TimelineError]:
    """Ids used twice, compared case-insensitively (case-insensitive file systems).

    The error sits at the second use and names the first, so both are found.
    """
    folded = list(map(str.casefold, map(_ID, events)))
    if len(set(folded)) == len(folded):  # (the usual case, found without a Python loop)
        return []
    first: dict[str, Event] = {}
    errors = []
    for event in events:
        key = event.id.casefold()
        if key in first:
            loc = first[key].location
            where = f"{loc.path}:{loc.line}:{loc.column}" if loc else "another event"
            here = event.location
            errors.append(TimelineError(
                f"duplicate id {event.id!r} (also used at {where}); give one of them a different id",
                here.path if here else None, here.line if here else None, here.column if here else None,
            ))
        else:
            first[key] = event
    return errors


def _sources(content_dir: Path) -> tuple[tuple[Document, ...], list[TimelineError]]:
    documents: list[Document] = []
    paths, errors = content_files(content_dir, content_dir / "sources", SOURCE_SUFFIXES)
    for path in paths:
        try:
            document, problems = read_source(path, content_dir)
        except TimelineError as exc:
            document, problems = None, [exc]
        errors.extend(problems)
        if document is not None:
            documents.append(document)
    return tuple(documents), errors


def read_source(path: Path, content_dir: Path | None = None) -> tuple[Document | None, list[TimelineError]]:
    """One source document and the problems in its front matter."""
    text = read_text(path, str(path), content_dir).text
    meta = parse_front_matter(text, str(path))
    if meta.errors:
        return None, list(meta.errors)
    published = _published(meta.published, meta.timezone) if meta.published else None
    return Document(path=str(path), text=text[meta.body_offset:], title=meta.title, url=meta.url,
                    publisher=meta.publisher, published=published, timezone=meta.timezone,
                    body_offset=meta.body_offset, body_line=meta.body_line, metadata=meta.metadata), []


def _published(value: str, timezone: str | None) -> dt.date | dt.datetime:
    """A validated ISO value as the date or (aware when possible) datetime a Document holds."""
    when = When.parse(value, timezone=timezone)
    if not when.has_time:
        return dt.date(when.year, when.month or 1, when.day or 1)
    tzinfo: dt.tzinfo | None = None
    if when.offset is not None:
        tzinfo = dt.timezone(dt.timedelta(minutes=when.offset))
    elif timezone:
        tzinfo = zone(timezone)
    return dt.datetime(when.year, when.month or 1, when.day or 1, when.hour or 0, when.minute or 0,
                       when.second or 0, tzinfo=tzinfo)


__all__ = ["content_files", "duplicate_ids", "load_events", "load_site_config",
           "load_sources", "load_timeline", "read_source"]
