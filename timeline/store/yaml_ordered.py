"""The YAML subset read with one regular expression per mapping.

Used by :func:`timeline.store.yaml_subset.read_simple` first, for files whose
keys come in one fixed order; anything else is read entry by entry there.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection
from itertools import compress
from typing import TYPE_CHECKING

from timeline.store.yaml_plain import (
    KEY_WORD,
    ROOT_GAP,
    NotSimple,
    SimpleValue,
    _plain,
    fold_single_quoted,
    plain_word,
)
from timeline.store.yamlfile import IMPLICIT

if TYPE_CHECKING:
    from timeline.store.yaml_subset import SimpleReader

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
# multi-line double quotes, nulls) raises :class:`NotSimple` and the file is read
# entry by entry as before; the values are exactly those :meth:`SimpleReader.mapping`
# gives (tests/test_store_simple.py compares both, and both with libyaml).

#: A one-line plain scalar that needs no folding: it must not start with an
#: indicator; ``: ``, `` #``, a trailing ``:`` and trailing spaces are
#: refused afterwards on all values at once (see :func:`_refuse_unusual_plains`).
_O_PLAIN = r"""[^-?:,\[\]{}#&*!|>'"%@`\n ][^\n]*+"""
#: Quoted one-line scalars without quotes (or escapes) inside.
_O_QUOTED = r"""'[^'\n]*+' *+\n|"[^"\\\n]*+" *+\n"""
#: A single-quoted scalar of a root mapping, on one line or continued on lines
#: indented deeper than its key (3+ spaces), empty lines between them allowed
#: (see :func:`fold_single_quoted`).
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
    # Blank lines and comments between items are skipped, as :meth:`SimpleReader.document` does.
    return re.compile(r"- (?=[A-Za-z_])" + "".join(entries) + r"(?: *+\n|#[^\n]*+\n)*+(?=- |\Z)")


def read_ordered(reader: SimpleReader, order: tuple[str, ...]) -> list[tuple[int, int, dict[str, SimpleValue]]]:
    """:meth:`SimpleReader.document` for a list of mappings whose keys come in ``order``.

    Raises :class:`NotSimple` for anything else.
    """
    text, item_keys = reader.text, reader.item_keys
    if set(order) != set(reader.keys) or not all(KEY_WORD.fullmatch(key) for key in order):
        raise NotSimple
    listed = frozenset(item_keys)
    match = _ordered_pattern(order, listed).match
    plan = [(key, key in listed) for key in order]
    plains: list[str] = []  # every plain text read, for the checks made once at the end
    folds: list[str] = []  # continuation lines of folded texts
    out = []
    size = len(text)
    pos = ROOT_GAP.match(text).end()  # type: ignore[union-attr]
    line = text.count("\n", 0, pos)
    if pos == size:
        raise NotSimple
    while pos < size:
        found = match(text, pos)
        if found is None:
            raise NotSimple
        values = found.groups()
        mapping: dict[str, SimpleValue] = {}
        for (key, is_listed), raw in zip(compress(plan, values), filter(None, values), strict=True):
            if raw[0] == "\n":  # a block list
                if is_listed:
                    mapping[key] = _ordered_mappings(raw, 2 if raw[3] == "-" else 4, item_keys[key], plains)
                else:
                    plains.append(raw)
                    start, separator = (5, "\n  - ") if raw[3] == "-" else (7, "\n    - ")
                    mapping[key] = [word if word[0] not in IMPLICIT else plain_word(word)
                                    for word in raw[start:-1].split(separator)]
                continue
            value = raw[1:] if raw[1] != " " else raw.lstrip(" ")
            first = value[0]
            if first == "'":
                mapping[key] = fold_single_quoted(value[1:value.rindex(first)])
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
                mapping[key] = value if first not in IMPLICIT else _plain(value)
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
            raise NotSimple
        if key not in keys:
            raise NotSimple
        if plain:
            plains.append(plain)
            item[key] = plain if plain[0] not in IMPLICIT else _plain(plain)
        else:
            item[key] = single or double
    return items


def _refuse_unusual_plains(plains: list[str], folds: list[str]) -> None:
    """The checks of :meth:`SimpleReader.mapping` and :meth:`SimpleReader.scalar` on all plain texts at once.

    Plain text with ``: `` or `` #`` in it, or ending in ``:``, is read
    otherwise by YAML (a mapping, a comment); trailing spaces are left to
    the entry-by-entry reader, which strips them. A continuation line that
    starts with ``- `` or ``? `` (or is only that sign) is an indicator.
    """
    if _unusual_plain("\n".join(plains) + "\n"):
        raise NotSimple
    if folds:
        joined = "\n".join(folds) + "\n"
        if _unusual_plain(joined) or _FOLDED_INDICATOR.search(joined):
            raise NotSimple


#: A continuation line (four spaces in) that starts with ``-`` or ``?`` and a space or its end.
_FOLDED_INDICATOR = re.compile(r"\n    [-?][ \n]")


def _unusual_plain(joined: str) -> bool:
    """Whether plain texts, each followed by a line feed, hold ``: ``, `` #``, ``:`` at an end or trailing spaces.

    Spaces are everywhere in text, so a search for a pair starting with one
    stops often; ``:`` and ``#`` are rare in prose and found with one fast scan.
    """
    return (":" in joined and (": " in joined or ":\n" in joined)) or ("#" in joined and " #" in joined) \
        or " \n" in joined

