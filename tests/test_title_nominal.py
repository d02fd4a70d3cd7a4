"""A happening told only as a dated noun phrase gets its noun's verb as its title.

Every text here is written for these tests: "the 1994 bombing of the Harbour Street depot over ..." names
what was bombed, "the singer's death" who died, "the April 2 ferry explosion" what exploded; the title says it
with the phrase's own words and the verb of its noun. A phrase that names no such subject, or a happening not
told as done ("the attempted murder of ..."), keeps its words.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract import extract
from timeline.extract.title_gate import title_defect
from timeline.extract.title_nominal import mention_title, verbal_title
from timeline.model import Document

FRIDAY = dt.date(2026, 3, 20)


def titles_of(text: str) -> dict[str, str]:
    return {e.when.value(): e.title for e in extract(Document(path="t.txt", text=text, published=FRIDAY))}


def test_the_of_phrase_of_a_bombing_is_its_passive_subject_with_the_place_kept() -> None:
    text = ("Ravel Kinsey, jailed for his part in the 1994 bombing of the Harbour Street depot in Portville, "
            "was freed on Tuesday, the prison service said.\n")
    assert titles_of(text)["1994"] == "The Harbour Street depot is bombed in Portville"


def test_a_possessive_names_who_died() -> None:
    text = ("Sales of the novelist's books have tripled since the writer's death on March 12, her publisher "
            "said on Friday.\n")
    assert titles_of(text)["2026-03-12"] == "The writer dies"


def test_the_nouns_before_an_explosion_name_what_exploded() -> None:
    text = "Insurers have paid out $4 million since the March 2 ferry explosion off Cape Lorne.\n"
    assert titles_of(text)["2026-03-02"] == "The ferry explodes off Cape Lorne"


@pytest.mark.parametrize(("phrase", "title"), [
    ("Crash of a cargo plane near Tolby", "A cargo plane crashes near Tolby"),
    ("Last week's still unexplained crash of a cargo plane", "A cargo plane crashes"),
    ("The killing of the leader of the guild by soldiers", "The leader of the guild is killed by soldiers"),
    ("The bombings of two depots in Portville", "Two depots are bombed in Portville"),
    ("The deadly bridge collapse in Tolby", "The bridge collapses in Tolby"),
    ("An enormous barge explosion", "A barge explodes"),
    ("Massive barge explosion off Tolby", "The barge explodes off Tolby"),
    ("Obara's resignation", "Obara resigns"),
    ("Explosion aboard the cargo ferry Lind", "The cargo ferry Lind explodes"),
    ("April's explosion on the ferry", "The ferry explodes"),
    ("The ferry's explosion", "The ferry explodes"),
    ("Deadly explosion at a leased barge off Tolby", "A leased barge explodes off Tolby"),
    ("The raid on the guild's warehouse", "The guild's warehouse is raided"),
    ("The attack on the depot in Portville", "The depot is attacked in Portville"),
])
def test_verbal_titles(phrase: str, title: str) -> None:
    assert verbal_title(phrase) == title
    assert title_defect(title) is None


@pytest.mark.parametrize("phrase", [
    "The attempted murder of a guard",  # not done
    "The alleged killing of a guard",
    "Portland's invasion of the island",  # the possessive did it
    "Tarvo Shipping's explosion",  # a company's explosion is one it had, not the company exploding
    "April's explosion",  # a date, not what exploded
    "The Tolby explosion",  # a name there may be the place
    "The huge explosion",  # an adjective names nothing that exploded
    "A gas explosion",  # matter, no thing
    "The arrest of Obara and Kinsey",  # two subjects, left whole
    "The Harbour Street disaster",  # no verb of its own
    "Explosion on the seabed",  # no craft: where it went off, not what exploded
    "The crash on the ring road",
    "An attack of nerves",  # no "of" names whom an attack befell
])
def test_phrases_left_as_they_are(phrase: str) -> None:
    assert verbal_title(phrase) == phrase


def test_a_bare_noun_is_left_for_the_articles_fuller_telling() -> None:
    assert mention_title("The ferry explosion") == "The ferry explosion"
    assert mention_title("The ferry explosion off Cape Lorne") == "The ferry explodes off Cape Lorne"
