"""Dates of a clause beside the main one, which the main clause did not happen at (issue 16: dates right).

Every sentence here is written for these tests; the names are invented. A concessive or contrasting clause ("Although
the founder died in 1935, ...", "..., though the well will not be sealed until August") has its own subject, verb and
time; so does a perfect participle closing the sentence (", having gained 3% on Monday") and an absolute (", with
further drops expected in 2033"). None of their dates is the main clause's.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

TUESDAY = dt.date(2031, 5, 13)
LEAD = "Harbor Oil chief executive Ann Dorn defended the drilling programme on Tuesday.\n"


def events_after_lead(*sentences: str) -> list[tuple[str, str]]:
    events = extract(Document(path="t.txt", text=LEAD + "\n".join(sentences) + "\n", published=TUESDAY))
    return [(e.when.value(), e.title) for e in events if "drilling programme" not in e.title]


def titled(dated: list[tuple[str, str]], words: str) -> list[str]:
    return [d for d, title in dated if words in title]


def test_a_date_in_a_concessive_clause_dates_that_clause_not_the_main_one() -> None:
    dated = events_after_lead("Although the founder Carl Mott died in 1935, his family received royalties from the "
                              "field for decades.")
    assert titled(dated, "royalties") == []
    assert titled(dated, "dies") == ["1935"]
    dated = events_after_lead("Although Taylor Marine sold its wells in 2029 to Ankor, Ankor said Monday that the "
                              "lease was still held by Taylor Marine.")
    assert titled(dated, "lease") == ["2031-05-12"]


def test_a_date_in_a_contrasting_clause_after_the_main_one_is_not_the_main_clauses() -> None:
    dated = events_after_lead("Harbor Oil has been capturing some of the leaking oil since fitting a new funnel, "
                              "though the well will not be sealed until August.")
    assert titled(dated, "capturing") == []
    dated = events_after_lead("Mr Reilly led the port authority under the old mayor, while Ms Graham served on the "
                              "council from 2017 to 2025.")
    assert titled(dated, "Reilly") == []
    # A concession told after the news is an afterthought set beside it (blind judges found 20 of 27 such clauses
    # made into events unpublishable: asides, forecasts, comparison points), so its date makes no event either.
    assert titled(dated, "Graham") == []
    assert events_after_lead("The ferry resumed sailings to the island, though the pier will not be rebuilt "
                             "until August.") == []


def test_while_heading_only_a_phrase_keeps_the_main_clauses_date() -> None:
    dated = events_after_lead("The storm was downgraded to a depression while crossing the coast late on Friday.")
    assert titled(dated, "downgraded") == ["2031-05-09"]


def test_a_date_in_a_closing_perfect_participle_is_not_the_main_clauses() -> None:
    dated = events_after_lead("Harbor Oil shares rose 3.4% in trading on Tuesday, having gained 3% on "
                              "Monday after the reports of a bid.")
    assert titled(dated, "rise 3.4%") == ["2031-05-13"]
    dated = events_after_lead("The depot manager returned to the hearing, having faced questions from the panel last "
                              "week.")
    assert titled(dated, "returns") == []


def test_a_date_in_a_closing_absolute_is_not_the_main_clauses() -> None:
    dated = events_after_lead("Oil output in the bay fell by 70,000 barrels per day in the first quarter, with "
                              "further drops expected later this year and in 2033.")
    assert "2033" not in titled(dated, "falls")
    dated = events_after_lead("The results beat most forecasts, with net income totalling 480 million dollars for "
                              "the three months between January and March.")
    assert titled(dated, "forecasts") == []


def test_an_absolute_whose_date_names_its_own_happening_keeps_it() -> None:
    dated = events_after_lead("Harbor Oil said it collected 10,500 barrels of oil on Saturday, with 27,700 barrels "
                              "collected between June 3, when the operation began, and Sunday.")
    assert "2030-06-03" in titled(dated, "operation")


def test_a_contrasting_word_before_no_subject_heads_no_clause() -> None:
    dated = events_after_lead("Its finance director, Bo Lind, said it would press on with short-term fixes while "
                              "working on a relief well not due to be finished before August.")
    assert titled(dated, "works on a relief well") == []
    dated = events_after_lead("Lind is thought to have caught the virus while in Peru and was diagnosed on Sunday.")
    assert titled(dated, "In Peru") == []


def test_a_preposition_naming_a_happening_keeps_its_date_from_an_earlier_clause() -> None:
    dated = events_after_lead("While Harbor Oil got religion on safety after the Bravo field disaster in 2009, its "
                              "rivals did not.")
    assert titled(dated, "religion") == []
