"""The particles of English phrasal verbs: the one table of them, read by the title and quote rules.

A particle is the short adverb that makes one verb with the verb before it ("shut down", "pay out", "took over",
"step in", "fell apart"). What a rule needs to know about one is what else the same word can be, since that decides
whether the phrase after it is the verb's or its own: a particle that is also a preposition of place can take an
object of its own ("spills off | the coast", "to shut down | BP's wells"); one that is also a preposition of time may
open the date after the verb ("took over | in 2007", "was sworn in | on Tuesday"); the rest are adverbs only and need
"of" or "from" before a noun ("pressed ahead of", "away from"). Each rule takes its subset from :data:`PARTICLE_KINDS`
by that kind, so a particle added here counts everywhere it should.
"""

from __future__ import annotations

__all__ = ["ADVERB_PARTICLES", "PARTICLE_KINDS", "PHRASAL_PARTICLES", "PLACE_PARTICLES", "TIME_PARTICLES"]

#: Each particle of a phrasal verb and what else the word is: "place" (also a preposition of place, never of time),
#: "time" (also a preposition that opens a date's phrase: "in 2007", "on Tuesday", "over the weekend", "by June",
#: "through the night"), "adverb" (no preposition on its own).
PARTICLE_KINDS: dict[str, str] = {
    "up": "place", "down": "place", "out": "place", "off": "place",
    "away": "adverb", "apart": "adverb", "back": "adverb", "ahead": "adverb",
    "over": "time", "in": "time", "on": "time", "by": "time", "through": "time",
}

#: Every particle of a phrasal verb.
PHRASAL_PARTICLES = frozenset(PARTICLE_KINDS)
#: Particles that can open a date's phrase: after a verb, the one right after it is the verb's and a second
#: preposition opens the date ("went on | until midnight"), or it is the date's own.
TIME_PARTICLES = frozenset(p for p, kind in PARTICLE_KINDS.items() if kind == "time")
#: Particles that are never a preposition of time, so the phrase after them is the verb's object or the particle's own
#: place, never a date ("choke off | a leak", "pulled back | the troops"): the verb's particle whatever follows.
ADVERB_PARTICLES = PHRASAL_PARTICLES - TIME_PARTICLES
#: Particles that are also a preposition of place: a name or determiner after one is its object or the verb's ("the
#: oil spills off | Santa Barbara", "to build up | about 50 miles"), so the particle waits for it.
PLACE_PARTICLES = frozenset(p for p, kind in PARTICLE_KINDS.items() if kind == "place")
