"""Titles of happenings named by a noun, without a verb of their own (issue 16).

Every text here is written for these tests. A happening named in passing ("since last April's disaster", "a
hearing set for Friday", "after a fire that gutted the depot in May") gets a title a strict editor takes as a
headline: the act its relative clause tells, the "be" a scheduled happening's participle lacks; and a vague
mention of the article's disaster is not a second event beside the fuller telling of it.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.happenings import acted_happening
from timeline.extract.title_schedules import scheduled_title
from timeline.model import Document

PUBLISHED = dt.date(2026, 6, 12)


def events_of(text: str, published: dt.date = PUBLISHED) -> list:
    return extract(Document(path="t.txt", text=text, published=published))


def test_a_vague_mention_of_the_disaster_joins_its_fuller_telling() -> None:
    text = ("A fire aboard the ferry Alda Grey last March killed four crew members and closed Portville harbour.\n"
            "The harbour board met on Tuesday to discuss new safety rules for the port.\n"
            "Board members said the rules must be tougher after last March's disaster.\n")
    march = [e for e in events_of(text) if e.when.value() == "2026-03"]
    assert len(march) == 1
    assert "Alda Grey" in march[0].title and len(march[0].sources) == 2


def test_a_vague_mention_at_a_vaguer_date_joins_the_disaster_of_its_day() -> None:
    text = ("Inspectors are still studying the causes of the April blowout, the agency said on Wednesday.\n"
            "The Kessel Point well blew out on April 14, spilling crude into the bay, and its platform sank.\n")
    april = [e for e in events_of(text) if e.when.value().startswith("2026-04")]
    assert len(april) == 1 and april[0].when.value() == "2026-04-14"


def test_a_vague_mention_stays_apart_from_a_disaster_only_spoken_of() -> None:
    text = ("The governor called the spill a catastrophe for the coast on April 14.\n"
            "Fishing in the bay has been banned since the April 14 leak.\n")
    day = [e for e in events_of(text) if e.when.value() == "2026-04-14"]
    assert len(day) == 2  # the governor's words and the leak: the spill there is only spoken of


def test_a_named_disaster_does_not_join_another() -> None:
    text = ("The Kessel Point well blew out in April 1998, spilling crude into the bay.\n"
            "Fishing never recovered after the Marlow Bay disaster in April 1998.\n")
    titles = [e.title for e in events_of(text) if e.when.value() == "1998-04"]
    assert len(titles) == 2 and "The Marlow Bay disaster strikes" in titles


def test_a_scheduled_happening_gets_its_be() -> None:
    assert scheduled_title("A trial set") == "A trial is set"
    assert scheduled_title("A caucus meeting expected") == "A caucus meeting is expected"
    assert scheduled_title("Two council hearings scheduled") == "Two council hearings are scheduled"
    assert scheduled_title("A call with shareholders planned") == "A call with shareholders is planned"


def test_a_title_with_a_verb_before_the_participle_is_kept() -> None:
    assert scheduled_title("The last shipment remains slated") == "The last shipment remains slated"
    assert scheduled_title("A vote was scheduled") == "A vote was scheduled"
    assert scheduled_title("The explosion") == "The explosion"
    assert scheduled_title("The firm reporting much better than expected") == "The firm reporting much better than expected"
    assert scheduled_title("The interest on its bonds coming due") == "The interest on its bonds coming due"
    assert scheduled_title("Smithers expected") == "Smithers expected"  # a name or a plural: unsure


def test_a_relative_that_is_no_determiner_of_a_reduced_relative() -> None:
    text = "The lawyers pushed for an aggressive schedule that included hearings on key claims in March.\n"
    march = [e for e in events_of(text) if e.when.value().endswith("-03")]
    assert len(march) == 1 and "lawyers" not in march[0].title  # March is the hearings', not the pushing's


def test_a_complement_before_a_second_noun_with_its_own_phrase_is_kept() -> None:
    text = ("In both a 2005 fire in the company's Portville depot and problems in a Kessel pipeline, the firm was "
            "found at fault.\n")
    fire = [e for e in events_of(text) if e.when.value() == "2005"]
    assert len(fire) == 1 and "Portville depot" in fire[0].title


def test_a_scheduled_happening_in_an_article_is_titled_as_a_headline() -> None:
    text = "The former harbour master, charged with negligence, has a status hearing set for Friday.\n"
    friday = [e for e in events_of(text) if e.when.value() == "2026-06-12"]
    assert [e.title for e in friday] == ["A status hearing is set"]


def test_a_happening_after_a_preposition_is_titled_by_its_relative_act() -> None:
    text = ("Rail freight has been slow to recover since the line reopened.\n"
            "The backlog began after a fire that gutted the Portville depot in May.\n")
    may = [e for e in events_of(text) if e.when.value() == "2026-05"]
    assert [e.title for e in may] == ["A fire guts the Portville depot"]


def test_which_clauses_are_a_happenings_act() -> None:
    assert acted_happening("a fire that gutted the depot in May")
    assert acted_happening("the explosion on the ferry that killed four crew members")
    assert not acted_happening("the depot that the fire gutted in May")  # no happening's noun
    assert not acted_happening("the fire spread to the depot in May")  # no relative clause: its own verb


def test_a_participle_after_a_determiner_is_an_adjective_not_a_reduced_relative() -> None:
    text = "The ferry company fitted a valve to its damaged fuel line on Tuesday, the harbour office said.\n"
    tuesday = [e for e in events_of(text) if e.when.value() == "2026-06-09"]
    assert len(tuesday) == 1 and "ferry company" in tuesday[0].title


def test_a_happenings_name_is_not_cut_on_a_preposition() -> None:
    text = ("Olsen was convicted in connection with the 1994 bombing of Trans Island Flight 22 over Kessel Bay, in "
            "which 80 people died.\n")
    bombing = [e for e in events_of(text) if e.when.value() == "1994"]
    assert len(bombing) == 1 and not bombing[0].title.endswith(" over")


def test_a_dated_example_after_such_as_is_titled_by_its_own_name() -> None:
    text = ("After past disasters, such as the Marlow Bay ferry fire in 1998, doctors say they expect a wave of "
            "breathing problems among the crews.\n")
    fire = [e for e in events_of(text) if e.when.value() == "1998"]
    assert len(fire) == 1 and not fire[0].title.lower().startswith("such as")
    assert "Marlow Bay" in fire[0].title


def test_a_happenings_place_goes_on_to_a_second_name() -> None:
    text = "Mr Olsen ran the relief fund set up after the 4 May 2019 floods in Portville and Kessel Bay.\n"
    floods = [e for e in events_of(text) if e.when.value() == "2019-05-04"]
    assert [e.title for e in floods] == ["Floods strike Portville and Kessel Bay"]  # (with their verb, issue 16)


def test_a_complement_cut_inside_a_coordination_is_left_out() -> None:
    text = ("The ferry company funded a study of the effects of the 2024 ferry fire on coastal and marine "
            "wildlife around the harbour.\n")
    fire = [e for e in events_of(text) if e.when.value() == "2024"]
    assert [e.title for e in fire] == ["The ferry fire breaks out"]  # not "The ferry fire on coastal"
