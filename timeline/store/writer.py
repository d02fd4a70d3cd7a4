"""Write events as deterministic, hand-editable YAML, atomically.

The same input always gives byte-identical text: keys in the documented order
(:data:`EVENT_KEYS`), block style, one blank line between events, dates as
plain ISO values (``date: 2025-07``, not ``'2025-07'``), text kept verbatim
(quotes are never re-wrapped, so a quote can be found in the file with a plain
search). ruamel.yaml does the emitting so the merge, which must round-trip
comments, shares one emitter and one style with fresh files.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString, SingleQuotedScalarString
from yaml.nodes import ScalarNode

from timeline.errors import TimelineError
from timeline.model import Event
from timeline.store.events import EVENT_KEYS, MEDIA_KEYS, SOURCE_KEYS
from timeline.store.schemafile import content_folder_of, project_schema

DATE_KEYS = frozenset({"date", "end", "published"})


def event_to_dict(event: Event) -> dict[str, Any]:
    """An event as plain JSON-able values in documented key order, defaults left out."""
    out: dict[str, Any] = {"id": event.id, "date": event.when.value()}
    if event.end is not None:
        out["end"] = event.end.value()
    if event.when.qualifier:
        out["qualifier"] = event.when.qualifier
    if event.when.timezone:
        out["timezone"] = event.when.timezone
    out["title"] = event.title
    if event.body:
        out["body"] = event.body
    if event.tags:
        out["tags"] = list(event.tags)
    if event.sources:
        out["sources"] = [_compact({k: getattr(s, k) for k in SOURCE_KEYS}) for s in event.sources]
    if event.media:
        out["media"] = [_compact({k: getattr(m, k) or None for k in MEDIA_KEYS}) for m in event.media]
    if event.status:
        out["status"] = event.status
    if event.confidence is not None:
        out["confidence"] = event.confidence
    if event.draft:
        out["draft"] = True
    return out


def _compact(mapping: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in mapping.items() if v is not None}


# --------------------------------------------------------------- YAML values
def yaml_value(key: str, value: Any) -> Any:
    """A plain value as the ruamel object that emits it in our style."""
    if key in DATE_KEYS and isinstance(value, str):
        return date_scalar(value)
    if isinstance(value, dict):
        node = CommentedMap()
        for k, v in value.items():
            node[k] = yaml_value(k, v)
        return node
    if isinstance(value, list):
        if key == "tags":
            seq = CommentedSeq(_flow_text(v) if isinstance(v, str) else v for v in value)
            seq.fa.set_flow_style()
            return seq
        return CommentedSeq(yaml_value(key, v) for v in value)
    if isinstance(value, str):
        return _text(value)
    return value


_PYYAML_RESOLVER = yaml.resolver.Resolver()
#: Line breaks in YAML 1.1 (PyYAML) but not in 1.2 (ruamel): only escapes keep them.
_YAML11_BREAKS = re.compile("[\x85\u2028\u2029]")
#: ``:x``, ``?x`` and ``-x`` are plain scalars to ruamel (YAML 1.2) but not to
#: PyYAML (YAML 1.1); quoting them keeps files readable by both.
_YAML11_UNSAFE_PLAIN = re.compile(r"[-?:]\S")
#: Numbers in YAML 1.2's core schema, which ruamel's loader reads as floats
#: although its dumper leaves them plain (``0E0``, ``1e5``): quoted, they stay text.
_YAML12_NUMBER = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
#: Words that read the same plain inside ``[...]`` in both YAML versions.
_FLOW_SAFE = re.compile(r"\w(?:[\w .’'&/+-]*\w)?")


def _text(value: str) -> Any:
    """A string in the style that both PyYAML and ruamel read back verbatim."""
    if _YAML11_BREAKS.search(value):
        return DoubleQuotedScalarString(value)
    if "\n" in value and _literal_ok(value):
        return LiteralScalarString(value)
    if _YAML11_UNSAFE_PLAIN.match(value) or _yaml11_not_text(value) or _YAML12_NUMBER.fullmatch(value):
        return SingleQuotedScalarString(value)
    return value


def _yaml11_not_text(value: str) -> bool:
    """Whether PyYAML would read the plain scalar as something else (``yes``, ``1:20``, ``~``)."""
    return _PYYAML_RESOLVER.resolve(ScalarNode, value, (True, False)) != "tag:yaml.org,2002:str"


def _flow_text(value: str) -> Any:
    """Tags sit in a flow list, where plain scalars have the most pitfalls: quote all but words."""
    if _FLOW_SAFE.fullmatch(value) and not _yaml11_not_text(value) and not _YAML12_NUMBER.fullmatch(value):
        return value
    return _text(value) if _YAML11_BREAKS.search(value) else SingleQuotedScalarString(value)


def date_scalar(value: str) -> Any:
    """``2021`` as an int and ``2026-02-27`` as a date, so both emit unquoted.

    The store reads the raw text of date scalars, so the YAML type does not
    matter on the way back in; this only keeps the files clean to read.
    """
    if re.fullmatch(r"[1-9]\d{0,3}", value):
        return int(value)
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return dt.date.fromisoformat(value)
    return value


def _literal_ok(text: str) -> bool:
    """A ``|`` block keeps multi-line text readable, unless it would change it."""
    if text.startswith((" ", "\n")) or not all(ch == "\n" or ch.isprintable() for ch in text):
        return False
    return all(line == line.rstrip() for line in text.split("\n"))


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096  # never fold: a quote stays on one line, findable by search
    yaml.preserve_quotes = True
    yaml.allow_unicode = True
    return yaml


def to_text(data: Any) -> str:
    """ruamel's dump, with a root list moved back to column 0.

    ruamel indents every list by the sequence offset, the root one included;
    shifting every line left by the same two columns keeps the YAML meaning
    (relative indentation is all that matters) and gives the ``- id:`` layout
    people write by hand.
    """
    if isinstance(data, CommentedSeq) and not data:
        # An empty root list read from "[]" is flow style, and ruamel's emitter fails on it (IndexError in
        # expect_node) when it is written back: every event deleted by hand, the file re-saved by a tool.
        # Block style writes the same "[]".
        data.fa.set_block_style()
    stream = io.StringIO()
    _yaml().dump(data, stream)
    text = stream.getvalue()
    return dedent_root(text) if isinstance(data, list) else text


_BLOCK_HEADER = re.compile(r"^( *)(?:- |[^#]*?: |[^#]*?:\t)[|>][-+0-9]*[ \t]*(?:#.*)?$")


def dedent_root(text: str) -> str:
    """Shift content two columns left, leaving full-line comments where they were.

    ruamel re-emits a kept comment at its original column, so comments must
    not move; lines inside a ``|``/``>`` block are content (even when they
    start with ``#``) and move with their block.
    """
    out = []
    block_indent: int | None = None
    for line in text.split("\n"):
        indent = len(line) - len(line.lstrip(" "))
        in_block = block_indent is not None and (not line.strip() or indent > block_indent)
        if not in_block:
            block_indent = None
        is_comment = line.lstrip().startswith("#") and not in_block
        out.append(line[2:] if line.startswith("  ") and not is_comment else line)
        header = _BLOCK_HEADER.match(line)
        if header and not in_block:
            block_indent = indent
    return "\n".join(out)


def space_events(text: str) -> str:
    """One blank line before each top-level list item but the first.

    Only root list items start a line with ``- `` at column 0: every nested
    value, block scalar line or continuation is indented.
    """
    lines = text.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        if i and line.startswith("- ") and out and out[-1] != "":
            out.append("")
        out.append(line)
    return "\n".join(out)


def dump_dicts(items: Iterable[dict[str, Any]]) -> str:
    """Fresh events text with PyYAML's emitter (libyaml's when available).

    libyaml emits fresh text far more cheaply than ruamel (which is kept for re-writing
    existing files, where comments must survive), and its YAML 1.1 quoting is
    exactly what the store's PyYAML-based loader reads back.
    """
    data = [_ordered(item) for item in items]
    if not data:
        return "[]\n"
    text = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=4096,
                     default_flow_style=False)
    return space_events(indent_nested_lists(text))


_Dumper: type[yaml.SafeDumper] = type("_Dumper", (getattr(yaml, "CSafeDumper", yaml.SafeDumper),), {})

_NESTED_LIST_KEY = re.compile(r"  [a-z]+:$")


def indent_nested_lists(text: str) -> str:
    """``sources:`` items indented under their key, as people write them.

    libyaml writes an event's lists "indentless" (``- title`` level with
    ``sources:``), which is valid but reads oddly; every line of such a list is
    moved two columns right, which keeps the YAML meaning (relative
    indentation) and gives the documented layout.
    """
    out = []
    inside = False
    for line in text.split("\n"):
        if inside and line and not line.startswith(("  - ", "    ")):
            inside = False
        out.append("  " + line if inside and line else line)
        if _NESTED_LIST_KEY.fullmatch(line):
            inside = True
    return "\n".join(out)


class _Tags(list):
    """A list emitted in flow style: ``tags: [Anthropic, Pentagon]``."""


class _Date(str):
    """A date value emitted unquoted: ``2021``, ``2026-02-27``, ``2026-W09``."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value and _literal_ok(value) else None
    if _YAML11_BREAKS.search(value):
        style = '"'  # escaped, so YAML 1.1 and 1.2 readers agree
    elif _YAML12_NUMBER.fullmatch(value):
        # PyYAML leaves ``1e5`` plain, but ruamel (YAML 1.2), which re-writes the
        # file on the next merge, would read it back as the float 100000.0.
        style = "'"
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_date(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    tag = _PYYAML_RESOLVER.resolve(ScalarNode, str(value), (True, False))
    return dumper.represent_scalar(tag, str(value))


def _represent_dict(dumper: yaml.SafeDumper, value: dict[str, Any]) -> yaml.MappingNode:
    items = [(k, _Date(v) if k in DATE_KEYS and isinstance(v, str) else _Tags(v) if k == "tags" else v)
             for k, v in value.items()]
    return dumper.represent_mapping("tag:yaml.org,2002:map", items)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(_Date, _represent_date)
_Dumper.add_representer(dict, _represent_dict)
_Dumper.add_representer(
    _Tags, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", list(v), flow_style=True)
)


def _ordered(item: dict[str, Any]) -> dict[str, Any]:
    return {k: item[k] for k in EVENT_KEYS if k in item}


def dump_events(events: Iterable[Event]) -> str:
    """Events as YAML text (a list), deterministic and ready to edit by hand."""
    return dump_dicts(event_to_dict(e) for e in events)


def schema_modeline(target: Path) -> str:
    """``# yaml-language-server: $schema=...`` for editor checking, relative to the file.

    It points at the project's own copy of the schema (written here if
    needed), never at the tool's installation, which differs from machine to
    machine.
    """
    schema = project_schema(content_folder_of(target))
    assert schema is not None
    rel = Path(os.path.relpath(schema, Path(target).resolve().parent))
    return f"# yaml-language-server: $schema={rel.as_posix()}\n"


# -------------------------------------------------------------------- writing
def write_atomic(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` all at once, or not at all.

    The text goes to a hidden temporary file in the same folder (same file
    system, so ``os.replace`` is atomic), is flushed to disk, then renamed over
    the target; a crash at any moment leaves the old file or the new one.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise TimelineError(f"cannot write file: {exc.strerror or exc}", path) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)  # mkstemp makes 0600; keep the old file's mode or the usual one
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise TimelineError(f"cannot write file: {exc.strerror or exc}; it was left unchanged", path) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _umask() -> int:
    """The process umask (only readable by setting it; restored at once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless where unsupported."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
