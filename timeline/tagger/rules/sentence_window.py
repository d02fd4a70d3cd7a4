"""The sentence around an expression, as the rules read it: its start, its span, digits in it.
"""

from __future__ import annotations

import re

from timeline.calendar_words import MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS
from timeline.honorifics import DOTTED_TITLES, OFFICE_ABBREVIATIONS


def sentence_around(text: str, start: int, end: int) -> str:
    return re.split(r"[.!?]\s", text[max(0, start - 200):start])[-1] + " " + re.split(r"[.!?](?:\s|$)", text[end:end + 200])[0]


_ABBREVIATIONS = frozenset([*MONTH_ABBREVIATIONS, *WEEKDAY_ABBREVIATIONS, "p.m", "a.m",
                            *(title.lower() for title in (*DOTTED_TITLES, *OFFICE_ABBREVIATIONS)), "st", "no"])


def same_sentence(span: str) -> bool:
    """No sentence boundary in ``span`` (abbreviations such as "Feb." and "p.m." are not one)."""
    for b in re.finditer(r"[.;!?]\s", span):
        if span[b.start()] != ".":
            return False
        word = re.search(r"([\w.]+)$", span[:b.start()])
        if not word or word.group(1).lower() not in _ABBREVIATIONS:
            return False
    return True


def _digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


def sentence_before(text: str, start: int) -> str:
    """The words of the sentence before ``start`` (at most 160 characters back)."""
    return re.split(r"[.!?\n]\s", text[max(0, start - 160):start])[-1]
