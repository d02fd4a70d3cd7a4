"""A sentence's date in a clause its shared headline does not reach gets that clause's own headline (issue 16).

Every sentence here is written for these tests; the names are invented.
"""

from __future__ import annotations

from dataclasses import replace

from timeline.extract.merge import Mention
from timeline.extract.unreached_dates import without_unreached_dates
from timeline.model import When

SURVEY = ("A survey released Monday of almost 600 dock workers showed that injuries are up more than 25 percent since a "
          "storm wrecked the docks and flooded the old town in April that ruined many shops.")
SHARED = "A survey shows that injuries are up more than 25 percent"


def _mention(text: str, date: str, value: str, title: str = SHARED) -> Mention:
    at = text.index(date)
    return Mention(when=When.parse(value), start=0, end=len(text), sentence=0, actor=None, title=title, tags=[],
                   confidence=0.8, is_statement=False, date=(at, at + len(date)))


def test_a_date_past_the_shared_headline_takes_its_own_clause() -> None:
    monday, april = _mention(SURVEY, "Monday", "2031-05-12"), _mention(SURVEY, "in April", "2031-04")
    kept = without_unreached_dates([monday, april], SURVEY, [0])
    assert [m.title for m in kept] == [SHARED, "A storm wrecks the docks and floods the old town"]


def test_a_clause_without_its_own_subject_keeps_the_headline() -> None:
    # "when he lays out ...": a pronoun the headline cannot name; nothing is dropped either
    text = "Hal Dean will scrap the targets on Tuesday when he lays out his plan in April for a smaller firm."
    shared = "Hal Dean will scrap the targets"
    pair = [_mention(text, "on Tuesday", "2031-05-13", shared), _mention(text, "in April", "2031-04", shared)]
    assert [m.title for m in without_unreached_dates(pair, text, [0])] == [shared, shared]


def test_a_comparison_point_past_the_headline_goes() -> None:
    text = "The herd hit ten million head on Monday, up from two million a year earlier."
    shared = "The herd hits ten million head"
    pair = [_mention(text, "on Monday", "2031-05-12", shared), _mention(text, "a year earlier", "2030", shared)]
    assert [m.when.value() for m in without_unreached_dates(pair, text, [0])] == ["2031-05-12"]


def test_a_date_the_headline_keeps_or_one_inside_it_stays() -> None:
    text = "Harbor Oil opened a depot in 2019, expanding with a second in Leeds in 2023."
    shared = "Harbor Oil opens a depot, expanding with a second in Leeds"
    pair = [_mention(text, "in 2019", "2019", shared), _mention(text, "in 2023", "2023", shared)]
    assert [m.title for m in without_unreached_dates(pair, text, [0])] == [shared, shared]


def test_a_trailing_telling_of_an_earlier_happening_is_titled_as_the_saying() -> None:
    text = ("They sailed back to Portville last week and are being treated in hospital in Leeds, the city's health "
            "chief Ann Pike told reporters on Monday.")
    shared = "They sail back to Portville and are being treated in hospital in Leeds"
    week = _mention(text, "last week", "2031-W19", shared)
    monday = replace(_mention(text, "on Monday", "2031-05-12", shared), told=True)
    kept = without_unreached_dates([week, monday], text, [0])
    assert kept[0].title == shared
    assert kept[1].title.startswith("Ann Pike tells reporters they sailed back to Portville")


def test_a_telling_of_a_plan_ahead_is_titled_as_the_saying() -> None:
    # the clause looks past the telling: 2033 keeps the plan, Thursday tells who said it (one headline twice at two
    # dates reads as a duplicate)
    text = "The ferry firm plans to retire its old boats in 2033, company officials said on Thursday."
    shared = "The ferry firm plans to retire its old boats"
    pair = [_mention(text, "in 2033", "2033", shared), replace(_mention(text, "on Thursday", "2031-05-15", shared), told=True)]
    assert [m.title for m in without_unreached_dates(pair, text, [0])] == [
        shared, "Company officials say the ferry firm plans to retire its old boats"]


def test_a_week_holding_the_tellings_day_is_one_happening() -> None:
    text = "Forty herons were set free at Portville this week, the wildlife board said on Thursday."
    shared = "Forty herons are set free at Portville"
    pair = [_mention(text, "this week", "2031-W20", shared), replace(_mention(text, "on Thursday", "2031-05-15", shared), told=True)]
    assert [m.title for m in without_unreached_dates(pair, text, [0])] == [shared, shared]
