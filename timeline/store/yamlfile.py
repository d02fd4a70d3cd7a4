"""Read untrusted YAML files into node trees that remember where each value was.

We compose YAML into *nodes* instead of constructing Python objects because
nodes keep ``start_mark`` (line and column) for every value, so every problem
can be reported as ``path:line:col: message``; they also show duplicate keys
that a plain ``safe_load`` would silently resolve as last-wins, and they never
run a constructor, so ``!!python/object`` tags cannot build anything.

Everything that could exhaust time or memory is bounded before the nodes are
used: file size, nesting depth and the number of nodes after alias expansion
("billion laughs"). libyaml (PyYAML's C parser) is used when available because
it composes large timelines several times faster than the pure-Python parser.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from timeline.errors import TimelineError

#: Per-file size limit. A hand-edited events file is kilobytes; 20 MB already
#: holds well over 10,000 events. Larger files are refused before reading them.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: Events nest four levels deep (list > event > sources > source); anything
#: far deeper is a mistake or an attack on the recursive code that walks nodes.
MAX_DEPTH = 64
#: How much aliases may add on top of what is written out, in nodes plus
#: characters of text. Anchors are handy for a shared source, but a few
#: anchors that each repeat the previous one ten times expand to a billion
#: nodes, and one big text repeated 400 times to gigabytes of pages.
MAX_ALIAS_EXPANSION = 1_000_000

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_CORE = "tag:yaml.org,2002:"
#: Tags a SafeLoader would resolve by itself; anything else (``!!python/...``,
#: ``!custom``, ``!!binary``, ``!!set``) is refused with a located error.
SAFE_TAGS = frozenset(_CORE + t for t in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map"))


@dataclass(frozen=True, slots=True)
class YamlText:
    """A decoded file, with its path as the user should see it."""

    path: str
    text: str


def error_at(message: str, path: str, node: Node | None = None) -> TimelineError:
    """A :class:`TimelineError` at a node's 1-based line and column."""
    if node is None:
        return TimelineError(message, path)
    mark = node.start_mark
    return TimelineError(message, path, mark.line + 1, mark.column + 1)


def show_tag(tag: str) -> str:
    """``tag:yaml.org,2002:python/object`` as the user typed it: ``!!python/object``."""
    return "!!" + tag[len(_CORE):] if tag.startswith(_CORE) else tag


# ---------------------------------------------------------------------- files
def inside(path: Path, root: Path) -> bool:
    """Whether ``path`` resolves (through symlinks) to somewhere under ``root``."""
    try:
        path.resolve().relative_to(root.resolve())
    except ValueError:
        return False
    return True


def check_symlink(path: Path, root: Path, shown: str) -> None:
    """Refuse symlinks that leave the content folder.

    A symlink to ``/etc/passwd`` or to a private file elsewhere would otherwise
    be read and published; links that stay inside the content folder are fine.
    """
    if path.is_symlink() and not inside(path, root):
        raise TimelineError(
            f"symlink points outside the content folder (to {os.path.realpath(path)}); refusing to read it",
            shown,
        )


def read_text(path: Path, shown: str | None = None, root: Path | None = None) -> YamlText:
    """Read a UTF-8 file safely: bounded size, UTF-8 BOM accepted, clear errors.

    ``shown`` is the path used in messages; ``root`` the content folder that
    symlinks must not leave.
    """
    shown = shown or str(path)
    if root is not None:
        check_symlink(path, root, shown)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise TimelineError(
                f"file is {size / 1024 / 1024:.1f} MB, over the {MAX_FILE_BYTES // 1024 // 1024} MB "
                "limit per file; split it into several files",
                shown,
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise TimelineError(f"cannot read file: {exc.strerror or exc}", shown) from None
    return YamlText(shown, decode(raw, shown))


def decode(raw: bytes, shown: str) -> str:
    """UTF-8 text, minus a UTF-8 byte-order mark; other encodings are refused.

    The error points at the first bad byte so the user can find it.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise TimelineError("file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8", shown, 1, 1)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        line_start = raw.rfind(b"\n", 0, exc.start) + 1
        column = len(raw[line_start:exc.start].decode("utf-8", "replace")) + 1
        raise TimelineError(
            f"file is not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save it as UTF-8", shown, line, column
        ) from None


# ---------------------------------------------------------------------- nodes
def compose(source: YamlText) -> Node | None:
    """Compose one YAML document into a checked node tree (``None`` if empty).

    Raises a located :class:`TimelineError` for syntax errors, unsafe tags,
    too-deep nesting and alias bombs.
    """
    try:
        node = yaml.compose(source.text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = _yaml_message(exc)
        if mark is None:
            raise TimelineError(message, source.path) from None
        raise TimelineError(message, source.path, mark.line + 1, mark.column + 1) from None
    except yaml.reader.ReaderError as exc:
        line, column = _line_col(source.text, exc.position)
        raise TimelineError(
            f"file contains the control character U+{exc.character:04X}, which YAML does not allow; remove it",
            source.path, line, column,
        ) from None
    except yaml.YAMLError as exc:
        raise TimelineError(f"invalid YAML: {exc}", source.path) from None
    except RecursionError:
        raise TimelineError(f"YAML nests deeper than {MAX_DEPTH} levels", source.path) from None
    if node is not None and ("*" in source.text or "!" in source.text):
        # Without aliases or explicit tags the tree holds only safe, implicit
        # types and no shared nodes, and libyaml has already capped nesting at
        # 1,000 levels: the walk is skipped, saving a third of the load time.
        check_tree(node, source.path)
    return node


def _line_col(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of a character index."""
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def _yaml_message(exc: yaml.MarkedYAMLError) -> str:
    """PyYAML's problem text, with its context ("while parsing a block mapping")."""
    problem = (exc.problem or "invalid YAML").strip()
    if "maximum nesting depth" in problem:
        return f"YAML nests too deeply ({problem})"
    if exc.context and problem.startswith("but "):
        return f"YAML syntax error: {exc.context.strip()}, {problem}"
    if exc.context and "found duplicate anchor" not in problem:
        return f"YAML syntax error: {problem} ({exc.context.strip()})"
    return f"YAML syntax error: {problem}"


def children(node: Node) -> list[Node]:
    """Direct child nodes (keys and values for mappings)."""
    if isinstance(node, SequenceNode):
        return list(node.value)
    if isinstance(node, MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def check_tree(root: Node, path: str) -> None:
    """Bound depth and alias expansion and refuse unsafe tags, without recursion.

    Aliases make the tree a graph: an iterative post-order walk computes each
    node's expanded size once, so a billion-laughs document is measured in
    microseconds instead of being expanded. A node met again while it is still
    open is a recursive alias.
    """
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[Node, int, bool]] = [(root, 1, False)]
    while stack:
        node, depth, done = stack.pop()
        key = id(node)
        if done:
            sizes[key] = _own_size(node) + sum(sizes[id(c)] for c in children(node))
            open_nodes.discard(key)
            continue
        if key in sizes:
            continue
        if key in open_nodes:
            raise error_at("recursive YAML alias (a node that contains itself)", path, node)
        if depth > MAX_DEPTH:
            raise error_at(f"YAML nests deeper than {MAX_DEPTH} levels", path, node)
        if node.tag not in SAFE_TAGS:
            raise error_at(f"YAML tag {show_tag(node.tag)} is not allowed (files are loaded safely; "
                           "remove the tag)", path, node)
        open_nodes.add(key)
        stack.append((node, depth, True))
        stack.extend((c, depth + 1, False) for c in children(node))
    expanded, written = sizes[id(root)], sum(_own_size(n) for n in _distinct(root))
    if expanded > written + MAX_ALIAS_EXPANSION:
        raise error_at(
            f"YAML aliases expand the document from {written:,} to {expanded:,} nodes and characters, "
            f"over the limit of {MAX_ALIAS_EXPANSION:,} added (an alias bomb?); write the values out instead",
            path, root,
        )


def _own_size(node: Node) -> int:
    """A node's weight without its children: one, plus its text for scalars."""
    return 1 + len(node.value) if isinstance(node, ScalarNode) else 1


def _distinct(root: Node) -> list[Node]:
    """Every node once, however often aliases repeat it."""
    seen: dict[int, Node] = {}
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) not in seen:
            seen[id(node)] = node
            stack.extend(children(node))
    return list(seen.values())


def is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == _CORE + "null"


def scalar_kind(node: Node) -> str:
    """``str``, ``int``, ``float``, ``bool``, ``null``, ``timestamp``, ``list`` or ``mapping``."""
    if isinstance(node, SequenceNode):
        return "list"
    if isinstance(node, MappingNode):
        return "mapping"
    return node.tag[len(_CORE):] if node.tag.startswith(_CORE) else "str"
