"""Rules written once and used by several finders (review of session 27): each caller agrees with the one source.

(The role a title holds: actors.holder and clauses.role_person; a caption subject's verbs of speaking:
saying_words; one sentence's mentions: mention_groups; a line's first sentence: run_in.)
"""

from __future__ import annotations

import pytest

from timeline.extract.actors import holder
from timeline.extract.clauses import holds_role, role_person
from timeline.extract.cleanup import find_furniture
from timeline.extract.mention_groups import mentions_by_sentence, ranged
from timeline.extract.merge import Mention
from timeline.extract.run_in import first_sentence
from timeline.extract.saying_words import spoken
from timeline.model import When

ROLES = [(10, "interior minister", "Ann Lee"), (200, "health minister", "Bo Kim"), (260, "finance director", "Di Orr")]


@pytest.mark.parametrize(("title", "role", "holds"), [
    ("minister", "minister", True),
    ("interior minister", "minister", True),
    ("interior minister", "interior minister", True),
    ("administrator", "minister", False),
    ("administrator", "administrator", True),
    ("health minister", "interior minister", False),
])
def test_a_title_holds_a_role_named_by_its_last_words(title: str, role: str, holds: bool) -> None:
    assert holds_role(title, role) is holds


@pytest.mark.parametrize("role", ["minister", "director", "governor"])
def test_the_role_holder_and_the_role_phrase_agree_on_who_the_role_is(role: str) -> None:
    assert holder(ROLES, role, 400) == role_person("the " + role, ROLES, 400)


def test_the_role_holder_takes_the_role_with_its_words() -> None:
    assert holder(ROLES, "interior minister", 400) == "Ann Lee"
    assert holder(ROLES, "minister", 400) == "Bo Kim"


@pytest.mark.parametrize("verb", sorted(spoken("say", "tell", "speak", "talk", "address")))
def test_a_photo_label_with_a_verb_of_speaking_is_a_caption(verb: str) -> None:
    text = ("The county board will vote on the new levy on Thursday, its chairman said.\n"
            f"Photo: Ray Dunmore {verb} the crews at the depot\n")
    assert [(f.kind, text[f.start:f.end]) for f in find_furniture(text)] == [
        ("caption", f"Photo: Ray Dunmore {verb} the crews at the depot")]


def test_speaking_verbs_come_in_every_form() -> None:
    assert spoken("speak", "talk", "address") == {"speaks", "spoke", "talks", "talked", "addresses", "addressed"}


def _mention(sentence: int, date: tuple[int, int], lead: bool = False) -> Mention:
    return Mention(when=When.parse("2026-03-04"), start=0, end=1, sentence=sentence, actor=None, title="", tags=[],
                   confidence=1.0, is_statement=False, date=date, lead=lead)


def test_mentions_by_sentence_keep_the_order_they_came_in() -> None:
    a, b, c, d = _mention(3, (5, 5)), _mention(1, (2, 4)), _mention(3, (1, 9)), _mention(1, (2, 4), lead=True)
    assert mentions_by_sentence([a, b, c, d]) == {3: [a, c], 1: [b, d]}
    assert mentions_by_sentence([a, b, c, d], ranged) == {1: [b], 3: [c]}


@pytest.mark.parametrize(("line", "first"), [
    ("Harbour reopens. Ferries sail again on Monday.", "Harbour reopens. "),
    ('She said: "We are ready." The board agreed.', 'She said: "We are ready." '),
    ("Harbour reopens after the storm", "Harbour reopens after the storm"),
    ("Version 2.5 ships today", "Version 2.5 ships today"),
])
def test_a_lines_first_sentence_ends_at_its_stop(line: str, first: str) -> None:
    assert first_sentence(line) == first
