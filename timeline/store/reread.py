"""Reading again only the events of a file that changed, for a process that keeps its last build.

After an edit, an events file is mostly what it was: one event's title
changed, one event was added. ``timeline serve`` keeps its last build
(:class:`~timeline.memory.BuildMemory`), and with it, for each events file,
every item of the file's top-level list by a digest of its text, with the
event read from it and the values the build derived from that event. When
the file changes, its items are cut again and only those whose text is new
are read (by the fast events reader, as the loader's parts are: see
:func:`timeline.store.loader._pieces`); an event whose item only moved is
the kept one, moved to its new line. Anything the fast reader does not take
whole, in any item, and the caller reads the whole file as always, so its
problems are reported exactly as they always are. The events are those a
read of the whole file gives: an item of plain block YAML ends where the
next line starting ``- `` begins.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline.model import Event, Location
from timeline.store.events import simple_events
from timeline.store.yamlfile import YamlText

#: Where an item of an events file's top-level list starts (after the first):
#: a line starting ``- ``. Parts and items are cut only there.
ITEM_START = "\n- "


#: An alias (``*name``) where YAML reads one: a value's start after ``: ``, ``- ``, ``? ``
#: or in a flow collection. With one, an item's event can depend on another item (its
#: anchor), so the file is not kept by item. (A ``*`` inside prose never follows those.)
_ALIAS = re.compile(r"(?:^[ ]*(?:[-?] +)+|: +|[\[{,] *)(?:![^ ]* +)?(?:&[^ ]+ +)?\*", re.MULTILINE)


def has_document_markers(text: str) -> bool:
    """Whether a part of an events file has a line starting a document (``---``), ending
    one (``...``) or a directive (``%``): no cut at ``- `` lines is safe across those."""
    return "\n---" in text or "\n..." in text or "\n%" in text


@dataclass(frozen=True, slots=True)
class KeptItem:
    """One item of an events file as the last build read it."""

    #: the 0-based line the item started on
    line: int
    event: Event
    derived: Any


@dataclass(frozen=True, slots=True)
class KeptFile:
    """An events file's items as the last build read them, by a digest of each item's text."""

    #: the events cache's key of the file's bytes when they were read
    key: str
    #: what the derived values depend on besides the event (the site's settings)
    context: str
    items: dict[bytes, KeptItem]
    #: the file's text as it was cut into items then, for the next read to cut only what changed
    cut: _Items


@dataclass(frozen=True, slots=True)
class _Items:
    """The items of an events file's top-level list: the file cut before each ``- `` line."""

    #: the file's text between the cuts (the ``\n- `` at each cut left out)
    parts: list[str]
    #: the 0-based line each item starts on
    lines: list[int]
    #: a digest of each part
    digests: list[bytes]

    def text(self, k: int) -> str:
        """Item ``k``'s text as it stands in the file."""
        part = self.parts[k]
        return ("- " + part if k else part) + ("\n" if k + 1 < len(self.parts) else "")


def _digest(part: str) -> bytes:
    return hashlib.blake2b(part.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _items(text: str, markers: bool = True) -> _Items | None:
    """The items of an events file's top-level list, or None when it is not plainly one
    (``markers``: look for document markers too; a caller that does not looks in each item
    it does not know: a line starting one lies inside an item, as items start at ``- ``)."""
    if not text.startswith("- ") or (markers and has_document_markers(text)):
        return None
    parts = text.split(ITEM_START)
    # each cut's line break ends the item before it
    lines = [0, *itertools.accumulate([part.count("\n") + 1 for part in parts[:-1]])]
    return _Items(parts, lines, list(map(_digest, parts)))


def recut(text: str, last: _Items) -> _Items:
    """:func:`_items` of ``text`` (an events file's text that starts an item), given ``last``,
    the items of the file's text as last read: the items the text still starts and ends with
    are taken as they were, and only the text between them is cut and hashed again.

    Each item of ``last`` matched holds no cut (``\n- ``) and is followed (at the start) or
    preceded (at the end) by one, and no cut can overlap another, so the cuts found are
    exactly those :func:`_items` finds.
    """
    parts, n, width = last.parts, len(last.parts), len(ITEM_START)
    pos = head = 0  # the items the text starts with, each with the cut after it
    while head < n and text.startswith(parts[head], pos) and text.startswith(ITEM_START, pos + len(parts[head])):
        pos += len(parts[head]) + width
        head += 1
    end, tail = len(text), n  # the items it ends with (from last.parts[tail] on), each with the cut before it
    while tail > head:
        part = parts[tail - 1]
        cut = end - len(part) - width
        # the cut before it lies after the head, or is the head's last cut: no middle item then
        if not (cut >= pos or (head and cut == pos - width)) or not text.startswith(part, cut + width) \
                or not text.startswith(ITEM_START, cut):
            break
        end, tail = cut, tail - 1
    line = last.lines[head] if head < n else last.lines[-1] + parts[-1].count("\n") + 1
    middle = text[pos:end].split(ITEM_START) if end >= pos else []
    lines = list(itertools.accumulate([part.count("\n") + 1 for part in middle], initial=line))
    after = lines.pop()  # the line after the middle: where the end's first item now starts
    moved = after - last.lines[tail] if tail < n else 0
    return _Items(parts[:head] + middle + parts[tail:],
                  last.lines[:head] + lines + ([at + moved for at in last.lines[tail:]] if moved else last.lines[tail:]),
                  last.digests[:head] + list(map(_digest, middle)) + last.digests[tail:])


def keep(path: Path, text: str, key: str, context: str, events: list[Event],
         derived: list[Any]) -> KeptFile | None:
    """``events`` (read from ``text``, the file at ``path`` under cache key ``key``) by item,
    for the next build; None when they do not match its items one to one."""
    items = _items(text)
    if items is None or len(items.parts) != len(events) or len(derived) != len(events) or _ALIAS.search(text):
        return None
    kept: dict[bytes, KeptItem] = {}
    shown = str(path)
    for line, digest, event, value in zip(items.lines, items.digests, events, derived, strict=True):
        at = event.location
        if at is None or at.path != shown or at.line != line + 1:
            return None
        kept[digest] = KeptItem(line, event, value)
    return KeptFile(key, context, kept, items)


@dataclass(frozen=True, slots=True)
class Reread:
    """A file read again by item: its events, their derived values, and the file kept anew."""

    events: list[Event]
    derived: list[Any]
    kept: KeptFile


def reread(path: Path, text: str, key: str, kept: KeptFile, derive: Callable[[Event], Any]) -> Reread | None:
    """The events of ``text`` (the file at ``path`` as it is now, under cache key ``key``) and
    their derived values, reading only the items ``kept`` does not hold; None when the whole
    file must be read."""
    if not text.startswith("- "):
        return None
    # (a kept item's text was looked at for document markers when it was kept)
    items = recut(text, kept.cut)
    shown = str(path)
    events: list[Event] = []
    values: list[Any] = []
    now: dict[bytes, KeptItem] = {}
    known_items = kept.items
    for k, (line, digest) in enumerate(zip(items.lines, items.digests, strict=True)):
        known = known_items.get(digest)
        if known is not None:
            if known.line != line:
                at = known.event.location
                moved = dataclasses.replace(known.event, location=Location(shown, line + 1, at.column if at else 1))
                known = KeptItem(line, moved, known.derived)
            events.append(known.event)
            values.append(known.derived)
            now[digest] = known
            continue
        item_text = items.text(k)
        if has_document_markers(item_text):
            return None
        found = simple_events(YamlText(shown, item_text), line, ordered=False)
        if found is None or len(found) != 1:
            return None
        events.append(found[0])
        values.append(value := derive(found[0]))
        now[digest] = KeptItem(line, found[0], value)
    return Reread(events, values, KeptFile(key, kept.context, now, items))
