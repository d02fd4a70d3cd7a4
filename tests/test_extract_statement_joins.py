"""An actor's statements of one date are one event, though the first of them joined an event found another way
(issue 16).

The merger keeps, for each actor and date, the event their first statement went into, and their next statements of
that date join it. The first may join an event the whole article's reading found (:mod:`.figures_recalled`: one
figure told at a month and at a day of it); the next statements still join that event, not one of their own.

Every mention here is written for these tests.
"""

from __future__ import annotations

from timeline.extract.merge import Mention, merge_mentions
from timeline.model import When


def _mention(when: str, start: int, sentence: int, title: str, **kw: object) -> Mention:
    return Mention(when=When.parse(when), start=start, end=start + len(title), sentence=sentence, title=title,
                   tags=[], confidence=0.9, **kw)


def test_a_statement_that_joined_a_recalled_figure_keeps_the_actor_s_next_ones() -> None:
    month = _mention("2031-03", 0, 3, "The mine collapses, killing 9 miners", actor=None, is_statement=False,
                     one_of="figure:2031-03:0")
    day = _mention("2031-03-12", 100, 4, "Kestrel mine collapses, killing 9 miners", actor="Kestrel",
                   is_statement=True, one_of="figure:2031-03:0")
    told_again = _mention("2031-03-12", 900, 12, "Kestrel crews do not see the danger until the roof gives way",
                          actor="Kestrel", is_statement=True)
    groups = merge_mentions([month, day, told_again])
    assert [[m.start for m in g] for g in groups] == [[0, 100, 900]]


def test_statements_of_two_actors_stay_apart() -> None:
    month = _mention("2031-03", 0, 3, "The mine collapses, killing 9 miners", actor=None, is_statement=False,
                     one_of="figure:2031-03:0")
    day = _mention("2031-03-12", 100, 4, "Kestrel mine collapses, killing 9 miners", actor="Kestrel",
                   is_statement=True, one_of="figure:2031-03:0")
    other = _mention("2031-03-12", 900, 12, "Delmar crews do not see the danger until the roof gives way",
                     actor="Delmar", is_statement=True)
    groups = merge_mentions([month, day, other])
    assert [[m.start for m in g] for g in groups] == [[0, 100], [900]]


def test_a_statement_joined_to_an_act_told_in_other_words_leaves_the_actor_s_next_ones_apart() -> None:
    lead = _mention("2031-03-12", 0, 1, "Delmar meets the mine's owners", actor=None, is_statement=False,
                    one_of="act:2031-03-12:0")
    saying = _mention("2031-03-12", 100, 4, "Kestrel says it looks forward to the meeting", actor="Kestrel",
                      is_statement=True, one_of="act:2031-03-12:0")
    other = _mention("2031-03-12", 900, 12, "Kestrel says pumps have begun draining the lower shaft",
                     actor="Kestrel", is_statement=True)
    groups = merge_mentions([lead, saying, other])
    assert [[m.start for m in g] for g in groups] == [[0, 100], [900]]
