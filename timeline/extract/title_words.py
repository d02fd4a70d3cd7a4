"""Word classes and verb forms for headline titles.

Which words are verbs, auxiliaries, modals and clause openers, and where a sentence's
main verb starts (how that verb becomes the headline present is
:mod:`timeline.extract.title_tense`). The limits every title keeps live here too, since
cutting, subject resolution and the title writer all read them.
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import (
    BE_FINITE,
    BE_NONFINITE,
    DO_FORMS,
    HAVE_FORMS,
    MODAL_VERBS,
    auxiliaries,
    auxiliary_words,
)
from timeline.english_particles import ADVERB_PARTICLES
from timeline.english_verbs import ING_NOT_VERBS, PARTICIPLE_PREPOSITIONS, s_ending
from timeline.extract.agent_participles import late_agent_then_verb
from timeline.extract.count_words import numbers_pattern
from timeline.extract.happenings import FALL_WORDS, RISE_WORDS, SHARE_NOUNS
from timeline.extract.saying_words import SPEECH_VERBS
from timeline.extract.title_participles import finite_later_start, participle_in_subject
from timeline.extract.title_verbs import (
    HEADLINE_PRESENT_FORMS,
    OWNED_NEXT,
    PARTICIPLES,
    PLURAL_NOUNS,
    PRESENT,
    VERB_AFTER_PARTICIPLE,
    present_after_relative,
)

MAX_WORDS = 18

MAX_CHARS = 90

BREAK_WORDS = {
    "that", "to", "in", "for", "with", "on", "at", "by", "from", "as", "after", "because", "if", "whether",
    "while", "about", "over", "into", "against", "amid", "during", "which", "who", "and", "or", "but",
    "than", "when", "where", "before", "since", "under", "without",
    # A phrase of time, concession or inclusion opens here as well: "remain in charge | until the leak stops".
    "until", "till", "unless", "despite", "including", "following", "through", "across", "toward", "towards",
    "although", "though", "whereas",
}
WEAK_END = BREAK_WORDS | {"doesn’t", "don’t", "didn’t", "isn’t", "wasn’t", "won’t", "can’t", "doesn't",
                            "don't", "didn't", "isn't", "wasn't", "won't", "can't", "aren’t", "aren't","the", "a", "an", "its", "his", "her", "their", "our", "of", "is", "are", "was",
                            "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should",
                            "can", "may", "might", "must", "not", "this", "these", "those", "it", "they",
                            "more", "less", "fewer", "than", "nearly", "almost", "some", "just", "only", "very",
                            "along", "including", "such", "like", "both", "either", "neither", "whose",
                            "other", "another", "any", "each", "every", "all", "former", "own", "even", "he", "she", "we", "i",
                            "you", "beneath", "below", "above", "behind", "beside", "inside", "outside", "underneath",
                            "upon", "onto", "near", "amid", "among", "within", "across", "around"}

#: Participles that wait for the name they give: "holds a hearing titled | “The Risky Business ...”". A title cut at the
#: name's colon or quotation mark leaves them naming nothing ("called" and "named" may end a passive: "police were called").
NAMING_WAITS = {"titled", "entitled", "subtitled", "dubbed", "headlined"}

PRONOUN_WORDS = {"he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "we're",
                  "it's", "this", "that", "these", "those", "the", "a", "an"}

#: Words that open a complement: a verb or adjective right before one needs it ("declined | to say",
#: "emphasized | that", "focused | on", "determining | how").
COMPLEMENT_OPENERS = {"to", "that", "of", "on", "for", "from", "with", "into", "about", "by", "over", "against",
                       "what", "how", "whether", "why", "who", "where", "if", "than", "as", "onto", "toward",
                       "towards", "upon", "like"}
WH = {"what", "how", "why", "whether", "where", "which", "who", "whom"}
#: Adjectives and participles that take an infinitive: "is due | to begin", "is unable | to stop".
TAKES_INFINITIVE = {"due", "able", "unable", "likely", "unlikely", "set", "ready", "expected", "impossible",
                     "possible", "poised", "about", "enough", "eager", "keen", "willing", "unwilling", "forced",
                     "bound", "scheduled", "going", "trying", "planning", "hoping", "allowed", "supposed", "used",
                     "difficult", "hard", "easy", "necessary", "reluctant", "determined", "prepared", "free",
                     "want", "plan", "try", "need", "hope", "agree", "decide", "refuse", "fail", "seem", "appear",
                     "continue", "begin", "start", "expect", "intend", "aim", "seek", "vow", "pledge", "promise",
                     "threaten", "help", "have", "has", "had", "order", "allow", "urge", "ask", "tell", "wants",
                     "plans", "tries", "needs", "hopes", "seeks", "aims", "vows", "pledges", "seems", "appears",
                     "continues", "begins", "starts", "expects", "intends", "threatens", "helps", "refuses",
                     "fails", "agrees", "decides", "promises", "urges", "asks", "tells", "orders", "allows"}
MODALS = {"will", "would", "could", "should", "can", "may", "might", "must", "to", "not", "didn't", "didn’t",
           "won't", "won’t", "can't", "can’t", "did", "does", "do"}
UNITS = re.compile(r"(?:bn|m|tn|k|%|billion|million|trillion|thousand|percent|per|pounds?|dollars?|euros?|"
                    r"barrels?|gallons?|tons?|tonnes?|miles?|km|feet|metres?|meters?|pence|cents?)$", re.I)


#: Verbs that need what follows them: a complement ("look like", "seem", "become"); a particle that is part of the
#: verb ("sliced | off", "slowed | down") is :data:`timeline.english_particles.ADVERB_PARTICLES`.
LINKING = {"look", "looks", "looked", "seem", "seems", "seemed", "appear", "appears", "appeared", "sound", "sounds",
            "sounded", "become", "becomes", "became", "remain", "remains", "remained", "resemble", "resembles",
            "prove", "proves", "proved", "proven",
            "resembled", "feel", "feels", "felt"}
#: Words that open a noun phrase: after an active verb, its object starts here.
OBJECT_OPENERS = {"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "these", "those",
                   "some", "no", "nearly", "about", "almost", "around", "roughly", "more", "less", "fewer", "another",
                   "several", "many", "all", "both", "every", "each", "only", "just", "up"}
PASSIVE_BEFORE = {"is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "and", "or", "not",
                   "has", "have", "had", "having", "will", "would"}


#: Nouns that count or measure: "of" after them opens their noun ("tens of thousands"); ordinals wait for a noun.
PART_WORDS = {"tens", "hundreds", "thousands", "millions", "billions", "dozens", "scores", "lots", "bits", "parts",
               "sides", "ends", "costs", "terms", "kinds", "sorts", "types", "series", "means", "years", "months",
               "weeks", "days", "hours", "miles", "tons", "tonnes", "barrels", "gallons", "litres", "liters", "cases"}
ORDINALS = {"first", "second", "third", "fourth", "fifth", "last", "next", "final", "latest", "previous"}
SPEECH_PRESENT = {PRESENT.get(w, w) for w in SPEECH_VERBS} | {"suggests", "shows", "believes", "thinks"}
NEGATIONS = {"not", "never", "no", "nor", "neither", "without"}
#: Words under which a limit ("until August", "since 1998") is the meaning, not a date to drop: "won't be finished
#: until August" and "unlikely to be ready until August" without the date say "never".
LIMIT_NEGATIONS = NEGATIONS | {"unlikely", "unable", "cannot"}
#: "-ing" words that are no verb: english_verbs.ING_NOT_VERBS but "being" and "bring" (verbs to :func:`verbish`),
#: "earning" and "funding" (never listed here), and with the "-ing" prepositions it lacks ("following", "pending").
ING_PREPOSITIONS = (ING_NOT_VERBS - {"being", "bring", "earning", "funding"}) | {
    "following", "regarding", "concerning", "excluding", "notwithstanding", "pending", "barring", "considering"}
DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these",
                "those", "every", "each", "some", "any", "no", "many", "several", "all", "both"}
#: Words after which a clause with its own verb follows.
CLAUSE_OPENERS = (SPEECH_VERBS | SPEECH_PRESENT | {"that", "whether", "while", "although", "because", "if", "what",
                                                      "how", "why", "where", "who",
                                                      "when", "showed", "shows", "found", "finds", "believes",
                                                      "believed", "suggested", "suggests"}) - {"according"}

#: Words ending in "-ed" that are never verbs.
ED_WORDS = {"hundred", "hundreds", "kindred", "sacred", "naked", "wicked", "rugged", "ragged", "jagged", "wretched",
             "crooked", "dogged", "indeed", "hatred", "greed", "creed", "deed", "seed", "weed", "steed", "speed",
             "need", "breed", "embed", "shred", "sled", "infrared", "bed", "red", "shed", "fed"}


def verbish(word: str, before: str) -> bool:
    """Whether ``word`` (lowercase) is a verb form: a known one, an -ed or -ing form, or a word after a modal."""
    if word in ING_PREPOSITIONS or word in ED_WORDS:
        return False
    if word.endswith(("ed", "ing")) and (before in DETERMINERS or before.endswith(("'s", "’s"))):
        return False  # "the planning committee", "a jagged pipe", "the council's revised plan"
    return (word in PRESENT or word in PRESENT_FORMS or word in _IRREGULAR_PRESENT or word in AUX or before in MODALS
            or (word.endswith("ed") and len(word) >= 4) or (word.endswith("ing") and len(word) >= 5))

def finite_verb(word: str, before: str) -> bool:
    """A verb form that can head a clause (not an -ing noun such as "the flooding")."""
    return word in PRESENT or word in AUX or before in MODALS or (
        word.endswith("ed") and len(word) >= 4 and before not in PRONOUN_WORDS)

#: "haven't put": a negated perfect or passive keeps its verb form and reads as the verb it is.
_NEGATED_AUX = {f"{aux}n{mark}t" for aux in ("have", "has", "had", "is", "are", "was", "were", "could", "would",
                                              "should", "must") for mark in "'’"}
#: A clause's finite verb word in a headline: the auxiliaries but "shall", negated forms, and the headline presents
#: a title's verb phrase opens with ("says", "plans"). Not the auxiliary table (timeline.english_auxiliaries): it adds.
AUX = auxiliary_words(BE_FINITE, HAVE_FORMS, DO_FORMS, MODAL_VERBS, without={"shall"}) | {
    "didn’t", "didn't", "doesn’t", "doesn't", "won’t", "won't", "speaks", "says", "writes", "plans", "wants", "faces",
    *_NEGATED_AUX}


NO_TENSE = {"to", "will", "would", "could", "should", "can", "may", "might", "must", "did", "does", "do", "not",
             "didn’t", "didn't", "won’t", "won't", "can’t", "can't", "never"}
NO_TENSE |= _NEGATED_AUX
#: (The present forms that count as verbs are the news verbs' only: see ``title_verbs.HEADLINE_PRESENT_FORMS``.)
PRESENT_FORMS = set(HEADLINE_PRESENT_FORMS)


#: Present forms of irregular verbs that are never plural nouns: a sure sign of a verb ("hears", "flees").
_IRREGULAR_PRESENT = {"catches", "flees", "forbids", "foresees", "forgets", "forgives", "forsakes", "hears",
                      "misleads", "outgrows", "outruns", "outsells", "overcomes", "overhears", "overrides",
                      "overruns", "oversees", "overtakes", "overthrows", "rebuilds", "repays", "resells", "retakes",
                      "rewrites", "teaches", "undergoes", "undertakes", "undoes", "upholds", "weaves", "withholds",
                      "withstands"}
#: Present forms that are more often plural nouns in a subject ("member states").
NOUN_LIKE = {"states", "plans", "claims", "posts", "notes", "lists", "names", "orders", "reports", "calls",
              "votes", "rules", "signals", "issues", "offers", "forms", "files", "cuts", "hits", "lifts",
              "fires", "ends", "returns", "drops", "starts", "opens", "attacks", "launches", "releases",
              "increases", "estimates", "charges", "moves", "sales", "leads", "falls", "pays"}


#: Speech verbs that may follow a comma with their speaker after them ("..., said the mayor").
INVERTED_SPEECH = {"said", "told", "added", "wrote", "asked", "replied", "explained", "noted"}
#: A number or quantifier right before an "-ed" word that a plural noun follows: the "-ed" word is the noun's adjective.
_QUANTITY_BEFORE = re.compile(r"(?:^|\s)(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|"
                              r"[Tt]welve|[Tt]wenty|[Dd]ozens|[Hh]undreds|[Tt]housands|[Mm]any|[Ss]everal|[Ss]ome|[Ff]ew|"
                              r"[Mm]ore|[Mm]ost|[Aa]ll|[Bb]oth|[Oo]ther|\d[\d,.]*)\s+$")
#: A participle after a determiner or possessive is an adjective: "the newly named chief", "a jagged pipe".
#: ("the most detailed plans": after a degree word an "-ed" form is an adjective, since no verb is "most"-graded.)
_ADJECTIVE_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|our|this|that|these|those|most|more|less|least|"
                               r"very)|['’]s)"
                               r"(?:\s+[a-z]+ly|\s+[a-z]+-[a-z]+)?\s+$", re.I)
#: A participle followed by its modifier and then the finite verb is a reduced relative in the
#: subject: "The plan announced last year was dropped", "A statement issued on behalf of X, said".
_REDUCED_RELATIVE = re.compile(
    r"\s+(?:in|on|at|by|for|from|to|with|last|this|after|during|under|over|into|through|as|earlier|since|off|near|"
    r"along|across|around|inside|outside|below|above|beneath|behind|among|between|before|against|about|within|without|"
    r"throughout|towards?|until|amid|following|ahead)\b(?!\s+[\d$£€#])"  # ("trapped about 441,000": a quantity)
    r"(?:(?!\b(?:that|he|she|it|they|we|I|which|who|and|but|or|after|before|when|while|because|as|since|until|"
    r"if)\b)[^“\".;:—–])*?"
    r"\b(?:(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, DO_FORMS, MODAL_VERBS, without={"shall"}) + r")(?:n['’]t)?|"
    r"said|says|(?<![-‑])(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bmost )(?<!\bmore )(?<!\bvery )(?<!\bits )(?<!\bhis )"
    r"(?<!\bher )(?<!\btheir )\b[a-z]{3,}ed)\b")


#: Verbs with no passive: after a noun they are its sentence's verb, never a participle describing it ("the
#: attempt to seal the pipe failed after a sensor rendered ..." fails; no one "failed" the pipe).
INTRANSITIVE_ED = {"failed", "collapsed", "stalled", "resumed", "succeeded", "died", "happened", "occurred", "arrived",
                    "exploded", "erupted", "emerged", "appeared", "existed", "remained", "faltered", "crashed",
                    "surged", "plunged", "slumped", "soared", "tumbled", "rallied", "worsened", "stumbled", "ended",
                    "expired", "lapsed", "persisted", "prevailed", "vanished", "disappeared", "retired", "resigned"}


def _reduced_relative(text: str, m: re.Match) -> bool:
    """Whether the participle ``m`` describes the noun before it ("gulls coated in oil flailed", "patients
    confirmed with the virus have left"). A name before it is the subject of its verb instead: "Lund
    contributed to a report issued last week" (a finite verb after the phrase shows it only after a noun)."""
    found = _REDUCED_RELATIVE.match(text, m.end())
    if found is None:
        return False
    if not found.group(0).rstrip().endswith("ed") or found.group(0).rstrip().endswith(("said", "need")):
        return True
    if "," in found.group(0):
        return False  # "closed at 300p, recovering the losses suffered": a later "-ed" past a comma is another phrase's
    before = text[:m.start()].split()
    return bool(before) and before[-1][:1].islower()


#: participle -> the prepositions right after which it is a passive participle (the table's reasons are in
#: :data:`timeline.english_verbs.PARTICIPLE_PREPOSITIONS`).
_PARTICIPLE_PREPOSITIONS = {pair.split(":")[0]: frozenset(pair.split(":")[1].split(","))
                            for pair in PARTICIPLE_PREPOSITIONS.split()}
#: Verbs in "un-" that undo an action or have no base without it ("unveiled", "unleashed", "united"); every
#: other "un-" + "-ed" word negates a participle ("unheeded", "unmarried", "unexpected") and is an adjective.
_UN_VERBS = {"unveiled", "unleashed", "uncovered", "unearthed", "unlocked", "unloaded", "unsealed", "unblocked",
             "unfolded", "unraveled", "unravelled", "unplugged", "unpacked", "unwrapped", "untied", "unmasked",
             "united", "unified", "unionized", "unionised", "unsettled", "unnerved", "unseated", "unfurled",
             "unclogged", "unhooked", "unscrewed", "unzipped", "uncorked", "unfroze", "unbolted"}


def participle_only(word: str, after: str) -> bool:
    """Whether ``word``, with the text ``after`` it, is a participle or an adjective and never a clause's
    finite past: a participle right before the preposition of its verb's second complement ("the doctor
    accused of giving", "the clerk questioned about the files"), or a negated participle ("unheeded")."""
    follow = re.match(r"\s+([a-z]+)\b", after)
    if follow and follow.group(1) in _PARTICIPLE_PREPOSITIONS.get(word, ()):
        return True
    if follow and word in {"pictured", "photographed", "filmed", "videotaped"} and follow.group(1).endswith("ing"):
        return True  # "workers pictured raking oil": a picture's subject, doing what the "-ing" word says
    if word in {"titled", "entitled", "nicknamed", "dubbed"} and re.match(r"\s+[A-Z“\"‘]", after):
        return True  # "a blog titled Powering a Nation": the name of the noun before it
    return word.startswith("un") and not word.startswith("under") and word.endswith("ed") and len(word) > 5 \
        and word not in _UN_VERBS


#: A finite verb later in the text: after a participle that describes the subject, the clause's own verb
#: ("The nurse accused of stealing the drugs | was dismissed"); without one the participle is a headline's
#: passive ("Kent Wells questioned about the well") and stays the verb the title is cut around.
_FINITE_LATER = re.compile(r"\s(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|"
                           r"said|says|told|tells|" + "|".join(sorted(w for w in PRESENT if " " not in w
                                                                       and not w.endswith("ed"))) + r")\b")
_SUBJECT_PRONOUNS = {"i", "we", "they", "he", "she", "you", "it"}
#: "an oil company that owns part of the well, blasted": the one comma closes a relative clause opened without one.
_RELATIVE_CLOSED = re.compile(r"[a-z]\s(?:who|which|that)\s+(?:[a-z]{3,}s|[a-z]{3,}ed|has|had|is|was|are|were|will|"
                              r"would|could|can)\s[^,]*,\s+$")


def contact_relative(before: list[str]) -> bool:
    """Whether the words ``before`` a verb end in a relative clause without its "that": a noun phrase opened by a
    determiner, then a subject pronoun ("The grants we | received", "The news he | received about the rig came"):
    the verb is the relative clause's, and the main one comes later."""
    if len(before) < 3 or before[-1].lower() not in _SUBJECT_PRONOUNS or before[0].lower() not in DETERMINERS:
        return False
    inner = [w.lower() for w in before[1:-1]]
    # ("A drilling rig it leased": an "-ing" word before a noun is its modifier, no verb)
    return all(w.isalpha() and w not in BREAK_WORDS and w not in AUX and w not in PRESENT and w not in PRESENT_FORMS
               and not w.endswith("ed") for w in inner) \
        and before[-2][:1].islower()


#: Reporting verbs whose clause may follow without "that" ("Neighbours say she moved"), in the forms that
#: are seldom nouns ("reports", "claims", "notes" are left out: "the BP claims process").
REPORTING_FORMS = {"say", "says", "suggest", "suggests", "show", "shows", "reveal", "reveals", "believe", "believes",
                    "think", "thinks", "insist", "insists", "argue", "argues", "admit", "admits", "deny", "denies",
                    "indicate", "indicates", "confirm", "confirms", "predict", "predicts", "allege", "alleges",
                    "conclude", "concludes", "acknowledge", "acknowledges", "know", "knows", "mean", "means",
                    "agree", "agrees", "warn", "warns", "contend", "contends", "assert", "asserts"}


#: Reporting verbs whose frame the title writer drops to make room ("Officials say X" -> "X"): found only where the
#: tables find them, since a frame dropped from an opinion ("Three in four voters say the spill is a disaster")
#: or a charge ("Prosecutors say his negligence led to") would state it as fact.
_SAY_FRAMES = {"say", "says", "confirm", "confirms"}
#: Linking verbs in the present: before their complement they are the clause's verb ("BP now looks undervalued").
LINKING_PRESENT = {"looks", "seems", "appears", "remains", "becomes", "sounds", "feels", "proves"}
#: What opens a reported clause or an object after a reporting verb, and a linking verb's complement.
_REPORTED_START = r"\s+(?:that|the|an?|its|his|her|their|this|these|those|he|she|it|they|we|[A-Z\d])"
_COMPLEMENT_START = r"\s+(?:to\b|like\b|set\b|poised\b|likely\b|unlikely\b|[a-z]+(?:ed|ly|ful|ous|ive|able|ible)\b)"


def _verb_after_subject(previous: str) -> bool:
    """Whether a verb can follow ``previous``: a subject's last word, not a determiner, preposition,
    conjunction, auxiliary, possessive or comma ("The report said": "report" is a noun after "The")."""
    low = previous.lower().strip("“”\"‘’")
    return bool(low) and low not in DETERMINERS and low not in BREAK_WORDS and low not in NO_TENSE \
        and low not in AUX and not previous.endswith((",", "'s", "’s", ":", ";"))


def reported_clause(before: list[str]) -> bool:
    """Whether the verb after ``before`` is inside the clause of a present reporting verb that came first
    ("Residents say the flood | destroyed", "Cables reveal the firm | suffered"): that verb keeps the tense of the
    report, since the headline present is the reporting verb's."""
    low = [w.lower().strip("“”\"‘’") for w in before]
    return any(low[i] in REPORTING_FORMS and before[i][:1].islower() and _verb_after_subject(before[i - 1])
               for i in range(len(low) - 2, 0, -1))


#: A sentence that opens with a personal pronoun: its verb follows, after any adverbs ("They now call").
_PRONOUN_SUBJECT = re.compile(r"^(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I|[Yy]ou)\s+(?:(?:also|still|now|then|never|often|already|just|only|"
                              r"even|once|again|later|first|[a-z]{3,}ly)\s+){0,2}(?=[a-z])|^(?:These|Those)\s+(?=(?:was|were|"
                              r"are|have|had|will|would|could|can|may|must|did|do|[a-z]{3,}ed\s+(?:to|by|in|on|at|the|an?|"
                              r"its|their)\b))")  # ("These failed to open": a demonstrative before a verb stands alone)


_AFTER_DETERMINER = re.compile(r"(?:^|\s)(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Oo]ur|[Ee]very|[Ee]ach)"
                               r"(?:\s+(?:last|first|next|same|only|latest|final))?\s+$")


_DETERMINER_WORDS = {"the", "a", "an", "this", "these", "those", "its", "their", "his", "our", "every", "each"}
_AFTER_PREPOSITION_WORDS = {"of", "for", "with", "from", "about", "among", "into", "than", "without", "against",
                            # ("floating on submerged pontoons": a preposition's object, never a clause's verb)
                            "on", "in", "at", "by", "over", "under", "near", "across", "through", "amid", "despite",
                            "like", "via", "per", "onto", "toward", "towards", "beneath", "behind", "beyond"}


def _word_start(text: str, at: int) -> int:
    """Where the word that ends right before the space at ``at - 1`` starts."""
    return text.rfind(" ", 0, at - 1) + 1


def _word_before(text: str, at: int) -> str:
    """The word that ends right before the space at ``at - 1``, lowercased."""
    return text[_word_start(text, at):at - 1].lower()


def _describes_or_names(word: str, text: str, at: int) -> bool:
    """Whether ``word`` (at ``at`` in ``text``) cannot be the main verb for the words right before it: an
    "-ed" word after a preposition ("the number of denied claims") or after a gerund and its particle
    ("cleaning up spilled oil", "after removing damaged pipe"), or any word after a determiner ("the last
    bit", "a first cut")."""
    if text[at - 1] != " ":
        return False
    last, start = _word_before(text, at), _word_start(text, at)
    if last in _DETERMINER_WORDS:
        return True
    if last in {"last", "first", "next", "same", "only", "latest", "final"}:
        return start > 1 and _word_before(text, start) in _DETERMINER_WORDS
    if not word.endswith("ed"):
        return False
    if last in _AFTER_PREPOSITION_WORDS:
        return True
    if start < 2:
        return False  # ("Drilling continued": a gerund opening the sentence is the subject)
    second = _word_before(text, start)
    if last in ADVERB_PARTICLES:
        return second.endswith("ing") and len(second) >= 6
    # ("the drilling continued": after a determiner the "-ing" word is a noun)
    return last.endswith("ing") and len(last) >= 6 and second not in _DETERMINER_WORDS


#: Words that stand before "the" or "a" without being verbs: prepositions, conjunctions, quantifiers.
_NOT_VERB_BEFORE_OBJECT = {"of", "for", "and", "or", "but", "to", "in", "on", "at", "by", "from", "with", "into", "onto",
                           "over", "under", "about", "across", "after", "before", "since", "until", "through",
                           "against", "among", "between", "during", "without", "within", "near", "off", "per", "than",
                           "as", "like", "via", "amid", "toward", "towards", "upon", "all", "both", "half", "once",
                           "while", "when", "where", "because", "if", "unless", "whether", "that", "which", "who",
                           "whom", "whose", "what", "so", "yet", "nor", "then", "including", "despite", "beyond",
                           "behind", "above", "below", "around", "along", "outside", "inside", "throughout", "plus",
                           "except", "past", "up", "down", "out", "away", "back", "not", "only", "even", "also",
                           "aboard", "onboard", "beside", "besides", "opposite", "alongside", "underneath", "beneath",
                           "unlike", "following", "concerning", "regarding", "atop", "amongst", "amidst", "worth"}


def participle_before_verb(text: str, at: int) -> bool:
    """Whether a participle ending at ``at`` is followed, past one or more adverbs, by a finite verb: "(the study
    published) also indicates", "(the report released) yesterday clearly showed that"."""
    follow = re.match(r"((?:\s+(?:also|still|now|already|[a-z]{3,}ly))+)\s+([a-z]+)\b", text[at:])
    if follow is None or follow.group(1).split()[-1] in {"only", "early", "likely", "family", "supply"}:
        return False
    verb = follow.group(2)
    if verb in AUX or verb in SPEECH_PRESENT or verb in _IRREGULAR_PRESENT or (
            verb in PRESENT_FORMS and verb not in NOUN_LIKE):
        return True
    # A form no table knows is the verb when what follows opens its complement ("indicates | indirectly that").
    complement = re.match(r"\s+(?:that|[a-z]{3,}ly\s+that)\b", text[at + follow.end():]) is not None
    return complement and (verb.endswith("ed") or (verb.endswith("s") and not verb.endswith("ss") and len(verb) > 4))


def _named_present(text: str, m: re.Match[str], word: str) -> bool:
    """Whether ``word`` is a present verb right after a name that opens the text ("BP tries to", "Shell buys
    the"): an "-s" form before an infinitive, an article or a quote, which no table need know."""
    # ("The terms “bridge loan”": a determiner is no name, and the word after it is a noun)
    # ("BP now aims to deploy": an adverb of time may stand between the name and its verb)
    return re.fullmatch(r"(?:[A-Z][\w.'’&-]*\s+){1,4}(?:(?:now|also|still|already|again|then|finally)\s+)?", text[:m.start()]) is not None and len(word) > 3 \
        and text[:m.start()].split()[-1].lower() not in DETERMINERS \
        and s_ending(word) and not word.endswith("ics") and word not in PLURAL_NOUNS \
        and word not in NOUN_LIKE and re.match(r"\s+(?:to\s+[a-z]|(?:the|an?|its|his|her|their|this|these|those)\s|[“\"]"
                                                # "Asia lacks sophisticated technology": an adjective before its noun
                                                # ("Key ships stationed over": a participle before its preposition)
                                                r"|[a-z]{4,}ed\s+(?!(?:" + "|".join(sorted(_NOT_VERB_BEFORE_OBJECT)) +
                                                r")\b)[a-z]{3,})", text[m.end():]) is not None


#: "by" opening an agent: a noun phrase, not a measure ("rose by 5%", "by about a third"), a time ("by the end of
#: May") or a means ("by far", "by hand").
_AGENT = re.compile(r"\s+by\s+(?!(?:\d|about|nearly|almost|around|roughly|some|up|more|less|far|hand|then|now|"
                    r"the\s+(?:end|time|start|middle|close|beginning)|an?\s+(?:third|quarter|half|fifth|tenth|factor|"
                    r"margin|wide|narrow|average|total)|half|" + numbers_pattern(1) + r")\b)")


#: Words that end an agent's noun phrase: a conjunction, a clause word, "to" ("by the firm to ..."); a
#: preposition stays inside it ("by officials in Houston", "by the head of the agency").
_AGENT_ENDS = {"and", "or", "but", "that", "which", "who", "whom", "when", "while", "as", "because", "if", "whether",
               "to", "than", "where", "after", "before", "since", "until", "although", "though"}


def agent_then_verb(text: str, at: int) -> bool:
    """Whether a participle ending at ``at`` is followed by "by" and its agent (up to six words, no comma or
    clause word), then a finite verb: "Documents obtained by the newspaper | show", "the strike called by the
    union | has ended". Such a participle is passive and describes the noun before it; the later verb is the main
    one. ("Sales rose by 5% and are" has no agent, and "rose" is no participle.)"""
    agent = _AGENT.match(text, at)
    if agent is None:
        return False
    words = re.split(r"\s+", text[agent.end():agent.end() + 120])
    for i, word in enumerate(words[1:8], start=1):
        if not re.fullmatch(r"[\w’'.&-]+", words[i - 1]) or words[i - 1].lower() in _AGENT_ENDS:
            return False  # a comma, a quote or a clause word: the agent's phrase has ended without a verb
        last = words[i - 1].lower()
        if last in DETERMINERS or last in _AFTER_PREPOSITION_WORDS or not word.isalpha():
            continue
        if word in AUX or word in REPORTING_FORMS or word in SPEECH_PRESENT or word in _IRREGULAR_PRESENT \
                or (word in PRESENT_FORMS and word not in NOUN_LIKE) \
                or (word in PRESENT and " " not in word and not word.endswith("ed")):
            return True
    return False


#: "Shares in BP rise", "BP shares fall", "Oil stocks jump": a price's move is its subject's verb, also in the
#: present a listing tells it in, which the verb tables may take for a noun ("rise", "fall").
_SHARES_MOVE = re.compile(r"(?:[A-Z][\w.&'’-]*\s+){0,3}(?:[a-z]+\s+)?(?i:" + SHARE_NOUNS + r")(?:\s+(?:in|of)\s+(?:[A-Z][\w.&'’-]*\s+)"
                          r"{1,4})?\s*(?P<verb>(?!(?:up|down|higher|lower)\b)(?:" + RISE_WORDS + "|" + FALL_WORDS + r"))\b(?!-)")


def main_verb_start(text: str) -> int:
    """Position of the main verb: the first lowercase word that looks like one.

    Known verb forms and auxiliaries count, as do "-ed" words; otherwise the
    first lowercase content word is taken ("Hegseth speaks").
    """
    pronoun = _PRONOUN_SUBJECT.match(text)
    if pronoun:
        return pronoun.end()  # "They call it “unprecedented”": after a personal pronoun its verb comes next
    moved = _SHARES_MOVE.match(text)
    if moved:
        return moved.start("verb")  # "Shares in BP rise after a panel says ...": the move is the verb, not the saying
    fallback = None
    previous = ""
    phrase_end = 0
    # A quoted term of two to four words names something and holds no verb of the clause ('a "junk shot" of tyres
    # followed'); a single quoted word may be the verb itself ('BP "killed" the well').
    terms = [q.span() for q in re.finditer(r"[“\"‘][^“”\"‘’]{1,40}?[”\"’]", text) if 2 <= len(q.group(0).split()) <= 4]
    for m in re.finditer(r"(?<![-‑’'])\b[a-z][a-z’'-]*\b", text):  # "Energy-owned" is no verb
        word = m.group(0)
        if any(start < m.start() < end for start, end in terms):
            continue
        # ("who spent two days pulling pipe": a relative pronoun opening the text is its subject; "Obama's remarks")
        after_relative = (previous in ("that", "which", "who") and m.start() > len(previous) + 1) or (bool(
            OWNED_NEXT.search(text, 0, m.start())) and word not in AUX | NO_TENSE)  # ("Galatoire's did not")
        owned = OWNED_NEXT.search(text, 0, m.start()) if word not in AUX | NO_TENSE else None
        if owned and (word.endswith("ed") or word in PARTICIPLES) and re.match(
                r"\s+(?:a|an|the|his|her|its|their|this|to)\b", text[m.end():]):
            return owned.start()  # "Hayward's attended a meeting": before its object the 's is "has"
        previous = word
        if m.start() < phrase_end and word.endswith("ed") and re.match(r"\s+[a-z]{3,}\b", text[m.end():]) \
                and text[m.end():].split()[0] not in DETERMINERS:
            continue  # ("poised to treat injured birds | had": inside the participle's phrase "-ed" is an adjective)
        if after_relative or participle_in_subject(text, m.start(), m.end()):  # (:mod:`.title_participles`)
            if not after_relative:
                phrase_end = m.end() + (finite_later_start(text[m.end():]) or 0)
            continue  # the verb of a relative clause inside the subject; the noun a possessive owns
        if _named_present(text, m, word):
            return m.start()  # "BP tries to lower a dome", "Obama pledges every resource": a name and its verb
        if ((word in REPORTING_FORMS and word not in _SAY_FRAMES) or word in LINKING_PRESENT) and m.start() > 0 \
                and _verb_after_subject(
                text[:m.start()].split()[-1]) and re.match(_REPORTED_START if word in REPORTING_FORMS
                                                           else _COMPLEMENT_START, text[m.end():]):
            return m.start()  # "Documents released by X show the agency", "BP now looks undervalued"
        if word in {"claim", "claims", "fear", "fears"} and m.start() > 0 and (re.search(
                r"[A-Z][\w’'-]+\s+$", text[:m.start()]) or (word in {"claim", "fear"} and re.search(
                r"\b(?:[a-z]{3,}[^su\W’']s|[a-z]*(?:men|people|police))\s+$", text[:m.start()]))) \
                and not re.search(r"\b(?:[Tt]he|[Aa]n?)\s+[A-Z][\w’'-]+\s+$", text[:m.start()]) \
                and re.match(r"\s+(?:that|they|he|she|it|we)\b", text[m.end():]):
            # "Baldwin and a friend named Contogouris claim they", "Two farmers claim they were": a name or a plural
            # and then a subject pronoun: "claim" reports ("the insurance claim they filed" is a noun and its clause)
            return m.start()
        # Present forms such as "states" or "plans" are nouns as often as verbs: only past forms count.
        speech_past = word in SPEECH_VERBS and not word.endswith("s")
        present = word in PRESENT_FORMS and (word not in NOUN_LIKE or re.match(r"\s+that\b", text[m.end():]) is not None)
        if word in ED_WORDS or (participle_only(word, text[m.end():]) and _FINITE_LATER.search(text, m.end())):
            continue  # ("the doctor accused of giving [...] was", "offers poured in, seemingly unheeded")
        if (word.endswith("ed") or word in PARTICIPLES) and word not in INVERTED_SPEECH \
                and text[:m.start()].count(",") == 1 and re.search(r"[^,\s],\s+$", text[:m.start()]) \
                and not (_RELATIVE_CLOSED.search(text, 0, m.start()) and word not in SPEECH_VERBS):
            continue  # "An explosion at the platform, located off the coast, caused": a subject takes no comma
        if word.endswith("ed") and _QUANTITY_BEFORE.search(text, 0, m.start()) and re.match(
                r"\s+(?:[a-z]+[^su\W]s|people|men|women|children|police)\b", text[m.end():]):
            continue  # "Two injured workers sued", "Many displaced residents": after a number, an adjective
        if word not in AUX and text[:m.start()].count("(") > text[:m.start()].count(")"):
            continue  # "The rower (nicknamed Flash) won": a bracket holds no clause's verb
        if word not in AUX and (contact_relative(text[:m.start()].split()) or re.search(
                r"\bthat\s+(?:he|she|it|they|we|I|you)\s+$", text[:m.start()])):
            continue  # "The grants we received last spring paid", "insistence that he cared ... is": another clause
        if word in {"named", "called", "dubbed", "nicknamed", "titled", "entitled"} and re.search(
                r"(?:^|\s)[Aa]n?\s+(?:[a-z-]+\s+){1,3}$", text[:m.start()]) and re.match(r"\s+[A-Z“\"]", text[m.end():]):
            continue  # "A local girl named Rosa won", "He and a friend named Rosa won": an indefinite noun's name
        if (word.endswith("ed") or word in PARTICIPLES) and ((word not in SPEECH_VERBS and agent_then_verb(text, m.end()))
                                                            or (word not in INVERTED_SPEECH and late_agent_then_verb(text, m.end(), agent_then_verb))) and re.search(r"\b[a-z]{3,}\s+$|^[A-Z][A-Za-z-]{2,}[^sS\W]s\s+$",
                                                                  text[:m.start()]) \
                and not re.search(r"\b(?:" + auxiliaries(BE_FINITE, BE_NONFINITE, HAVE_FORMS) + r"|get|got|gets)\s+(?:[a-z]+ly\s+)?$",
                                  text[:m.start()]):
            continue  # "Documents obtained by the newspaper show": a passive participle, its agent, then the verb
        if m.start() > 1 and word not in AUX and _describes_or_names(word, text, m.start()):
            continue  # "the number of denied claims", "cleaning up spilled oil", "the last bit of pipe"
        if "-" in word and word not in PRESENT and re.match(r"\s+(?!(?:by|in|on|at|to|for|from|into|over|the|a|an|"
                                                             r"its|his|her|their|more|less|about|after)\b)[a-z]",
                                                             text[m.end():]):
            continue  # "oil-covered birds": a compound modifier before its noun ("nose-dived by 9%" is a verb)
        if word.endswith("ed") and word not in SPEECH_VERBS and (re.search(
                r"\b(?:in|on|at|of|for|from|into|with|by|to)\s+[a-z]+ly\s+$", text[:m.start()])
                or re.fullmatch(r"[A-Za-z]+ly\s+", text[:m.start()])):  # ("Generally accepted principles require")
            continue  # "drilling in previously protected waters": an adjective after its adverb
        if (word.endswith("ed") or word in PARTICIPLES) and word not in SPEECH_VERBS and re.match(
                r"\s+(?:by\s+(?:the\s+)?[A-Z]|(?:up|out|down|off)\s+by\s)", text[m.end():]) and re.search(
                r"\b[a-z]{3,}\s+$|^[A-Z][A-Za-z-]{2,}[^sS\W]s\s+$", text[:m.start()]) and not re.search(
                r"\b(?:" + auxiliaries(BE_FINITE, BE_NONFINITE, HAVE_FORMS) + r"|get|got|gets)\s+(?:[a-z]+ly\s+)?$", text[:m.start()]):
            continue  # "a research team led by Samantha Joye investigated": a reduced relative and its agent
        if (word.endswith("ed") or word in PARTICIPLES) and word not in AUX and VERB_AFTER_PARTICIPLE.match(
                text, m.end()):
            continue  # "the decision announced [Thursday] is stirring passions", "the box sunk weighed 100 tons"
        if (word.endswith("ed") or word in PARTICIPLES) and word not in AUX and word not in SPEECH_VERBS \
                and participle_before_verb(text, m.end()) and re.search(r"\b[a-z]{3,}\s+$", text[:m.start()]) \
                and text[:m.start()].split()[-1].lower() not in PRONOUN_WORDS:
            continue  # "the study published [Tuesday] also indicates": the verb comes after the adverb
        if word in PRESENT or speech_past or present or word in AUX or (word.endswith("ed") and len(word) > 4):
            if m.start() == 0 and word.endswith("ed") and word not in SPEECH_VERBS and re.match(
                    r"\s+(?:[a-z]+\s+){0,3}[A-Za-z]", text[m.end():]) and not re.match(
                    r"\s+(?:the|a|an|its|his|her|their|to|that|by|in|on|at)\b", text[m.end():]):
                continue  # "beleaguered oil firm BP is ...": a sentence opens with its subject, not its verb
            if word not in AUX and (_ADJECTIVE_BEFORE.search(text, 0, m.start()) or (
                    (word not in SPEECH_VERBS or re.match(r"\s+(?:with|by|as)\b", text[m.end():]))
                    and (word.endswith("ed") or word in PARTICIPLES) and word not in INTRANSITIVE_ED
                    and _reduced_relative(text, m))):
                continue  # "BP's newly named chief", "a jagged pipe", "The plan announced last year was"
            return m.start()
        if ((re.match(r"\s+(?:the|an?|its|their|his|her|this|these|those|our)\s", text[m.end():]) and re.search(
                r"(?:\b[a-z]{3,}[^s\W]s|\b[A-Z][\w'’.-]*)\s+$", text[:m.start()]))
                or (re.match(r"\s+[A-Z]", text[m.end():]) and re.search(r"\b[a-z]{3,}[^s\W]s\s+$", text[:m.start()])
                    and re.fullmatch(r"[a-z]{3,}[^su\W]s", word) is not None and word not in PLURAL_NOUNS)) \
                and word not in _NOT_VERB_BEFORE_OBJECT \
                and not word.endswith(("ly", "ing")) and not re.search(r"[,;:]|\b(?:as|when|while|because|after|before|if|that|"
                                                                        r"which|who|where|since|until|whether|and|or|but)\b",
                                                                        text[:m.start()]):
            return m.start()  # "The outbreaks across the region reveal an infection": a word before its object
        if fallback is None and word not in ("of", "for", "and", "the", "a", "an", "de", "to"):
            fallback = m.start()
        if m.start() > 200:
            break
    # No known verb: a present form before its object ("The spill in the Gulf illustrates a need") is likelier
    # than the first content word.
    present = re.search(r"(?<=[A-Za-z] )(?!(?:is|has|was|does|this|his|its|hers|ours|theirs|always|perhaps|"
                        r"as|us|plus|thus|less|unless|across|news|series|species|means|towards)\b)"
                        r"[a-z]{3,}[^su\W]s\b(?=\s+(?:the|a|an|its|his|her|their|that|this|these|more|no|\d|[A-Z]))",
                        text[:240])
    if present and (fallback is None or present.start() > fallback) and not re.search(
            r"\b(?:the|a|an|of|in|on|at|for|to|with|from|by|and|or)\s+$", text[:present.start()]) and not re.search(
            r"\b(?:as|when|while|because|if|after|before|that|which|who|where|since|until|whether)\b|[,;:]",
            text[:present.start()]):
        return present.start()
    main = present_after_relative(text[:240])  # ("The group that covers the coast expects claims to rise")
    if main is not None:
        return main
    return fallback or 0
