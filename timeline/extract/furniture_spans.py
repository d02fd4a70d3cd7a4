"""Keeping found furniture out of sentences and of the tagger's text (issue 16).

:func:`.cleanup.find_furniture` finds the spans; this module applies them: a sentence keeps only its
longest piece outside furniture (:func:`trim`), and the tagger reads the text with furniture blanked
(:func:`masked`). The source text itself is never changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from timeline.extract.sentences import Sentence, blanked


class _Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def trim(start: int, end: int, furniture: Sequence[_Span], text: str) -> tuple[int, int] | None:
    """The part of ``text[start:end]`` outside furniture: the longest piece left, or None."""
    pieces = [(start, end)]
    for f in furniture:
        if f.end <= start or f.start >= end:
            continue
        nxt = []
        for a, b in pieces:
            if f.end <= a or f.start >= b:
                nxt.append((a, b))
                continue
            if a < f.start:
                nxt.append((a, f.start))
            if f.end < b:
                nxt.append((f.end, b))
        pieces = nxt
    best = None
    for a, b in pieces:
        while a < b and text[a] in " \t\n-—–|:,;":
            a += 1
        while b > a and text[b - 1] in " \t\n-—–|:,;(":
            b -= 1
        if len(text[a:b].split()) >= 3 and (best is None or b - a > best[1] - best[0]):
            best = (a, b)
    return best


def content_sentences(text: str, sentences: list[Sentence], furniture: Sequence[_Span]) -> list[Sentence]:
    """The sentences with furniture cut out of them; those left with nothing are dropped."""
    if not furniture:
        return sentences
    out = []
    for s in sentences:
        span = trim(s.start, s.end, furniture, text)
        if span is None:
            continue
        out.append(s if span == (s.start, s.end) else Sentence(span[0], span[1], text[span[0]:span[1]], s.paragraph))
    return out


def masked(text: str, furniture: Sequence[_Span]) -> str:
    """``text`` with furniture blanked out, same length, for the tagger.

    Offsets stay those of the real text, so quotes remain verbatim; the
    tagger neither finds the furniture's dates nor reads them as the context
    of the sentence that follows ("... 9:41 am EST The board approved ... on
    Monday").
    """
    return blanked(text, ((f.start, f.end) for f in furniture))
