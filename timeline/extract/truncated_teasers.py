"""A teaser cut off in mid-word ("... caused by a failure of its cementi..."): its last word is no word.

Boxes of related stories show each story's first lines cut at a fixed length and closed with an ellipsis, often
inside a word. A title written from such a text must not end on the fragment, so the fragment goes before the
title is written; the phrase it stood in is then cut back to where it was whole.
"""

from __future__ import annotations

import re

from timeline.extract.title_words import WEAK_END

#: A long text that stops on a lowercase word run into an ellipsis (a capital opens a name or a headline's word, which
#: a teaser rarely cuts: "from BP PLC.."): the cut of a teaser, not a speaker trailing off ("So far
#: I'm unscathed..." is short and whole).
_CUT_OFF = re.compile(r"\s+[a-z][\w’'-]*(?:\.{2,}|…)\s*$")
_TEASER_CHARS = 100


def cut_word_gone(sentence: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """``sentence`` without a teaser's last word when the teaser was cut off inside it, and the date ``spans``
    that still lie within what is left."""
    cut = _CUT_OFF.search(sentence)
    if cut is None or cut.start() < _TEASER_CHARS:
        return sentence, spans
    kept = sentence[:cut.start()].split(" ")
    while len(kept) > 3 and kept[-1].lower() in WEAK_END:
        kept.pop()  # ("a failure of its [cementi...]": the words that led into the fragment go with it)
    end = len(" ".join(kept))
    return sentence[:end], [(start, stop) for start, stop in spans if stop <= end]
