"""What both readers of the YAML subset share (see :mod:`timeline.store.yaml_subset`).

How a plain scalar is typed, how quoted and plain text folds over lines, the
characters that send a file to libyaml, and the exception that does.
"""

from __future__ import annotations

import functools
import re

from timeline.store.yamlfile import STR, plain_tag

#: A scalar as the simple reader gives it: its text if SafeLoader's tag for it
#: is str (the common case, so kept cheap), else its text and tag.
Scalar = str | tuple[str, str]
#: What :func:`read_simple` gives for a value: a scalar, a list, or a mapping.
SimpleValue = Scalar | list | dict


def _plain(value: str) -> Scalar:
    """A plain scalar as :func:`read_simple` gives it: text, or ``(text, tag)`` unless the tag is str."""
    tag = plain_tag(value)
    return value if tag == STR else (value, tag)


#: :func:`_plain` for list items: tags repeat from event to event.
plain_word = functools.lru_cache(maxsize=4096)(_plain)


class NotSimple(Exception):
    """The text uses YAML that :func:`read_simple` leaves to libyaml."""


#: Anything but a line feed and the characters libyaml reads as plain text:
#: tabs, CR and YAML 1.1's other line breaks (NEL, LS, PS), BOMs, control and
#: non-characters. A file with one of them is read by libyaml. Spelled as the
#: characters refused, not as the complement of those allowed
#: (``[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]``):
#: the same set (tests/test_store_simple.py checks every code point), but that
#: spelling is slow to compile, in every build's start-up.
NOT_SIMPLE_CHARS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
#: The ASCII characters :data:`NOT_SIMPLE_CHARS` allows: an all-ASCII text is checked on its
#: bytes, with ``bytes.translate``, and the regular expression is left for other text.
PLAIN_ASCII = bytes(range(0x20, 0x7F)) + b"\n"
#: Characters that may not start a plain scalar, or that start one only in
#: some contexts (``-x``, ``?x``, ``:x``): left to libyaml.
INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
#: Characters that end or change a plain scalar inside ``[...]``.
FLOW_SPECIAL = re.compile(r"""[\[\]{}#'"&*!|>%@`:?]""")
SINGLE_QUOTED = re.compile(r"'((?:[^']|'')*)'")
#: A single-quoted scalar over several lines (then trailing spaces): what PyYAML's
#: ``safe_dump`` writes for long text with a quote, ``**``, ``[`` or ``: `` in it.
SINGLE_QUOTED_LINES = re.compile(r"'((?:[^']|'')*)' *")
DOUBLE_QUOTED = re.compile(r'"([^"\\]*)"')


def fold_single_quoted(inner: str) -> str:
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
            raise NotSimple
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


#: Blank and comment lines before the first root mapping.
ROOT_GAP = re.compile(r"(?:#[^\n]*\n| *\n)*")
#: A mapping key the subset reads.
KEY_WORD = re.compile("[A-Za-z_]+")
