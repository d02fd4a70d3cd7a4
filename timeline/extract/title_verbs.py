"""The verb tables the headline titles read (see :mod:`timeline.extract.title_words`): the
simple past of verbs with its headline present, built here once and complete at import.

English's irregular pasts and their base forms are in :mod:`timeline.english_verbs`; this module
only says which of them are news verbs and how a base form takes the third person. Nothing
else adds to these tables after import, so every reader sees the same ones.
"""

from __future__ import annotations

import re

from timeline.english_verbs import IRREGULAR_PAST_PAIRS

_IRREGULAR_BASE = dict(pair.split(":") for pair in IRREGULAR_PAST_PAIRS.split())


def third_person(base: str) -> str:
    """ "flee" -> "flees", "fly" -> "flies", "teach" -> "teaches"."""
    if base in {"be", "have", "do", "go"}:
        return {"be": "is", "have": "has", "do": "does", "go": "goes"}[base]
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    return base + "s"


#: Simple past -> headline present for the news verbs English's irregular table does not give: regular
#: verbs, pasts the same as their base ("set", "cut"), "said" and "told" (which the tagger's table leaves
#: out), and "were" (the plural past: "are", not the "is" of its base "be").
_REGULAR_PRESENT = {
    "said": "says", "told": "tells", "set": "sets", "signed": "signs", "published": "publishes", "accused": "accuses",
    "announced": "announces", "put": "puts", "cut": "cuts", "hit": "hits", "quit": "quits", "shut": "shuts",
    "agreed": "agrees", "approved": "approves", "arrested": "arrests", "asked": "asks", "attacked": "attacks",
    "blocked": "blocks", "called": "calls", "charged": "charges", "claimed": "claims", "closed": "closes",
    "completed": "completes", "confirmed": "confirms", "criticized": "criticizes", "declared": "declares",
    "declined": "declines", "denied": "denies", "died": "dies", "dropped": "drops", "elected": "elects",
    "ended": "ends", "expanded": "expands", "filed": "files", "fired": "fires", "hired": "hires",
    "introduced": "introduces", "joined": "joins", "killed": "kills", "launched": "launches", "moved": "moves",
    "named": "names", "opened": "opens", "ordered": "orders", "passed": "passes", "planned": "plans",
    "posted": "posts", "promised": "promises", "proposed": "proposes", "raised": "raises", "rejected": "rejects",
    "released": "releases", "reported": "reports", "resigned": "resigns", "returned": "returns", "ruled": "rules",
    "sued": "sues", "started": "starts", "stated": "states", "stopped": "stops", "suspended": "suspends",
    "threatened": "threatens", "tweeted": "tweets", "urged": "urges", "visited": "visits", "voted": "votes",
    "warned": "warns", "added": "adds", "acquired": "acquires", "agreed to": "agrees to", "appointed": "appoints",
    "awarded": "awards", "banned": "bans", "canceled": "cancels", "cancelled": "cancels", "co-founded": "co-founds",
    "founded": "founds", "created": "creates", "delayed": "delays", "discovered": "discovers", "doubled": "doubles",
    "estimated": "estimates", "explained": "explains", "formed": "forms", "imposed": "imposes",
    "increased": "increases", "invaded": "invades", "issued": "issues", "lifted": "lifts", "listed": "lists",
    "noted": "notes", "offered": "offers", "predicted": "predicts", "reached": "reaches", "received": "receives",
    "refused": "refuses", "removed": "removes", "replaced": "replaces", "revealed": "reveals", "signaled": "signals",
    "submitted": "submits", "succeeded": "succeeds", "testified": "testifies", "unveiled": "unveils", "were": "are",
    "attended": "attends", "reported that": "reports", "responded": "responds", "argued": "argues",
    "insisted": "insists", "admitted": "admits", "endorsed": "endorses", "nominated": "nominates",
    "pledged": "pledges", "vowed": "vows", "slammed": "slams", "praised": "praises", "welcomed": "welcomes",
    "condemned": "condemns", "used": "uses", "owed": "owes", "eyed": "eyes", "tied": "ties", "lied": "lies",
    "dyed": "dyes",
}

#: Irregular pasts common in news reports: their headline presents ("writes", "takes") read as verbs
#: when they open a predicate (``HEADLINE_PRESENT_FORMS``); the present itself comes from the table.
_NEWS_IRREGULAR_WORDS = (
    "wrote met made took gave went came became began won lost left sold bought paid spoke held led ran saw "
    "found kept rose fell grew struck sent brought thought sought fought built chose drew drove flew froze hid "
    "knew laid meant rang shot stood swore threw understood withdrew was had did"
)
_NEWS_IRREGULAR_PASTS = _NEWS_IRREGULAR_WORDS.split()

#: The headline present of every past the titles know: the table above, then English's irregular pasts.
_PRESENT = dict(_REGULAR_PRESENT)
for _past in _NEWS_IRREGULAR_PASTS:
    _PRESENT[_past] = third_person(_IRREGULAR_BASE[_past])
for _past, _base in _IRREGULAR_BASE.items():
    _PRESENT.setdefault(_past, third_person(_base))

#: The present forms of the news verbs: a word among these is a verb often enough that finding a
#: sentence's main verb counts it ("The outbreak spreads", "She writes"); the present forms of rarer
#: irregular verbs ("bears", "lights") are nouns as often and do not count.
HEADLINE_PRESENT_FORMS = frozenset(_REGULAR_PRESENT.values()) | frozenset(_PRESENT[p] for p in _NEWS_IRREGULAR_PASTS)

#: Every irregular simple past the tables above know ("went", "fled", "said", "cut"):
#: other modules read English's irregular pasts here (extract/continued.py).
IRREGULAR_PAST_FORMS = frozenset(_IRREGULAR_BASE) | frozenset(
    past for past in _REGULAR_PRESENT if " " not in past and not past.endswith("ed"))
