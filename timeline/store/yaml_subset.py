"""The subset of YAML our files are written in, read without libyaml; it only reads.

:func:`read_simple` reads the plain block YAML that our writer, PyYAML's
``safe_dump`` and most people write (a list of mappings of known keys,
plain/quoted/``|`` text, lists of text or of small mappings) with a few
regular expressions per key, and gives up (``None``) on anything else, which
:func:`timeline.store.yamlfile.compose` then composes with libyaml. It decides
nothing about events: its values go to the same checker as libyaml's
(:func:`timeline.store.events.check_event`). The subset is read exactly as
libyaml reads it (tests/test_store_simple.py compares the two on generated
and hand-written files).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection
from itertools import compress
from typing import Any

from timeline.store.yamlfile import _IMPLICIT, _NULL, _STR, plain_tag

# ------------------------------------------------------- simple block YAML
#: A scalar as the simple reader gives it: its text if SafeLoader's tag for it
#: is str (the common case, so kept cheap), else its text and tag.
Scalar = str | tuple[str, str]
#: What :func:`read_simple` gives for a value: a scalar, a list, or a mapping.
SimpleValue = Scalar | list | dict


def _plain(value: str) -> Scalar:
    """A plain scalar as :func:`read_simple` gives it: text, or ``(text, tag)`` unless the tag is str."""
    tag = plain_tag(value)
    return value if tag == _STR else (value, tag)


#: :func:`_plain` for list items: tags repeat from event to event.
_plain_word = functools.lru_cache(maxsize=4096)(_plain)


class _NotSimple(Exception):
    """The text uses YAML that :func:`read_simple` leaves to libyaml."""


#: Anything but a line feed and the characters libyaml reads as plain text:
#: tabs, CR and YAML 1.1's other line breaks (NEL, LS, PS), BOMs, control and
#: non-characters. A file with one of them is read by libyaml. Spelled as the
#: characters refused, not as the complement of those allowed
#: (``[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]``):
#: the same set (tests/test_store_simple.py checks every code point), but that
#: spelling is slow to compile, in every build's start-up.
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
