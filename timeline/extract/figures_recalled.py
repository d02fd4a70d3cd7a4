"""One happening told twice with its figure, once at its own date and once at a date holding it.

A past happening is often told again further down a page at a vaguer date, and its figure is what tells the two
tellings apart from the story's other happenings: "The blast aboard the rig on 20 April killed 11 workers" ...
"the blast and fire which killed 11 people earlier this year"; "The firm agreed on Wednesday to set up a $20bn
fund" ... "Under the agreement, the firm committed to pay $20bn into the fund over four years"; "Alba reported
$408m in losses at its US arm last year" ... "Alba, which reported $408m in losses last year, paid no tax". Two
sentences whose dates lie one within the other (a day and its month or year, a month and its year; one day is
:mod:`.told_twice`'s), giving one figure (as a headline gives it: :func:`.told_twice.title_figures`), tell one
happening when they also share the act: a main verb or object of both clauses, or three of the quotes' words
besides the figure's size and unit.

A figure of the story's topic ("a $20bn fund") recurs in sentences about other acts: "Shares closed up 7% after it
agreed to put $20bn in a fund" (a share move) and "It has agreed to pay $5bn into the fund this year ... until the
total $20bn is paid" share the figure and two words but no act; "It is capturing 1,000 barrels a day" and "It hopes
later this week to divert more than the 1,000 barrels a day" are two acts (a plan beside a deed). Two actors named
apart, an act told as done again, or a happening told beside another ("Meanwhile, ...") are never one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline.extract.once import join_as_one
from timeline.extract.predicates import contains, one_day
from timeline.extract.told_twice import _again_told, _named_apart, _quote_words, _units, title_figures

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["FIGURE_RECALLED", "figures_recalled", "one_figure_recalled"]

#: The kind of ``Mention.one_of`` this reading sets.
FIGURE_RECALLED = "figure:"
#: Stems of a figure's size, which two figures of one size share whatever they count.
_SIZES = frozenset(["billio", "millio", "percen", "thousa", "hundre"])
#: How many words of the quotes, besides the figure's size and unit, tell one act when no verb or object is shared.
_SHARED_WORDS = 3


def _nested(a: Mention, b: Mention) -> bool:
    """Whether one mention's date lies within the other's, and they are not one day (:mod:`.told_twice`'s)."""
    if one_day(a, b):
        return False
    return a.key == b.key or contains(a.when, b.when) or contains(b.when, a.when)


def _acts(m: Mention) -> frozenset[str]:
    """The stems of ``m``'s main verb and object words, less a figure's size."""
    return (m.predicate.verbs | m.predicate.objects) - _SIZES


def one_figure_recalled(a: Mention, b: Mention, text: str) -> bool:
    """Whether ``a`` and ``b`` tell one happening with one figure at dates one within the other (see the module's
    docstring)."""
    if a.sentence == b.sentence or a.lead or b.lead or not _nested(a, b) or "beside" in (a.continued, b.continued):
        return False  # (a lead's date only stands in for its day: :mod:`.lead_retold` reads the lead told again)
    if _named_apart(a, b) or _again_told(a, b, text):
        return False
    if not title_figures(text[a.start:a.end]) & title_figures(text[b.start:b.end]):
        return False
    if a.predicate.planned != b.predicate.planned:
        return False  # a plan beside a deed: "hopes to divert more than the 1,000 barrels" ... "is capturing 1,000"
    shared = (_quote_words(a, text) & _quote_words(b, text)) - _units(a, text) - _units(b, text)
    if len(shared) < 2:
        return False
    return bool(_acts(a) & _acts(b)) or len(shared) >= _SHARED_WORDS


def figures_recalled(found: list[Mention], text: str) -> list[Mention]:
    """``found`` with ``one_of`` set on the mentions that tell one happening's figure at dates one within the other.
    Only mentions giving a figure are compared, each with the others giving the same one."""
    by_figure: dict[str, list[Mention]] = {}
    for m in found:
        for figure in title_figures(text[m.start:m.end]):
            by_figure.setdefault(figure, []).append(m)
    for told in by_figure.values():
        for i, a in enumerate(told):
            for b in told[i + 1:]:
                if not (a.one_of and b.one_of and a.one_of != b.one_of) and one_figure_recalled(a, b, text):
                    join_as_one(a, b, FIGURE_RECALLED[:-1])
    return found
