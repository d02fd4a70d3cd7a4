"""Nouns that name a happening by its verb ("explosion" of "explode"), with that verb's forms.

A happening is often told only as a noun phrase: "the 1988 bombing of Pan Am Flight 103", "the singer's death".
The phrase names who or what it happened to, and the verb of its noun makes it a headline with the phrase's own
words: "Pan Am Flight 103 is bombed", "The singer dies" (:mod:`timeline.extract.title_nominal`).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CRAFT", "NOMINALISATIONS", "Nominalisation"]


@dataclass(frozen=True, slots=True)
class Nominalisation:
    """A happening's noun as a verb: its present for one subject and for several, or its participle when the
    noun's "of" names whom it was done to ("the arrest of the singer": "The singer is arrested")."""

    singular: str
    plural: str
    passive: bool = False
    #: Whether a possessive before the noun names whom it happened to ("the singer's arrest"), not who did it
    #: ("the army's invasion of the island", "the company's launch of a phone").
    owner_undergoes: bool = True
    #: Whether a noun before it names what it befell: "the plane crash" (the plane crashes), "the rig explosion"
    #: (not "the police killing", "the army raid": who did it).
    compound_undergoes: bool = False
    #: The prepositions after the noun that name whom it befell: "the arrest of the singer", "the attack on the
    #: embassy" ("an attack of nerves" is none).
    objects: tuple[str, ...] = ("of",)
    #: Whether it befalls a craft it happens aboard: "an explosion on the rig" is the rig exploding, as headlines tell
    #: it (:data:`CRAFT`).
    aboard: bool = False


def _intransitive(singular: str, plural: str, compound_undergoes: bool = False) -> Nominalisation:
    return Nominalisation(singular, plural, compound_undergoes=compound_undergoes)


def _passive(participle: str, owner_undergoes: bool = True, objects: tuple[str, ...] = ("of",)) -> Nominalisation:
    return Nominalisation(participle, participle, passive=True, owner_undergoes=owner_undergoes, objects=objects)


#: By noun, singular and plural: "the explosion of the rig" (the rig explodes), "the bombings of two embassies"
#: (two embassies are bombed). Only nouns whose "of" names the one the happening befell: "the trial of ..." or
#: "the leak of ..." name no subject a headline can take without a word of its own.
NOMINALISATIONS: dict[str, Nominalisation] = {
    **dict.fromkeys(("explosion", "explosions"), Nominalisation("explodes", "explode", compound_undergoes=True, aboard=True)),
    **dict.fromkeys(("crash", "crashes"), _intransitive("crashes", "crash", compound_undergoes=True)),
    "collapse": _intransitive("collapses", "collapse", compound_undergoes=True),
    **dict.fromkeys(("death", "deaths"), _intransitive("dies", "die")),
    "resignation": _intransitive("resigns", "resign"),
    "eruption": _intransitive("erupts", "erupt", compound_undergoes=True),
    "sinking": _intransitive("sinks", "sink", compound_undergoes=True),
    "landing": _intransitive("lands", "land"),
    **dict.fromkeys(("bombing", "bombings"), _passive("bombed", owner_undergoes=False)),
    **dict.fromkeys(("arrest", "arrests"), _passive("arrested")),
    **dict.fromkeys(("killing", "killings"), _passive("killed")),
    **dict.fromkeys(("murder", "murders"), _passive("murdered")),
    "assassination": _passive("assassinated"),
    **dict.fromkeys(("shooting", "shootings"), _passive("shot")),
    **dict.fromkeys(("raid", "raids"), _passive("raided", owner_undergoes=False, objects=("of", "on"))),
    **dict.fromkeys(("attack", "attacks"), _passive("attacked", owner_undergoes=False, objects=("on",))),
    "invasion": _passive("invaded", owner_undergoes=False),
    "election": _passive("elected"),
    "inauguration": _passive("inaugurated"),
    "closure": _passive("closed"),
    "grounding": _passive("grounded"),
    "acquisition": _passive("acquired", owner_undergoes=False),
    "takeover": _passive("taken over", owner_undergoes=False),
}

#: Craft and platforms a happening aboard befalls: "an explosion on the drilling rig", "a blast aboard the ferry".
CRAFT = frozenset([
    "rig", "platform", "ship", "vessel", "tanker", "freighter", "ferry", "boat", "barge", "submarine", "plane",
    "aircraft", "airliner", "jet", "helicopter", "train", "bus", "shuttle", "spacecraft", "rocket",
])
