"""Whether a title's last words end a phrase: the tests a cut must pass.

A cut may not split a name ("the International | Monetary Fund"), leave an adjective or a modifier
without its noun ("to find alternative | energy"), a verb without its object, a count without what it
counts, a second noun phrase of a coordination, an open quotation or relative clause, or a started
clause without its verb. ``title_cuts`` decides where to cut; this module says whether a cut is whole.
"""

from __future__ import annotations

import re

from timeline.calendar_words import WEEKDAY_NAME_PATTERN
from timeline.english_auxiliaries import MODAL_VERBS, auxiliaries
from timeline.english_particles import ADVERB_PARTICLES
from timeline.english_verbs import IRREGULAR_PARTICIPLES
from timeline.extract.count_words import COUNT_WORDS
from timeline.extract.saying_words import SAY_TELL, alternation
from timeline.extract.sentences import quotation_open
from timeline.extract.title_words import (
    AUX,
    BREAK_WORDS,
    CLAUSE_OPENERS,
    COMPLEMENT_OPENERS,
    DETERMINERS,
    ING_PREPOSITIONS,
    LINKING,
    NEGATIONS,
    NOUN_LIKE,
    OBJECT_OPENERS,
    PASSIVE_BEFORE,
    PRESENT,
    PRESENT_FORMS,
    SPEECH_PRESENT,
    WEAK_END,
    finite_verb,
    verbish,
)

#: Reporting verbs as often followed by a noun phrase as by a clause ("confirmed two cases",
#: "announced a recall"); "says", "tells", "warns" introduce a clause.
#: ("claims", "reports", "shows" are left out: as plural nouns they still open nothing.)
_TAKES_OBJECT = {"confirms", "confirmed", "announces", "announced", "declares", "declared", "acknowledges",
                 "acknowledged", "reported", "claimed", "posted", "tweeted", "found", "showed"}
IRREGULAR_PARTICIPLE_FORMS = IRREGULAR_PARTICIPLES | {p for p in PRESENT if not p.endswith("ed")}
PRE_VERB_ADVERBS = {"also", "still", "yet", "already", "just", "now", "then", "never", "ever", "only", "even",
                     "finally", "probably", "possibly", "reportedly", "allegedly", "further", "since", "recently",
                     "officially", "formally", "quickly", "repeatedly", "initially", "previously"}

_CLOCK = {"am", "pm", "a.m", "p.m", "a.m.", "p.m."}  # "at 11" before "pm" is a time, not a count


def head_noun(nxt: str) -> bool:
    """Whether ``nxt`` (lowercase) can be the noun a modifier before it belongs to: a content word,
    not a function word, auxiliary, negation or verb ending."""
    return bool(nxt[:1].isalnum()) and nxt not in _CLOCK and nxt not in WEAK_END and nxt not in COMPLEMENT_OPENERS \
        and nxt not in NEGATIONS and nxt not in AUX and not nxt.endswith(("ed", "ing"))




def adjective_before_noun(clean: list[str], last_word: str, nxt: str) -> bool:
    """ "a tropical | depression", "the federal | government": an article, one word, then a lowercase
    content word that is no verb, function word or plural-looking verb form: the phrase's head."""
    if len(clean) < 2 or clean[-2] not in {"a", "an", "the"} or last_word[-1:] in ",;:" or not last_word.islower():
        return False
    if not nxt.isalpha() or not nxt.islower():
        return False
    return clean[-1].endswith(("al", "ic", "ive", "ous", "ary", "ern", "ful", "ble", "ian", "ent", "ant")) \
        and nxt not in WEAK_END and nxt not in COMPLEMENT_OPENERS and nxt not in AUX and nxt not in NEGATIONS \
        and not verbish(nxt, clean[-1]) and nxt not in PRESENT_FORMS


def counted_noun_follows(clean: list[str], last_word: str, nxt: str, rest: list[str] | None = None) -> bool:
    """Whether a count's noun phrase goes on past the cut: "412 measles | cases", "two new | cases"
    (a number one or two words back, and a plural noun next that is no verb), "985 H1N1 | flu infections" (a plain
    word before that plural noun)."""
    if rest and re.fullmatch(r"[a-z]{3,}", nxt) and nxt not in WEAK_END | AUX | COMPLEMENT_OPENERS \
            and not nxt.endswith(("s", "ed", "ing", "ly")) and not re.search(r"[,;:.]$", rest[0]) \
            and counted_noun_follows(clean, last_word, rest[0].lower().strip("“”\"‘’()")):
        return True
    if len(clean) < 2 or last_word[-1:] in ",;:" or not nxt.endswith("s") or nxt.endswith("ss") or len(nxt) < 4:
        return False
    counted = any(re.fullmatch(r"[$£€]?\d[\d.,]*", w) or w in COUNT_WORDS for w in clean[-3:-1])
    return counted and clean[-1] not in WEAK_END and nxt not in PRESENT_FORMS and nxt not in AUX \
        and nxt not in WEAK_END and nxt not in COMPLEMENT_OPENERS and nxt not in SPEECH_PRESENT \
        and not re.fullmatch(r"[$£€]?\d[\d.,]*", clean[-1])


def inside_name(words: list[str], nxt: str) -> bool:
    """ "the International | Monetary Fund", "Barack | Obama": a capitalised word, not the title's first, before
    another: the cut would split a name."""
    last = words[-1].strip("“”\"‘’()")
    raw = nxt.strip("“”\"‘’()")
    return len(words) > 1 and last[:1].isupper() and raw[:1].isupper() and raw != "I" \
        and last not in {"I", "The", "A", "An"} and words[-1][-1:] not in ",;:.)”’\""


#: Adjective endings ("alternative", "federal", "dangerous") and participles used as adjectives after a
#: preposition or an article ("of frozen", "a damaged").
_ADJECTIVE_END = ("ive", "al", "ous", "ic", "ary", "ful", "able", "ible", "ern", "ish", "ese", "ian")


def describes_next(words: list[str], nxt: str) -> bool:
    """ "to find alternative | energy sources", "after the appearance of frozen | hydrocarbons": an adjective
    or a participle used as one before a lowercase noun: the noun phrase has no head yet."""
    last = words[-1].strip("“”\"‘’()")
    before = words[-2].lower().strip("“”\"‘’,;:()") if len(words) > 1 else ""
    if not last.isalpha() or not last.islower() or not nxt.isalpha() or not nxt.islower() or not head_noun(nxt) \
            or nxt in BREAK_WORDS or nxt in PRESENT_FORMS or nxt in SPEECH_PRESENT or verbish(nxt, last):
        return False
    if last.endswith(_ADJECTIVE_END) and len(last) > 4 and not verbish(last, before) and last not in NOUN_LIKE:
        return True
    participle = last.endswith(("ed", "en")) or last in IRREGULAR_PARTICIPLE_FORMS
    return participle and len(last) > 4 and (before in DETERMINERS or before in _GERUND_PREPOSITIONS
                                             or before in {"with", "into", "amid"})


def object_missing(last: str, before: str, nxt: str) -> bool:
    """Whether a cut after ``last`` leaves a verb without what it needs: "the Philippines recorded" before
    "its first case", "the blast killed" before "11 workers", "they look" before "like", "to slice"
    before "through the pipe", "a machine sliced" before "off". A passive ("was recorded", "has been
    sealed") is whole without it."""
    if not nxt or not last.isalpha() or last in AUX:
        return False
    if last in LINKING and not nxt.endswith(("ly",)) and nxt not in BREAK_WORDS - {"like", "as"}:
        return True
    if before == "a" and last in {"few", "handful", "couple", "number", "series", "dozen", "total"}:
        return True  # "and a few" before "“football aficionados”"
    verb = verbish(last, before) and not last.endswith("ing") and last not in ING_PREPOSITIONS
    if not verb or before in DETERMINERS:
        return False
    if before in PASSIVE_BEFORE and (last.endswith(("ed", "en")) or last in IRREGULAR_PARTICIPLE_FORMS):
        return False  # "has been released", "were found": nothing owed
    if nxt in ADVERB_PARTICLES:
        return True
    if nxt in {"by", "under"} and (last.endswith(("ed", "en")) or last in IRREGULAR_PARTICIPLE_FORMS) \
            and before not in PASSIVE_BEFORE and before.isalpha():
        return True  # "the policy taken" before "by the oil companies": a reduced relative without its agent
    return nxt in OBJECT_OPENERS or bool(re.fullmatch(r"[$£€]?\d[\d.,]*%?", nxt))


_GERUND_PREPOSITIONS = {"of", "for", "by", "in", "on", "after", "before", "without", "about", "from", "to", "at"}


_RELATIVES = {"that", "which", "who", "whom"}


_BARE_NUMBER = re.compile(r"[$£€]?\d[\d.,]*")


def coordinated_noun(words: list[str], rest: list[str]) -> bool:
    """ "closed all schools in the capital | and two central states", "threaten the Ostvik | and Marren
    coasts": "and" joins a second noun phrase (a determiner, a number, a name or an adjective opens it),
    and a title without it says less than the sentence. Before a verb or a clause the cut is whole."""
    if not rest or words[-1][-1:] in ",;:" or verbish(words[-1].lower().strip("“”\"‘’"),
                                                        words[-2].lower() if len(words) > 1 else ""):
        return False
    first = rest[0].strip("“”\"‘’,;:()")
    low = first.lower()
    if low in _PRONOUNS or low in AUX or low in {"that", "then", "so", "yet"} or verbish(low, "and"):
        return False
    if len(rest) > 1 and (finite_verb(rest[1].lower().strip(",;:"), low) or rest[1].lower() in AUX):
        return False  # "and BP said", "and the ..." is checked below
    if low in {"the", "a", "an", "this", "these", "those"}:
        # "and the company said": a clause; "and the two central states": a noun phrase.
        return not any(finite_verb(w.lower().strip(",;:"), rest[k].lower()) or w.lower() in AUX
                       for k, w in enumerate(rest[1:4]))
    return bool(_BARE_NUMBER.fullmatch(low)) or low in COUNT_WORDS or low in DETERMINERS \
        or (first[:1].isupper() and first != "I") or low in {"other", "more", "several"} \
        or low.endswith(("al", "ic", "ous", "ive", "ern", "ish", "ese", "ian"))


_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "there"}


def left_open(words: list[str], clean: list[str], nxt: str) -> bool:
    """A cut that leaves a phrase open though its last word could end one: inside a quotation ("is
    doing “everything" before "possible”"), in a range ("for 150" before "to 180 million doses"), on a
    gerund or an infinitive before its object ("the cost of building" before "six barriers", "to contain"
    before "and clean up"), or inside a relative clause that has only just reached its verb ("a pipe that
    rises" before "out of the riser")."""
    text = " ".join(words)
    if quotation_open(text):
        return True
    last, before = clean[-1], clean[-2]
    ended = words[-1][-1:] in ",;:"
    if ended:
        return False
    if _BARE_NUMBER.fullmatch(last) and not re.fullmatch(r"(?:1[89]|20)\d\d", last) and nxt in {"to", "-", "–"}:
        return True
    if last.endswith("ing") and len(last) > 4 and before in _GERUND_PREPOSITIONS and head_noun(nxt) \
            and nxt not in BREAK_WORDS:
        return True
    if before == "as" and nxt == "as" and last in {"soon", "long", "well", "far", "much", "many", "quickly"}:
        return True  # "as soon" before "as the first well was finished"
    if before == "to" and (nxt in {"and", "or"} or nxt in DETERMINERS) and verbish(last, "to") \
            and not last.endswith(_NOUN_SUFFIXES):  # ("bow to criticism" before "and": a noun after a preposition)
        return True  # "designed to hold" before "the massive device"
    relative = max((i for i, w in enumerate(clean[:-1]) if w in _RELATIVES and i > 1), default=-1)
    if relative < 0 or words[relative - 1][-1:] in ",;:":
        return False
    noun_before = not verbish(clean[relative - 1], clean[relative - 2]) and clean[relative - 1] not in WEAK_END \
        and not any(w in AUX or w in {"to", "will", "would", "can", "could", "may", "might", "must", "should"}
                    for w in clean[max(0, relative - 4):relative - 1]) \
        and not any(w in CLAUSE_OPENERS or w in {"tells", "told", "asks", "asked"} for w in clean[max(0, relative - 5):relative])
    if not noun_before or (clean[relative] == "that" and not any(
            w in DETERMINERS for w in clean[max(0, relative - 4):relative])):
        return False
    groups, in_group = 0, False
    for i in range(relative + 1, len(clean)):
        verb = finite_verb(clean[i], clean[i - 1]) or clean[i] in PRESENT_FORMS
        if verb and not in_group:
            groups += 1
        in_group = verb or (in_group and clean[i] in NEGATIONS | PRE_VERB_ADVERBS)
    return groups == 1


#: Endings no English verb has: "criticism", "fairness", "safety", "ownership", "childhood", "policy".
_NOUN_SUFFIXES = ("ism", "ness", "ity", "ship", "hood", "cy", "ety")


def text_quotes_closed(words: list[str]) -> bool:
    return " ".join(words).count('"') % 2 == 0


#: Verbs of seeing and showing: their object and an "-ing" form say what was seen ("showed workers monitoring").
_PERCEPTION_VERBS = {"show", "shows", "showed", "shown", "showing", "see", "sees", "saw", "seen", "watch", "watches",
                     "watched", "hear", "hears", "heard", "depict", "depicts", "depicted"}


#: Prepositions after which "that" is a determiner ("of that action", "on that day"); "in that" and "so that" may open
#: a clause of reason or purpose, so they are not here.
_POINTING_AFTER = {"of", "on", "at", "for", "from", "with", "by", "about", "into", "over", "under", "against", "to",
                   "during", "after", "before", "toward", "towards", "through", "across", "behind", "beyond", "within"}


def clause_without_verb(clean: list[str]) -> bool:
    """A clause that was started must reach its verb: "reassured Cameron that his frustration",
    "says the system" (before "failed badly"), "showed that while minor portions"."""
    # ("a dismissal of that action": after a preposition "that" points at a noun, it opens no clause)
    opener = max((i for i, w in enumerate(clean) if (w in CLAUSE_OPENERS and not (
        w == "that" and i > 0 and clean[i - 1] in _POINTING_AFTER)) or (
        w == "but" and i > 2 and clean[i - 1] not in {"all", "nothing", "anything", "everything", "not", "none"})),
        default=-1)
    if opener >= 0 and clean[opener] in _TAKES_OBJECT and "that" not in clean[opener + 1:]:
        opener = -1  # "confirms its first four cases": what was confirmed is a noun phrase, complete
    # ("AIG executives accepting bonus money" has no verb yet: an "-ing" form after a noun modifies it; after a verb
    # of seeing or showing it is the verb of what was seen: "shows workers monitoring the screens" is whole)
    seen = opener >= 0 and clean[opener] in _PERCEPTION_VERBS
    return opener >= 0 and opener < len(clean) - 1 and not any(
        verbish(w, clean[i - 1] if i else "") and not (w.endswith("ing") and not seen and i > opener + 1
                                                         and clean[i - 1].isalpha()
                                                          and not verbish(clean[i - 1], "") and clean[i - 1] not in
                                                          {"is", "are", "was", "were", "be", "been", "i", "we", "they",
                                                           "he", "she", "it", "you"})
        for i, w in enumerate(clean[opener + 1:], opener + 1))


_WEEKDAY = "(?:" + WEEKDAY_NAME_PATTERN + ")"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
#: A time word the event's date did not take, left after a verb or a noun: "put out a snapshot last week
#: pegging ...", "was told yesterday that", "said Tuesday that". The event's date is shown beside the
#: title; a second day in a present-tense headline reads as a slip ("puts out a snapshot last week").
_SPARE_TIME = re.compile(
    r"(?<=[a-z])\s+(?:on\s+)?(?:yesterday|today|tonight|last\s+(?:night|week)|this\s+(?:morning|afternoon|evening|week)"
    r"|earlier\s+today|" + _WEEKDAY + _PART_OF_DAY + r")"
    r"(?=\s+(?:that\b|[a-z])|[.;]|,(?!\s*(?:[A-Z][a-z]+\.?\s+)?\d)|$)")
#: "said earlier that": "earlier" before the reported clause dates the saying, not what was said.
_SPARE_EARLIER = re.compile(r"\b(" + alternation(SAY_TELL, {"announced", "reported", "added"}) + r")\s+earlier(?=\s+that\b|,)")
#: A word before the time word that makes it part of a phrase: "since last week", "the Tuesday meeting",
#: "a year ago today", "Monday and Tuesday".
_TIME_KEEPERS = {"on", "in", "at", "by", "for", "since", "until", "till", "from", "to", "of", "than", "before",
                 "after", "during", "through", "as", "and", "or", "the", "a", "an", "this", "that", "every", "each",
                 "next", "ago", "between", "around", "about", "like", "nor", "but", "into", "over", "late",
                 "early", "earlier", "later", "is", "was", "are", "were", "be", "been", "last", "first", "final",
                 "following", "previous", "coming", "same", "past",
                 "spend", "spends", "spent", "spending"}  # ("spent today on a charm offensive": the object of spending)
#: "On Friday the Coast Guard indicated": a day opening the sentence without its comma (with the comma the
#: lead is dropped like any other).
_LEADING_TIME = re.compile(r"^[Oo]n\s+" + _WEEKDAY + _PART_OF_DAY + r"\s+(?=the\s+\w|[A-Z][a-z])")


_FUTURE = re.compile(r"\b(?:" + auxiliaries(MODAL_VERBS) + r"|going to|expects? to|expected to|plans? to|"
                     r"planned to|set to|due to|intends? to|hopes? to|aims? to|wants? to)\b")


_DAY_ADJECTIVES = {"quiet", "busy", "long", "cold", "warm", "hot", "wet", "dry", "dark", "bleak", "grim", "lazy",
                   "typical", "normal", "ordinary", "special", "black", "bloody", "good", "bad", "rare", "hectic",
                   "tense", "calm", "sunny", "rainy", "snowy", "windy", "stormy", "frantic", "fateful", "memorable"}
_ING_NOUNS_BEFORE_DAY = {"hearing", "meeting", "briefing", "ruling", "sitting", "session", "filing", "opening",
                         "signing", "trading", "morning", "evening", "building"}


def describes_day(word: str) -> bool:
    """Whether ``word`` is an adjective that a day can follow as its noun ("a relaxing Saturday", "a quiet
    Sunday"), not a noun a day dates ("a hearing Tuesday")."""
    w = word.lower().strip(",")
    return w in _DAY_ADJECTIVES or (w.endswith("ing") and w not in _ING_NOUNS_BEFORE_DAY and len(w) > 5) \
        or w.endswith(("ful", "ous", "ive"))


def drop_spare_times(text: str) -> str:
    """The title without day words its date did not take: "The Democratic Policy Committee put out a snapshot
    last week" -> "... put out a snapshot"; a time word inside a phrase ("since last week", "the Tuesday
    meeting", "until today") or owned ("today's") stays."""
    def spare(m: re.Match) -> str:
        before = text[:m.start()].split()
        if before and before[-1].lower().strip(",") in _TIME_KEEPERS:
            return m.group(0)
        if len(before) > 1 and before[-2].lower() in {"a", "an", "another", "one"} and describes_day(before[-1]) \
                and re.fullmatch(_WEEKDAY + _PART_OF_DAY, m.group(0).strip()):
            return m.group(0)  # "spends a quiet Sunday at home": the day is the phrase's noun
        # "could threaten the coasts this week": the day of a thing to come is not the day it was said.
        if _FUTURE.search(re.split(r"[,;:]", text[:m.start()])[-1]):
            return m.group(0)
        # "a report issued last week": the day of a participle after its noun dates that noun, not the event.
        if len(before) > 1 and (before[-1].endswith("ed") or before[-1] in IRREGULAR_PARTICIPLES) \
                and before[-2][:1].islower() and before[-2].lower() not in AUX:
            return m.group(0)
        return ""

    out = _SPARE_TIME.sub(spare, text)
    out = _SPARE_EARLIER.sub(r"\1", out)
    lead = _LEADING_TIME.match(out)
    if lead and len(out[lead.end():].split()) >= 3:
        rest = out[lead.end():]
        out = rest[0].upper() + rest[1:]
    return out
