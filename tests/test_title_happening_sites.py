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
