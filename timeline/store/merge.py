"""Merge re-extracted events into an events file without losing hand edits.

The machine remembers what it last wrote for each event in a *state sidecar*,
``<folder>/.timeline-state/<file name>.json``. Comparing the file with that
record tells who wrote each field:

- field equal to what the machine last wrote -> machine-owned: takes the new
  machine value (an improved extractor improves it);
- field different, added or removed -> a person edited it: kept as is;
- event in the state but gone from the file -> a person deleted it: never
  re-added;
- event in the file the machine never wrote -> a person added it: untouched;
- new machine event matching nothing -> appended.

Why a sidecar rather than a fingerprint inside the YAML: deletions can only
be recognised by remembering events that are no longer in the file, and a
fingerprint in each event would be copied along when a person duplicates an
event, and clutters the file people edit. Losing the sidecar is safe: every
event in the file then counts as hand-written and is left alone.

Order of writes: the events file first, then the state. A crash in between
leaves the new machine values recorded nowhere, so they count as hand edits
and are kept: the failure mode keeps text, never drops it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from timeline.errors import TimelineError
from timeline.model import Event
from timeline.store.events import EVENT_KEYS
from timeline.store.writer import (
    DATE_KEYS,
    _yaml,
    dump_dicts,
    event_to_dict,
    schema_modeline,
    to_text,
    write_atomic,
    yaml_value,
)
from timeline.store.yamlfile import YamlText, compose, read_text

STATE_DIR = ".timeline-state"
STATE_VERSION = 1


@dataclass(frozen=True, slots=True)
class MergeReport:
    """What a merge did, counted per event."""

    added: int = 0
    updated: int = 0
    kept_edited: int = 0
    skipped_deleted: int = 0
    unchanged: int = 0
    written: bool = False
    sources_added: int = 0  # sources of other articles added to events already in the file

    def __str__(self) -> str:
        parts = [f"{self.added} added", f"{self.updated} updated", f"{self.kept_edited} kept as edited",
                 f"{self.skipped_deleted} left deleted", f"{self.unchanged} unchanged"]
        if self.sources_added:
            parts.append(f"{self.sources_added} source{'s' if self.sources_added != 1 else ''} added "
                         "to existing events")
        return ", ".join(parts)


def state_path(path: Path) -> Path:
    return path.parent / STATE_DIR / f"{path.name}.json"


# ---------------------------------------------------------------- reading
def read_state(path: Path) -> dict[str, dict[str, Any]]:
    """What the machine last wrote to ``path``, by event id (empty if unknown)."""
    spath = state_path(path)
    if not spath.exists():
        return {}
    try:
        data = json.loads(spath.read_text(encoding="utf-8"))
        events = data["events"]
        if data.get("version") != STATE_VERSION or not isinstance(events, dict):
            raise ValueError("unexpected layout")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise TimelineError(
            f"extraction state file is unreadable ({exc}); delete it to treat every event in "
            f"{path} as hand-written", spath,
        ) from None
    return events


def read_existing(path: Path) -> tuple[str, Any]:
    """The file's text and its round-trip tree, or an error naming the file.

    The text is first checked by the store's own bounded, safe composer
    (alias bombs, unsafe tags, nesting), then loaded by ruamel, which keeps
    comments and key order for writing back.
    """
    source = read_text(path)
    compose(source)
    try:
        doc = _yaml().load(source.text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (None, None)
        raise TimelineError(f"cannot merge into this file: {exc.problem or exc}", path, line, col) from None
    except YAMLError as exc:
        raise TimelineError(f"cannot merge into this file: {exc}", path) from None
    if doc is not None and not isinstance(doc, (CommentedSeq, CommentedMap)):
        raise TimelineError("cannot merge into this file: it must hold an event or a list of events", path, 1, 1)
    return source.text, doc


# ----------------------------------------------------------- comparing values
def plain(value: Any, key: str = "") -> Any:
    """ruamel values as plain JSON-like values; dates as their ISO text."""
    if isinstance(value, Mapping):
        return {str(k): plain(v, str(k)) for k, v in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, str):
        return [plain(v, key) for v in value]
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if key in DATE_KEYS and value is not None and not isinstance(value, bool):
        return str(value)
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, int):
        return int(value)
    return value


def document_key(source: Any) -> tuple[str, ...]:
    """Which article a source entry cites (its quote aside)."""
    if not isinstance(source, Mapping):
        return ()
    return tuple(str(source.get(k) or "") for k in ("url", "title", "publisher"))


def _source_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, Sequence) and not isinstance(value, str) else []


def quotes(item: Mapping[str, Any]) -> set[str]:
    sources = item.get("sources") or []
    if not isinstance(sources, Sequence) or isinstance(sources, str):
        return set()
    return {str(s["quote"]) for s in sources if isinstance(s, Mapping) and s.get("quote")}


# ------------------------------------------------------------------- merging
class _Merge:
    """One merge: the file's events, the old state and the counts."""

    def __init__(self, items: list[Any], state: dict[str, dict[str, Any]]) -> None:
        self.items = items
        self.state = state
        self.new_state = dict(state)
        self.by_id = {str(item["id"]): item for item in items if isinstance(item, Mapping) and "id" in item}
        self.taken: set[int] = set()  # id() of file items / state keys already matched
        self.taken_keys: set[str] = set()
        self.counts = {"added": 0, "updated": 0, "kept_edited": 0, "skipped_deleted": 0, "unchanged": 0,
                       "sources_added": 0}
        self.appended: list[dict[str, Any]] = []
        self.changed = False

    def match(self, new: dict[str, Any]) -> tuple[str | None, Any]:
        """``(state key, file item)`` of the event ``new`` re-extracts, either may be None.

        By id first; then by a shared verbatim quote, so an extractor that
        re-titles an event (and so re-derives its id) does not duplicate it.
        """
        key = new["id"]
        if key in self.by_id or key in self.state:
            return key, self.by_id.get(key)
        wanted = quotes(new)
        for skey, old in self.state.items():
            if skey not in self.taken_keys and wanted & quotes(old):
                return skey, self.by_id.get(skey)
        for item in self.items:
            if isinstance(item, Mapping) and wanted & quotes(item):
                return (str(item["id"]) if "id" in item else None), item
        return None, None

    def add(self, new: dict[str, Any]) -> None:
        key, item = self.match(new)
        if item is not None and id(item) in self.taken:
            self.counts["unchanged"] += 1  # a second statement of an event already merged
            return
        if key is not None:
            self.taken_keys.add(key)
        if item is not None:
            self.taken.add(id(item))
        if key is None and item is None:
            if new["id"] in self.new_state:
                return  # the same id twice in one extraction: keep the first
            self.appended.append(new)
            self.new_state[new["id"]] = new
            self.counts["added"] += 1
        elif item is None:
            self.counts["skipped_deleted"] += 1
        elif key is None or key not in self.state:
            self.counts["kept_edited"] += 1  # written by a person: never touched ...
            self.add_to_hand_written(key, item, new)
        else:
            self.update(key, item, new)

    def update(self, key: str, item: CommentedMap, new: dict[str, Any]) -> None:
        """Give machine-owned fields the new values; keep every edited one."""
        old = self.state[key]
        edited = changed = False
        for field in EVENT_KEYS:
            if field == "id":
                continue  # ids are permalinks: never renamed under a reader
            in_file, in_old, in_new = field in item, field in old, field in new
            current = plain(item[field], field) if in_file else None
            if in_file != in_old or (in_file and current != old[field]):
                edited = True
                if field == "sources" and in_file and in_new:
                    added = self.add_new_documents(item, old, new)
                    self.counts["sources_added"] += added
                    changed |= bool(added)
            elif in_file and not in_new:
                del item[field]
                changed = True
            elif in_new and (not in_file or current != new[field]):
                self.set_field(item, field, new[field])
                changed = True
                if field == "sources":
                    known = {document_key(s) for s in _source_list(old.get("sources"))}
                    self.counts["sources_added"] += len({document_key(s) for s in new[field]} - known)
        self.new_state[key] = {**new, "id": key}
        self.changed |= changed
        bucket = "kept_edited" if edited else "updated" if changed else "unchanged"
        self.counts[bucket] += 1

    def add_to_hand_written(self, key: str | None, item: Any, new: dict[str, Any]) -> None:
        """... but for the reports of articles it does not cite yet, added to its sources.

        The state then remembers the event (as the machine sees it), so that a
        source a person removes stays removed and every other field stays theirs.
        """
        if key is None or not isinstance(item, dict) or not new.get("sources"):
            return
        if "sources" not in item:
            self.set_field(item, "sources", new["sources"])
            added = len({document_key(s) for s in new["sources"]})
        else:
            added = self.add_new_documents(item, {}, new)
        if added:
            self.counts["sources_added"] += added
            self.new_state[key] = {**new, "id": key}
            self.changed = True

    @staticmethod
    def add_new_documents(item: Any, old: Mapping[str, Any], new: Mapping[str, Any]) -> int:
        """Append to hand-edited sources those of articles the machine never cited here.

        A source a person removed was cited before (the state remembers it), so
        it stays removed; a newly extracted article's report is added, at the end.
        """
        sources = item["sources"]
        if not isinstance(sources, list):
            return 0
        known = {document_key(s) for s in [*_source_list(old.get("sources")), *sources]}
        fresh = [s for s in _source_list(new.get("sources")) if document_key(s) not in known]
        for source in fresh:
            sources.append(yaml_value("sources", source))
        return len(fresh)

    @staticmethod
    def set_field(item: CommentedMap, field: str, value: Any) -> None:
        """Set in place (keeps the key's comments) or insert before the key it precedes.

        A new key goes right before the first present key that follows it in
        the documented order (or last), so a person's own key order is kept.
        """
        if field in item or not isinstance(item, CommentedMap):
            item[field] = yaml_value(field, value)
            return
        order = EVENT_KEYS.index(field)
        keys = list(item)
        after = [i for i, k in enumerate(keys) if k in EVENT_KEYS and EVENT_KEYS.index(k) > order]
        item.insert(after[0] if after else len(keys), field, yaml_value(field, value))


@dataclass(frozen=True, slots=True)
class PlannedMerge:
    """A merge worked out and not yet written (see :func:`plan_merge`)."""

    path: Path
    report: MergeReport
    #: the events file's new text, or None when it stays as it is
    text: str | None = None
    #: the state file's new entries, or None when they stay as they are
    state: dict[str, dict[str, Any]] | None = None

    def write(self) -> None:
        """Write what changed, each file atomically."""
        if self.text is not None:
            write_atomic(self.path, self.text)
        if self.state is not None:
            _write_state(self.path, self.state)


def plan_merge(path: Path, new_events: Sequence[Event]) -> PlannedMerge:
    """Everything :func:`merge_events_file` does but writing: the events file and its state are
    read (a problem with either raised here) and the new texts made. A caller merging into many
    files works all of them out first and writes none when one fails."""
    path = Path(path)
    state = read_state(path)
    new = [event_to_dict(event) for event in new_events]
    quick = _quick_merge(path, state, new)
    text = None
    if quick is not None and not (quick.changed or quick.appended):
        merge = quick  # nothing to write: ruamel's slow load is not needed
    else:
        merge, text = _full_merge(path, state, new)
    return PlannedMerge(path, MergeReport(**merge.counts, written=text is not None), text,
                        merge.new_state if merge.new_state != state else None)


def merge_events_file(path: Path, new_events: Sequence[Event]) -> MergeReport:
    """Merge freshly extracted events into ``path``; see the module docstring.

    Nothing is written when nothing changed (a re-run is byte-identical), and
    nothing is written when the existing file or state cannot be read.
    """
    planned = plan_merge(path, new_events)
    planned.write()
    return planned.report


def _quick_merge(path: Path, state: dict[str, dict[str, Any]], new: list[dict[str, Any]]) -> _Merge | None:
    """A dry run on plain values from libyaml, to skip ruamel when nothing changes.

    ``None`` when the file needs the full, round-trip treatment (or its
    precise error message).
    """
    if not path.exists():
        return None
    try:
        source = read_text(path)
        compose(source)  # bounded and safe before anything is constructed
        doc = yaml.load(source.text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (TimelineError, yaml.YAMLError):
        return None
    if not isinstance(doc, list) or not all(isinstance(item, dict) for item in doc):
        return None
    merge = _Merge(doc, state)
    for item in new:
        merge.add(item)
    return merge


def _full_merge(path: Path, state: dict[str, dict[str, Any]],
                new: list[dict[str, Any]]) -> tuple[_Merge, str | None]:
    """The merge on ruamel's round-trip tree, and the file's new text (None: unchanged)."""
    text, doc = read_existing(path) if path.exists() else ("", None)
    items = list(doc) if isinstance(doc, CommentedSeq) else [doc] if doc is not None else []
    merge = _Merge(items, state)
    for item in new:
        merge.add(item)
    return merge, _compose_text(path, text, doc, merge) if merge.changed or merge.appended else None


def _compose_text(path: Path, text: str, doc: Any, merge: _Merge) -> str:
    """The new file text: existing events (re-dumped only if changed) plus appended ones.

    When only appending, the existing text is kept byte for byte.
    """
    if doc is None:
        head = (text.rstrip() + "\n\n" if text.strip()
                else f"# Events extracted by `timeline extract`; edit freely.\n{schema_modeline(path)}\n")
        result = head + dump_dicts(merge.appended)
    else:
        if isinstance(doc, CommentedMap) and merge.appended:
            body = to_text(CommentedSeq([doc]))  # one event becomes a list of events
        elif isinstance(doc, CommentedSeq) and not doc and merge.appended:
            body = _comments_only(text)  # "[]" cannot be followed by "- ..." items
        else:
            body = to_text(doc) if merge.changed else text
        result = body if not merge.appended else body.rstrip("\n") + "\n\n" + dump_dicts(merge.appended)
    compose(YamlText(str(path), result))  # never write text that does not read back
    return result


def _comments_only(text: str) -> str:
    """The comment and blank lines of an events file that holds no event."""
    return "".join(line for line in text.splitlines(keepends=True) if not line.strip() or line.lstrip().startswith("#"))


def _write_state(path: Path, events: dict[str, dict[str, Any]]) -> None:
    data = {"version": STATE_VERSION, "events": dict(sorted(events.items()))}
    write_atomic(state_path(path), json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n")
