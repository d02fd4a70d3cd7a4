"""A day or a time a sentence only mentions is not the date of what it tells (issue 16, session 27).

Every sentence here is written for these tests. "The senator likened the damage to the shock of 9/11": a month and day
with a slash is the name of a happening, and the likening is no act of that day. "A fund for victims of the Sept. 11,
2001, attacks": the full date set off by commas is the attacks', as "the Sept. 11 attacks" is. "The spill may do more
damage than the Ixtoc blowout 30 years ago": the time after a comparative's "than" is what the clause is measured
against.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

MONDAY = dt.date(2030, 6, 17)
LEAD = "Harbor Oil said on Monday it would close its last refinery in the state.\n"


def events_after_lead(sentence: str) -> list[tuple[str, str]]:
    events = extract(Document(path="t.txt", text=LEAD + sentence + "\n", published=MONDAY))
    return [(e.when.value(), e.title) for e in events if "last refinery" not in e.title]


def test_a_slash_day_names_a_happening_not_the_clauses_day() -> None:
    assert events_after_lead("The senator likened the damage along the coast to the shock of 9/11.") == []
    assert events_after_lead("Officials said safety rules at the port were tightened after 9/11.") == []
    assert events_after_lead("Lowe persuaded most of the families to join the 9/11 compensation fund.") == []
    assert events_after_lead("The governor called the flood the state's own 9/11.") == []


def test_a_slash_day_after_on_or_before_a_happening_noun_stays() -> None:
    assert [d for d, _ in events_after_lead("Her brother died on 9/11 in the north tower.")] == ["2001-09-11"]
    assert "2001-09-11" in [d for d, _ in events_after_lead("Families who lost relatives in the 9/11 attacks met.")]


def test_a_full_date_set_off_before_a_happening_noun_dates_the_happening_only() -> None:
    # the attacks are their date's statement; running the fund is no act of that day
    assert events_after_lead("Lowe also ran a fund for the families of victims of the Sept. 11, 2001, attacks.") == [
        ("2001-09-11", "Attacks")]


def test_a_full_date_set_off_before_a_happening_is_the_happenings() -> None:
    assert events_after_lead("Crews have worked at the site since the April 20, 2030, explosion on the platform.") == [
        ("2030-04-20", "The platform explodes")]


def test_a_full_date_opening_its_clause_stays_the_clauses() -> None:
    assert events_after_lead("On Sept. 12, 2029, the board approved the sale.") == [
        ("2029-09-12", "The board approves the sale")]


def test_a_time_after_a_comparatives_than_is_a_point_of_comparison() -> None:
    assert events_after_lead("Airlines could face an even bumpier landing than during the 2003 SARS crisis.") == []
    assert events_after_lead("He believes the spill may cause more damage than the Ixtoc blowout 30 years ago.") == []
    # the quarter is the figure's period, and 2029 the figure's yardstick: neither dates the reporting
    assert events_after_lead("The refinery reported a bigger loss in the first quarter than in 2029.") == []
    # a bare "than a year ago" is a figure's comparison point, left to the comparisons' rules
    assert [d for d, _ in events_after_lead("Prices were higher than a year ago.")] == ["2029"]


def test_a_limit_or_the_clauses_own_night_after_than_stays() -> None:
    assert [t for _, t in events_after_lead("The company must file its plan no later than Friday.")] == [
        "Harbor Oil must file its plan no later than Friday"]
    assert [d for d, _ in events_after_lead("The comet will pass closer to us than the moon tonight.")] == [
        "2030-06-17TNI"]

