"""Dates that date nothing (issue 16): a year inside a name, a month that recurs, a day counted in a quoted notice.

Every sentence here is written for these tests; the names are invented.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.not_dates import quoted_state
from timeline.model import Document

LEAD = "The harbour board approved a new ferry terminal for Portville on Tuesday after a two-year review.\n"


def dates_after_lead(text: str) -> list[str]:
    events = extract(Document(path="t.txt", text=LEAD + text, published=dt.date(2026, 3, 4)))
    return sorted(e.when.value() for e in events if not e.sources[0].quote.startswith("The harbour board"))


# ------------------------------------------------------------------ a year inside a name
def test_a_plans_number_is_no_year() -> None:
    assert dates_after_lead("Critics said Project 2025 would gut the civil service.") == []
    assert dates_after_lead("The prince unveiled Vision 2030 to diversify the economy.") == []


def test_a_companys_number_before_its_legal_form_is_no_year() -> None:
    assert dates_after_lead("The rig was owned by Marlin Seas 2007 LLC, a unit of the group.") == []
    assert dates_after_lead("Shares in Brightwave 2025 Group rose 4 percent on Tuesday.") == ["2026-03-03"]


def test_a_year_after_a_month_or_a_preposition_stays_a_year() -> None:
    assert dates_after_lead("In 2019 Northfield Group bought the ferry line.") == ["2019"]
    assert dates_after_lead("The results for June 2025 Group sales were flat, the firm said in a filing.") == ["2025-06"]


# ------------------------------------------------------------------ a law's year
def test_a_laws_year_cited_by_name_is_no_year() -> None:
    assert dates_after_lead("Under the Harbour Safety Act of 1987, the owner pays for any clean-up.") == []
    assert dates_after_lead("The Coastal Tenancy Act 1996 requires six months' notice, the board said.") == []


def test_a_law_passing_keeps_the_year_in_its_name() -> None:
    assert dates_after_lead("Parliament passed the Harbour Safety Act of 1987 after the ferry sank.") == ["1987"]


# ------------------------------------------------------------------ a contest's role sorted by its year
def test_a_year_that_sorts_a_contests_role_is_no_date() -> None:
    assert dates_after_lead("The speech appeared to end his hopes as a potential 2028 presidential hopeful.") == []
    assert dates_after_lead("To promote the festival, 2028 medal hopefuls are taking part in a regatta.") == []
    assert dates_after_lead("Rosa Lind, the 2024 Labour nominee, opened the terminal's visitor centre.") == []


def test_a_contests_own_year_stays() -> None:
    assert dates_after_lead("Donors backed his 2024 presidential bid online.") == ["2024"]


# ------------------------------------------------------------------ a month that recurs
def test_a_month_every_year_is_a_habit() -> None:
    assert dates_after_lead("Farmers burn the stubble in March every year, the agency said.") == []
    assert dates_after_lead("In June each year, the town holds a fishing contest.") == []
    assert dates_after_lead("Every year in August the ferry runs a night crossing.") == []


def test_a_month_told_against_the_habit_stays() -> None:
    assert any(d.endswith("-06") for d in dates_after_lead("The fair opens every year, but it opened in June after a flood."))


# ------------------------------------------------------------------ a quoted notice's own today
def test_a_notices_count_from_its_own_today_is_no_date() -> None:
    assert dates_after_lead('The notice reads: "This account will be closed 30 days from today unless paid."') == []


def test_a_speakers_count_from_today_stays() -> None:
    assert dates_after_lead('"The plant will reopen 30 days from today," the manager said.') == ["2026-04-03"]


# ------------------------------------------------------------------ a state inside a quotation
def test_a_quoted_description_of_the_day_is_no_happening() -> None:
    assert dates_after_lead('"It is a disaster today," the mayor of Portville said.') == []
    assert dates_after_lead('"The quay is a sorry sight this week," a fisherman said.') == []


def test_a_quoted_happening_of_the_day_stays() -> None:
    assert dates_after_lead('"We closed the quay today," the mayor of Portville said.') == ["2026-03-04"]
    assert dates_after_lead('"It is a disaster, and today we asked for help," the mayor of Portville said.') == ["2026-03-04"]


def test_a_quoted_clause_with_a_verb_of_its_own_tells_a_happening() -> None:
    assert dates_after_lead('"This is the first time we sailed this year," a fisherman of Portville said.') == ["2026"]


def test_a_numbered_group_of_named_games_keeps_its_year() -> None:
    assert dates_after_lead("Portville hosted the Coast Cup 2025 Group 3 final in a packed stadium.") == ["2025"]


def test_a_quoted_day_that_names_a_happening_is_no_state() -> None:
    text = '"Today is the day we finally reopen the quay," the mayor of Portville said.'
    assert not quoted_state(text, 0, 1, 6, len(text))
    text = '"Today is a sad day for the quay," the mayor of Portville said.'
    assert quoted_state(text, 0, 1, 6, len(text))


def test_a_year_after_around_stays_a_year() -> None:
    assert dates_after_lead("Around 2019 Northfield Group bought the ferry line.") == ["2019"]
