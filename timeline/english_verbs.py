"""English verb forms that both the tagger and the extractor read: the one table of them.

The irregular pasts with their base forms, the participles unlike their pasts with theirs, and
the participles without "-ed" that follow a noun. A reader that needs fewer takes a named subset of these, with a comment saying why.

And the one inflector of a base (:func:`verb_forms`, :func:`third_person`): a reader that needs a verb's present,
past, participle or "-ing" form asks it rather than adding endings by hand, so "planned", "committed", "shut down"
are spelt one way everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
    "taken:take thrown:throw written:write gone:go risen:rise fallen:fall chosen:choose "
    "broken:break withdrawn:withdraw spoken:speak stolen:steal hidden:hide eaten:eat forgotten:forget "
    "forgiven:forgive grown:grow flown:fly blown:blow worn:wear torn:tear sworn:swear ridden:ride shaken:shake "
    "undertaken:undertake overtaken:overtake mistaken:mistake retaken:retake rewritten:rewrite overthrown:overthrow "
    "foreseen:foresee overseen:oversee forbidden:forbid bitten:bite arisen:arise sung:sing sunk:sink rung:ring "
    "swum:swim sprung:spring shrunk:shrink drunk:drink undergone:undergo woken:wake awoken:awake "
    "overridden:override borne:bear befallen:befall forsaken:forsake striven:strive"
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


#: Verbs whose past and participle are the base itself ("shut down", "split", "cut"): left out of the irregular
#: table above (as nouns these words would end a subject too early), read only where a base is inflected.
SAME_FORM_BASES = frozenset({
    "bet", "bid", "broadcast", "burst", "cast", "cost", "cut", "forecast", "hit", "hurt", "let", "put", "quit",
    "rid", "set", "shed", "shut", "split", "spread", "thrust", "upset"})
#: Words in "-ing" that are no verb of a clause: prepositions ("during", "according"), nouns ("morning", "meeting",
#: "funding") and "being" (a form of "be", never the step or the act a clause tells).
ING_NOT_VERBS = frozenset({
    "according", "anything", "being", "bring", "building", "ceiling", "during", "earning", "evening", "everything",
    "funding", "hearing", "including", "king", "meeting", "morning", "nothing", "ring", "something", "spring", "thing",
    "wing"})
#: Two-syllable verbs stressed on their last syllable: they double its consonant as a one-syllable verb does
#: ("committed", "referred", "controlled"), where a verb stressed on its first does not ("visited", "offered").
STRESSED_LAST = frozenset({
    "abet", "acquit", "admit", "allot", "begin", "commit", "compel", "confer", "control", "deter", "embed", "equip",
    "expel", "extol", "forbid", "forget", "impel", "incur", "occur", "omit", "outrun", "overrun", "patrol", "permit",
    "prefer", "propel", "rebut", "recur", "refer", "regret", "remit", "repel", "submit", "transfer", "transmit",
    "upset"})
#: Irregular pasts the table above leaves out (its readers tell a saying apart): "said", "told".
_SAYING_PASTS = {"say": "said", "tell": "told"}
#: Verbs with a regular past beside the table's irregular one ("learned" and "learnt"): the regular is theirs here,
#: the other a variant.
_ALSO_REGULAR = frozenset({"burn", "dream", "kneel", "leap", "learn"})

_PAST_OF_BASE: dict[str, str] = {}
for _pair in IRREGULAR_PAST_PAIRS.split():
    _PAST_OF_BASE.setdefault(_pair.split(":")[1], _pair.split(":")[0])  # ("was" before "were" for "be")
_PARTICIPLE_OF_BASE = {base: participle for participle, base in (p.split(":") for p in PARTICIPLE_BASE_PAIRS.split())}
_PARTICIPLE_OF_BASE["be"] = "been"  # (left out of the shared table, whose readers take "been" as an auxiliary)
# Participles that are their base ("has come", "was run by"): left out of the shared table, whose readers would take
# every base "run" or "become" for a participle ("the mines were still run by" tells a state).
_PARTICIPLE_OF_BASE.update({base: base for base in ("come", "become", "overcome", "run", "overrun", "outrun")})


@dataclass(frozen=True, slots=True)
class VerbForms:
    """A verb in the forms a report tells it in: "close", "closes", "closed", "closed", "closing"."""

    base: str
    present: str
    past: str
    participle: str
    ing: str
    #: Other spellings of the past or participle that news uses: "cancelled" beside "canceled", "learnt".
    variants: tuple[str, ...] = ()

    @property
    def all(self) -> frozenset[str]:
        """Every form: the base, the present, the pasts, the participles and the "-ing" form."""
        return frozenset((self.base, self.present, self.past, self.participle, self.ing, *self.variants))


def third_person(base: str) -> str:
    """ "flee" -> "flees", "fly" -> "flies", "teach" -> "teaches"."""
    if base in {"be", "have", "do", "go"}:
        return {"be": "is", "have": "has", "do": "does", "go": "goes"}[base]
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    return base + "s"


def irregular_past(base: str) -> str | None:
    """The past of ``base`` when no spelling rule gives it ("took", "shut", "said"), else None ("closed", "learned")."""
    if base in SAME_FORM_BASES:
        return base
    if base in _ALSO_REGULAR:
        return None
    return _SAYING_PASTS.get(base) or _PAST_OF_BASE.get(base)


def _doubles(base: str) -> bool:
    """Whether ``base`` doubles its last consonant before "-ed" and "-ing": a one-syllable verb ending in one vowel
    and one consonant ("stop", "plan", "bar"; "qu" is a consonant: "quiz"), or one of :data:`STRESSED_LAST`; never
    after "w", "x" or "y" ("showed", "fixed", "played")."""
    if base in STRESSED_LAST:
        return True
    sound = re.sub(r"^y", "j", base.replace("qu", "kw"))
    return len(re.findall(r"[aeiouy]+", sound)) == 1 and re.search(r"(?:^|[^aeiou])[aeiou][^aeiouwxy]$", sound) is not None


def _regular_past(base: str) -> str:
    if base.endswith("e"):
        return base + "d"  # closed, agreed, tied
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ied"  # denied, supplied
    if base.endswith("ic"):
        return base + "ked"  # panicked, trafficked
    return base + base[-1] + "ed" if _doubles(base) else base + "ed"


def _ing(base: str) -> str:
    if base.endswith("ie"):
        return base[:-2] + "ying"  # dying, tying
    if base.endswith("e") and not base.endswith(("ee", "oe", "ye")) and base != "be":
        return base[:-1] + "ing"  # closing; agreeing
    if base.endswith("ic"):
        return base + "king"
    return base + base[-1] + "ing" if _doubles(base) else base + "ing"


def verb_forms(verb: str) -> VerbForms:
    """The forms of ``verb``, a base alone or with its particle ("step up": "steps up", "stepped up" ...): irregular
    pasts and participles from the one table of them, the same-form pasts ("shut", "split"), and the regular
    spelling rules: a silent e ("closed"), a "y" after a consonant ("denied"), the doubled consonant of a stressed
    last syllable ("planned", "committed"; British "cancelled" beside "canceled" as a variant)."""
    base, _, rest = verb.partition(" ")
    tail = f" {rest}" if rest else ""
    variants: list[str] = []
    irregular = irregular_past(base)
    if irregular is not None:
        past, participle = irregular, _PARTICIPLE_OF_BASE.get(base, irregular)
    else:
        past = _regular_past(base)
        participle = _PARTICIPLE_OF_BASE.get(base, past)  # ("showed", "shown")
        if base in _ALSO_REGULAR:
            variants.append(_PAST_OF_BASE[base])
        elif re.search(r"[^aeiou][aeiou]l$", base) and not _doubles(base) and len(re.findall(r"[aeiouy]+", base)) > 1:
            variants.append(base + "led")  # travelled, cancelled, signalled (British)
    return VerbForms(verb, third_person(base) + tail, past + tail, participle + tail, _ing(base) + tail,
                     tuple(v + tail for v in variants))
