"""The period a forecast or an outlook covers is no date of a happening (issue 16: dates right).

Every sentence here is written for these tests; the names are invented.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.scope_periods import forecast_period, outlook_period
from timeline.model import Document

LEAD = "The harbour board approved a new ferry terminal for Portville on Tuesday after a two-year review.\n"


def dates_after_lead(text: str) -> list[str]:
    events = extract(Document(path="t.txt", text=LEAD + text, published=dt.date(2026, 3, 4)))
    return sorted(e.when.value() for e in events if not e.sources[0].quote.startswith("The harbour board"))


def _forecast(sentence: str, date: str) -> bool:
    start = sentence.index(date)
    return forecast_period(sentence, 0, start, start + len(date), len(sentence))


# ------------------------------------------------------------------ a forecast figure's period
def test_a_forecast_figures_year_dates_nothing() -> None:
    assert dates_after_lead("The finance ministry expects the economy to contract by as much as 4 percent this year.") == []
    assert dates_after_lead("Analysts said the strike would eat into the carrier's output this year.") == []
    assert dates_after_lead("The central bank sees growth recovering to 5.2 percent next year if exports pick up.") == []
    assert dates_after_lead("Economists expect unemployment to peak at 9 percent next year.") == []


def test_a_forecast_figures_quarter_dates_nothing() -> None:
    assert dates_after_lead("Freight volumes are forecast to fall 3 percent in the second quarter.") == []


def test_a_subjects_period_before_its_forecast_dates_nothing() -> None:
    assert dates_after_lead("Northline reported a profit of $2bn, and said sales for the year would beat forecasts.") == []
    assert dates_after_lead("The company forecast output growth of 4 percent for 2026.") == []


def test_the_forecasts_own_day_stays() -> None:
    # the saying is Monday's; the year is only what the figure covers
    assert dates_after_lead("The fund's surplus will rise again this year, to nearly $40bn, the auditors said on Monday.") == [
        "2026-03-02"]


def test_a_happening_to_come_keeps_its_period() -> None:
    assert dates_after_lead("The sale of the terminal is expected to complete in 2027.") == ["2027"]
    assert dates_after_lead("Crews will drill a second tunnel next year.") == ["2027"]
    assert dates_after_lead("The port will open a second berth this year, the mayor said.") == ["2026"]
    assert dates_after_lead("The storm will move into the bay next week.") == ["2026-W11"]


def test_a_companys_result_keeps_its_period_forecast_or_not() -> None:
    # our gold and TimeBank both date a company's result by the period it covers
    assert dates_after_lead("The company forecast full-year profit of $3bn for 2026.") == ["2026"]
    assert dates_after_lead("Northline expects to report a charge of $5m for the third quarter.") == ["2026-Q3"]
    assert dates_after_lead("An analyst said he is cutting his earnings estimate for next year to $2 a share.") == ["2027"]


def test_a_result_told_in_the_past_keeps_its_period() -> None:
    assert dates_after_lead("The economy shrank 2.1 percent in the first quarter.") == ["2026-Q1"]
    assert dates_after_lead("Portville's exports rose 8 percent in 2025.") == ["2025"]


def test_a_date_that_sorts_a_noun_or_names_a_happening_is_left_to_other_rules() -> None:
    sentence = "The region's economy could still be recovering from 2025's floods."
    assert not _forecast(sentence, "2025")
    sentence = "The agency said the 2027 budget gaps would grow by $2bn."
    assert not _forecast(sentence, "2027")


# ------------------------------------------------------------------ an outlook's period
def test_an_outlooks_period_dates_nothing() -> None:
    assert dates_after_lead("Marlow Bank raised its forecast for Danish growth this year from 1% to 2%.") == []
    assert dates_after_lead("The ferry line cut its outlook for 2027 after a weak summer.") == []
    assert dates_after_lead("The company stuck to its outlook for 2026, saying output would be flat.") == []


def test_an_outlooks_period_yields_to_the_day_it_was_revised() -> None:
    sentence = "Northline confirmed its outlook for 2026 on Wednesday."
    start = sentence.index("2026")
    assert outlook_period(sentence, 0, start, start + 4)
    assert dates_after_lead(sentence) == ["2026-03-04"]


def test_a_forecast_to_exceed_a_figure_in_a_year_dates_nothing() -> None:
    assert dates_after_lead("Northwind expects cash flow to exceed $30 million in 2027, it said.") == []


def test_a_relative_aside_inside_the_forecast_does_not_end_it() -> None:
    assert dates_after_lead("The ministry expects the economy, which has been hit by falling exports, to contract by 4 "
                            "percent this year.") == []
