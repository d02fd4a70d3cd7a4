"""The title of one sentence with its date expressions removed, as the title tests read it."""

from __future__ import annotations

from timeline.extract.titles import MAX_CHARS, write_title


def title_of(sentence: str, *dates: str) -> str:
    """``write_title`` of ``sentence`` without ``dates`` (each found by its first occurrence), never over the limit."""
    spans = [(sentence.index(d), sentence.index(d) + len(d)) for d in dates]
    title = write_title(sentence, spans)
    assert len(title) <= MAX_CHARS, title
    return title
