"""The verb tables the headline titles read (see :mod:`timeline.extract.title_words`):
the simple past of verbs common in news with their headline present (English's irregular
pasts and participles are in :mod:`timeline.english_verbs`)."""

from __future__ import annotations

from timeline.english_verbs import IRREGULAR_PAST_PAIRS

#: Simple past -> headline present, for verbs common in news.
_PRESENT = {
    "said": "says", "wrote": "writes", "told": "tells", "set": "sets", "signed": "signs", "published": "publishes",
    "accused": "accuses", "announced": "announces", "met": "meets", "made": "makes", "took": "takes",
    "gave": "gives", "went": "goes", "came": "comes", "became": "becomes", "began": "begins",
    "won": "wins", "lost": "loses", "left": "leaves", "sold": "sells", "bought": "buys", "paid": "pays",
    "spoke": "speaks", "held": "holds", "led": "leads", "ran": "runs", "saw": "sees", "found": "finds",
    "kept": "keeps", "put": "puts", "cut": "cuts", "hit": "hits", "quit": "quits", "rose": "rises",
    "fell": "falls", "grew": "grows", "struck": "strikes", "sent": "sends", "brought": "brings",
    "thought": "thinks", "sought": "seeks", "fought": "fights", "built": "builds", "chose": "chooses",
    "drew": "draws", "drove": "drives", "flew": "flies", "froze": "freezes", "hid": "hides",
    "knew": "knows", "laid": "lays", "meant": "means", "rang": "rings", "shot": "shoots", "shut": "shuts",
    "stood": "stands", "swore": "swears", "threw": "throws", "understood": "understands", "withdrew": "withdraws",
    "agreed": "agrees", "approved": "approves", "arrested": "arrests", "asked": "asks", "attacked": "attacks",
    "blocked": "blocks", "called": "calls", "charged": "charges", "claimed": "claims", "closed": "closes",
    "completed": "completes", "confirmed": "confirms", "criticized": "criticizes", "declared": "declares",
    "declined": "declines", "denied": "denies", "died": "dies", "dropped": "drops", "elected": "elects",
    "ended": "ends", "expanded": "expands", "filed": "files", "fired": "fires", "hired": "hires",
    "introduced": "introduces", "joined": "joins", "killed": "kills", "launched": "launches",
    "moved": "moves", "named": "names", "opened": "opens", "ordered": "orders", "passed": "passes",
    "planned": "plans", "posted": "posts", "promised": "promises", "proposed": "proposes",
    "raised": "raises", "rejected": "rejects", "released": "releases", "reported": "reports",
    "resigned": "resigns", "returned": "returns", "ruled": "rules", "sued": "sues", "started": "starts",
    "stated": "states", "stopped": "stops", "suspended": "suspends", "threatened": "threatens",
    "tweeted": "tweets", "urged": "urges", "visited": "visits", "voted": "votes", "warned": "warns",
    "added": "adds", "acquired": "acquires", "agreed to": "agrees to", "appointed": "appoints",
    "awarded": "awards", "banned": "bans", "canceled": "cancels", "cancelled": "cancels",
    "co-founded": "co-founds", "founded": "founds", "created": "creates", "delayed": "delays",
    "discovered": "discovers", "doubled": "doubles", "estimated": "estimates", "explained": "explains",
    "formed": "forms", "imposed": "imposes", "increased": "increases", "invaded": "invades",
    "issued": "issues", "lifted": "lifts", "listed": "lists", "noted": "notes", "offered": "offers",
    "predicted": "predicts", "reached": "reaches", "received": "receives", "refused": "refuses",
    "removed": "removes", "replaced": "replaces", "revealed": "reveals", "signaled": "signals",
    "submitted": "submits", "succeeded": "succeeds", "testified": "testifies", "unveiled": "unveils",
    "was": "is", "were": "are", "had": "has", "did": "does", "attended": "attends", "reported that": "reports",
    "responded": "responds", "argued": "argues", "insisted": "insists", "admitted": "admits",
    "endorsed": "endorses", "nominated": "nominates", "pledged": "pledges", "vowed": "vows",
    "slammed": "slams", "praised": "praises", "welcomed": "welcomes", "condemned": "condemns",
    "used": "uses", "owed": "owes", "eyed": "eyes", "tied": "ties", "lied": "lies", "dyed": "dyes",
}

#: Every simple past the tables above know that does not end in "-ed" ("went", "said", "cut"):
#: other modules read English's irregular pasts here (extract/continued.py).
IRREGULAR_PAST_FORMS = frozenset([pair.split(":")[0] for pair in IRREGULAR_PAST_PAIRS.split()]
                                 + [past for past in _PRESENT if " " not in past and not past.endswith("ed")])
