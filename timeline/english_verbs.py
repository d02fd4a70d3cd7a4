"""English verb forms that both the tagger and the extractor read: the one table of them.

The irregular pasts with their base forms, the participles unlike their pasts with theirs, and
the participles without "-ed" that follow a noun. A reader that needs fewer takes a named subset of these, with a comment saying why.
"""

from __future__ import annotations

#: The common irregular pasts of English, "past:base" (a base whose past is the same word, such as
#: "cost", "hurt" or "spread", is left out: as a noun it would end a subject too early; so are pasts that
#: are as often nouns or adjectives, such as "ground", "wound", "spat", "bent", "lay").
IRREGULAR_PAST_PAIRS = (
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

#: The irregular pasts alone ("went", "took").
IRREGULAR_PAST_WORDS = frozenset(pair.split(":")[0] for pair in IRREGULAR_PAST_PAIRS.split())
#: The same words as a regex alternation, longest first.
IRREGULAR_PAST_PATTERN = "|".join(sorted(IRREGULAR_PAST_WORDS, key=len, reverse=True))

#: Past participles without "-ed" that follow a noun as often as they open a verb phrase
#: ("tar balls found off the coast", "a document drawn up in 2001", "a relief well begun May 2"):
#: the one list of them, read by the title rules and by the date readers (extract/happenings.py,
#: extract/offsets.py, extract/comparisons.py).
IRREGULAR_PARTICIPLES = frozenset({
    "begun", "bought", "brought", "built", "caught", "cut", "done", "drawn", "driven", "found", "frozen", "given",
    "held", "hit", "kept", "known", "laid", "led", "left", "lost", "made", "paid", "put", "seen", "sent", "set",
    "shot", "shown", "sold", "spent", "struck", "taken", "taught", "thrown", "told", "won", "written",
})

#: Participles unlike their past, with their base forms, "participle:base" ("has begun" is about beginning).
PARTICIPLE_BASE_PAIRS = (
    "begun:begin done:do drawn:draw driven:drive frozen:freeze given:give known:know seen:see shown:show "
    "taken:take thrown:throw written:write gone:go risen:rise fallen:fall chosen:choose"
)

#: Participles whose verb takes its object first: "accused X of", "charged X with", "named X as",
#: "questioned X about". Right before the preposition, with no object between, the word is a passive
#: participle describing the noun before it ("the doctor accused of giving", "a man named as a suspect"),
#: never an active past. Verbs that also stand without an object before the same preposition ("warned
#: of", "learned of", "met with", "served as", "resigned as") are left out. "participle:prepositions".
PARTICIPLE_PREPOSITIONS = (
    "accused:of convicted:of suspected:of acquitted:of cleared:of stripped:of robbed:of deprived:of "
    "relieved:of absolved:of exonerated:of notified:of reminded:of composed:of "
    "charged:with tasked:with credited:with diagnosed:with infected:with armed:with equipped:with "
    "slapped:with saddled:with "
    "named:as known:as described:as regarded:as viewed:as seen:as identified:as listed:as dubbed:as "
    "hailed:as billed:as branded:as classified:as touted:as labelled:as labeled:as characterized:as "
    "characterised:as portrayed:as depicted:as perceived:as recognized:as recognised:as designated:as "
    "questioned:about,over,on quizzed:about,over,on grilled:about,over,on "
    "jailed:for,over sentenced:to,for arrested:for,over,on detained:for,over,on fined:for,over "
    "compared:with,to coupled:with "
    "licensed:to leased:to rented:to loaned:to awarded:to granted:to assigned:to chartered:to "
    "praised:for criticized:for criticised:for blamed:for honoured:for honored:for "
    "sacked:for,over fired:for,over suspended:for,over "
    "involved:in implicated:in embroiled:in mired:in stranded:in,on trapped:in,under killed:in injured:in "
    "wounded:in hurt:in based:in,at,on,near,outside,inside headquartered:in,at,near "
    "born:in,on,into,to "
    # A verb that needs its object before a "to"-infinitive ("engineers designed the cap to fit", "forced them
    # to leave"): right before "to" it is the passive participle ("a cap designed to fit", "workers forced to").
    "designed:to engineered:to forced:to compelled:to obliged:to required:to permitted:to allowed:to "
    "authorized:to authorised:to"
)


def s_ending(word: str) -> bool:
    """Whether ``word`` ends in the "-s" of a plural noun or a present verb ("jobs", "supports"), not in a
    stem's own "s": "-ss" ("pass"), "-us" ("census") and "-is" ("crisis", "this") end the word itself."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))
