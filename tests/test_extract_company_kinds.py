"""A company the story named, called by a noun of its kind (:mod:`.company_kinds`, issue 16: vague titles).

Every text here is written for these tests. The nouns that stood for a named company were read on an oil company's
story ("the company", "the oil giant", "the British energy company"): "the lender" of a bank, "the German carmaker"
or "the software firm" stayed in the title as they were, though the story named only one company.
"""

from __future__ import annotations

import datetime as dt

from extract_support import events_of

MONDAY = dt.date(2032, 2, 9)

_BANK = ("The government agreed on Monday to inject 12 billion euros into Harlow Bank after its shares lost half "
         "their value in two days.\n\nA spokesman for the bank said the lender would cut 3,000 jobs by the end of "
         "the year.\n")
_CARMAKER = ("Velmora Motors said on Monday it would close two plants in Spain.\n\nThe German carmaker would cut "
             "2,400 jobs by the end of the year, a spokesman for the company said.\n\nAnalysts said on Monday that "
             "the carmaker had misjudged the market.\n")


def _titles(text: str) -> list[str]:
    return [e.title for e in events_of(text, MONDAY)]


def test_the_lender_is_the_bank_the_story_named() -> None:
    assert "Harlow Bank will cut 3,000 jobs" in _titles(_BANK)


def test_a_carmaker_by_its_origin_and_its_kind_is_the_one_named() -> None:
    titles = _titles(_CARMAKER)
    assert "Velmora Motors would cut 2,400 jobs" in titles
    assert "Analysts say Velmora Motors has misjudged the market" in titles


def test_a_spokesman_for_the_bank_speaks_of_no_unnamed_company() -> None:
    from timeline.extract.sole_company import _UNNAMED
    assert _UNNAMED.search("A spokesman for the bank said") is None
    assert _UNNAMED.search("a Houston law firm said") is not None


def test_another_company_by_its_noun_is_not_the_one_named() -> None:
    from timeline.extract.company_kinds import THE_COMPANY
    assert THE_COMPANY.search("said the parent company would not") is None
    assert THE_COMPANY.search("said a rival carmaker would") is None
    assert THE_COMPANY.search("the oil company Amoco") is None
    assert THE_COMPANY.search("said the London-based software firm would").group(0) == "the London-based software firm"


def test_a_kind_noun_stands_only_for_a_company_of_that_kind() -> None:
    from timeline.extract.company_kinds import kind_fits
    assert kind_fits("the lender", "Harlow Bank", "Shares in Harlow Bank fell.")
    assert kind_fits("the carmaker", "Velmora Motors", "Velmora Motors said.")
    assert kind_fits("the airline", "Skyway", "Skyway, the country's biggest airline, said on Monday.")
    assert not kind_fits("the airline", "RSS", "Follow the news by RSS.\n\nA reader wrote to us on Monday about her "
                                               "trip: I booked a flight; the airline won't refund it.")
    assert kind_fits("the company", "RSS", "")


def test_an_unnamed_airline_is_not_the_pages_sole_name() -> None:
    text = ("Get the news by RSS.\n\nA reader wrote on Monday: I am booked to fly on 30 June and the airline won't "
            "let me cancel.\n")
    assert not any("RSS won't" in t for t in _titles(text))


def test_a_datelines_place_in_capitals_is_no_company() -> None:
    from timeline.extract.names import NameIndex
    from timeline.extract.sole_company import sole_company
    text = "LONDON, May 8 (Reuters) - Profits will fall, the company said on Friday."
    assert sole_company(text, NameIndex(text), len(text), lambda name: True) is None
    text = "HSBC said on Friday that profits will fall, and the company said more."
    assert sole_company(text, NameIndex(text), len(text), lambda name: True) == "HSBC"


def test_a_company_set_off_by_its_name_is_that_one() -> None:
    from timeline.extract.company_kinds import THE_COMPANY
    assert THE_COMPANY.search("the fact remains that the American drilling company, Transocean, is small") is None
