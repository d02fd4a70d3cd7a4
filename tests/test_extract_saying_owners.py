"""A saying told at its own day and the happening it reports at another (issue 16, session 24, dateowner).

Every text here is written for these tests. "Dan Hollis said on Monday that he would step down at the end of this
month" holds two happenings: the saying, at Monday, and the stepping down, at the month. The one at the month is
titled by what it is ("Dan Hollis will step down"), not by the saying of Monday, which a timeline would otherwise
show twice, once at a day it did not happen. A "he" or an "it" that opens the reported clause is its speaker's, named
as such; a lone surname is not taken for the "it" of a thing, and a role names nobody.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

WEDNESDAY = dt.date(2031, 3, 5)
LEAD = "The harbour board approved a new ferry terminal for Portville on Tuesday.\n\n"


def events_of(sentence: str) -> list[tuple[str, str]]:
    """The events of ``sentence`` after a lead of its own (so the sentence is no page's lead)."""
    found = extract(Document(path="t.txt", text=LEAD + sentence + "\n", published=WEDNESDAY))
    return [(e.when.value(), e.title) for e in found if not e.sources[0].quote.startswith("The harbour board")]


def test_the_reported_happening_after_the_sayings_day_is_titled_as_itself() -> None:
    assert events_of("The mayor said on Monday the city would be able to double the number of buses by next "
                     "month.") == [
        ("2031-03-03", "The mayor says the city will be able to double the number of buses by next month"),
        ("2031-04", "The city will be able to double the number of buses")]


def test_a_he_that_opens_the_reported_clause_is_the_named_speaker() -> None:
    assert ("2031-03", "Dan Hollis will step down") in events_of(
        "Meanwhile, senior port official Dan Hollis said on Monday that he would step down at the end of this month.")


def test_an_it_or_its_that_opens_the_reported_clause_is_the_company_speaking() -> None:
    assert ("2031-04", "Coastline Energy will seal the well") in events_of(
        "Coastline Energy said on Monday it would seal the well in April.")
    assert ("2031-03-02", "Coastline Energy's crews collect 2,000 barrels of oil") in events_of(
        "Coastline Energy said on Monday its crews had collected 2,000 barrels of oil on Sunday.")


def test_a_count_or_a_name_before_an_auxiliary_opens_the_reported_clause() -> None:
    assert events_of("Coastline Energy said two relief wells drilled to stop the leak are on course for completion "
                     "by April.") == [("2031-04", "Two relief wells drilled to stop the leak are on course for completion")]


def test_a_lone_surname_is_not_the_it_of_a_thing() -> None:
    # ("it" is the well, not Wells; the clause keeps its object pronoun, which ends it: "could reach it")
    assert events_of("The first well is only 100 feet from the target, and Wells said it could reach it as early "
                     "as March 11.") == [("2031-03-11", "Wells says it could reach it")]


def test_a_role_names_nobody_and_the_saying_stays() -> None:
    assert ("2031-04", "The company says it will seal the well") in events_of(
        "The company said on Monday it would seal the well in April.")


def test_a_forecast_of_the_year_keeps_its_sayings_frame() -> None:
    # (the forecast of a year is the saying's news, of its day, and so titled by the saying)
    assert events_of("Coastline Energy said it would generate over $30 billion from operations this year, while it "
                     "also has credit lines.") == [
        ("2031", "Coastline Energy says it will generate over $30 billion from operations")]


def test_a_forecast_denied_until_a_year_is_the_sayings_news_of_the_day() -> None:
    assert events_of("Ferrand Bank warned shareholders that it did not expect the utility to resume paying dividends "
                     "until 2033.")[0][0] == "2031-03-05"
    assert events_of("The fund's director said he did not see a recovery of the global economy before 2032.") == [
        ("2031-03-05", "The fund's director says he did not see a recovery of the global economy before 2032")]
    # (no saying: the year stays the limit's)
    assert events_of("Heavy industries would not be required to cut emissions until 2036.")[0][0] == "2036"


def test_a_saying_and_the_happening_it_reports_are_two_events_when_both_are_dated() -> None:
    assert events_of("County health officials said on Sunday a woman died of the virus last week.") == [
        ("2031-03-02", "County health officials say a woman died of the virus"),
        ("2031-W09", "A woman dies of the virus")]


def test_the_speakers_own_citing_goes_with_the_saying() -> None:
    assert events_of("The index provider said Coastline Energy would be dropped from the Green Index, which many fund "
                     "managers use to screen companies, from March 18, citing a policy committee.") == [
        ("2031-03-18", "Coastline Energy will be dropped from the Green Index")]
