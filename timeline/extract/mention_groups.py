"""A story's mentions grouped by the sentence that tells them, written once for the rules that compare the
mentions of one sentence (alternatives, one clause titled twice, a day's sayings and statements, ...)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline.extract.merge import Mention


def mentions_by_sentence(found: Iterable[Mention], keep: Callable[[Mention], bool] | None = None) -> dict[int, list[Mention]]:
    """The mentions of ``found`` (those ``keep`` accepts, when given) by sentence index, in the order of first
    appearance, each sentence's in their order in ``found``."""
    groups: dict[int, list[Mention]] = {}
    for m in found:
        if keep is None or keep(m):
            groups.setdefault(m.sentence, []).append(m)
    return groups


def ranged(m: Mention) -> bool:
    """A mention of the body (neither the lead nor a statement continued) whose date is a span, not a point: the
    mentions one clause may title twice (:mod:`.one_clause`, :mod:`.one_headline`)."""
    return not m.lead and not m.continued and m.date[0] < m.date[1]
