"""A title does not stop on the first of two joined modifiers (issue 16, "cut"): "a warning about the size of the
environmental" waits for "and economic damage". The pair goes when the noun phrase cannot stay whole. Every sentence
here is invented."""

from __future__ import annotations

from timeline.extract.coordinated_modifiers import modifier_pair_cut
from timeline.extract.titles import write_title


def _cut(kept: str, rest: str) -> bool:
    return modifier_pair_cut(kept.split(), rest.split())


def _title(sentence: str, date: str) -> str:
    at = sentence.index(date)
    return write_title(sentence, [(at, at + len(date))])


def test_an_adjective_before_a_second_joined_one_waits_for_its_noun() -> None:
    assert _cut("the mayor spoke of the financial", "and political cost of the closure")
    assert _cut("the council is searching for new,", "affordable ways to heat the pool")
    assert not _cut("the council bought oil", "and gas for the winter")
    assert not _cut("the report was critical", "and the mayor resigned")


def test_the_pair_goes_when_the_phrase_cannot_stay_whole() -> None:
    title = _title("Tom Hale gave a grim warning on Friday about the possible scale of the environmental and economic "
                   "harm that the long summer drought could cause.", "on Friday")
    assert title == "Tom Hale gives a grim warning about the possible scale of the harm"
    title = _title("The water board said on Friday that it would draw up a long-term financial and environmental plan "
                   "to help the valley towns recover after the flood.", "on Friday")
    assert title == "The water board says it will draw up a long-term plan to help the valley towns recover"
