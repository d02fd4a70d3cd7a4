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

Composing stays libyaml's own composer (every syntax error, mark and limit is
its), but two costs around it are removed, which makes composing a big
events file about three times faster (see :class:`FastSafeLoader` and
:func:`gc_paused`): 10,000 events compose in ~0.6 s instead of ~2 s. A
composer written in Python over libyaml's event stream (``yaml.parse``) was
measured and rejected: producing that stream alone costs ~0.6 s, so it could
only be slower, and it would have to re-create every error message and mark.

Most events files never reach libyaml at all: :func:`read_simple` reads the
plain block YAML that our writer, PyYAML's ``safe_dump`` and most people
write (a list of mappings of known keys, plain/quoted/``|`` text, lists of
text or of small mappings) with a few regular expressions per key, and gives
up on anything else, which libyaml then composes as before. For the 10,000
benchmark events that reads in about half the CPU time of composing.
"""

from __future__ import annotations

import functools
import gc
import os
import re
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import compress
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

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

_CORE = "tag:yaml.org,2002:"
#: Tags a SafeLoader would resolve by itself; anything else (``!!python/...``,
#: ``!custom``, ``!!binary``, ``!!set``) is refused with a located error.
SAFE_TAGS = frozenset(_CORE + t for t in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map"))
_STR, _SEQ, _MAP, _NULL = (_CORE + t for t in ("str", "seq", "map", "null"))


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


_IMPLICIT = _first_char_table()
_ANYWHERE = tuple(Resolver.yaml_implicit_resolvers.get(None, []))
if _ANYWHERE:  # pragma: no cover - SafeLoader registers every implicit type under its first characters
    # The simple reader takes a value whose first character is not in
    # _IMPLICIT for str; refuse to run rather than misread files.
    raise ImportError("a YAML implicit resolver for any first character: the simple reader would misread")


def plain_tag(value: str) -> str:
    """SafeLoader's tag for a plain (unquoted) scalar: ``yes`` is bool, ``2021`` int."""
    for tag, regexp in _IMPLICIT.get(value[:1], _ANYWHERE):
        if regexp.match(value):  # type: ignore[attr-defined]
            return tag
    return _STR


def _plain(value: str) -> Scalar:
    """A plain scalar as :func:`read_simple` gives it: text, or ``(text, tag)`` unless the tag is str."""
    tag = plain_tag(value)
    return value if tag == _STR else (value, tag)


#: :func:`_plain` for list items: tags repeat from event to event.
_plain_word = functools.lru_cache(maxsize=4096)(_plain)


if hasattr(yaml, "CSafeLoader"):
    class FastSafeLoader(yaml.CSafeLoader):  # type: ignore[misc, name-defined]
        """libyaml's CSafeLoader with PyYAML's resolver hooks made cheap.

        libyaml parses and composes in C, but for every node it calls back into
        three Python methods of :class:`yaml.resolver.Resolver`: ``resolve``,
        ``descend_resolver`` and ``ascend_resolver``. On a 10,000-event file
        set that is about 900,000 Python calls, a fifth of composing. SafeLoader has
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
                return plain_tag(value) if implicit[0] else _STR  # type: ignore[arg-type]
            return _SEQ if kind is SequenceNode else _MAP

        def descend_resolver(self, current_node: object, current_index: object) -> None:
            return None

        def ascend_resolver(self) -> None:
            return None

    _LOADER: type = FastSafeLoader
else:  # pragma: no cover - PyYAML built without libyaml
    _LOADER = yaml.SafeLoader


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a file is composed and read.

    A 1,000-event file composes into half a million nodes that all stay
    alive; every few hundred allocations the collector walks the young ones,
    and the growing tree makes it walk them again and again: this took two
    thirds of composing. Node trees and events hold no reference cycles, so
    nothing is lost by collecting only afterwards; reference counting still
    frees everything as usual. Nested pauses are no-ops, and the collector is
    only re-enabled by the pause that disabled it.

    Everything allocated while paused is still in the youngest generation, so
    the first collection afterwards would walk all of it (~40 ms after loading
    10,000 events); ``freeze()`` then ``unfreeze()`` moves it to the oldest
    generation without a walk, where a later full collection still finds any
    cycle. Skipped if the program froze objects itself (``unfreeze`` would
    thaw them).
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if not gc.get_freeze_count():
            gc.freeze()
            gc.unfreeze()
        gc.enable()


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
        with gc_paused():
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
        # 1,000 levels: the walk is skipped, saving a third of the load time.
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
    alone sent every such file through :func:`check_tree` (3x the load time
    of a 10k-event timeline with Markdown bodies).
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
    return isinstance(node, ScalarNode) and node.tag == _CORE + "null"


def scalar_kind(node: Node) -> str:
    """``str``, ``int``, ``float``, ``bool``, ``null``, ``timestamp``, ``list`` or ``mapping``."""
    if isinstance(node, SequenceNode):
        return "list"
    if isinstance(node, MappingNode):
        return "mapping"
    return node.tag[len(_CORE):] if node.tag.startswith(_CORE) else "str"


# ------------------------------------------------------- simple block YAML
#: A scalar as the simple reader gives it: its text if SafeLoader's tag for it
#: is str (the common case, so kept cheap), else its text and tag.
Scalar = str | tuple[str, str]
#: What :func:`read_simple` gives for a value: a scalar, a list, or a mapping.
SimpleValue = Scalar | list | dict


class _NotSimple(Exception):
    """The text uses YAML that :func:`read_simple` leaves to libyaml."""


#: Anything but a line feed and the characters libyaml reads as plain text:
#: tabs, CR and YAML 1.1's other line breaks (NEL, LS, PS), BOMs, control and
#: non-characters. A file with one of them is read by libyaml. Spelled as the
#: characters refused, not as the complement of those allowed
#: (``[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]``):
#: the same set (tests/test_store_simple.py checks every code point), but that
#: spelling took ~9 ms to compile, in every build's start-up.
_NOT_SIMPLE_CHARS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
#: A block mapping key: a plain word and ``:`` before a space or the line's end.
#: The ASCII characters :data:`_NOT_SIMPLE_CHARS` allows (checked much faster on bytes).
_PLAIN_ASCII = bytes(range(0x20, 0x7F)) + b"\n"
#: Characters that may not start a plain scalar, or that start one only in
#: some contexts (``-x``, ``?x``, ``:x``): left to libyaml.
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
#: Characters that end or change a plain scalar inside ``[...]``.
_FLOW_SPECIAL = re.compile(r"""[\[\]{}#'"&*!|>%@`:?]""")
_SINGLE_QUOTED = re.compile(r"'((?:[^']|'')*)'")
#: A single-quoted scalar over several lines (then trailing spaces): what PyYAML's
#: ``safe_dump`` writes for long text with a quote, ``**``, ``[`` or ``: `` in it.
_SINGLE_QUOTED_LINES = re.compile(r"'((?:[^']|'')*)' *")
_DOUBLE_QUOTED = re.compile(r'"([^"\\]*)"')


def _fold_single_quoted(inner: str) -> str:
    """The text of a single-quoted scalar from what stands between its quotes.

    ``''`` is a quote. Line breaks fold as YAML folds them: between two lines
    of text, one break reads as a space; a break followed by k empty lines (or
    lines of spaces) reads as k line feeds; spaces around breaks are dropped.
    Text starting or ending with a line break is left to libyaml.
    """
    if "\n" in inner:
        lines = inner.split("\n")
        first, last = lines[0].rstrip(" "), lines[-1].lstrip(" ")
        if not first or not last:
            raise _NotSimple
        # (the last line keeps its spaces before the closing quote: they are text)
        inner = _fold(first, [*[line.strip(" ") for line in lines[1:-1]], last])
    return inner.replace("''", "'") if "'" in inner else inner


def _fold(first: str, lines: list[str]) -> str:
    """YAML's line folding of ``first`` and the lines after it, each already
    without the spaces folding drops: a line break between two lines of text
    reads as a space, one followed by k empty lines as k line feeds."""
    out = [first]
    blanks = 0
    for line in lines:
        if not line:
            blanks += 1
            continue
        out.append("\n" * blanks if blanks else " ")
        out.append(line)
        blanks = 0
    return "".join(out)


def read_simple(text: str, keys: Collection[str], item_keys: dict[str, Collection[str]],
                order: tuple[str, ...] | None = None) -> list[tuple[int, int, dict[str, SimpleValue]]] | None:
    """The mappings of a file written in plain block YAML, read without libyaml; else ``None``.

    Composing with libyaml builds a Python node and two marks for every
    value and calls back into Python for each; for the files people and our
    writer produce (a list of mappings of known keys whose values are plain,
    quoted or ``|`` text, lists of text or lists of small mappings) reading
    the lines directly is several times cheaper. Anything outside that subset
    (anchors, tags, flow mappings, comments after values, tabs, escapes,
    multi-line double quotes, unknown or repeated keys, odd indentation,
    YAML that libyaml would reject) gives ``None``,
    and the caller composes the file with libyaml as before, so every message
    and mark stays libyaml's. The
    subset is read exactly as libyaml reads it (tests/test_store_simple.py
    compares the two on generated and hand-written files).

    ``keys`` are the allowed keys of each mapping, ``item_keys[key]`` those
    of mappings in a list under ``key``. Returns ``(line, column, mapping)``
    per root mapping (0-based, where libyaml's mark is); a scalar is its
    text if its tag is str, else ``(text, tag)`` (see :data:`Scalar`). The nesting is at most list > mapping > list > mapping,
    so no limit on depth or size is needed beyond the file's.

    With ``order`` (all of ``keys``, in the order files usually write them),
    :func:`read_ordered` is tried first: it reads a list of such mappings
    with one regular expression per mapping instead of one per entry.
    """
    if not text.endswith("\n"):
        return None
    if text.isascii():
        if text.encode("ascii").translate(None, _PLAIN_ASCII):
            return None
    elif _NOT_SIMPLE_CHARS.search(text):
        return None
    reader = _SimpleReader(text, keys, item_keys)
    try:
        if order is not None:
            try:
                return read_ordered(reader, order)
            except _NotSimple:
                pass
        return reader.document()
    except _NotSimple:
        return None


def _entry_patterns(indent: int) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns for one ``key: value`` entry of a block mapping whose keys are at ``indent``.

    Groups: key, the rest of the key's line (spaces trimmed), the lines
    under it that are blank or indented more (a multi-line value), and the
    ``- `` items that follow at ``indent`` itself (a list under the key, the
    layout most files use). The second pattern starts at the line's start.
    """
    deeper = f"(?:(?: {{{indent + 1}}}[^\n]*+)?\n| *+\n)*+"
    entry = rf"([A-Za-z_]+):(?: ++([^\n]*+))?\n({deeper})((?: {{{indent}}}- [^\n]*+\n{deeper})*+)"
    return re.compile(entry), re.compile(f" {{{indent}}}" + entry)


def _item_pattern(indent: int) -> re.Pattern[str]:
    """One ``- `` item of a block list at ``indent``: its first line's text and the lines under it."""
    return re.compile(rf" {{{indent}}}- ++([^\n]*+)\n((?:(?: {{{indent + 1}}}[^\n]*+)?\n| *+\n)*+)")


class _ByIndent(dict):  # type: ignore[type-arg]
    """Patterns for indents 0 to 12, compiled on first use: most files use two or
    three indents, and compiling all 39 patterns cost ~20 ms of every start-up."""

    def __init__(self, make: Callable[[int], Any]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, indent: int) -> Any:
        if not 0 <= indent <= MAX_SIMPLE_INDENT:
            raise KeyError(indent)
        found = self[indent] = self.make(indent)
        return found


#: The deepest indentation the simple reader handles; deeper files go to libyaml.
MAX_SIMPLE_INDENT = 12
_ENTRIES = _ByIndent(_entry_patterns)
_ITEMS = _ByIndent(_item_pattern)
_BLANK_LINES = re.compile(r"(?: *\n)*")
_ROOT_GAP = re.compile(r"(?:#[^\n]*\n| *\n)*")
_STARTS_KEY = re.compile(r"[A-Za-z_]+:(?: |$)")
_KEY_WORD = re.compile("[A-Za-z_]+")


class _SimpleReader:
    """Reads entry by entry with :data:`_ENTRIES`; raises :class:`_NotSimple` to give up."""

    __slots__ = ("item_keys", "keys", "text")

    def __init__(self, text: str, keys: Collection[str], item_keys: dict[str, Collection[str]]) -> None:
        self.text = text
        self.keys = keys
        self.item_keys = item_keys

    def document(self) -> list[tuple[int, int, dict[str, SimpleValue]]]:
        text = self.text
        size = len(text)
        pos = _ROOT_GAP.match(text).end()  # type: ignore[union-attr]
        if pos == size:
            raise _NotSimple  # empty: libyaml's None, reported by the caller
        if text[pos] != "-":  # one mapping at the root
            found, end = self.mapping(pos, 0, size, self.keys, self.item_keys)
            if end != size:
                raise _NotSimple
            return [(text.count("\n", 0, pos), 0, found)]
        out = []
        line = text.count("\n", 0, pos)
        while pos < size:
            if not text.startswith("- ", pos):
                raise _NotSimple
            start = pos + 2
            while text[start] == " ":
                start += 1
            column = start - pos
            found, end = self.mapping(start, column, size, self.keys, self.item_keys)
            out.append((line, column, found))
            end = _ROOT_GAP.match(text, end).end()  # type: ignore[union-attr]
            line += text.count("\n", pos, end)
            pos = end
        return out

    def mapping(self, pos: int, indent: int, endpos: int, keys: Collection[str],
                item_keys: dict[str, Collection[str]] | None) -> tuple[dict[str, SimpleValue], int]:
        """The block mapping whose first key starts at ``pos`` and later keys at column ``indent``.

        Returns it and where it ends: a line indented less, or ``endpos``.
        ``item_keys`` is ``None`` for a mapping whose values may not be lists.
        """
        if not 0 <= indent <= MAX_SIMPLE_INDENT:
            raise _NotSimple
        first, later = _ENTRIES[indent]
        text = self.text
        out: dict[str, SimpleValue] = {}
        match = first.match(text, pos, endpos)
        while match is not None:
            key, rest, under, items = match.groups()
            if key not in keys or key in out:
                raise _NotSimple  # an unknown or repeated key is an error: libyaml's marks say where
            if rest:
                if items:
                    raise _NotSimple  # "- " after a value
                if rest[-1] == " ":
                    rest = rest.rstrip(" ")
                if not under and rest[0] not in _INDICATORS and ": " not in rest and " #" not in rest \
                        and rest[-1] != ":":
                    out[key] = rest if rest[0] not in _IMPLICIT else _plain(rest)  # the common case, in short
                else:
                    out[key] = self.scalar(rest, under, indent, item_keys is not None)
            elif item_keys is None:
                raise _NotSimple  # a null, or a list where none may be
            elif items:
                if under.strip(" \n"):
                    raise _NotSimple
                out[key] = self.sequence(match.start(4), match.end(4), indent, item_keys.get(key, ()))
            elif under.strip(" \n"):
                start = _BLANK_LINES.match(text, match.start(3)).end()  # type: ignore[union-attr]
                out[key] = self.sequence(start, match.end(3), self._indent_at(start), item_keys.get(key, ()))
            else:
                out[key] = ("", _NULL)
            pos = match.end()
            match = later.match(text, pos, endpos)
        if not out:
            raise _NotSimple
        if pos < endpos and self._indent_at(pos) >= indent:
            raise _NotSimple  # a line at or past the keys' column that is no entry
        return out, pos

    def _indent_at(self, pos: int) -> int:
        text = self.text
        end = pos
        while text[end] == " ":
            end += 1
        return end - pos

    def scalar(self, rest: str, under: str, indent: int, flow: bool) -> SimpleValue:
        """The value that starts with ``rest``; ``under`` are the lines under it."""
        first = rest[0]
        if first == "|":
            return self.literal(rest, under, indent)
        if first in "'\"[":
            if under.strip(" \n"):
                if first != "'":
                    raise _NotSimple  # a multi-line double-quoted scalar or flow list
                match = _SINGLE_QUOTED_LINES.fullmatch(rest + "\n" + under.rstrip(" \n"))
                if match is None:
                    raise _NotSimple  # a value after the quotes
                return _fold_single_quoted(match.group(1))
            if first == "'":
                match = _SINGLE_QUOTED.fullmatch(rest)
                if match is None:
                    raise _NotSimple
                return match.group(1).replace("''", "'")
            if first == '"':
                match = _DOUBLE_QUOTED.fullmatch(rest)
                if match is None:
                    raise _NotSimple
                return match.group(1)
            if not flow:
                raise _NotSimple
            return self.flow(rest)
        if first in _INDICATORS or not _plain_line(rest):
            raise _NotSimple
        if not under:
            return _plain(rest)
        if ": " in under or " #" in under or ":\n" in under:
            raise _NotSimple
        # Folding: a line break reads as a space, k blank lines as k line feeds.
        lines = [line.strip(" ") for line in under.split("\n")]
        while lines and not lines[-1]:
            lines.pop()
        if not lines:
            return _plain(rest)
        for line in lines:
            if line and line[0] in "#-?:" and (line[0] == "#" or line[1:2] in ("", " ")):
                raise _NotSimple  # a comment, or an indicator that libyaml may read as one
        return _plain(rest + " " + " ".join(lines) if "" not in lines else _fold(rest, lines))

    def literal(self, header: str, under: str, indent: int) -> Scalar:
        """A ``|`` (clip) or ``|-`` (strip) block scalar; its indentation is its first line's."""
        if header not in ("|", "|-"):
            raise _NotSimple  # keep (|+), folded (>), explicit indentation, comments
        lines = under.split("\n")
        lines.pop()  # the text after the last line break: empty
        if not lines:
            raise _NotSimple
        text = lines[0].lstrip(" ")
        block = len(lines[0]) - len(text)
        if not text or block <= indent:
            raise _NotSimple  # leading blank lines or an empty block scalar
        content = []
        for line in lines:
            if len(line) - len(line.lstrip(" ")) >= block:
                content.append(line[block:])
            elif line.strip(" "):
                raise _NotSimple  # a line less indented than the block
            elif len(line) > block:
                raise _NotSimple
            else:
                content.append("")
        while not content[-1]:
            content.pop()
        value = "\n".join(content)
        return value + "\n" if header == "|" else value

    def flow(self, rest: str) -> list[Scalar]:
        """``[a, b c]``: plain words only, on one line."""
        if rest[-1] != "]":
            raise _NotSimple
        inner = rest[1:-1]
        if _FLOW_SPECIAL.search(inner):
            raise _NotSimple
        if not inner.strip(" "):
            return []
        items = []
        for part in inner.split(","):
            word = part.strip(" ")
            if not word or word[0] in _INDICATORS:
                raise _NotSimple
            items.append(_plain_word(word))
        return items

    def sequence(self, pos: int, endpos: int, indent: int, item_keys: Collection[str]) -> list:
        """The block list from ``pos`` to ``endpos`` whose ``-`` items are at column ``indent``."""
        if not 0 <= indent <= MAX_SIMPLE_INDENT:
            raise _NotSimple
        pattern = _ITEMS[indent]
        text = self.text
        block = text[pos:endpos]
        if ": " not in block and " #" not in block and ":\n" not in block:
            words = _one_line_items(block, indent)
            if words is not None:
                return words
        items: list[SimpleValue] = []
        while pos < endpos:
            match = pattern.match(text, pos, endpos)
            if match is None:
                raise _NotSimple
            rest = match.group(1).rstrip(" ")
            if not rest:
                raise _NotSimple
            if _STARTS_KEY.match(rest):
                column = match.start(1) - pos
                found, end = self.mapping(match.start(1), column, match.end(), item_keys, None)
                if end != match.end():
                    raise _NotSimple
                items.append(found)
            else:
                items.append(self.scalar(rest, match.group(2), indent, False))
            pos = match.end()
        return items


def _one_line_items(block: str, indent: int) -> list[SimpleValue] | None:
    """A list whose items are one-line plain scalars (a tag list), or ``None`` for the general way.

    The caller has checked that no ``: ``, `` #`` or line-ending ``:`` is in ``block``.
    """
    lines = block.rstrip(" \n").split("\n")
    prefix = " " * indent + "- "
    items: list[SimpleValue] = []
    for line in lines:
        if not line.startswith(prefix):
            return None
        word = line[indent + 2:].strip(" ")
        if not word or word[0] in _INDICATORS:
            return None
        items.append(word if word[0] not in _IMPLICIT else _plain_word(word))
    return items


def _plain_line(text: str) -> bool:
    """Whether a line of a plain scalar is all text: no ``: ``, no trailing ``:``, no comment."""
    return ": " not in text and text[-1] != ":" and " #" not in text


# ------------------------------------------- one expression per mapping
# Reading entry by entry costs one regular expression match and a dozen
# Python operations per key, and on this kind of file Python's own steps are
# most of the time. Files whose keys come in one fixed order (our writer's,
# and PyYAML's for dicts built in that order) can be read with ONE match per
# mapping: a pattern with an optional group per key, in that order, each
# holding the key's value as written. What the pattern lets through is then
# turned into values with string methods, and the checks that are the same
# for every value of a file (no ``: `` or `` #`` in plain text, no trailing
# ``:`` or spaces) are made once on all of them joined. Anything else (another
# key order, comments, blank lines inside a mapping, other indentation,
# multi-line double quotes, nulls) raises :class:`_NotSimple` and the file is read
# entry by entry as before; the values are exactly those :meth:`_SimpleReader.mapping`
# gives (tests/test_store_simple.py compares both, and both with libyaml).
# Measured on the 10,000 benchmark events: reading takes ~40% fewer CPU
# instructions than entry by entry.

#: A one-line plain scalar that needs no folding: it must not start with an
#: indicator; ``: ``, `` #``, a trailing ``:`` and trailing spaces are
#: refused afterwards on all values at once (see :func:`_refuse_unusual_plains`).
_O_PLAIN = r"""[^-?:,\[\]{}#&*!|>'"%@`\n ][^\n]*+"""
#: Quoted one-line scalars without quotes (or escapes) inside.
_O_QUOTED = r"""'[^'\n]*+' *+\n|"[^"\\\n]*+" *+\n"""
#: A single-quoted scalar of a root mapping, on one line or continued on lines
#: indented deeper than its key (3+ spaces), empty lines between them allowed
#: (see :func:`_fold_single_quoted`).
_O_SINGLE_LINES = r"""'(?:[^'\n]|'')*+(?:\n(?: *+\n)*+ {3,}(?=[^ \n])(?:[^'\n]|'')*+)*+' *+\n"""
#: The lines a key's value may span: indented deeper than the key, or blank.
_O_DEEPER = r"(?:(?: {3}[^\n]*+)?\n| *+\n)*+"


def _o_items(indent: int) -> str:
    """A block list at ``indent`` of mappings whose entries are all one-line scalars."""
    entry = rf"[A-Za-z_]+: +(?:{_O_PLAIN}\n|{_O_QUOTED})"
    return rf"(?: {{{indent}}}- {entry}(?: {{{indent + 2}}}{entry})*+)++"


#: One entry of such a list: its prefix (a new item or a later key), key, and plain or quoted text.
_O_ITEM_ENTRY = {
    indent: re.compile(rf"""( {{{indent}}}- | {{{indent + 2}}})([A-Za-z_]+): +(?:({_O_PLAIN})|'([^'\n]*)'|"([^"\\\n]*)") *\n""")
    for indent in (2, 4)
}


@functools.lru_cache(maxsize=8)
def _ordered_pattern(order: tuple[str, ...], listed: frozenset[str]) -> re.Pattern[str]:
    """One mapping of a root list: ``- `` then its keys, each optional, in ``order``.

    Each key's group holds what follows its ``:``; how it starts tells the
    kind of value: `` plain`` (with continuation lines indented by four, a
    folded text), `` 'quoted'``, `` |`` (a literal block), `` [flow]``, or a
    line break before a block list (of mappings for ``listed`` keys, else of
    plain words), either at the key's column or two deeper.
    """
    entries = []
    for key in order:
        values = [rf" +{_O_PLAIN}(?:\n {{4}}[^\n ][^\n]*+)*+\n", rf" +(?:{_O_SINGLE_LINES}|{_O_QUOTED})",
                  rf" +\|-? *+\n{_O_DEEPER}"]
        if key in listed:
            values += [rf"\n{_o_items(2)}", rf"\n{_o_items(4)}"]
        else:
            values += [r" +\[[^\n\]]*+\] *+\n", rf"\n(?:  - {_O_PLAIN}\n)++", rf"\n(?:    - {_O_PLAIN}\n)++"]
        # The first key follows "- " on the item's line, the others are two spaces in.
        entries.append(rf"(?:(?:(?<=- )|  ){re.escape(key)}:({'|'.join(values)}))?")
    # Blank lines and comments between items are skipped, as :meth:`_SimpleReader.document` does.
    return re.compile(r"- (?=[A-Za-z_])" + "".join(entries) + r"(?: *+\n|#[^\n]*+\n)*+(?=- |\Z)")


def read_ordered(reader: _SimpleReader, order: tuple[str, ...]) -> list[tuple[int, int, dict[str, SimpleValue]]]:
    """:meth:`_SimpleReader.document` for a list of mappings whose keys come in ``order``.

    Raises :class:`_NotSimple` for anything else.
    """
    text, item_keys = reader.text, reader.item_keys
    if set(order) != set(reader.keys) or not all(_KEY_WORD.fullmatch(key) for key in order):
        raise _NotSimple
    listed = frozenset(item_keys)
    match = _ordered_pattern(order, listed).match
    plan = [(key, key in listed) for key in order]
    plains: list[str] = []  # every plain text read, for the checks made once at the end
    folds: list[str] = []  # continuation lines of folded texts
    out = []
    size = len(text)
    pos = _ROOT_GAP.match(text).end()  # type: ignore[union-attr]
    line = text.count("\n", 0, pos)
    if pos == size:
        raise _NotSimple
    while pos < size:
        found = match(text, pos)
        if found is None:
            raise _NotSimple
        values = found.groups()
        mapping: dict[str, SimpleValue] = {}
        for (key, is_listed), raw in zip(compress(plan, values), filter(None, values), strict=True):
            if raw[0] == "\n":  # a block list
                if is_listed:
                    mapping[key] = _ordered_mappings(raw, 2 if raw[3] == "-" else 4, item_keys[key], plains)
                else:
                    plains.append(raw)
                    start, separator = (5, "\n  - ") if raw[3] == "-" else (7, "\n    - ")
                    mapping[key] = [word if word[0] not in _IMPLICIT else _plain_word(word)
                                    for word in raw[start:-1].split(separator)]
                continue
            value = raw[1:] if raw[1] != " " else raw.lstrip(" ")
            first = value[0]
            if first == "'":
                mapping[key] = _fold_single_quoted(value[1:value.rindex(first)])
            elif first == '"':
                mapping[key] = value[1:value.rindex(first)]
            elif first == "|":
                header, under = value.split("\n", 1)
                mapping[key] = reader.literal(header.rstrip(" "), under, 2)
            elif first == "[":
                mapping[key] = reader.flow(value.rstrip(" \n"))
            else:
                end = value.find("\n")
                if end == len(value) - 1:
                    value = value[:-1]
                    plains.append(value)
                else:  # continuation lines, each "\n" and four spaces: folded into spaces
                    rest, more = value[:end], value[end:-1]
                    plains.append(rest)
                    folds.append(more)
                    value = rest + more.replace("\n    ", " ")
                mapping[key] = value if first not in _IMPLICIT else _plain(value)
        out.append((line, 2, mapping))
        end = found.end()
        line += text.count("\n", pos, end)
        pos = end
    _refuse_unusual_plains(plains, folds)
    return out


def _ordered_mappings(raw: str, indent: int, keys: Collection[str], plains: list[str]) -> list[dict[str, SimpleValue]]:
    """The mappings of a block list that :func:`_o_items` matched (``raw`` starts with its line break)."""
    items = []
    new_item = " " * indent + "- "
    item: dict[str, SimpleValue] = {}
    for prefix, key, plain, single, double in _O_ITEM_ENTRY[indent].findall(raw, 1):
        if prefix == new_item:
            item = {}
            items.append(item)
        elif key in item:
            raise _NotSimple
        if key not in keys:
            raise _NotSimple
        if plain:
            plains.append(plain)
            item[key] = plain if plain[0] not in _IMPLICIT else _plain(plain)
        else:
            item[key] = single or double
    return items


def _refuse_unusual_plains(plains: list[str], folds: list[str]) -> None:
    """The checks of :meth:`_SimpleReader.mapping` and :meth:`_SimpleReader.scalar` on all plain texts at once.

    Plain text with ``: `` or `` #`` in it, or ending in ``:``, is read
    otherwise by YAML (a mapping, a comment); trailing spaces are left to
    the entry-by-entry reader, which strips them. A continuation line that
    starts with ``- `` or ``? `` (or is only that sign) is an indicator.
    """
    if _unusual_plain("\n".join(plains) + "\n"):
        raise _NotSimple
    if folds:
        joined = "\n".join(folds) + "\n"
        if _unusual_plain(joined) or _FOLDED_INDICATOR.search(joined):
            raise _NotSimple


#: A continuation line (four spaces in) that starts with ``-`` or ``?`` and a space or its end.
_FOLDED_INDICATOR = re.compile(r"\n    [-?][ \n]")


def _unusual_plain(joined: str) -> bool:
    """Whether plain texts, each followed by a line feed, hold ``: ``, `` #``, ``:`` at an end or trailing spaces.

    Spaces are everywhere in text, so a search for a pair starting with one
    stops often; ``:`` and ``#`` are rare in prose and found with one fast scan.
    """
    return (":" in joined and (": " in joined or ":\n" in joined)) or ("#" in joined and " #" in joined) \
        or " \n" in joined
