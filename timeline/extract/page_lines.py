"""A page's lines as offsets into its text, for the rules that read a page line by line.

Furniture, correction notices, standfirst bullets and chronologies all walk the body's lines and mark spans
by offset; they share this walker so that where a line starts, where its words start and which lines count as
blank are decided in one place.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PageLine:
    """One non-blank line of a text."""

    start: int  # offset of the line in the text
    end: int  # offset just past its last character (before the newline)
    lead: int  # offset of its first non-blank character
    text: str  # the line as written
    stripped: str  # the line without its surrounding blanks


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of every line of ``text``, blank ones included, without the newlines."""
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, at + len(line)))
        at += len(line) + 1
    return out


def filled_lines(text: str, lines: Sequence[tuple[int, int]]) -> Iterator[PageLine]:
    """The non-blank lines among ``lines`` (offsets into ``text``), in order."""
    for start, end in lines:
        line = text[start:end]
        stripped = line.strip()
        if stripped:
            yield PageLine(start, end, start + len(line) - len(line.lstrip()), line, stripped)


__all__ = ["PageLine", "filled_lines", "line_spans"]
