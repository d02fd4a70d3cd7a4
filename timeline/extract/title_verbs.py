"""The verb tables the headline titles read (see :mod:`timeline.extract.title_words`):
the simple past of verbs common in news with their headline present, and the common
irregular pasts of English with their base forms."""

from __future__ import annotations

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

#: The common irregular pasts of English, "past:base" (a base whose past is the same word, such as
#: "cost", "hurt" or "spread", is left out: as a noun it would end a subject too early; so are pasts that
#: are as often nouns or adjectives, such as "ground", "wound", "spat", "bent", "lay").
_IRREGULAR_PASTS = (
    "arose:arise awoke:awake bore:bear befell:befall began:begin beheld:behold bit:bite bled:bleed "
    "blew:blow broke:break bred:breed brought:bring built:build burnt:burn bought:buy caught:catch chose:choose "
    "clung:cling came:come crept:creep dealt:deal dug:dig drew:draw dreamt:dream drank:drink drove:drive ate:eat "
    "fell:fall fed:feed felt:feel fought:fight found:find fled:flee flung:fling flew:fly forbade:forbid "
    "foresaw:foresee forgot:forget forgave:forgive forsook:forsake froze:freeze got:get gave:give "
    "went:go grew:grow hung:hang heard:hear hid:hide held:hold kept:keep knelt:kneel knew:know laid:lay led:lead "
    "leapt:leap learnt:learn left:leave lent:lend lit:light lost:lose made:make meant:mean met:meet misled:mislead "
    "mistook:mistake outgrew:outgrow overcame:overcome overheard:overhear overran:overrun oversaw:oversee "
    "overtook:overtake overthrew:overthrow paid:pay rebuilt:rebuild repaid:repay retook:retake rewrote:rewrite "
    "rode:ride rang:ring rose:rise ran:run sought:seek sold:sell sent:send shook:shake shone:shine shot:shoot "
    "shrank:shrink sang:sing sank:sink sat:sit slew:slay slept:sleep slid:slide slung:sling spoke:speak sped:speed "
    "spent:spend spun:spin sprang:spring stood:stand stole:steal stuck:stick stung:sting stank:stink strode:stride "
    "struck:strike strove:strive swore:swear swept:sweep swam:swim swung:swing took:take taught:teach tore:tear "
    "thought:think threw:throw trod:tread underwent:undergo understood:understand undertook:undertake undid:undo "
    "upheld:uphold woke:wake wore:wear wove:weave wept:weep won:win withdrew:withdraw withheld:withhold "
    "withstood:withstand wrung:wring wrote:write saw:see did:do had:have was:be were:be became:become "
    "overrode:override outran:outrun outsold:outsell resold:resell sewed:sew mowed:mow "
    "sought:seek"
)

#: Past participles without "-ed" that follow a noun as often as they open a verb phrase
#: ("tar balls found off the coast", "a document drawn up in 2001", "a relief well begun May 2"):
#: the one list of them, read by the title rules and by the date readers (extract/happenings.py,
#: extract/offsets.py).
IRREGULAR_PARTICIPLES = frozenset({
    "begun", "bought", "brought", "built", "caught", "cut", "done", "drawn", "driven", "found", "frozen", "given",
    "held", "hit", "kept", "known", "laid", "led", "left", "lost", "made", "paid", "put", "seen", "sent", "set",
    "shot", "shown", "sold", "spent", "struck", "taken", "taught", "thrown", "told", "won", "written",
})

#: Every simple past the tables above know that does not end in "-ed" ("went", "said", "cut"):
#: other modules read English's irregular pasts here (extract/continued.py).
IRREGULAR_PAST_FORMS = frozenset([pair.split(":")[0] for pair in _IRREGULAR_PASTS.split()]
                                 + [past for past in _PRESENT if " " not in past and not past.endswith("ed")])
