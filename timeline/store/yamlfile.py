"""Read untrusted YAML files into node trees that remember where each value was.

We compose YAML into *nodes* instead of constructing Python objects because
nodes keep ``start_mark`` (line and column) for every value, so every problem
can be reported as ``path:line:col: message``; they also show duplicate keys
that a plain ``safe_load`` would silently resolve as last-wins, and they never
run a constructor, so ``!!python/object`` tags cannot build anything.

Everything that could exhaust time or memory is bounded before the nodes are
used: file size, nesting depth and the number of nodes after alias expansion
("billion laughs"). libyaml (PyYAML's C parser) is used when available because
it composes large timelines far more cheaply than the pure-Python parser.

Composing stays libyaml's own composer (every syntax error, mark and limit is
its), with two costs around it removed (see :class:`FastSafeLoader` and
:func:`timeline.collector.paused`). A composer written in Python over libyaml's event stream
(``yaml.parse``) was measured and rejected (benchmarks/HISTORY.md): it could
only be slower, and it would have to re-create every error message and mark.

Most events files never reach libyaml at all: :mod:`timeline.store.yaml_subset`
reads the plain block YAML that our writer and most people write, and gives
up on anything else, which is then composed here.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

from timeline.collector import paused
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

CORE = "tag:yaml.org,2002:"
#: Tags a SafeLoader would resolve by itself; anything else (``!!python/...``,
#: ``!custom``, ``!!binary``, ``!!set``) is refused with a located error.
SAFE_TAGS = frozenset(CORE + t for t in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map"))
STR, _SEQ, _MAP, NULL = (CORE + t for t in ("str", "seq", "map", "null"))


def _first_char_table() -> dict[str, tuple[tuple[str, object], ...]]:
    """SafeLoader's implicit resolvers keyed by a plain scalar's first character.

    The same table, in the same order, that :meth:`Resolver.resolve` consults
    (``''`` holds the empty scalar's resolver, null); resolvers registered for
    any first character (key ``None``) are appended to every entry, as
    ``resolve`` does.
    """
    table = Resolver.yaml_implicit_resolvers
    anywhere = list(table.get(None, []))
    return {first: tuple(list(resolvers) + anywhere) for first, resolvers in table.items() if first is not None}


IMPLICIT = _first_char_table()
_ANYWHERE = tuple(Resolver.yaml_implicit_resolvers.get(None, []))
if _ANYWHERE:  # pragma: no cover - SafeLoader registers every implicit type under its first characters
    # The simple reader takes a value whose first character is not in
    # IMPLICIT for str; refuse to run rather than misread files.
    raise ImportError("a YAML implicit resolver for any first character: the simple reader would misread")


def plain_tag(value: str) -> str:
    """SafeLoader's tag for a plain (unquoted) scalar: ``yes`` is bool, ``2021`` int."""
    for tag, regexp in IMPLICIT.get(value[:1], _ANYWHERE):
        if regexp.match(value):  # type: ignore[attr-defined]
            return tag
    return STR


if hasattr(yaml, "CSafeLoader"):
    class FastSafeLoader(yaml.CSafeLoader):  # type: ignore[misc, name-defined]
        """libyaml's CSafeLoader with PyYAML's resolver hooks made cheap.

        libyaml parses and composes in C, but for every node it calls back into
        three Python methods of :class:`yaml.resolver.Resolver`: ``resolve``,
        ``descend_resolver`` and ``ascend_resolver``: three Python calls a node,
        a large share of composing. SafeLoader has
        no path resolvers, so the two walk hooks do nothing but look that up;
        here they are empty. ``resolve`` gives exactly SafeLoader's tag: for a
        plain scalar the same regexes in the same order, chosen by its first
        character, else ``str``/``seq``/``map``; a plain scalar whose first
        character starts no implicit type (most text) runs no regex at all.
        tests/test_store_fastload.py compares its trees with CSafeLoader's.
        """

        yaml_path_resolvers: dict = {}  # noqa: RUF012 - PyYAML's class-level registry, kept empty

        def resolve(self, kind: type, value: object, implicit: tuple[bool, bool]) -> str:
            if kind is ScalarNode:
                return plain_tag(value) if implicit[0] else STR  # type: ignore[arg-type]
            return _SEQ if kind is SequenceNode else _MAP

        def descend_resolver(self, current_node: object, current_index: object) -> None:
            return None

        def ascend_resolver(self) -> None:
            return None

    _LOADER: type = FastSafeLoader
else:  # pragma: no cover - PyYAML built without libyaml
    _LOADER = yaml.SafeLoader


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
    return "!!" + tag[len(CORE):] if tag.startswith(CORE) else tag


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
        with paused():
            node = yaml.compose(source.text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = _yaml_message(exc)
        if mark is not None and _char_at(source.text, mark.line, mark.column) == "\t":
            message = "YAML syntax error: a tab character, which YAML does not allow in indentation; use spaces"
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
    if node is not None and may_have_properties(source.text):
        # Without aliases or explicit tags the tree holds only safe, implicit
        # types and no shared nodes, and libyaml has already capped nesting at
        # 1,000 levels: nothing is left for the walk to find, so it is skipped.
        check_tree(node, source.path)
    return node


#: Where an alias (``*a``) or a tag (``!t``, possibly after an anchor ``&a``)
#: can start a node: at the start of a line (any YAML line break, NEL and LS/PS
#: included), or after ``[`` ``{`` ``,`` ``:`` ``?`` ``-`` and optional blanks.
#: Anchor and alias names are ASCII letters, digits, ``-`` and ``_``, and an
#: alias must end at a blank, a line break, the end or one of ``?:,]}%@```
#: (PyYAML's scanner and libyaml agree), so Markdown's ``**bold**`` or
#: ``*em*`` at the start of a wrapped line is not one. A superset of real
#: aliases and tags in any text that parses; a false alarm only costs a walk.
_NODE_PROPERTY = re.compile(
    r"(?:^|[\r\x85\u2028\u2029\[{,:?\-])[ \t]*(?:&[0-9A-Za-z_-]+[ \t]+)?"
    r"(?:!|\*[0-9A-Za-z_-]+(?![^\s?:,\]}%@`]))",
    re.MULTILINE,
)


def may_have_properties(text: str) -> bool:
    """False only if no alias or explicit tag can be in ``text`` (then no tree walk is needed).

    Markdown bodies are full of ``*`` and ``!``; testing for the characters
    alone sent every such file through :func:`check_tree`, a walk of its
    whole tree.
    """
    return ("*" in text or "!" in text) and _NODE_PROPERTY.search(text) is not None


def _line_col(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of a character index."""
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def _char_at(text: str, line: int, column: int) -> str:
    """The character at a 0-based line and column ("" past the end): libyaml's
    messages leave out the character they stopped at."""
    start = 0
    for _ in range(line):
        start = text.find("\n", start) + 1
        if start == 0:
            return ""
    return text[start + column:start + column + 1]


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
    return isinstance(node, ScalarNode) and node.tag == CORE + "null"
