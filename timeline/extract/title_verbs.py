"""The verb tables the headline titles read (see :mod:`timeline.extract.title_words`): the
simple past of verbs with its headline present, built here once and complete at import.

English's irregular pasts and their base forms, and the one inflector of a base (:func:`~timeline.english_verbs.verb_forms`,
:func:`~timeline.english_verbs.third_person`), are in :mod:`timeline.english_verbs`; this module
only says which of them are news verbs and which present a headline gives their past. Nothing
else adds to these tables after import, so every reader sees the same ones.
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, MODAL_VERBS, auxiliaries
from timeline.english_verbs import (
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST_PAIRS,
    IRREGULAR_PAST_WORDS,
    third_person,
    verb_forms,
)
from timeline.extract.news_plurals import NEWS_PLURALS

_IRREGULAR_BASE = dict(pair.split(":") for pair in IRREGULAR_PAST_PAIRS.split())

#: Pasts whose base ends in a silent e after "-ast" (most "-asted" verbs have none: "blasted", "lasted").
_SILENT_E_AST = {"wast", "tast", "past", "hast", "bast"}
#: "-thed" pasts of verbs in "-the" ("breathed a sigh of relief", "bathed", "soothed"); "frothed", "mouthed" and
#: "unearthed" have none, so only these take it.
_SILENT_E_TH = {"breath", "bath", "loath", "sooth", "seeth", "teeth", "cloth", "wreath", "sheath", "scyth", "swath",
                "lath", "writh", "tith", "unsheath"}
#: "-nged" pasts of verbs in "-ng" (most are "-nge": "changed", "challenged", "infringed").
_NG_BASES = {"bang", "hang", "clang", "twang", "ring", "wing", "string", "sling", "ping", "ding", "zing"}


def regular_present(word: str) -> str | None:
    """ "extended" -> "extends", "pushed" -> "pushes", "planned" -> "plans", "ignited" -> "ignites"; None when
    unsure.

    English spelling hides whether a base ends in a silent e ("released" from "release", "listed" from
    "list"), and the ending that tells is the one before "-ed": no English verb ends in a vowel and "c", "v",
    "s", "z" or "g", nor in a consonant and "l" ("handled"), so those bases take an e; after two vowels
    ("rained") or two consonants ("listed") there is none. Where a stressed and an unstressed ending
    are spelt alike ("postponed" / "abandoned", "honored" / "ignored", "completed" / "budgeted") the
    word keeps its past rather than risk a form English does not have.
    """
    if not word.endswith("ed") or len(word) < 5:
        return None
    stem = word[:-2]
    # ("required", "conquered": the "u" of "qu" is no vowel; nor is a "u" between "g" and a vowel: "guided",
    # "beguiled", "disguised" sound "gid", "begil", "disgis")
    sound = re.sub(r"(?<=g)u(?=[aeiouy])", "", stem.replace("qu", "kw"))
    syllables = len(re.findall(r"[aeiouy]+", sound))
    if word.endswith("ied"):
        return word[:-3] + "ies"
    if stem.endswith(("ss", "sh", "ch", "x", "zz")):
        return stem + "es"
    if stem.endswith(("e", "u", "o")) or re.search(r"(?:[iu]at|quot|(?:con|inter|contra)ven)$", stem):
        return stem + "es"  # agreed, continued, vetoed, evacuated, quoted, convened (before the vowel rules below)
    if stem.endswith(("s", "z", "v")) or re.search(r"[^c]c$", stem):
        return stem + "es"  # raised, focused, seized, moved, forced, announced: no verb ends so without e
    if re.search(r"[aeou][yw]$", stem):
        return stem + "s"  # played, surveyed, showed, viewed
    if stem.endswith("ck"):  # panicked, trafficked: a "k" added to keep "c" hard in a longer verb
        return stem[:-1] + "s" if syllables >= 2 and stem.endswith("ick") else stem + "s"
    if stem.endswith("ll"):  # "travelled", "controlled": British spelling doubles the "l" of a longer verb
        if syllables == 1 or re.fullmatch(r"(?:re|in|fore|be|en|un|over|out|mis)[^aeiouy]*[aeiouy]ll", stem):
            return stem + "s"  # called, killed, rolled; recalled, installed (a prefix before a one-syllable verb)
        return stem[:-1] + "s"  # travelled, controlled, signalled, fulfilled
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] in "bgmnprtdf":
        return stem[:-1] + "s" if stem[-1] not in "df" else stem + "s"  # planned, stopped; added, staffed
    if stem.endswith("g"):
        if stem.endswith("ong"):
            return stem + "s"  # belonged, prolonged
        return stem + "s" if stem.endswith("ng") and stem in _NG_BASES else stem + "es"  # changed, urged, managed
    if re.search(r"[aeiou][aeiou][^aeiouwxyszcvg]$", sound):
        return stem + "s"  # rained, looked, sailed (two vowels before one consonant: no silent e)
    if re.search(r"[^aeiouy]l$", stem) and not stem.endswith(("rl", "wl", "ll")):
        return stem + "es"  # handled, enabled, settled, struggled: no verb ends in a consonant and "l"
    if stem in _SILENT_E_AST or stem in _SILENT_E_TH:
        return stem + "es"
    if re.search(r"(?:adh|coh|interf|persev|rev)er$", stem):
        return stem + "es"  # adhered, interfered: the few verbs in a stressed "-ere"
    if re.search(r"[^aeiouy][^aeiouy]$", stem) and not stem.endswith("th"):
        return stem + "s"  # extended, reported, signed, helped (a consonant cluster takes no e)
    if re.search(r"[^aeiou](?:er|en|el)$", sound) or stem.endswith("ion"):
        return stem + "s"  # ordered, opened, traveled, questioned (an unstressed last syllable)
    single = re.search(r"(?:^|[^aeiou])([aeiouy])([a-z])$", sound)
    if single is None:
        return None
    vowel, last = single.groups()
    if last == "t":
        if vowel == "i":  # visited, limited / ignited, invited, cited: a stressed "-ite" after c, v or n
            return stem + "es" if syllables == 1 or (re.search(r"[cvn]it$", stem) and not stem.endswith("licit")) \
                else stem + "s"
        if vowel in "au" or (vowel == "o" and syllables == 1):
            return stem + "es"  # rated, debated, executed, voted (a base in "-at" or "-ut" doubles its t)
        return None  # completed / budgeted, promoted / piloted
    if last in "dbk":
        return stem + "es"  # decided, described, liked: a single vowel before them is long, its e silent
    if last == "m":
        return stem + "es" if vowel != "o" else None  # named, assumed / welcomed, ransomed
    if last == "n":
        return stem + "es" if vowel in "aiuy" else None  # declined, determined, tuned / postponed, abandoned
    if last == "p":
        return stem + "es" if syllables == 1 or vowel in "ay" else stem + "s"  # hoped, escaped, typed / developed
    if last == "r":
        return stem + "es" if vowel in "aiuy" or syllables == 1 else None  # declared, hired, injured / honored
    if last == "l":
        return stem + "es" if vowel in "iouy" else None  # ruled, filed, consoled, styled / signaled
    return None


#: The regular news verbs whose simple past the headline present replaces ("signed" -> "signs"); the present of
#: each is :func:`regular_present`'s, so the spelling rules have one source.
NEWS_REGULAR_WORDS = (
    "signed published accused announced agreed approved arrested asked attacked blocked called charged claimed "
    "closed confirmed criticized declared declined denied dropped elected ended expanded filed fired hired "
    "introduced joined killed launched moved named opened ordered passed planned posted promised proposed raised "
    "rejected released reported resigned returned ruled started stated stopped suspended threatened tweeted urged "
    "visited voted warned added acquired appointed awarded banned canceled cancelled co-founded founded delayed "
    "discovered doubled estimated explained formed imposed increased invaded issued lifted listed noted offered "
    "predicted reached received refused removed replaced revealed submitted succeeded testified unveiled attended "
    "responded argued insisted admitted endorsed nominated pledged vowed slammed praised condemned occurred"
)

#: Pasts whose headline present no spelling rule gives: pasts the same as their base ("set", "cut"), "said" and
#: "told" (which the tagger's table leaves out), "were" (the plural past: "are", not the "is" of its base "be"),
#: short pasts of bases in "-e" or "-ie" ("died", "used", "tied"), endings that are stressed in one verb and not
#: in another ("completed", "created", "welcomed", "signaled"), two phrases a report opens with, and the
#: pasts in "-ung"/"-unk" that English uses beside "sprang", "sank", "shrank" ("the pipe sprung a leak"). Each is a
#: base's past (or its participle) and present as the one inflector, :func:`~timeline.english_verbs.verb_forms`, spells
#: them; only "were" and the two phrases are written here.
_SAYING_AND_SAME_FORM_BASES = "say tell set put cut hit quit shut"
_OTHER_BASES = "die sue use owe eye tie lie dye complete create welcome signal"
_PARTICIPLE_PASTS = "spring sink shrink"
OTHER_PRESENT = {
    **{forms.past: forms.present for forms in map(verb_forms, _SAYING_AND_SAME_FORM_BASES.split())},
    "were": "are",
    **{forms.past: forms.present for forms in map(verb_forms, _OTHER_BASES.split())},
    "agreed to": "agrees to", "reported that": "reports",
    **{forms.participle: forms.present for forms in map(verb_forms, _PARTICIPLE_PASTS.split())},
}

#: Simple past -> headline present for the news verbs English's irregular table does not give.
REGULAR_PRESENT: dict[str, str] = {past: regular_present(past) or past for past in NEWS_REGULAR_WORDS.split()}
REGULAR_PRESENT.update(OTHER_PRESENT)

#: Irregular pasts common in news reports: their headline presents ("writes", "takes") read as verbs
#: when they open a predicate (``HEADLINE_PRESENT_FORMS``); the present itself comes from the table.
_NEWS_IRREGULAR_WORDS = (
    "wrote met made took gave went came became began won lost left sold bought paid spoke held led ran saw "
    "found kept rose fell grew struck sent brought thought sought fought built chose drew drove flew froze hid "
    "knew laid meant rang shot stood swore threw understood withdrew was had did"
)
_NEWS_IRREGULAR_PASTS = _NEWS_IRREGULAR_WORDS.split()

#: The headline present of every past the titles know: the table above, then English's irregular pasts.
PRESENT = dict(REGULAR_PRESENT)
for _past in _NEWS_IRREGULAR_PASTS:
    PRESENT[_past] = third_person(_IRREGULAR_BASE[_past])
for _past, _base in _IRREGULAR_BASE.items():
    PRESENT.setdefault(_past, third_person(_base))

def headline_present(past: str) -> str | None:
    """The present a headline gives a past ("took" -> "takes", "extended" -> "extends"), None when unsure: the
    table's for a verb it knows (an irregular past has no spelling rule), else the spelling rule of
    :func:`regular_present`. A caller that knows a word in "-ed" is no verb's past ("hundred") guards it itself."""
    return PRESENT.get(past) or regular_present(past)


#: The present forms of the news verbs: a word among these is a verb often enough that finding a
#: sentence's main verb counts it ("The outbreak spreads", "She writes"); the present forms of rarer
#: irregular verbs ("bears", "lights") are nouns as often and do not count.
HEADLINE_PRESENT_FORMS = frozenset(REGULAR_PRESENT.values()) | frozenset(PRESENT[p] for p in _NEWS_IRREGULAR_PASTS)

#: Every irregular simple past the tables above know ("went", "fled", "said", "cut"):
#: other modules read English's irregular pasts here (extract/continued.py).
IRREGULAR_PAST_FORMS = frozenset(_IRREGULAR_BASE) | frozenset(
    past for past in REGULAR_PRESENT if " " not in past and not past.endswith("ed"))


#: Irregular pasts that are also their verb's past participle ("meant", "held", "sought": "has held", "the
#: talks held in Geneva"), unlike "took"/"taken" or "wrote"/"written". After a noun and before the clause's
#: own verb such a word describes the noun ("Two wells meant to plug the reservoir are finished"), as an
#: "-ed" participle does; English has no other way to tell them from the past.
_SAME_FORM_WORDS = (
    "bled bred brought built burnt bought caught clung crept dealt dug dreamt fed felt fought found fled flung hung "
    "heard held kept knelt laid led leapt learnt left lent lit lost made meant met misled paid rebuilt repaid sought "
    "sold sent shot slept slid slung sped spent spun stood stuck stung struck swept swung taught thought understood "
    "upheld withheld withstood wept won wrung sat"
)
SAME_FORM_PASTS = frozenset(_SAME_FORM_WORDS.split())

#: Every past participle without "-ed" a title rule may meet after a noun: the irregular participles that
#: differ from their past ("taken", "written"), the pasts that are their own participle, and the participles in
#: "-ung"/"-unk" ("the box sunk last week").
PARTICIPLES = IRREGULAR_PARTICIPLES | SAME_FORM_PASTS | {"sunk", "sprung", "shrunk", "stricken", "sworn", "torn"}

#: A finite verb right after a participle: the participle describes the noun before it and this is the clause's
#: verb ("the survey released showed", "the box sunk [last week] weighed 100 tons", "the plan proposed called for").
#: A past right after a participle is finite only when its object or complement follows ("Crews cleaned polluted
#: beaches": there "polluted" describes the noun after it).
VERB_AFTER_PARTICIPLE = re.compile(
    r"\s+(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, MODAL_VERBS, without={"shall"}) + r"|said|says|showed|shows|found|"
    r"finds|suggested|suggests|revealed|reveals|indicated|indicates)\b|\s+(?:[a-z]{3,}ed|"
    + "|".join(sorted(IRREGULAR_PAST_WORDS - {"was", "were", "had", "did"})) + r")\s+(?:(?:the|an?|its|his|her|their|"
    r"this|these|those|some|more|less|about|nearly|almost|for|that|up|off|out)\b|\d)")


#: A name's or a noun's possessive ("Obama's", "the company’s"; not "that's" or "there's"): the word after it is the noun
#: it owns, never the clause's verb ("Obama's remarks followed").
OWNED_NEXT = re.compile(r"(?<![Tt]hat)(?<![Tt]here)(?<![Ww]hat)(?<![Hh]ere)(?<![Ww]ho)(?<=[A-Za-z]{3})[’']s\s+$")


#: (Kept with the verb tables: an "-s" word in this list is a noun, never a present verb.)
#: Plural nouns that often open news sentences, capitalised there ("Stocks rose").
PLURAL_NOUNS = {
    "correspondents", "reporters", "journalists", "representatives", "conservatives",
    "liberals", "delegates", "legislators", "congressmen", "officers", "agents", "guards",
    "stocks", "officials", "analysts", "investors", "shares", "prices", "sales", "police", "people", "residents",
    "lawmakers", "democrats", "republicans", "workers", "employees", "troops", "forces", "rebels", "protesters",
    "authorities", "scientists", "researchers", "experts", "voters", "markets", "bonds", "earnings", "profits",
    "revenues", "negotiators", "prosecutors", "investigators", "doctors", "students", "teachers", "parents",
    "forecasters", "editorials", "hundreds", "thousands", "dozens", "millions", "scores", "families", "children",
    "men", "women", "fishermen", "firefighters", "volunteers", "engineers", "crews", "divers", "survivors",
    "victims", "patients", "companies", "regulators", "senators", "leaders", "ministers", "diplomats",
    "soldiers", "militants", "insurgents", "civilians", "critics", "activists", "campaigners", "environmentalists",
    "economists", "traders", "shareholders", "consumers", "customers", "banks", "lenders", "hospitals",
    "schools", "countries", "governments", "unions", "members",
    "inspectors", "judges", "lawyers", "attorneys", "witnesses",
    "relatives", "fans", "pupils", "passengers", "tourists", "locals", "villagers", "farmers", "owners",
    # plural heads of news subjects that are no people: "Talks to end the strike collapse"
    "talks", "negotiations", "efforts", "attempts", "tests", "results", "figures", "losses", "costs", "fears",
    "concerns", "hopes", "rates", "levels", "supplies", "reserves", "exports", "imports", "sanctions", "measures",
} | NEWS_PLURALS


#: A relative clause whose pronoun is its subject ("the group that covers"), and the present form after it that
#: is the main clause's verb ("... the coast expects claims to rise"), for finding a subject's end.
SUBJECT_RELATIVE_CLAUSE = re.compile(r"\b[a-z]{3,}\s+(?:that|which|who)\s+[a-z]{2,}[^su\W’']s\b")
PRESENT_AFTER_RELATIVE = re.compile(
    r"(?<=[a-z] )(?!(?:is|has|was|does|this|his|its|hers|ours|theirs|always|perhaps|as|us|plus|thus|less|unless|"
    r"across|news|series|species|means|towards)\b)[a-z]{3,}[^su\W’']s\b(?=\s+(?:the|a|an|its|his|her|their|that|"
    r"this|these|more|no|to\s+[a-z]|[a-z]{3,}s\s+to\b|\d|[A-Z])|$)")


def present_after_relative(text: str) -> int | None:
    """Where the main verb is after a subject relative clause: "The insurance group that covers the coast | expects
    claims to rise" (a relative clause whose pronoun is its subject ends before the next present form after a noun)."""
    relative = SUBJECT_RELATIVE_CLAUSE.search(text)
    main = PRESENT_AFTER_RELATIVE.search(text, relative.end()) if relative else None
    if relative and main and not re.search(r"[,;:]|\b(?:the|a|an|of|in|on|at|for|to|with|from|by|and|or|that|which|"
                                           r"who)\s+$", text[relative.end():main.start()]):
        return main.start()
    return None


def _written_as(headline: str, word: str) -> bool:
    """Whether the title's verb ``headline`` is the sentence's ``word`` as the title wrote it: the word itself or its
    headline present ("took" as "takes", "stopped" as "stops")."""
    return word == headline or PRESENT.get(word) == headline or regular_present(word) == headline


def verb_found_before(headline: str, after: str, sentence: str) -> list[re.Match[str]]:
    """Where ``sentence`` has the title's verb ``headline``, in whatever tense the sentence wrote it, right before
    what the regex ``after`` matches ("stops it" is the sentence's "stopped it", "takes over in" its "took over in")."""
    return [m for m in re.finditer(r"\b([A-Za-z]+)\s+(?:" + after + r")\b", sentence) if _written_as(headline, m.group(1).lower())]
