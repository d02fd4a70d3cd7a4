"""The words that tell tense around a date: classes of verbs, auxiliaries, clause openers and
the small tests on single words ("is this -ed word a verb?", "is this word after 'to' an
infinitive?") that :mod:`timeline.tagger.tense` walks a clause with.
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, BE_NONFINITE, HAVE_FORMS, auxiliary_words
from timeline.english_verbs import s_ending
from timeline.honorifics import DOTTED_TITLES, OFFICE_ABBREVIATIONS, honorific_pattern
from timeline.tagger.lexicon import ADJECTIVE_ENDINGS as _ADJECTIVE_ENDINGS
from timeline.tagger.lexicon import ADJECTIVES as _ADJECTIVES
from timeline.tagger.lexicon import DESTINATIONS as _DESTINATIONS
from timeline.tagger.lexicon import FUTURE, PAST
from timeline.tagger.lexicon import NOUN_ENDINGS as _NOUN_ENDINGS
from timeline.tagger.lexicon import NUMBER_WORDS as _NUMBER_WORDS
from timeline.tagger.lexicon import SET_LIMIT as _SET_LIMIT
from timeline.tagger.lexicon import UN_VERBS as _UN_VERBS
from timeline.tagger.lexicon import VERBS_LIKE_NOUNS as _VERBS_LIKE_NOUNS

# An apostrophe inside a word, typeset curly ("won’t", "it’s"): the tense walk reads it straight,
# as one word, and the same length keeps every offset.
_CURLY_IN_WORD = re.compile(r"(?<=[A-Za-z])’(?=[A-Za-z])")


def straight_apostrophes(text: str) -> str:
    """``text`` with the curly apostrophes inside words made straight ("won’t" -> "won't")."""
    return _CURLY_IN_WORD.sub("'", text) if "’" in text else text


# Hyphenated words are one token: "blown-out", "long-awaited" are adjectives, not past verbs.
WORD_RE = re.compile(r"[A-Za-z][A-Za-z'-]{0,30}|\d[\d.,]{0,20}|[.!?;\n,]|:(?=\s)")
DETERMINERS = frozenset(["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"])

# Words of planning that are also nouns, and the adjectives that show them to be nouns.
PLAN_NOUNS = frozenset(["plans", "hopes", "hope", "aims", "aim", "forecast", "forecasts", "schedule", "intend"])
PLAN_ADJECTIVES = frozenset(["best", "high", "higher", "new", "great", "big", "early", "initial", "original",
                              "future", "long-term", "current", "last", "latest", "earlier", "official", "our",
                              "false", "faint", "slim", "little", "any", "no", "some", "of"])
_NOT_PAST_ED = frozenset(["need", "speed", "seed", "feed", "bed", "red", "shed", "bleed", "breed", "proceed", "succeed", "exceed", "indeed", "based", "related", "limited", "united", "interested", "concerned", "expected", "scheduled", "planned", "proposed"])

# Reporting verbs in the narrative present of news ("the agency warns Thursday that ...").
# Not "announces" (also a timetable: "when BP announces results on 27 July") nor words that are
# also plural nouns ("claims", "vows", "pledges").
SAYS = frozenset(["says", "tells", "warns", "confirms", "insists", "admits", "denies", "adds", "acknowledges",
                   "urges", "concedes", "reveals", "asserts", "declares", "stresses", "maintains", "explains"])
# Words that open a relative or adverbial clause: a date after one belongs to that clause's verb.
# A preposition or pronoun with a capital right after a lower-case word opens a sentence whose
# stop was lost where a caption or heading ran into the text ("... drilling begins In his evidence
# on 19 May, he noted ..."): the verbs before it are another sentence's. ("The" and "A" are left
# out: "told The Associated Press", "type A flu" are one sentence.)
RUN_ON_OPENERS = frozenset(["In", "On", "At", "After", "During", "Since", "When", "While", "He", "She", "They", "It", "We"])
CLAUSE_OPENERS = frozenset(["where", "which", "who", "whom", "whose", "when", "while", "because", "although",
                             "though", "whereas", "after", "once", "if", "unless", "but", "that"])
# Participles of planning after a noun ("a summit scheduled for June") and the words that may
# follow them there; "set" and "timed" only before "for"/"to" ("a record set in June" is past).
_PLAN_AFTER = frozenset(["for", "to", "in", "on", "at", "around", "between", "from"])
PLANNED = {"planned": _PLAN_AFTER, "scheduled": _PLAN_AFTER, "slated": _PLAN_AFTER, "rescheduled": _PLAN_AFTER,
            "penciled": _PLAN_AFTER, "pencilled": _PLAN_AFTER, "billed": frozenset(["for"]),
            "set": frozenset(["for", "to"]), "timed": frozenset(["for", "to"]),
            # "an outbreak predicted for the autumn": a forecast lies ahead
            "predicted": frozenset(["for"]), "forecast": frozenset(["for"]), "projected": frozenset(["for"])}
# Words before such a participle that make it a finite verb or a passive, not a reduced relative.
NOT_A_HEAD = frozenset(["was", "were", "had", "has", "have", "is", "are", "be", "been", "being", "am", "i", "we",
                         "they", "he", "she", "it", "you", "who", "that", "which", "not", "also", "originally",
                         "initially", "previously", "first", "and", "or", "as", "than", "then", "never", "already"])
# Verbs that choose a date ("has set Nov. 10 as the deadline", "named June 3 for the vote"): the
# choice is past, the date chosen may lie either side of the DCT.
SETTING = frozenset(["set", "fixed", "named", "picked", "chose", "chosen", "scheduled", "rescheduled", "targeted",
                      "earmarked", "designated", "proposed", "suggested"])
SET_AS = re.compile(r"\s{1,3}(?:as|for)\b")
# Past forms that also modify nouns: "that last day", "that lost decade", "that set piece".
_PAST_ADJECTIVES = frozenset(["last", "lost", "left", "set", "hit", "cut", "shut", "put", "quit", "read", "earlier",
                              "previously", "ago", "since", "taken", "given", "seen", "shown", "done", "known",
                              "broken", "held", "laid", "lay", "struck"])
# Words after which "that" is a pronoun, not a relative or a complementizer: "after that", "then that".
NOT_BEFORE_RELATIVE = frozenset(["then", "and", "but", "or", "of", "in", "at", "on", "for", "after", "before",
                                  "like", "with", "from", "by", "about", "is", "was", "all", "just"])
RELATIVES = frozenset(["where", "which", "who", "whom", "whose", "when", "that"])
# Words that follow a verb rather than an adjective: after "that", "opened on", "killed 40", "hit
# the" make "that" a relative pronoun; "that revised plan" keeps it a determiner.
_AFTER_VERB = frozenset(["on", "in", "at", "by", "for", "from", "to", "with", "during", "since", "until", "through",
                         "into", "over", "after", "before", "last", "this", "early", "late", "earlier", "later",
                         "the", "a", "an", "its", "his", "her", "their", "up", "out", "off", "down", "about",
                         "there", "here", "and", ",",
                         # prepositions of extent: "the hearing that stretched past midnight", "that ran beyond noon"
                         "past", "beyond", "across", "around", "toward", "towards"])


def verb_after_that(tokens: list[str], i: int) -> bool:
    """Is ``tokens[i]``, right after "that", a verb (a simple past form, or the date or a
    preposition follows)?"""
    word = tokens[i]
    if word in PAST and word not in _PAST_ADJECTIVES and not word.endswith(("en", "wn", "ne")):
        return True  # "that began work", "that struck the coast": no adjective has these forms
    if i + 1 >= len(tokens):
        return True  # "the storm that struck Friday"
    nxt = tokens[i + 1]
    return nxt in _AFTER_VERB or nxt[:1].isdigit()
DAY_PARTS = frozenset(["day", "morning", "afternoon", "evening", "night", "week", "month", "year", "weekend"])
RANKS = frozenset(["first", "last", "only", "second", "third", "latest", "earliest"])
OBJECT_DETERMINERS = frozenset(["a", "an", "the", "its", "his", "her", "their"])
AUXILIARIES = auxiliary_words(BE_FINITE, BE_NONFINITE, HAVE_FORMS)


def set_limit_in(clause: list[str]) -> bool:
    """Does the clause set a limit ("extended the offer until", "has given BP until")? "given" with no
    auxiliary before it is a preposition ("striking given BP knew by 20 April"); "kept" before a
    gerund is "went on" ("kept raising its estimate by late May"), no limit set."""
    return any(w in _SET_LIMIT and not (w == "given" and (i == 0 or clause[i - 1] not in AUXILIARIES))
               and not (w == "kept" and clause[i + 1:i + 2] and clause[i + 1].endswith("ing"))
               for i, w in enumerate(clause))


OPENING_ADVERBS = re.compile(r"(?i)\b(?:not|only|and|but|even|just)\b")
REPORTED = frozenset(["said", "told", "announced", "reported", "stated", "wrote", "confirmed", "promised",
                       "indicated", "agreed", "decided", "planned", "predicted", "insisted", "added", "disclosed"])


def trailing_attribution(tokens: list[str], i: int) -> bool:
    """Is the reporting verb at ``tokens[i]`` (words after a date, up to the sentence's end) a closing attribution:
    a comma after some words of the reported clause, at most four words of speaker, and at most six words after the
    verb before the sentence ends (", company officials said on Wednesday.")?"""
    comma = next((c for c in range(i - 1, max(-1, i - 6), -1) if tokens[c] == ","), -1)
    if comma < 1 or any(t in ".!?;\n" for t in tokens[:comma]):
        return False  # ("On Wednesday, officials said ...": the date opens the saying's own clause)
    rest = tokens[i + 1:]
    stop = next((k for k, t in enumerate(rest) if t in ".!?;\n"), None)
    return stop is not None and stop <= 6 and "that" not in rest[:stop]


ENTRY_AFTER = re.compile(r"(?:/\d{1,2})?\s{0,3}(?:\([^)\n]{1,24}\)\s{0,3})?(?:-|–|—|:)(?!\d)")  # ("May 11/12 - ...")
ENTRY_BEFORE = re.compile(r"(?:^|\n)[ \t*•·-]{0,4}(?:[A-Z][A-Z./ ]{1,30},[ \t]{1,3})?$")
# Words after which "to" is a preposition, not the sign of an infinitive.
TO_PREPOSITION = frozenset(["according", "due", "next", "close", "prior", "similar", "equal", "up", "down", "back",
                             "resorted", "turned", "returned", "moved", "went", "came", "switched", "compared",
                             "referred", "listened", "contributed", "spoke", "talked", "wrote", "sent", "sold",
                             "traveled", "travelled", "flew", "headed", "fell", "rose", "dropped", "climbed",
                             "jumped", "slipped", "shifted", "added", "belonged", "objected", "reacted",
                             "responded", "testified", "apologised", "apologized", "related", "linked"])
BARE_MODALS = frozenset(["may", "might", "could", "should", "can", "must"])
NEGATED_MODALS = frozenset(["couldn't", "can't", "cannot", "mustn't", "shouldn't", "mightn't"])
LIMITS = frozenset(["by", "until", "till", "through", "thru"])
# Verbs of perception: "could be seen on Monday", "could hear the blasts Friday" tell what was
# perceptible then, the past ability of "could", not a possibility ahead.
PERCEIVED = frozenset(["see", "seen", "hear", "heard", "feel", "felt", "smell", "smelled", "smelt", "watch",
                        "watched", "spot", "spotted", "sense", "sensed", "observe", "observed", "notice", "noticed"])
# What may stand between a modal and its verb: "could not be reached", "could also have been".
_MODAL_FILLERS = frozenset(["not", "be", "been", "have", "also", "still", "only", "then", "soon", "now", "even",
                            "well", "yet", "never", "already", "just"])


def modal_group(tokens: list[str], i: int) -> int:
    """Index of the modal whose verb group ends at ``tokens[i]`` ("could not be *reached*"), or -1."""
    j = i - 1
    while j >= 0 and i - j <= 5 and (tokens[j] in _MODAL_FILLERS or (
            len(tokens[j]) > 4 and tokens[j].endswith("ly") and tokens[j].isalpha())):
        j -= 1
    return j if j >= 0 and j < i and tokens[j] in BARE_MODALS else -1


def modal_possibility(tokens: list[str], j: int) -> bool:
    """Does the modal ``tokens[j]`` with its verb group say what is possible ahead?
    "may", "might", "should", "must" and affirmative "can"/"could" with a plain verb do ("crews could
    resume work Thursday"); a perfect ("could have stopped it Monday"), a negation ("could not be
    reached Thursday": in news the reporter's past attempt) or a verb of perception ("could be seen
    on Monday") tells the past ability of "could"."""
    k = j + 1
    while k < len(tokens) and k - j <= 5 and (tokens[k] in _MODAL_FILLERS or (
            len(tokens[k]) > 4 and tokens[k].endswith("ly") and tokens[k].isalpha())):
        k += 1
    group = tokens[j + 1:k + 1]
    if not group or not group[-1].isalpha() or (j > 0 and tokens[j - 1] in DETERMINERS and tokens[j] == "can"
                                                 and tokens[j - 1] not in ("that", "this")) \
            or "have" in group or "not" in group or "never" in group:
        return False  # ("an empty soda can, a small army ...": a noun; "the can": a noun)
    if tokens[j] in ("could", "can"):
        return not PERCEIVED & set(group)
    return tokens[j] != "must"  # ("must deliver a report six months from Monday": an obligation, no forecast)


def perceives(tokens: list[str], j: int) -> bool:
    """Is the modal ``tokens[j]`` "could"/"can" with a verb of perception ("could be seen")?"""
    return tokens[j] in ("could", "can") and bool(PERCEIVED & set(tokens[j + 1:j + 5]))
# Participles that follow "than"/"as" in comparisons: "better than expected", "as planned".
COMPARED = frozenset(["expected", "planned", "scheduled", "forecast", "projected", "predicted", "anticipated",
                       "proposed", "intended", "hoped", "feared", "thought", "estimated", "usual", "before"])
# Words of prediction before an infinitive: what they forecast lies ahead of the report, which
# in news is hours or days old ("the peak was likely to be Saturday", "were poised to vote Monday");
# a schedule ("was set to", "was expected to") may have run its course by then.
PREDICTION = frozenset(["likely", "unlikely", "certain", "sure", "bound", "poised", "going", "about"])


def predicts(tokens: list[str], i: int) -> bool:
    """Is the "to" at ``tokens[i]`` the infinitive of a prediction ("likely to", "poised to"), not a
    general tendency ("more likely to spread in winter")?"""
    return i > 0 and tokens[i - 1] in PREDICTION and not (i > 1 and tokens[i - 2] in ("more", "less", "most", "least"))


# The date inside a prediction, between its adjective and its infinitive: "was likely on Monday to regain storm
# status", "is poised on Friday to sign" (not "going"/"about", which also head a trip or a topic).
_SPLIT_PREDICTION = PREDICTION - {"going", "about"}
_INFINITIVE_AFTER_DATE = re.compile(r",?\s+to\s+(?!(?:the|a|an|this|that|his|her|its|their)\b)[a-z]+\b")


def prediction_around(tokens: list[str], text: str, end: int) -> bool:
    """Does the date ending at ``end`` stand between a word of prediction and its infinitive? What it forecasts
    lies ahead, as "likely to" says, even told in the past ("was likely on Monday to regain")."""
    k = len(tokens) - 1
    if k >= 0 and tokens[k] in ("on", "by", "in", "at", "for"):
        k -= 1
    return k >= 0 and tokens[k] in _SPLIT_PREDICTION and predicts(tokens, k + 1) \
        and bool(_INFINITIVE_AFTER_DATE.match(text, end))


# Past verbs before an infinitive that do not make a plan: "appeared to be easing on Saturday".
# Implicative verbs: "caused/forced/led the rig to explode" entails that it exploded, at that time.
CAUSED = frozenset(["caused", "forced", "compelled", "led", "prompted", "helped", "drove", "got", "made"])
PAST_TRY = frozenset(["reached", "appeared", "seemed", "tried", "attempted", "managed", "failed", "continued", "began",
                       "started", "refused", "declined", "did", "used", "wanted", "sought", "struggled", "rushed"])
_ABBREV_DOT = re.compile(r"\b(?:[A-Z]|" + honorific_pattern(DOTTED_TITLES, OFFICE_ABBREVIATIONS) + r"|St|Jan|Feb|Mar|Apr|Aug|Sept|Sep|"
                         r"Oct|Nov|Dec|Inc|Corp|Co|Ltd|No|vs|[ap]\.m|"
                         # AP-style state abbreviations after a place: "in Mobile, Ala., on Tuesday"
                         r"Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|"
                         r"Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.(?!\s+[A-Z][a-z]+\s[a-z])")
_CLOCK_DOTS = re.compile(r"\b([ap])\.m\.(?=\s|$)")  # "9 a.m. and noon": same length, no period left


# Words ending in "-ly" that are not manner adverbs.
_NOT_ADVERBS = frozenset(["early", "july", "daily", "weekly", "monthly", "yearly", "hourly", "nightly", "quarterly",
                          "family", "supply", "apply", "reply", "rally", "ally", "italy", "holly", "only"])


def verb_before(tokens: list[str], i: int) -> list[str]:
    """The (up to two) words before ``tokens[i]`` that tell its form, past adverbs in "-ly": "could be
    permanently sealed by Sunday" is "could be sealed", a passive ahead, not a past verb."""
    out: list[str] = []
    j = i - 1
    while j >= 0 and len(out) < 2 and i - j <= 4:
        w = tokens[j]
        if not (len(w) > 4 and w.endswith("ly") and w not in _NOT_ADVERBS and w.isalpha()) or out:
            out.insert(0, w)
        j -= 1
    return out


def sentence_start(tokens: list[str]) -> int:
    """Index of the first token of the last sentence in ``tokens``."""
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i] in ".!?;\n":
            return i + 1
    return 0


def unabbreviate(text: str) -> str:
    """Periods of abbreviations ("U.S.", "Mr.", "Sept.", "a.m.") are no sentence ends."""
    if "." not in text:
        return text
    return _ABBREV_DOT.sub(lambda m: m.group(0)[:-1] + " ", _CLOCK_DOTS.sub(r"\1m  ", text))


# Words that say a number is approximate or bounded ("rose to around 3,850", "fell to nearly
# half", "cut to more than 40"): before them "to" is a preposition, whatever the word could be.
_APPROXIMATORS = frozenset(["about", "around", "approximately", "roughly", "nearly", "almost", "some",
                            "over", "under", "just", "only", "barely", "at"])


def amount_after_to(tokens: list[str], i: int) -> bool:
    """Is the "to" at ``tokens[i]`` a preposition before an approximate amount ("had grown to
    around 3,850 square miles by Friday")? A split infinitive ("to nearly double") has no number."""
    nxt = tokens[i + 1:i + 3]
    if len(nxt) < 2:
        return False
    if nxt[0] in ("more", "less", "fewer") and nxt[1] == "than":
        return True
    return nxt[0] in _APPROXIMATORS and (nxt[1][:1].isdigit() or nxt[1] in _NUMBER_WORDS)


def infinitive(word: str) -> bool:
    """Could ``word`` after "to" be a verb ("to resume"), rather than the object of the
    preposition ("to foreclosure", "to five", "to surface")?"""
    if not word.isalpha() or not word.islower() or word in DETERMINERS or word in _NUMBER_WORDS:
        return False
    if word in _VERBS_LIKE_NOUNS:
        return True
    if word in _DESTINATIONS:
        return False  # "moved to safety", "taken to hospital": where to, not what to do
    if word in _ADJECTIVES or (len(word) > 5 and word.endswith(_ADJECTIVE_ENDINGS)) \
            or (len(word) > 6 and word.endswith("al") and not word.endswith("eal")):  # "coastal", not "reveal"
        return False  # "spread to vast areas Friday", "moved to nearby towns": a noun phrase
    if word.endswith(("ed", "ing")) or s_ending(word):
        return False  # base forms do not end like past forms, gerunds or plurals
    return not word.endswith(_NOUN_ENDINGS)


PERFECT_STATE = re.compile(r"(?<!\bto )\b(?:has|have) been\b")  # "has been shut", not "hoped to have"
RIGHT_MODAL = re.compile(r"[^,;:.!?\n]{0,80}?\b(?:may|might|could|should|can|must|would)\b")
WHEN_AFTER = re.compile(r",\s(?:when|as)\s")
# An aside set off by a pair of dashes: "-- the slick remains offshore --".
DASH_ASIDE = re.compile(r"\s(?:--|—|–)\s[^-—–\n.!?]{1,120}?\s(?:--|—|–)\s")
# ("as soon as Wednesday": the first moment something may happen, ahead as a limit is; "as early as"
# is as often a past bound: "were aware of it as early as March 8")
LIMIT_BEFORE = re.compile(r"(?i)\b(?:(?:by|until|till|through|thru)\s(?:at least\s|first thing\s|as (?:late|early) as\s|mid-?|"
                          r"(?:early|late|the (?:end|middle|start|beginning) of)\s)?|as soon as\s)$")
DEADLINE = frozenset(["to", "by", "through", "effective", "payable", "expire", "expires", "expiring", "record"])
_PAST_AUX = frozenset(["was", "were", "had", "been", "has", "have"])
PAST_PLAN = frozenset(["was", "were", "had", "been", "wasn't", "weren't", "hadn't"])
# The word before "to" in a plan told in the past ("was asked to speak", "were due to vote"),
# not an obligation met or an attempt ("had to close", "were able to reopen").
PLAN_BEFORE_TO = frozenset(["asked", "invited", "due", "expected", "scheduled", "set", "slated", "supposed", "planned",
                             "planning", "going", "meant", "ordered", "called", "summoned", "required", "told",
                             "hoping", "preparing", "poised", "about", "intended", "intending", "booked", "billed",
                             "tipped", "likely", "scheduling", "urged", "invited", "allowed", "cleared"])
# Of those, the words that after a present copula put what follows ahead ("is due to meet", "are
# expected to vote", "is likely to"); an order or a leave ("is asked to", "is allowed to") may be
# a habit or a story told in the present.
_PRESENT_PLAN = (PLAN_BEFORE_TO | PREDICTION) - {"asked", "invited", "ordered", "called", "summoned", "required", "told",
                                                "urged", "allowed", "cleared", "meant", "intended"}
# A plan with its date right after it: "is due on Monday", "is set for Friday" (not "is set in
# Moscow", a story's setting)
_PLAN_DATE_AFTER = {"due": frozenset(["on", "in", "at", "for", "by", "back", "out", "before", "until"]),
                    "scheduled": frozenset(["for", "on", "in"]), "slated": frozenset(["for", "on", "in"]),
                    "set": frozenset(["for"]), "expected": frozenset(["on", "in", "by", "before", "until"])}
_COPULAS = frozenset(["is", "are", "am"])
_COPULA_ADVERBS = frozenset(["also", "still", "now", "not", "already", "currently", "then", "only"])


def copula_plan(tokens: list[str], i: int) -> bool:
    """Is the present copula ``tokens[i]`` the start of a plan ahead ("is due to meet", "are
    expected to vote", "is to meet", "is going to go", "is scheduled for")? A date before it
    in its clause ("On Wednesday, he is due to meet ...") is the coming one. A perfect
    infinitive ("is expected to have died") looks back."""
    if tokens[i] not in _COPULAS:
        return False
    j = i + 1
    while j < len(tokens) and (tokens[j] in _COPULA_ADVERBS or (tokens[j].endswith("ly") and tokens[j] not in PREDICTION
                                                                  and len(tokens[j]) > 4)):
        j += 1
    word, after = tokens[j:j + 1], tokens[j + 1:j + 3]
    if not word:
        return False
    if word[0] == "to":
        return bool(after) and after[0] != "have" and infinitive(after[0])
    if word[0] in _PRESENT_PLAN and after[:1] == ["to"]:
        return after[1:] != ["have"]
    return bool(after) and after[0] in _PLAN_DATE_AFTER.get(word[0], ())


_STRONG_PAST = frozenset(["was", "were", "had", "did", "said", "ago", "last", "since", "earlier"])
# Present-tense verbs of schedules: "the trial starts March 3" is ahead.
SCHEDULE = frozenset(["lasts", "remains", "stays", "starts", "begins", "opens", "ends", "closes", "expires", "meets", "runs", "resumes", "arrives", "leaves", "returns", "launches", "airs", "kicks", "takes", "goes", "comes", "meet", "begin", "resume", "vote", "arrive", "go"])
# Timetable verbs that also begin an action: before "to" or a gerund ("begins to slide", "starts
# falling") they tell a story in the present, not a schedule.
ASPECTUAL = frozenset(["begins", "starts", "continues", "resumes"])
# Fixtures in sports news ("the Chiefs play the Bills on Sunday"): verbs after a team's name or
# a pronoun; after other words mostly nouns ("foul play after an autopsy on Friday").
FIXTURE = frozenset(["play", "plays", "host", "hosts", "face", "faces", "visit", "visits"])
# "won't come until February": a negated "will" is as much ahead as "will" ("come" is no participle)
_NEGATED_FUTURE = ("won't", "wouldn't", "shan't")
_PREPOSITIONS = frozenset(["in", "with", "of", "from", "into", "without", "under"])
_MODALS = frozenset(["will", "would", "to", "shall", "'ll", "could", "may", "might", "must", "should", "can", *_NEGATED_FUTURE])
PRESENT = frozenset(["is", "are", "am", "be", "being"])
# Adverbs that stand between a modal and its verb: "might only last", "will not hit", "could still cut".
_BETWEEN_MODAL_AND_VERB = frozenset(["only", "not", "also", "still", "never", "just", "even", "probably", "certainly",
                                     "likely", "soon", "now", "then", "well", "easily", "quickly"])


# Prefixes that leave a hyphenated word a verb ("re-elected", "co-founded", "over-reacted"); any
# other first part makes an "-ed" compound an adjective
_VERB_PREFIXES = frozenset(["re", "co", "e", "pre", "de", "mis", "out", "over", "under", "cross", "double", "fast",
                            "test", "ring", "short", "back", "air", "hand", "spot", "sign", "court", "kick", "jump"])


def _un_adjective(word: str) -> bool:
    """Is an "un...ed" word an adjective ("unabated", "unopposed"), not a past verb?"""
    return word.startswith("un") and not word.startswith(("under", "unit")) and word not in _UN_VERBS


_BIT_BEFORE = frozenset(["every", "each", "little", "tiny", "wee"])


def classify(word: str, before: list[str]) -> str | None:
    """Tense signalled by one word, given the (up to two) words before it."""
    if word in PLAN_NOUNS and before and (before[-1] in DETERMINERS or before[-1].endswith(("'s", "’s"))
                                           or before[-1] in PLAN_ADJECTIVES):
        return None  # a noun: "the company's best hopes", "its plans", "new forecasts"
    if word == "plan" and before and (before[-1] in ("they", "we", "i", "you", "who", "also", "still", "now")
                                      or (s_ending(before[-1]) and not before[-1].endswith(("'s", "’s"))
                                          and before[-1] not in DETERMINERS)):
        return "future"  # "engineers plan to lower the box": the verb; "a rescue plan", "its plan": a noun
    if word in FUTURE or word.endswith("'ll"):
        # "was expected to", "had been due": a past plan; "ahead" only right after the copula ("was
        # ahead of", not "have been sold ahead of Saturday's concert", which looks ahead)
        return "past" if any(b in PAST_PLAN for b in (before[-1:] if word == "ahead" else before)) else "future"
    if (before[-1:] == ["having"] or before[-2:] == ["having", "been"]) and (word in PAST or (len(word) > 4 and word.endswith("ed"))):
        # a perfect participle ("having resumed work in November", "having been elected in May"):
        # done before the clause it leads into, whatever that clause's own tense
        return "past"
    if word in PAST:
        if before and (before[-1] in DETERMINERS or before[-1] in _PREPOSITIONS):
            # an adjective or noun: "a lost tune", "the broken pipe", "the last time", "in written
            # testimony" (no finite verb follows a preposition)
            return None
        if word == "bit" and ("a" in before or (before and before[-1] in _BIT_BEFORE)):
            return None  # "a little bit more during the winter", "every bit": an amount, not the past of "bite"
        # an adverb between the modal and its verb leaves the verb the modal's ("might only last", "will not hit")
        auxiliary = before[0] if len(before) == 2 and before[1] in _BETWEEN_MODAL_AND_VERB else (before or [""])[-1]
        if auxiliary in ("will", "'ll", "shall", "to", "would", *_NEGATED_FUTURE):
            return "future"  # a base form that looks past: "will last", "to set", "will hit"
        if auxiliary in _MODALS:
            return None  # "could hit", "may cut": no tense of its own
        if len(before) == 2 and before[-1] == "be" and before[0] in _MODALS and word not in _STRONG_PAST:
            return "future"  # "will be paid Dec. 14"
        if before and before[-1] in PRESENT and word not in _STRONG_PAST:
            return "present"  # a participle: "will be paid", "is held"
        return "past"
    if len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST_ED and not _un_adjective(word):
        if "-" in word and word.split("-", 1)[0] not in _VERB_PREFIXES:
            return None  # "so-called", "London-based", "oil-soaked": a compound adjective, no verb
        if before and before[-1] in DETERMINERS:
            return None  # an adjective: "the mutated form", "its revised plan"
        if len(before) == 2 and before[-1] == "be" and before[0] in _MODALS:
            return "future"  # "will be named", "to be held"
        if before and before[-1] == "being":
            return None  # "after being lowered late Tuesday": the clause's other verbs decide
        if before and (before[-1] in PRESENT or before[-1] == "will"):
            return "present"  # passive present: "is expected"
        return "weak-past"
    if word in SCHEDULE:
        if before and (before[-1] in _MODALS or before[-1] in ("did", "not", "didn't")):
            return None  # "to meet demand", "did not meet": the verb's tense is elsewhere
        if before and (before[-1] in DETERMINERS or before[-1][0].isdigit()):
            return None  # a noun: "in a 51-49 vote", "the opens", "its returns"
        return "future"  # a timetable in the present tense: "the law takes effect in January"
    if word in PRESENT:
        if word == "being":
            return None  # "after being lowered", "is being built": the finite verb decides
        if word == "am" and before and before[-1][:1].isdigit():
            return None  # "12:00 AM": the clock, not the verb
        if word == "be" and before and before[-1] == "to":
            return None  # "appeared to be easing": the verb before "to" decides
        if word == "be" and before and (before[-1] in ("will", "shall") or before[-1].endswith("'ll")):
            return "future"  # "I'll be turning you on, Friday night"
        if word == "be" and before and before[-1] in _MODALS:
            return None  # "could be", "would be": no tense of its own
        return "present"
    if word in ("has", "have"):
        if word == "have" and before and before[-1] in _MODALS:
            return None  # "planning to have a supper in October", "will have": no perfect
        return "past"  # present perfect: the event lies before the reference time
    if word in SAYS and not (before and before[-1] in DETERMINERS):
        # the narrative present of reporting ("Obama says Monday he will act"): what was said
        # is told as done, however the reported clause points ahead
        return "past"
    if before and before[-1] in ("it", "he", "she") and len(word) > 3 and s_ending(word):
        return "present"  # "when it reports results on 1 February": after a subject pronoun, a verb
    return None
