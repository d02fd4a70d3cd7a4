"""Dates listed for one verb: "the harbour flooded in 1918, 1957 and 1968".

Each date of such a list is its own event (three floods), but the verb is said once: each
event's title is the clause without the whole list ("The harbour floods"), never with the
other dates left dangling ("The harbour floods, 1957 and 1968"). A list is dates of one
precision joined only by commas and a final "and"/"or": anything else between two dates (a
verb, a subject) makes them two clauses ("Smith led it in 2019 and Jones took over on Monday").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from timeline.model import When

__all__ = ["listed_spans"]

#: What may stand between two dates of one list: ", ", " and ", ", and ", " or ".
_LIST_JOIN = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?(?:in\s+|on\s+)?|\s+(?:and|or)\s+(?:in\s+|on\s+)?")


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
                    and prev.when.precision == a.when.precision and prev.timex.end <= a.timex.start
                    and _LIST_JOIN.fullmatch(text[prev.timex.end:a.timex.start])):
                run.append(i)
                continue
        if len(run) >= 2:
            span = (anchors[run[0]].timex.start, anchors[run[-1]].timex.end)
            for j in run:
                spans[j] = span
        run = [i]
    return spans
