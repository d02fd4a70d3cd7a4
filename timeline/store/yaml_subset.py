"""The subset of YAML our files are written in, read without libyaml; it only reads.

:func:`read_simple` reads the plain block YAML that our writer, PyYAML's
``safe_dump`` and most people write (a list of mappings of known keys,
plain/quoted/``|`` text, lists of text or of small mappings) with a few
regular expressions per key, and gives up (``None``) on anything else, which
:func:`timeline.store.yamlfile.compose` then composes with libyaml. It decides
nothing about events: its values go to the same checker as libyaml's
(:func:`timeline.store.events.check_event`). The subset is read exactly as
libyaml reads it (tests/test_store_simple.py compares the two on generated
and hand-written files). Files whose keys come in one fixed order are read
with one expression per mapping (:mod:`timeline.store.yaml_ordered`), others
entry by entry here; :mod:`timeline.store.yaml_plain` holds what both share.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import Any

from timeline.store.yaml_ordered import read_ordered
from timeline.store.yaml_plain import (
    DOUBLE_QUOTED,
    FLOW_SPECIAL,
    INDICATORS,
    NOT_SIMPLE_CHARS,
    PLAIN_ASCII,
    ROOT_GAP,
    SINGLE_QUOTED,
    SINGLE_QUOTED_LINES,
    NotSimple,
    Scalar,
    SimpleValue,
    _fold,
    _plain,
    fold_single_quoted,
    plain_word,
)
from timeline.store.yamlfile import IMPLICIT, NULL


def read_simple(text: str, keys: Collection[str], item_keys: dict[str, Collection[str]],
                order: tuple[str, ...] | None = None) -> list[tuple[int, int, dict[str, SimpleValue]]] | None:
    """The mappings of a file written in plain block YAML, read without libyaml; else ``None``.

    Composing with libyaml builds a Python node and two marks for every
    value and calls back into Python for each; for the files people and our
    writer produce (a list of mappings of known keys whose values are plain,
    quoted or ``|`` text, lists of text or lists of small mappings) reading
    the lines directly makes none of those. Anything outside that subset
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
        if text.encode("ascii").translate(None, PLAIN_ASCII):
            return None
    elif NOT_SIMPLE_CHARS.search(text):
        return None
    reader = SimpleReader(text, keys, item_keys)
    try:
        if order is not None:
            try:
                return read_ordered(reader, order)
            except NotSimple:
                pass
        return reader.document()
    except NotSimple:
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
    three indents, and compiling all 39 patterns at import slowed every start-up."""

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
_STARTS_KEY = re.compile(r"[A-Za-z_]+:(?: |$)")


class SimpleReader:
    """Reads entry by entry with :data:`_ENTRIES`; raises :class:`NotSimple` to give up."""

    __slots__ = ("item_keys", "keys", "text")

    def __init__(self, text: str, keys: Collection[str], item_keys: dict[str, Collection[str]]) -> None:
        self.text = text
        self.keys = keys
        self.item_keys = item_keys

    def document(self) -> list[tuple[int, int, dict[str, SimpleValue]]]:
        text = self.text
        size = len(text)
        pos = ROOT_GAP.match(text).end()  # type: ignore[union-attr]
        if pos == size:
            raise NotSimple  # empty: libyaml's None, reported by the caller
        if text[pos] != "-":  # one mapping at the root
            found, end = self.mapping(pos, 0, size, self.keys, self.item_keys)
            if end != size:
                raise NotSimple
            return [(text.count("\n", 0, pos), 0, found)]
        out = []
        line = text.count("\n", 0, pos)
        while pos < size:
            if not text.startswith("- ", pos):
                raise NotSimple
            start = pos + 2
            while text[start] == " ":
                start += 1
            column = start - pos
            found, end = self.mapping(start, column, size, self.keys, self.item_keys)
            out.append((line, column, found))
            end = ROOT_GAP.match(text, end).end()  # type: ignore[union-attr]
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
            raise NotSimple
        first, later = _ENTRIES[indent]
        text = self.text
        out: dict[str, SimpleValue] = {}
        match = first.match(text, pos, endpos)
        while match is not None:
            key, rest, under, items = match.groups()
            if key not in keys or key in out:
                raise NotSimple  # an unknown or repeated key is an error: libyaml's marks say where
            if rest:
                if items:
                    raise NotSimple  # "- " after a value
                if rest[-1] == " ":
                    rest = rest.rstrip(" ")
                if not under and rest[0] not in INDICATORS and ": " not in rest and " #" not in rest \
                        and rest[-1] != ":":
                    out[key] = rest if rest[0] not in IMPLICIT else _plain(rest)  # the common case, in short
                else:
                    out[key] = self.scalar(rest, under, indent, item_keys is not None)
            elif item_keys is None:
                raise NotSimple  # a null, or a list where none may be
            elif items:
                if under.strip(" \n"):
                    raise NotSimple
                out[key] = self.sequence(match.start(4), match.end(4), indent, item_keys.get(key, ()))
            elif under.strip(" \n"):
                start = _BLANK_LINES.match(text, match.start(3)).end()  # type: ignore[union-attr]
                out[key] = self.sequence(start, match.end(3), self._indent_at(start), item_keys.get(key, ()))
            else:
                out[key] = ("", NULL)
            pos = match.end()
            match = later.match(text, pos, endpos)
        if not out:
            raise NotSimple
        if pos < endpos and self._indent_at(pos) >= indent:
            raise NotSimple  # a line at or past the keys' column that is no entry
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
                    raise NotSimple  # a multi-line double-quoted scalar or flow list
                match = SINGLE_QUOTED_LINES.fullmatch(rest + "\n" + under.rstrip(" \n"))
                if match is None:
                    raise NotSimple  # a value after the quotes
                return fold_single_quoted(match.group(1))
            if first == "'":
                match = SINGLE_QUOTED.fullmatch(rest)
                if match is None:
                    raise NotSimple
                return match.group(1).replace("''", "'")
            if first == '"':
                match = DOUBLE_QUOTED.fullmatch(rest)
                if match is None:
                    raise NotSimple
                return match.group(1)
            if not flow:
                raise NotSimple
            return self.flow(rest)
        if first in INDICATORS or not _plain_line(rest):
            raise NotSimple
        if not under:
            return _plain(rest)
        if ": " in under or " #" in under or ":\n" in under:
            raise NotSimple
        # Folding: a line break reads as a space, k blank lines as k line feeds.
        lines = [line.strip(" ") for line in under.split("\n")]
        while lines and not lines[-1]:
            lines.pop()
        if not lines:
            return _plain(rest)
        for line in lines:
            if line and line[0] in "#-?:" and (line[0] == "#" or line[1:2] in ("", " ")):
                raise NotSimple  # a comment, or an indicator that libyaml may read as one
        return _plain(rest + " " + " ".join(lines) if "" not in lines else _fold(rest, lines))

    def literal(self, header: str, under: str, indent: int) -> Scalar:
        """A ``|`` (clip) or ``|-`` (strip) block scalar; its indentation is its first line's."""
        if header not in ("|", "|-"):
            raise NotSimple  # keep (|+), folded (>), explicit indentation, comments
        lines = under.split("\n")
        lines.pop()  # the text after the last line break: empty
        if not lines:
            raise NotSimple
        text = lines[0].lstrip(" ")
        block = len(lines[0]) - len(text)
        if not text or block <= indent:
            raise NotSimple  # leading blank lines or an empty block scalar
        content = []
        for line in lines:
            if len(line) - len(line.lstrip(" ")) >= block:
                content.append(line[block:])
            elif line.strip(" "):
                raise NotSimple  # a line less indented than the block
            elif len(line) > block:
                raise NotSimple
            else:
                content.append("")
        while not content[-1]:
            content.pop()
        value = "\n".join(content)
        return value + "\n" if header == "|" else value

    def flow(self, rest: str) -> list[Scalar]:
        """``[a, b c]``: plain words only, on one line."""
        if rest[-1] != "]":
            raise NotSimple
        inner = rest[1:-1]
        if FLOW_SPECIAL.search(inner):
            raise NotSimple
        if not inner.strip(" "):
            return []
        items = []
        for part in inner.split(","):
            word = part.strip(" ")
            if not word or word[0] in INDICATORS:
                raise NotSimple
            items.append(plain_word(word))
        return items

    def sequence(self, pos: int, endpos: int, indent: int, item_keys: Collection[str]) -> list:
        """The block list from ``pos`` to ``endpos`` whose ``-`` items are at column ``indent``."""
        if not 0 <= indent <= MAX_SIMPLE_INDENT:
            raise NotSimple
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
                raise NotSimple
            rest = match.group(1).rstrip(" ")
            if not rest:
                raise NotSimple
            if _STARTS_KEY.match(rest):
                column = match.start(1) - pos
                found, end = self.mapping(match.start(1), column, match.end(), item_keys, None)
                if end != match.end():
                    raise NotSimple
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
        if not word or word[0] in INDICATORS:
            return None
        items.append(word if word[0] not in IMPLICIT else plain_word(word))
    return items


def _plain_line(text: str) -> bool:
    """Whether a line of a plain scalar is all text: no ``: ``, no trailing ``:``, no comment."""
    return ": " not in text and text[-1] != ":" and " #" not in text


