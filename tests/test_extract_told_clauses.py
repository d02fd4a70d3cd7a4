"""A saying and what it tells, one sentence at two dates, get two headlines (issue 16: a duplicate a reader sees).

Every sentence here is written for these tests; the names are invented.
"""

from __future__ import annotations

from dataclasses import replace

from timeline.extract.merge import Mention
from timeline.extract.told_clauses import with_told_clauses_titled
from timeline.extract.unreached_dates import without_unreached_dates
from timeline.model import When


def _mention(text: str, date: str, value: str, title: str) -> Mention:
    at = text.index(date)
    return Mention(when=When.parse(value), start=0, end=len(text), sentence=0, actor=None, title=title, tags=[],
                   confidence=0.8, is_statement=True, date=(at, at + len(date)))


def _titles(text: str, shared: str, dates: list[tuple[str, str]]) -> list[str]:
    groups = [[_mention(text, words, value, shared)] for words, value in dates]
    return [m.title for group in with_told_clauses_titled(groups, text, [0]) for m in group]


def test_the_plan_a_saying_tells_gets_its_own_headline() -> None:
    text = "Harbor Oil said Saturday that its board would meet Monday to discuss cutting its payout to shareholders."
    shared = "Harbor Oil says its board will meet Monday to discuss cutting its payout to shareholders"
    titles = _titles(text, shared, [("Saturday", "2031-05-10"), ("Monday", "2031-05-12")])
    assert titles == [shared, "Harbor Oil's board will meet to discuss cutting its payout to shareholders"]


def test_a_pronoun_subject_is_named_by_the_speaker() -> None:
    text = "Corvel Mining said on Monday it would close three pits in the north by next March."
    shared = "Corvel Mining says it will close three pits in the north"
    titles = _titles(text, shared, [("Monday", "2031-05-12"), ("by next March", "2032-03")])
    assert titles == [shared, "Corvel Mining will close three pits in the north"]


def test_a_date_in_a_side_clause_keeps_the_saying_headline() -> None:
    # ("despite ... since April": the side clause's date is not what the saying tells)
    text = "On Monday, Mayor Ada Voss said her city would keep the beaches open, despite a leak that began in April."
    shared = "Ada Voss says her city will keep the beaches open"
    titles = _titles(text, shared, [("Monday", "2031-05-12"), ("in April", "2031-04")])
    assert titles == [shared, shared]


def test_one_event_keeps_its_mentions_titles() -> None:
    # (two mentions merged into one event: titles change only between events, so what exists stays)
    text = "Harbor Oil said Saturday that its board would meet Monday to discuss cutting its payout to shareholders."
    shared = "Harbor Oil says its board will meet Monday to discuss cutting its payout to shareholders"
    group = [_mention(text, "Saturday", "2031-05-10", shared), _mention(text, "Monday", "2031-05-12", shared)]
    assert [m.title for m in with_told_clauses_titled([group], text, [0])[0]] == [shared, shared]


def test_a_trailing_attribution_titles_the_saying_of_a_plan() -> None:
    text = ("Shipbuilders are on track to have a ferry for the island route ready for the summer after receiving the "
            "engines, company officials said on Wednesday.")
    shared = "Shipbuilders are on track to have a ferry for the island route ready"
    spring = _mention(text, "for the summer", "2032-SU", shared)
    wednesday = _mention(text, "on Wednesday", "2031-05-14", shared)
    wednesday = replace(wednesday, told=True)
    titles = [m.title for m in without_unreached_dates([spring, wednesday], text, [0])]
    assert titles[0] == shared
    assert titles[1] == "Company officials say shipbuilders are on track to have a ferry for the island route ready"


def test_an_attribution_after_an_apposition_keeps_the_headline() -> None:
    # (", the harbour master, said Thursday": the speaker stands before the apposition; no headline without him)
    text = "The new ferry will sail by next spring, Ann Roe, the harbour master, said on Thursday."
    shared = "The new ferry will sail"
    spring = _mention(text, "by next spring", "2032-SP", shared)
    thursday = _mention(text, "on Thursday", "2031-05-15", shared)
    thursday = replace(thursday, told=True)
    assert [m.title for m in without_unreached_dates([spring, thursday], text, [0])] == [shared, shared]


def test_a_told_condition_keeps_would() -> None:
    # (the reported clause is put in the present by the one rule of every title's report: a condition keeps
    # "would"; "will close if sales kept falling" would state as certain what was said to hang on a condition)
    text = "Dorn Foods said Tuesday that its plant would close by June if sales kept falling."
    shared = "Dorn Foods says its plant would close if sales kept falling"
    titles = _titles(text, shared, [("Tuesday", "2031-05-13"), ("by June", "2031-06")])
    assert titles[1] == "Dorn Foods's plant would close if sales kept falling"


def test_a_told_plan_is_in_the_present() -> None:
    text = "Dorn Foods said Tuesday that its board would meet Friday to vote on the sale."
    shared = "Dorn Foods says its board will meet to vote on the sale"
    titles = _titles(text, shared, [("Tuesday", "2031-05-13"), ("Friday", "2031-05-16")])
    assert titles == [shared, "Dorn Foods's board will meet to vote on the sale"]
