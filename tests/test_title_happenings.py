"""A happening named only by a noun phrase gets a headline, not a bare noun phrase (issue 16).

Every sentence here is written for these tests: "the 1997 Marlow Bay spill", "Tuesday's budget hearing" name a
happening and tell nothing of it; the title tells it with the verb its kind of noun takes ("The Marlow Bay spill
begins", "Budget hearing is due"), and a noun with nothing named beside it ("the March 3 explosion") keeps its
title for the article's fuller telling.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.title_happenings import happening_headline
from timeline.model import Document, When

FRIDAY = dt.date(2026, 3, 20)
PAST = When.parse("2026-03-03")
COMING = When.parse("2026-03-24")


def titles_of(text: str, published: dt.date = FRIDAY) -> dict[str, str]:
    return {e.when.value(): e.title for e in extract(Document(path="t.txt", text=text, published=published))}


def test_a_named_spill_begins() -> None:
    text = "Harbour towns still remember the 1997 Marlow Bay spill, the mayor told the council on Friday.\n"
    assert titles_of(text)["1997"] == "The Marlow Bay spill begins"


def test_a_named_outbreak_begins() -> None:
    text = "Hospitals in the province have kept their isolation wards ready since the 2009 Corvane fever outbreak.\n"
    assert titles_of(text)["2009"] == "The Corvane fever outbreak begins"


def test_a_disaster_strikes_where_it_happened() -> None:
    assert happening_headline("The Halden Ridge mine disaster in West Virginia", PAST, FRIDAY) == (
        "The Halden Ridge mine disaster strikes in West Virginia")


def test_an_accident_occurs_at_its_named_place() -> None:
    assert happening_headline("Blowout at the Tarrow Point well", PAST, FRIDAY) == (
        "Blowout occurs at the Tarrow Point well")


def test_a_fire_breaks_out() -> None:
    assert happening_headline("The warehouse fire", PAST, FRIDAY) == "The warehouse fire breaks out"


def test_a_dates_possessive_goes_with_the_date() -> None:
    assert happening_headline("Last month's ferry collision", PAST, FRIDAY) == "Ferry collision occurs"


def test_an_arranged_happening_still_to_come_is_due_and_a_past_one_held() -> None:
    assert happening_headline("Tuesday's budget hearing", COMING, FRIDAY) == "Budget hearing is due"
    assert happening_headline("Tuesday's budget hearing", PAST, FRIDAY) == "Budget hearing is held"
    # a hearing "on" a matter is about it, not held on it
    assert happening_headline("Hearing on the Marlow Bay spill", COMING, FRIDAY) == (
        "Hearing on the Marlow Bay spill is due")


def test_a_coming_happening_that_is_no_arrangement_is_left_alone() -> None:
    assert happening_headline("The Marlow Bay spill", COMING, FRIDAY) == "The Marlow Bay spill"


def test_a_bare_noun_names_nothing_to_tell() -> None:
    for title in ("The explosion", "A fatal blast", "Tuesday's accident", "Disaster at the White House"):
        assert happening_headline(title, PAST, FRIDAY) == title


def test_a_phrase_that_is_no_single_happening_that_took_place_is_left_alone() -> None:
    for title in ("The explosion and fire aboard the Kestrel rig", "Another Marlow Bay spill",
                  "The partial meltdown in a reactor", "The feared Delta flood"):
        assert happening_headline(title, PAST, FRIDAY) == title


def test_a_noun_that_modifies_the_next_one_is_no_happening() -> None:
    assert happening_headline("The Atlantic hurricane", PAST, FRIDAY, "the 2026 Atlantic hurricane season begins", 27) == (
        "The Atlantic hurricane")


def test_a_title_with_a_verb_stays() -> None:
    assert happening_headline("The Marlow Bay spill killed thousands of seabirds", PAST, FRIDAY) == (
        "The Marlow Bay spill killed thousands of seabirds")


def test_a_phrase_opened_by_a_preposition_is_no_headline_subject() -> None:
    assert happening_headline("After an oil spill at Hollis Bay", PAST, FRIDAY) == "After an oil spill at Hollis Bay"


def test_what_the_noun_is_of_names_it() -> None:
    assert happening_headline("Outbreak of Corvane fever", PAST, FRIDAY) == "Outbreak of Corvane fever begins"


def test_a_plural_after_a_single_article_is_a_verb() -> None:
    assert happening_headline("A Boeing 737 crashes", PAST, FRIDAY) == "A Boeing 737 crashes"


def test_a_lasting_happening_dated_by_the_present_is_not_begun_then() -> None:
    assert happening_headline("Today's Corvane fever outbreak", PAST, FRIDAY) == "Today's Corvane fever outbreak"
    assert happening_headline("The Marlow Bay spill", PAST, FRIDAY, "the Marlow Bay spill yesterday") == (
        "The Marlow Bay spill")
    assert happening_headline("The Marlow Bay spill", PAST, FRIDAY, "the 1997 Marlow Bay spill") == (
        "The Marlow Bay spill begins")


def test_a_label_before_a_colon_is_no_happening() -> None:
    assert happening_headline("Marlow Bay spill", PAST, FRIDAY, "Marlow Bay spill: clean-up crews reach the shore",
                              16) == "Marlow Bay spill"


def test_the_headlines_verb_is_one_the_title_gate_knows() -> None:
    from timeline.extract.title_gate import title_defect

    assert title_defect("The Kessel Point well blowout occurs") is None
    assert title_defect("The Kessel Point well blowout") == "stub"


def test_a_bare_arranged_happening_takes_what_it_is_about_from_after_its_date() -> None:
    text = "a hearing on 24 March into the closure of the Marlow Bay refinery, the committee said."
    assert happening_headline("A hearing", COMING, FRIDAY, text, len("a hearing on 24 March")) == (
        "A hearing into the closure of the Marlow Bay refinery is due")
    assert happening_headline("A hearing", COMING, FRIDAY, "a hearing on 24 March, the committee said", 21) == (
        "A hearing")


def test_a_bare_arranged_happening_in_a_sentence_gets_its_topic() -> None:
    text = ("The harbour committee said on Friday it would hold a hearing on March 24 into the closure of the Marlow "
            "Bay refinery.\n")
    assert titles_of(text)["2026-03-24"] == "A hearing into the closure of the Marlow Bay refinery is due"
