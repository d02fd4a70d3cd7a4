"""A title never ends inside a phrase the census read as cut (issue 16, "cut"): an adjective after a verb before the
noun it qualifies ("will face hostile | questioning"), the low end of a range before its high end ("an estimate of
2.7 million | to 4.6 million gallons"), and the first noun of a list cut from its modifier ("brought local radio |
stations, schools and clinics"). Every sentence here is invented."""

from __future__ import annotations

from timeline.extract.adjective_words import adjective_cut, noun_after_adjective
from timeline.extract.awaited_tails import range_open, tail_awaited
from timeline.extract.title_ends import whole_phrase
from timeline.extract.titles import write_title


def _title(sentence: str, date: str) -> str:
    at = sentence.index(date)
    return write_title(sentence, [(at, at + len(date))])


def _adjective_open(kept: str, nxt: str) -> bool:
    words = kept.split()
    return adjective_cut(words, [w.lower().strip(",") for w in words], nxt)


def test_an_adjective_after_an_object_verb_waits_for_its_noun() -> None:
    assert _adjective_open("the two ministers will face hostile", "questioning")
    assert _adjective_open("the council reported unusual", "demand")
    assert not _adjective_open("the crowd turned hostile", "quickly")
    assert not _adjective_open("the two ministers were hostile", "questioning")
    assert not _adjective_open("the mayor kept quiet", "today")


def test_an_ing_word_after_such_an_adjective_is_its_noun() -> None:
    assert noun_after_adjective("face", "hostile")
    assert noun_after_adjective("a", "careful")
    assert not noun_after_adjective("were", "hostile")
    assert not whole_phrase(["the", "two", "ministers", "will", "face", "hostile", "questioning"][:-1], "questioning")
    title = _title("The two ministers will face hostile questioning on Tuesday from 40 members of a parliamentary "
                   "committee about the collapse of the harbour wall in the old town.", "on Tuesday")
    assert title.endswith("hostile questioning"), title


def test_a_range_is_kept_whole_or_dropped_whole() -> None:
    assert range_open(["an", "estimate", "of", "2.7", "million"], ["to", "4.6", "million"])
    assert range_open(["counted", "between", "1994"], ["and", "2004"])
    assert range_open(["the", "wall", "is", "40ft"], ["-", "60ft", "high"])
    assert not range_open(["the", "storm", "killed", "11"], ["and", "injured", "17"])
    assert not range_open(["the", "board", "raised", "its", "offer", "to", "530"], ["to", "win", "the", "vote"])
    assert tail_awaited(["the", "office", "received", "an", "updated", "estimate", "of", "2.7", "million"], ["to", "4.6", "million", "tonnes"])
    title = _title("In late May, the port authority and the coastguard received an updated worst-case estimate of "
                   "2.7 million to 4.6 million litres per day.", "In late May")
    assert title.endswith("worst-case estimate"), title


def test_the_first_noun_of_a_list_keeps_its_head() -> None:
    words = ["The", "storm", "has", "brought", "local", "radio"]
    assert not whole_phrase(words, "stations,", ["schools", "and", "clinics", "to", "a", "halt"])
    assert whole_phrase(["The", "storm", "has", "brought", "local", "radio", "stations"], "to", ["a", "halt"])
