"""A title keeps what makes it true (issue 16, "meaning"): a forecast or quoted verdict keeps its holder, a
time-bound statement keeps its limit. Every sentence here is invented."""

from __future__ import annotations

from title_support import title_of


def test_a_forecast_keeps_the_speaker_named_after_it() -> None:
    assert title_of("Flooding could reach the lower town by late on Friday, the Met Office said.", "late on Friday") \
        == "Met Office: Flooding could reach the lower town"
    assert title_of("The final bill is likely to reach $4 million, Harrow says.") \
        == "Harrow says the final bill is likely to reach $4 million"



def test_a_long_title_names_the_speaker_by_surname() -> None:
    assert title_of("At the harbour mouth, the new dredger could nearly triple its daily haul to roughly 9,000 tonnes "
                    "by next month, said Chief Engineer Maria Delgado Ruiz.", "by next month") \
        == "Ruiz: The new dredger could nearly triple its daily haul to roughly 9,000 tonnes"


def test_a_quoted_verdict_keeps_its_speaker() -> None:
    assert title_of("The council ran a \"shambolic\" campaign and the mayor was guilty of \"empty posturing\" over "
                    "the floods, said Jones, a Liberal and the city's first woman councillor.") \
        == "Jones: The council runs a \"shambolic\" campaign"


def test_a_factual_report_needs_no_speaker() -> None:
    assert title_of("Turkey identified its first case of measles, the Health Ministry said on Saturday.", "on Saturday") \
        == "Turkey identifies its first case of measles"
    assert title_of("Flooding could reach the lower town by Friday, he said.", "by Friday") \
        == "Flooding could reach the lower town"


def test_the_limit_of_a_suspension_stays() -> None:
    assert title_of("The airline has suspended flights to the island until the end of the year.",
                    "the end of the year") == "The airline has suspended flights to the island until the end of the year"
    assert title_of("The mayor said the city for the rest of this year will not raise parking fees.", "this year") \
        == "The mayor says the city for the rest of this year will not raise parking fees"

    assert title_of("Under pressure from the regulator, the bank has announced that it will pay no more dividends "
                    "to shareholders this year.", "this year").endswith("no more dividends to shareholders this year")


def test_an_ordinary_date_still_goes() -> None:
    assert title_of("The airline will review its routes at the end of the year.", "the end of the year") \
        == "The airline will review its routes"
    assert title_of("The club signed two new players this season.", "this season") == "The club signs two new players"


def test_a_suspension_told_last_week_leaves_this_year_to_the_date() -> None:
    assert title_of("The firm had said last week that it would suspend dividends and raise asset sales to $10 billion "
                    "this year.", "this year") == "The firm has said that it would suspend dividends and raise asset sales to $10 billion"
