"""Dates listed for one verb: "the harbour flooded in 1918, 1957 and 1968".

Each date of such a list is its own event (three floods), but the verb is said once: each
event's title is the clause without the whole list ("The harbour floods"), never with the
other dates left dangling ("The harbour floods, 1957 and 1968"). A list is dates of one
precision joined only by commas and a final "and"/"or": anything else between two dates (a
verb, a subject) makes them two clauses ("Smith led it in 2019 and Jones took over on Monday").

A list that sorts a plural noun whose clause then states a figure ("the pandemics of 1957 and
1968 killed one to two million") says one thing of them all: a figure said of a set is its
total, true of no single year, so it is one event at the first date, its title keeping the list.
Said of each member ("the two pandemics in 1957 and 1968 came from a mix of viruses"), each
year is an event of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from timeline.extract.count_words import ROUND_NUMBERS, numbers_pattern
from timeline.model import When

__all__ = ["ALTERNATIVE_JOIN", "collective_list", "listed_spans"]

#: What may stand between two dates of one list: ", ", " and ", ", and ", " or ".
_LIST_JOIN = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?(?:in\s+|on\s+)?|\s+(?:and|or)\s+(?:in\s+|on\s+)?")
#: What may stand between two dates given as alternatives for one happening, of one precision or not: "or", a hedge
#: on the second ("or even", "or possibly", "or early"), its preposition ("on Friday or over the weekend").
ALTERNATIVE_JOIN = re.compile(
    r"(?i)\s*,?\s*(?:or|and/or)\s+(?:(?:even|possibly|perhaps|maybe|probably|early|late|as\s+(?:early|late)\s+as|"
    r"on|in|at|by|over|during|within|the)\s+)*")


class _Span(Protocol):
    start: int
    end: int


class _Listed(Protocol):
    @property
    def timex(self) -> _Span: ...
    @property
    def when(self) -> When: ...
    @property
    def end(self) -> When | None: ...
    @property
    def modifier(self) -> bool: ...


def listed_spans(text: str, anchors: Sequence[_Listed]) -> list[tuple[int, int] | None]:
    """For each anchor (in text order), the span of the list of dates it belongs to, or None."""
    spans: list[tuple[int, int] | None] = [None] * len(anchors)
    run = [0]
    for i in range(1, len(anchors) + 1):
        if i < len(anchors):
            prev, a = anchors[i - 1], anchors[i]
            if (not prev.modifier and not a.modifier and prev.end is None and a.end is None
                    and prev.timex.end <= a.timex.start
                    and ((prev.when.precision == a.when.precision and _LIST_JOIN.fullmatch(text[prev.timex.end:a.timex.start]))
                         or ALTERNATIVE_JOIN.fullmatch(text[prev.timex.end:a.timex.start]))):
                run.append(i)
                continue
        if len(run) >= 2:
            span = (anchors[run[0]].timex.start, anchors[run[-1]].timex.end)
            for j in run:
                spans[j] = span
        run = [i]
    return spans


#: A plural noun phrase, counted or definite, straight before the list: "the pandemics of", "three pandemic flu
#: outbreaks in", "the two pandemics in".
_PLURAL_BEFORE = re.compile(r"(?i)\b(?:the|" + numbers_pattern(2) + r"|several|both|its|their|these|those)\s+"
                            r"(?:[\w-]+\s+){0,3}?[a-z]{3,}(?<!ss)s\s+(?:of|in|from|during)\s+$")


#: A figure: a number, in digits or words, or an amount.
_FIGURE = re.compile(r"(?i)\d|\b(?:" + numbers_pattern(1) + "|" + "|".join(f"{word}s?" for word in ROUND_NUMBERS) + r")\b")


def collective_list(text: str, sentence_start: int, span: tuple[int, int]) -> bool:
    """Whether the list of dates at ``span`` sorts a plural noun: one statement about them all."""
    if _PLURAL_BEFORE.search(text, max(sentence_start, span[0] - 80), span[0]) is None:
        return False
    clause = re.match(r"[^,;:.!?]*", text[span[1]:span[1] + 120]).group(0)
    return _FIGURE.search(clause) is not None

