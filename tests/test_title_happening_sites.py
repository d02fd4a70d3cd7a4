"""A bare "The explosion" title takes the one installation the story tells it of ("The Harbour Star rig explodes"),
and stays when the story names two, or names the site only for other work (happening_sites.py, retold.py). Texts
written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.happening_sites import happening_sited
from timeline.model import Document

_ONE_RIG = ("The Harbour Star rig exploded and burned for two days, the operator said.\n\n"
            "Crews are still cleaning the coast.\n")


def test_a_bare_explosion_takes_the_one_rig_told_exploding():
    assert happening_sited("The explosion", _ONE_RIG) == "Explosion on the Harbour Star rig"


def test_an_accident_takes_the_one_rig_told_sinking():
    text = "The Harbour Star rig sank in deep water.\n\nNobody was hurt.\n"
    assert happening_sited("The accident", text) == "Accident on the Harbour Star rig"


def test_two_rigs_leave_the_title():
    text = _ONE_RIG + "The Ocean Queen rig exploded a year earlier in the same field.\n"
    assert happening_sited("The explosion", text) == "The explosion"


def test_a_rig_named_only_for_other_work_leaves_the_title():
    text = "The Ocean Queen rig is drilling a relief well, engineers said.\n\nThe cleanup goes on.\n"
    assert happening_sited("The explosion", text) == "The explosion"


def test_a_tanker_told_of_another_happening_is_not_exploded():
    text = "The Polar Dawn tanker ran aground in 1989, a disaster that fouled the sound.\n"
    assert happening_sited("The explosion", text) == "The explosion"


def test_the_event_of_a_dated_bare_explosion_names_its_rig():
    text = ("Fishermen counted their losses on Friday.\n\n"
            "The Harbour Star rig was towed out in the spring, and crews say it exploded in a fireball.\n\n"
            "Oil reached the marshes nine days after the March 3 explosion, officials said.\n")
    doc = Document(path="t.txt", text=text, published=dt.date(2026, 6, 12))
    titles = {e.title for e in extract(doc) if e.when.value() == "2026-03-03"}
    assert titles == {"The Harbour Star rig explodes"}


def test_an_indefinite_rig_told_exploding_is_the_story_rig():
    from timeline.extract.happening_sites import indefinite_sited

    text = "Oil reached the bay a week after the Harbour Star rig exploded.\n\nCrews are cleaning.\n"
    assert indefinite_sited("A drilling rig explodes and sinks", text) == "The Harbour Star rig explodes and sinks"


def test_an_indefinite_rig_with_words_of_its_own_or_another_noun_stays():
    from timeline.extract.happening_sites import indefinite_sited

    text = "Oil reached the bay a week after the Harbour Star rig exploded.\n\nCrews are cleaning.\n"
    assert indefinite_sited("A rig in foreign waters blows up", text) == "A rig in foreign waters blows up"
    assert indefinite_sited("An oil platform explodes", text) == "An oil platform explodes"


def test_a_rig_named_beside_other_work_is_not_the_exploded_one():
    from timeline.extract.happening_sites import indefinite_sited

    text = ("The Ocean Queen rig is collecting oil at the site.\n\n"
            "Engineers said the flare on the ship burned through the night.\n")
    assert indefinite_sited("A rig explodes", text) == "A rig explodes"


def test_the_event_of_an_indefinite_rig_names_it():
    text = ("Oil reached the bay on Monday, a month after the Harbour Star rig exploded.\n\n"
            "A drilling rig exploded and sank off the coast on April 20, killing 11 workers.\n")
    titles = {e.title for e in extract(Document(path="t.txt", text=text, published=dt.date(2026, 6, 12)))
              if e.when.value() == "2026-04-20"}
    assert titles == {"The Harbour Star rig explodes and sinks off the coast, killing 11 workers"}


def test_a_site_told_with_the_same_noun_as_another_happening_leaves_the_title():
    # ("Another fire aboard the ferry" is a telling the article's retelling refused: the title stays as refused)
    text = "Another fire aboard the Northern Star ferry was put out within minutes, and it burned no one.\n"
    assert happening_sited("The fire", text) == "The fire"
