"""Where a headline title may end: whether the words before a cut make a whole phrase.

A cut never leaves a phrase open: a preposition, article or question word without what
follows, a number or modifier without its noun, a verb without the complement it needs
("declined | to say"), a subject without its verb. :mod:`.title_cuts` asks
:func:`whole_phrase` and :func:`_hangs` before it ends a title, and
:func:`phrase_boundary` where to cut a title too long; what single words still wait for
is :mod:`.title_waits`.
"""

from __future__ import annotations

import re

from timeline.calendar_words import MONTH_NAME_PATTERN, WEEKDAY_NAME_PATTERN
from timeline.english_auxiliaries import BE_NONFINITE
from timeline.english_particles import PHRASAL_PARTICLES, PLACE_PARTICLES
from timeline.extract.adjective_words import adjective_cut, noun_after_adjective
from timeline.extract.awaited_tails import range_open
from timeline.extract.count_words import COUNT_WORDS, numbers
from timeline.extract.title_clause_edges import as_clause, subject_left_behind
from timeline.extract.title_complements import complement_missing
from timeline.extract.title_dates import DATE_PREPOSITIONS
from timeline.extract.title_noun_runs import noun_runs_on
from timeline.extract.title_phrases import (
    PRE_VERB_ADVERBS,
    adjective_before_noun,
    clause_without_verb,
    coordinated_noun,
    counted_noun_follows,
    describes_next,
    head_noun,
    inside_name,
    left_open,
    object_missing,
    text_quotes_closed,
)
from timeline.extract.title_verbs import PARTICIPLES, verb_found_before
from timeline.extract.title_waits import modifier_waits, waits_past_phrase
from timeline.extract.title_words import (
    AUX,
    BREAK_WORDS,
    CLAUSE_OPENERS,
    COMPLEMENT_OPENERS,
    DETERMINERS,
    NEGATIONS,
    NOUN_LIKE,
    ORDINALS,
    PART_WORDS,
    SPEECH_PRESENT,
    SPEECH_VERBS,
    TAKES_INFINITIVE,
    UNITS,
    WEAK_END,
    WH,
    verbish,
)

QUOTE_OPEN = "“‘\""
#: A number or a lowercase hyphenated compound ("985", "loss-of-income", "first-time"): a word
#: that, when a content word follows it, modifies that word's noun phrase.
_PREMODIFIER = re.compile(r"[$£€#]?\d(?:[\d.,]*\d)?|[a-z0-9$£€][\w$£€.,]*(?:-[a-z0-9]+)+")

#: A full stop that belongs to an abbreviation ("D.C.", "U.S.", "Inc."), not to the sentence: it stays.
ABBREVIATION_END = re.compile(r"\b(?:[A-Z]\.)+$|\b(?:Inc|Co|Corp|Jr|Sr|Ltd)\.$")


def _premodifier(word: str) -> bool:
    return _PREMODIFIER.fullmatch(word.strip("“”\"‘’")) is not None  # "2009," ends a phrase


#: The spelled numbers that count more than one.
COUNTS = frozenset(numbers(2))


_CONTRACTED = re.compile(r"(?:i|you|he|she|it|we|they|there|that|who)['’](?:ve|re|d|ll|s|m)")


#: Conjunctions that open a clause after a finished predicate ("step in | because the crisis ...").
_CLAUSE_CONJUNCTIONS = {"because", "and", "but", "while", "whereas", "although", "though", "unless", "so", "since"}


def particle_ends(title: str, sentence: str) -> bool:
    """Whether ``title`` ends on a phrasal verb's particle that the sentence follows with a new clause ("should step
    in | because ...") or with a phrase that opens with its own preposition, the date's the title left out ("took over
    | in 2007", "was sworn in | on Tuesday"): the particle finishes the verb, no object was cut from after it."""
    words = title.split()
    if len(words) < 3 or words[-1].lower() not in PHRASAL_PARTICLES or not (
            verbish(words[-2].lower(), words[-3].lower()) or words[-2].lower() in PARTICIPLES):
        return False
    if re.search(re.escape(" ".join(words[-2:])) + r"(?:\s*[,;]|\s+(?:" + "|".join(sorted(_CLAUSE_CONJUNCTIONS))
                 + r")\b)", sentence) is not None:
        return True
    verb, particle = words[-2].lower(), words[-1].lower()
    return bool(verb_found_before(verb, particle + r"\s+(?:" + "|".join(sorted(DATE_PREPOSITIONS)) + ")", sentence))


#: Adverbs that open a time phrase ("later today", "earlier this week", "early next month", "late on Friday"): a cut
#: between one and its anchor changes the time the words give.
_TIME_ADVERBS = {"later", "earlier", "early", "late"}
_TIME_ANCHORS = {"today", "tonight", "tomorrow", "yesterday", "this", "next", "last", "that", "on", "in"}
_DAY_NAME = "(?i:" + WEEKDAY_NAME_PATTERN + "|" + MONTH_NAME_PATTERN + ")"


def _time_phrase_split(last_word: str, nxt: str) -> bool:
    """Whether a cut between ``last_word`` and ``nxt`` splits a time phrase ("later | today")."""
    last, nxt = last_word.lower().strip("“”\"‘’()"), nxt.lower().strip("“”\"‘’,;:().!?")
    if last in _TIME_DETERMINERS and last_word[-1:] not in ",;:" and re.sub(r"['’]s?$", "", nxt) in _TIME_NOUNS:
        return True  # "a repeat of last" before "year's spill": the determiner of a time noun waits for it
    return last in _TIME_ADVERBS and last_word[-1:] not in ",;:" and (nxt in _TIME_ANCHORS or bool(re.fullmatch(_DAY_NAME, nxt)))


#: Determiners that make a time noun a date ("last year", "next week").
_TIME_DETERMINERS = {"last", "next"}
#: Nouns of time a date's determiner stands before ("last year's", "next month").
_TIME_NOUNS = {"year", "years", "week", "weeks", "month", "months", "weekend", "summer", "winter", "spring", "autumn",
               "fall", "season", "night", "quarter", "decade", "century", "time"}


def _counted_abbreviation(clean: list[str]) -> bool:
    """Whether the words end on a counted or determined noun after an abbreviation ("all 50 | U.S. states", "the U.K.
    claims"): there the verb's form is a noun; after a bare abbreviation ("the U.S. says") it may be the verb."""
    return len(clean) > 2 and re.fullmatch(r"(?:[a-z]\.){2,}", clean[-2]) is not None and (
        clean[-3] in COUNT_WORDS or re.fullmatch(r"\d[\d,.]*", clean[-3]) is not None
        or clean[-3] in {"all", "both", "several", "many", "some", "most", "other", "these", "those"})


def whole_phrase(words: list[str], nxt: str | None, rest: list[str] | None = None) -> bool:
    """Whether ``words`` end a phrase when the sentence goes on with ``nxt``: the cut leaves no
    preposition, article or auxiliary hanging, no verb or adjective without the complement that
    follows ("declined" before "to say"), no open question word ("studying what effects") and no
    number without its unit."""
    if len(words) < 3:
        return False
    clean = [w.lower().strip("“”\"‘’,;:()") for w in words]
    last, before = clean[-1], (clean[-2] if len(clean) > 1 else "")
    if nxt and rest and range_open(words, [nxt, *rest]):
        return False  # "an estimate of 2.7 million" before "to 4.6 million": a range's low end is another figure
    if nxt == "of" and rest and words[-1][-1:].isalpha() and any(range_open([*words, nxt, *rest[:j]], rest[j:j + 2]) for j in (1, 2)):
        return True  # "an estimate" before "of 2.7 million to 4.6 million gallons": the range goes whole or not at all
    # The word right after a number or a hyphenated modifier is its noun ("loss-of-income claims"),
    # not a verb waiting for its complement.
    noun_last = len(words) > 1 and _premodifier(words[-2])
    quoted_next = (nxt or "")[:1] in "“\"‘"
    raw = (nxt or "").strip("“”\"‘’,;:()")
    if raw[:1].isupper() and words[-1][:1].isupper() and words[-1][-1:] not in ",;:.)" and len(words) > 1 \
            and raw != "I" and words[-1].strip("“”\"‘’") not in {"I", "The", "A", "An"}:
        return False  # "the Institute of Undersea | Research": inside a name
    if rest and re.fullmatch(r"[a-z]{3,},", nxt or "") and words[-1][-1:].isalnum() and _inside_list(
            [*words, nxt or ""], rest[0].lower().strip("“”\"‘’()"), rest[1:]):
        return False  # "has brought Japanese TV" before "shows, newspapers and ads": the list's first noun is cut
    nxt = (nxt or "").lower().strip("“”\"‘’,;:()")
    over = last in {"over", "out", "up", "down", "off", "on"} and before in {"is", "are", "was", "were", "be", "been", "but",
                                                                         "now", "not", "all"}
    if nxt and _CONTRACTED.fullmatch(last):
        return False  # "they've" before "agreed": a subject and its auxiliary
    over = over or (last in {"other", "another"} and before in {"each", "one"})  # "blamed each other" ends
    # "the military should step in" before "because ...": a verb's particle before a conjunction ends the phrasal verb
    over = over or (last in PHRASAL_PARTICLES and nxt in _CLAUSE_CONJUNCTIONS and len(clean) > 2
                    and verbish(before, clean[-3]) and words[-2][-1:].isalpha())
    # "sightings were fewer" before ", but ...": after a copula a comparative is the complement, and it ends
    over = over or (last in {"more", "less", "fewer"} and before in COPULA_WORDS and nxt in {"but", "and", "while", "as"})
    if (last in WEAK_END and not over) or last in {"no", "some", "any"} or not last or any(w in WH for w in clean[-2:]):
        return False  # ("the fighting is over" ends a phrase)
    if quoted_next and not noun_last and verbish(last, before) and words[-1][-1:] not in ",;:":
        return False  # "fluid called" before “mud”
    if _quoted_modifier(words, raw):
        return False  # "has taken an “all hands on deck”" before "approach": the quotation modifies the noun
    # "two central states" is a noun phrase: a speech verb's form after an adjective or number names things.
    noun_form = last in NOUN_LIKE and (before in DETERMINERS or before in COUNT_WORDS or before.endswith(
        ("al", "ern", "ic", "ous", "ive", "ish", "ian")) or bool(re.fullmatch(r"\d[\d,.]*", before))
        or _counted_abbreviation(clean))
    if nxt and ((not noun_last and not noun_form and (last in SPEECH_VERBS or last in SPEECH_PRESENT)) or (nxt == "that" and any(
            w in SPEECH_VERBS or w in SPEECH_PRESENT for w in clean[-4:]))):
        return False  # "A statement says", "Chernoff says in a statement": what was said is the news
    if (last in _OPEN_ENDS and not over) or _waits_for(last, nxt, before) or (last == "up" and nxt == "to") \
            or _particle_before_name(words, raw):
        return False  # "for up" before "to 90m doses", "oil per" before "day", "also" before "came"
    if nxt and last in CLAUSE_OPENERS and words[-1][-1:] not in ",;:" and not noun_last and not noun_form:
        return False  # "after tests showed" before what they showed: the clause has no content yet
    if re.fullmatch(r"[$£€#]?\d[\d.,]*", last) and UNITS.match(nxt):
        return False
    if _time_phrase_split(words[-1], nxt):
        return False  # "until later" before "today", "early" before "next week": the time is one phrase
    if _premodifier(words[-1]) and nxt and head_noun(nxt):
        return False  # "a total of 985" before "infections", "loss-of-income" before "claims"
    if adjective_cut(words, clean, nxt):
        return False  # "issued a new, | more limited ban", "cases of the new | strain": the noun is cut
    if nxt == "of" and words[-1][-1:] not in ",;:" and not (
            rest and rest[0].lower().strip("“”\"‘’") in WH and len(clean) > 2 and clean[-2] not in DETERMINERS) \
            and not (rest and len(rest) > 1 and _time_phrase_split(rest[0], rest[1])):
        # ("Feldman's order | of last month" ends: the time phrase only dates the noun)
        return False  # "the bottom" before "of the well": one noun phrase ("a detailed description | of what ..." ends)
    if nxt and last in _SIZE_WORDS and words[-1][-1:] not in ",;:" and nxt.isalpha() and nxt not in BREAK_WORDS \
            and nxt not in WEAK_END and nxt not in AUX and nxt != "compared":
        return False  # "use vast" before "quantities": a size before the noun it measures ("is tiny | compared with")
    if nxt and _bare_infinitive_end(clean) and words[-1][-1:] not in ",;:" and nxt.isalpha() \
            and nxt not in BREAK_WORDS and nxt not in WEAK_END and nxt not in NEGATIONS:
        return False  # "approval to continuously pump" before "dispersant": the infinitive's object is the news
    if nxt in _VERB_PREPOSITION.get(last, ()) and words[-1][-1:] not in ",;:":
        return False  # "could cost $3 trillion and result" before "in a drop": the verb's phrase is its meaning
    if last in {"one", "ones"} and before in {"the", "this", "that", "those", "these"} and nxt in BREAK_WORDS \
            and words[-1][-1:] not in ",;:":
        return False  # "such as the one" before "for victims of ...": the pronoun's noun is in its phrase
    if nxt in {"to", "at"} and last in _NOUN_WANTS and words[-1][-1:] not in ",;:" and not (
            len(clean) > 2 and before in {"its", "their", "his", "her", "our"}
            and clean[-3] not in {"in", "of", "for", "with", "on", "at", "by", "from", "to", "into", "about", "and"}):
        return False  # "in a push" before "to improve trade" ("stepped up its efforts" is whole)
    if nxt and waits_past_phrase(words, nxt):
        return False
    if nxt and _between_open(clean):
        return False  # "a link between the blast" before "and earlier lapses": "between" takes both ends
    if _modifier_before_noun(before, last, words[-1], nxt):
        return False  # "for the widening" before "rift", "the first" before "signs": a modifier before its noun
    if adjective_before_noun(clean, words[-1], nxt) or describes_next(words, raw):
        return False  # "formed into a tropical" before "depression": the noun phrase has no head yet
    if counted_noun_follows(clean, words[-1], nxt, rest):
        return False  # "412 measles" before "cases": the count's noun phrase ends at its head
    if nxt in NEGATIONS or nxt.endswith(("n't", "n’t")):
        return False  # "was probably" before "not what he had in mind": the negation is the meaning
    if nxt in _SUBJECT_WAITS and words[-1][-1:] not in ",;:”\")" and last.isalpha() and last not in COPULA_WORDS:
        return False  # "acknowledged the global oil giant" before "was unprepared": a subject without its verb
    if len(words) > 1 and re.search(r"['’]s$", words[-2]) and words[-1][-1:].isalpha() and nxt.isalpha() \
            and nxt not in BREAK_WORDS | WEAK_END | AUX and not verbish(nxt, last):
        return False  # "the site of BP's busted" before "well": a possessive's modifier waits for its noun
    if (words[-1][-1:] not in ",;:" and _degree_before_comparative(last, nxt)) or _unit_adjective(words, nxt):
        return False  # "is killing ever" before "more birds"
    if time_allowance(clean, words[-1], nxt):
        return False  # "gives BP 24 hours" before "to provide a plan": the time is for what follows
    if _copula_adverb(clean, words[-1], nxt):
        return False  # "the company was likely" before "guilty": the adverb waits for its complement
    if clause_without_verb(clean) or (words[-1][-1:].isalpha() and subject_left_behind(last, before, nxt)):
        return False  # ("has said there" before "is no doubt": the reported clause's subject waits for its verb)
    if nxt and words[-1][-1:] not in ",;:" and object_missing(last, before, nxt):
        return False  # "the Philippines recorded" before "its first case": the verb's object is the news
    if nxt and left_open(words, clean, nxt):
        return False
    if nxt and re.search(r"['’]s$", words[-1]) and head_noun(nxt):
        return False  # "related to BP's" before "Gulf oil spill": a possessive waits for its noun
    if nxt in {"and", "or"} and rest is not None and coordinated_noun(words, rest):
        return False
    if rest is not None and _inside_list(words, nxt, rest):
        return False
    if raw and noun_runs_on(words, raw, rest):
        return False  # "for the Gulf of Mexico" before "oil spill": a name or a count modifies the noun after it
    # A closed quotation ends a phrase: "is doing “everything possible”" before "to respond".
    open_complement = nxt in COMPLEMENT_OPENERS and words[-1][-1:] not in ",;:”" and not (nxt == "as" and as_clause(rest or [])) and not (
        words[-1].endswith('"') and text_quotes_closed(words)) and (
        (not noun_last and verbish(last, before) and not _object_of_infinitive(clean)
         and not (last.endswith("ing") and noun_after_adjective(clean[-3] if len(clean) > 2 else "", before)))
        or (nxt == "to" and last in TAKES_INFINITIVE))
    return not open_complement

def _inside_list(words: list[str], nxt: str, rest: list[str]) -> bool:
    """ "used bare hands," before "chopsticks and plastic bags", "a 14-year low and fishermen," before "businesses
    and property owners": a comma followed by a plain noun and, within three words, the list's "and" is inside a
    list; ending there drops the list's other items or leaves a subject without its verb."""
    if words[-1][-1:] != "," or not nxt.isalpha() or nxt in BREAK_WORDS or nxt in WEAK_END or nxt in AUX \
            or nxt in DETERMINERS or verbish(nxt, "") or words[-1][:1].isupper():
        return False
    for word in rest[:3]:
        low = word.lower().strip("“”\"‘’()")
        if low in {"and", "or"}:
            return True
        if word[-1:] in ",;:.)" or not low.isalpha() or low in BREAK_WORDS or low in AUX or verbish(low, ""):
            return False
    return False


def _between_open(clean: list[str]) -> bool:
    """Whether a "between" among the last words still waits for its "and" ("between the two sides" is whole)."""
    at = next((i for i in range(len(clean) - 1, max(-1, len(clean) - 9), -1) if clean[i] == "between"), None)
    return at is not None and "and" not in clean[at + 1:] and not clean[-1].endswith("s")


#: Finite auxiliaries: the words before one are its subject, and a title never ends between them.
_SUBJECT_WAITS = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might",
                  "must", "should", "does", "did", "isn't", "wasn't", "weren't", "won't", "didn't", "hasn't", "hadn't",
                  "haven't", "doesn't"}
TIME_UNITS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "hour", "day", "week", "month",
               "year", "time", "deadline"}
_ALLOWING = {"give", "gives", "gave", "given", "giving", "has", "have", "had", "having", "get", "gets", "got",
             "take", "takes", "took", "taken", "need", "needs", "needed", "allow", "allows", "allowed", "spend",
             "spends", "spent", "grant", "grants", "granted"}


def time_allowance(clean: list[str], word: str, nxt: str) -> bool:
    """ "gave BP officials 24 hours" before "to provide", "took three weeks" before "to build": a time given,
    taken or needed waits for what it is for."""
    return nxt == "to" and word[-1:] not in ",;:" and clean[-1] in TIME_UNITS \
        and any(w in _ALLOWING for w in clean[-9:-1]) and "from" not in clean[-6:-1]  # ("from days to weeks")


COPULA_WORDS = {"is", "are", "was", "were", "be", "been", "being", "remains", "remained", "seems", "seemed",
                 "looks", "looked", "becomes", "became"}


def _copula_adverb(clean: list[str], word: str, nxt: str) -> bool:
    """ "was likely" before "guilty", "is now" before "closed", "were very" before "worried": after a copula an
    adverb is no complement; what it modifies is."""
    if len(clean) < 2 or word[-1:] in ",;:" or clean[-2] not in COPULA_WORDS or not nxt.isalpha():
        return False
    last = clean[-1]
    adverb = last in {"likely", "unlikely", "probably", "possibly", "perhaps", "very", "so", "too", "quite", "rather",
                      "almost", "nearly", "still", "now", "also", "already", "again", "largely", "mostly", "partly",
                      "fully", "clearly", "well", "far", "much", "even"} or (last.endswith("ly") and len(last) > 4
                                                                              and last not in {"only", "early", "daily",
                                                                                               "weekly", "monthly",
                                                                                               "yearly", "friendly",
                                                                                               "family", "supply"})
    return adverb and nxt not in BREAK_WORDS and nxt not in WEAK_END - {"more", "less"}


#: Words of degree: what follows them is an adjective ("much more challenging", "very worrying"); a comparison
#: measured by a degree adverb ("much more challenging") is whole without its "than" phrase, as a last resort
#: (see :func:`_hangs`).
_DEGREE_WORDS = {"more", "less", "most", "least", "very", "so", "too", "increasingly", "highly", "extremely"}


#: Nouns whose meaning is the aim that follows them ("a push to improve trade", "attempts at a deal").
_NOUN_WANTS = {"push", "bid", "bids", "attempt", "attempts", "effort", "efforts", "drive", "campaign", "move", "moves",
               "plans", "decision", "order", "orders", "call", "calls", "pressure", "race", "scramble", "struggle",
               "fight", "chance", "ability", "right", "failure", "refusal", "proposal", "offer", "permission",
               "authority", "deadline", "pledge", "promise", "vow", "threat", "request", "requests", "demand",
               "demands", "motion", "vote", "go-ahead", "approval", "license", "licence", "mandate", "mission",
               # idioms whose noun is nothing without its "to": "at pains to explain", "the finishing touches to"
               "pains", "touches"}


#: Verbs that mean nothing without their preposition's phrase ("result in", "lead to", "rely on").
_VERB_PREPOSITION = {v: ("in",) for v in ("result", "results", "resulted", "resulting")} | {
    v: ("to",) for v in ("lead", "leads", "led", "contribute", "contributes", "contributed", "amount", "amounts",
                         "amounted", "belong", "belongs", "belonged", "refer", "refers", "referred")} | {
    v: ("on",) for v in ("depend", "depends", "depended", "rely", "relies", "relied", "insist", "insists", "insisted")} | {
    # after a noun "aimed" is no verb of its own, and its aim is its meaning: "a cap aimed | at stopping the flow"
    "aimed": ("at",)}
#: Sizes that stand before the noun they measure ("vast quantities", "huge amounts").
_SIZE_WORDS = {"vast", "huge", "massive", "enormous", "large", "small", "big", "tiny", "significant", "substantial",
               "considerable", "record", "unprecedented"}


def _bare_infinitive_end(clean: list[str]) -> bool:
    """ "to pump", "to continuously pump": the words end on an infinitive after "to" (an adverb between)."""
    if len(clean) < 3 or not clean[-1].isalpha() or clean[-1] in AUX or clean[-1].endswith(("ing", "ed")):
        return False
    at = len(clean) - 2 if clean[-2] == "to" else len(clean) - 3 if clean[-3] == "to" and clean[-2].endswith("ly") else 0
    # ("went to court": "to" is a preposition unless the word before it takes an infinitive)
    return at > 0 and (clean[at - 1] in TAKES_INFINITIVE or clean[at - 1] in _NOUN_WANTS
                       or clean[at - 1] in _WANTS_INFINITIVE)


_WANTS_INFINITIVE = {"approval", "expects", "agreed", "agrees", "wants", "wanted", "plans", "planned", "decided",
                     "decides", "asked", "asks", "told", "tells", "urged", "urges", "allowed", "allows", "ordered",
                     "orders", "forced", "forces", "hopes", "hoped", "tried", "tries", "sought", "seeks", "vowed",
                     "vows", "promised", "promises", "pledged", "pledges", "refused", "refuses", "failed", "fails",
                     "began", "begins", "started", "starts", "continues", "continued", "needs", "needed", "voted",
                     "votes", "aims", "aimed", "intends", "intended", "threatened", "threatens", "offered", "offers"}


def _object_of_infinitive(clean: list[str]) -> bool:
    """ "to cancel plans" before "for a programme": an "-s" word right after an infinitive is its object, a
    noun, not a verb waiting for its complement."""
    return len(clean) > 2 and clean[-3] == "to" and clean[-1].endswith("s") and not clean[-1].endswith("ss") \
        and clean[-2] not in AUX and clean[-2].isalpha()


#: Words that cannot end a title even at a phrase boundary: they open a quantity or a phrase
#: ("up" before "to 90m doses", "tens" before "of thousands", "per" before "day").
_OPEN_ENDS = WEAK_END | DETERMINERS | {"per", "so", "nor", "until", "till", "unless", "although", "though",
                                         "once", "between", "around", "toward", "towards", "via", "within",
                                         "aboard", "amid", "amidst", "despite", "onto", "upon", "unlike",
                                         "versus", "vs", "vs.", "v", "v.",
                                         # an approximator waits for its amount: "have roughly | until the weekend"
                                         "roughly", "approximately", "barely", "merely", "exactly", "precisely"}



def _particle_before_name(words: list[str], nxt: str) -> bool:
    """ "the oil spills off" before "Santa Barbara", "to shut down" before "BP's wells": a name after the word is the
    object of the particle or of the preposition the word is here ("closed it off | Tuesday" ends)."""
    last = words[-1].lower().strip("“”\"‘’()") if words else ""
    return last in PLACE_PARTICLES and nxt.strip("“”\"‘’,;:()")[:1].isupper() and len(words) > 1 \
        and words[-1][-1:].isalpha() and nxt.strip("“”\"‘’,;:()") != "I" \
        and words[-2].lower() not in {"it", "them", "him", "her", "this", "that", "these", "those", "everything"}


def _waits_for(last: str, nxt: str, before: str = "") -> bool:
    """ "have not yet" before "announced", "the strain also" before "came": an adverb before its verb;
    "to build up" before "about 50 miles": a phrasal verb before its object."""
    if not nxt:
        return False
    if last in PRE_VERB_ADVERBS and (verbish(nxt, last) or nxt in AUX or nxt in BE_NONFINITE
                                      or (before in AUX and nxt.isalpha() and nxt not in BREAK_WORDS)):
        return True  # ("had also" before "come": after an auxiliary the adverb waits for the verb)
    if last in COUNTS and nxt[:1].isalpha():
        return True  # "recorded two" before "new cases"
    if last in {"shortly", "soon", "immediately", "just", "right", "long", "well", "moments", "hours", "days",
                "weeks", "months", "years", "minutes"} and nxt in {"before", "after", "since"} \
            and not (last == "well" and before in DETERMINERS):  # ("from the well" before "before June 3": a noun)
        return True  # "carried out shortly" before "before the blast": the adverb measures the phrase after it
    if last == "sometime" and nxt in {"before", "after", "between", "in", "during", "around", "on", "last", "next", "this"}:
        return True  # "bacteria sometime" before "between June and August": the vague time is the phrase after it
    return last in PLACE_PARTICLES and (nxt in DETERMINERS or nxt in {"about", "around", "nearly", "almost", "some"}
                                   or bool(_PREMODIFIER.fullmatch(nxt)))


def _hangs(words: list[str], nxt: str) -> bool:
    """Whether the cut after ``words`` leaves something waiting for ``nxt``: a function word, a
    quantity or modifier before its noun, a verb or adjective before its complement."""
    last = words[-1].lower().strip("“”\"‘’,;:()")
    nxt_clean = nxt.lower().strip("“”\"‘’,;:()")
    reciprocal = len(words) > 1 and last in {"other", "another"} and words[-2].lower() in {"each", "one"}
    if not last or (last in _OPEN_ENDS and not reciprocal) or last in WH or last in CLAUSE_OPENERS \
            or _waits_for(last, nxt_clean, words[-2].lower().strip("“”\"‘’,;:()") if len(words) > 1 else "") \
            or (last == "up" and nxt_clean == "to"):
        return True
    if _time_phrase_split(words[-1], nxt):
        return True
    if nxt_clean == "of" and words[-1][-1:] not in ",;:" and (last in PART_WORDS or not last.endswith("s")
                                                               or _premodifier(words[-1])):
        return True  # "the pumping of tens" before "of thousands of litres" ("the first signs | of" may end)
    if _particle_before_name(words, nxt):
        return True
    if nxt_clean in NEGATIONS or nxt_clean.endswith(("n't", "n’t")):
        return True  # "is probably" before "not what he had in mind"
    if len(words) > 1 and _modifier_before_noun(words[-2].lower().strip("“”\"‘’,;:()"), last, words[-1], nxt_clean):
        return True
    if words[-1][-1:] in ",;:":
        return False
    if inside_name(words, nxt) or describes_next(words, nxt.strip("“”\"‘’,;:()")):
        return True
    before = words[-2].lower().strip("“”\"‘’,;:()") if len(words) > 1 else ""
    if object_missing(last, before, nxt_clean) or (before == "as" and nxt_clean == "as"):
        return True  # "wanted to get" before "the equipment", "as soon" before "as he could"
    if re.search(r"['’]s$", words[-1]) and (head_noun(nxt_clean) or nxt[:1].isupper()):
        return True  # "in tonight's" before "programme": a possessive waits for its noun
    if _CONTRACTED.fullmatch(last):
        return True  # "disasters we've" before "seen": a subject and its auxiliary
    if subject_left_behind(last, before, nxt_clean):
        return True  # "has said there" before "is no doubt": the reported clause's subject waits for its verb
    if clause_without_verb([w.lower().strip("“”\"‘’,;:()") for w in words]):
        return True  # "says BP" before "and the Coast Guard wanted": the reported clause has no verb yet
    if _premodifier(words[-1]) and (head_noun(nxt_clean) or UNITS.match(nxt_clean)):
        return True
    if waits_past_phrase(words, nxt_clean):
        return True
    before = words[-2].lower().strip("“”\"‘’,;:()") if len(words) > 1 else ""
    noun = before in DETERMINERS or before in ORDINALS  # "the first signs" before "of": a noun, no verb
    if _degree_before_comparative(last, nxt_clean) or _unit_adjective(words, nxt_clean):
        return True  # "can be much" before "more challenging": the degree word has no comparison yet
    if before in _DEGREE_WORDS and nxt_clean == "than" and len(words) > 2 \
            and words[-3].lower().strip("“”\"‘’,;:()") in _DEGREE_ADVERBS:
        return False  # "much more challenging" before "than ...": the degree word already measures the comparison
    return nxt_clean in COMPLEMENT_OPENERS and ((verbish(last, before) and not noun) or last in TAKES_INFINITIVE)


def _unit_adjective(words: list[str], nxt: str) -> bool:
    """ "per square" before "inch": a unit's adjective waits for its unit."""
    if len(words) < 2 or words[-1][-1:] in ",;:" or not nxt:
        return False
    last = words[-1].lower().strip("“”\"‘’,;:()")
    return last in {"square", "cubic"} and nxt.isalpha() and nxt not in BREAK_WORDS


def _degree_before_comparative(last: str, nxt: str) -> bool:
    return last in _DEGREE_ADVERBS and (nxt in _COMPARATIVES or (nxt.endswith("er") and nxt.isalpha()))


#: Degree adverbs that stand before a comparative ("much more", "far higher", "even worse", "ever more").
_DEGREE_ADVERBS = {"much", "far", "even", "still", "ever", "yet", "slightly", "considerably", "significantly", "substantially",
                   "somewhat", "way", "vastly", "markedly", "sharply", "marginally"}
_COMPARATIVES = {"more", "less", "fewer", "better", "worse", "greater", "larger", "smaller", "higher", "lower",
                 "bigger", "longer", "shorter", "faster", "slower", "further", "farther"}


_OPENS_NOUN_PHRASE = {"a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "these", "those"}


def _quoted_modifier(words: list[str], nxt: str | None) -> bool:
    """A closed quotation right after an article, before a plain noun, is that noun's modifier ("an “all hands on
    deck” approach", "a “zero tolerance” policy"): the phrase ends at the noun."""
    if not nxt or not re.search(r"[”\"]$", words[-1]):
        return False
    opened = next((i for i in range(len(words) - 1, -1, -1) if words[i][:1] in "“\""), None)
    head = re.sub(r"[^a-z]", "", nxt.lower())
    return opened is not None and opened > 0 and words[opened - 1].lower() in _OPENS_NOUN_PHRASE \
        and nxt[:1].islower() and head.isalpha() and head not in BREAK_WORDS and head not in WEAK_END \
        and head not in AUX and not verbish(head, "") and not head.endswith(("ly", "ing")) and head != "according"


def _modifier_before_noun(before: str, last: str, word: str, nxt: str) -> bool:
    """ "the widening" before "rift", "the first" before "signs": after an article, a participle or ordinal
    waits for the noun it modifies."""
    return before in {"the", "a", "an", "its", "his", "her", "their"} and (last.endswith("ing") or last in ORDINALS) \
        and word[-1:] not in ",;:" and nxt.isalpha() and head_noun(nxt) and nxt not in BREAK_WORDS


def phrase_boundary(words: list[str], max_words: int, lowest: int) -> int:
    """No whole phrase fits: the longest cut after the main verb that still ends at a phrase
    boundary (before a preposition, conjunction, question word or quote, or after a comma) with
    nothing left hanging; else the longest cut that leaves nothing hanging; else the word limit."""
    top = min(len(words) - 1, max_words)
    # When the main verb lies beyond the word limit, no cut reaches it: the first phrase must do.
    lowest = lowest if lowest < top else 4
    for k in range(top, max(4, lowest) - 1, -1):
        nxt = words[k].lower().strip("“”\"‘’,;:()")
        boundary = nxt in BREAK_WORDS or nxt in WH or words[k][:1] in QUOTE_OPEN or words[k - 1][-1:] in ",;:"
        if boundary and not _hangs(words[:k], words[k]) and not complement_missing(words[:k], words[k], words[k + 1:k + 6]):
            return k
    for k in range(top, max(4, lowest) - 1, -1):
        # Any cut without a boundary must at least leave each started clause its verb: not "says the
        # government" before "failed".
        if not _hangs(words[:k], words[k]) and not clause_without_verb(
                [w.lower().strip("“”\"‘’,;:()") for w in words[:k]]) \
                and not complement_missing(words[:k], words[k], words[k + 1:k + 6]):
            return k
    best = max_words
    # Nothing is whole: at least no function word, count ("four" before "of"), degree word ("of yet" before "more") or
    # "up to" is left open (after "be" the degree word is its complement: "may have been significantly" keeps its verb).
    while best > 4 and (words[best - 1].lower().strip("“”\"‘’,") in _OPEN_ENDS | COUNTS | {"up"}
                        or (_premodifier(words[best - 1]) and words[best - 1][-1:] not in ",;:")
                        or (best < len(words) and words[best - 2].lower() not in AUX | set(BE_NONFINITE)
                            and _degree_before_comparative(words[best - 1].lower().strip("“”\"‘’,"),
                                                           words[best].lower().strip("“”\"‘’,;:()")))):
        best -= 1
    # ... nor a modifier without its head ("a failed" before "roof job", "legally" before "binding").
    modifier = best
    while modifier > max(4, lowest) and modifier < len(words) and (
            modifier_waits(words[:modifier], words[modifier].lower().strip("“”\"‘’,;:()"))
            or words[modifier - 1].lower().strip("“”\"‘’,") in _OPEN_ENDS):
        modifier -= 1
    if modifier <= max(4, lowest) or modifier == best:
        return best
    clean = [w.lower().strip("“”\"‘’,;:()") for w in words[:modifier]]
    if clause_without_verb(clean) or verbish(clean[-1], clean[-2]) or clean[-1] in _SUBJECT_WAITS:
        return best  # stepping back would leave a verb without its object or a clause without its verb: no better
    return modifier
