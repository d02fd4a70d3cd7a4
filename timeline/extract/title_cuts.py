"""Cutting and shortening headline titles, never inside a phrase.

The main clause ends at the first clause break after its verb; a title still too
long loses the tail of a long subject ("BP's report on the causes of ... does not
include" -> "BP's report does not include"), and is then cut before a phrase
starts, never leaving a preposition, article, question word, or a number or hyphenated
modifier without its unit or noun hanging (where a phrase ends is :mod:`.title_ends`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.calendar_words import WEEKDAY_NAMES
from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, MODAL_VERBS, auxiliary_words
from timeline.english_particles import ADVERB_PARTICLES
from timeline.english_verbs import IRREGULAR_PARTICIPLES
from timeline.extract.adjective_words import noun_after_adjective
from timeline.extract.awaited_tails import range_open
from timeline.extract.count_words import ROUND_NUMBERS, SPELLED_NUMBERS
from timeline.extract.generic_heads import SAYS_WHICH, named_group
from timeline.extract.gerund_complements import ING_NOUNS, gerund_before_complement
from timeline.extract.place_phrases import PLACE_PREPOSITIONS, compass_place, measured_place
from timeline.extract.placing_phrases import placing_phrase
from timeline.extract.saying_words import SAID_SAYS, alternation, spoken
from timeline.extract.title_complements import aside_inside_report, complement_missing, verb_between
from timeline.extract.title_compound_ends import end_outside_noun_phrase
from timeline.extract.title_ends import ABBREVIATION_END, QUOTE_OPEN, phrase_boundary, whole_phrase
from timeline.extract.title_grammar import open_question
from timeline.extract.title_open import FRAME_VERBS, in_infinitive, participle_modifier
from timeline.extract.title_phrases import (
    IRREGULAR_PARTICIPLE_FORMS,
    clause_without_verb,
)
from timeline.extract.title_waits import comparative_before_noun, dated_modifier
from timeline.extract.title_words import (
    AUX,
    BREAK_WORDS,
    DETERMINERS,
    ING_PREPOSITIONS,
    MAX_CHARS,
    MAX_WORDS,
    NEGATIONS,
    NOUN_LIKE,
    SPEECH_PRESENT,
    SPEECH_VERBS,
    WEAK_END,
    WH,
    finite_verb,
    main_verb_start,
    verbish,
)
from timeline.extract.unfinished_clauses import unfinished_clause

_CLAUSE_CUT = re.compile(r";\s+|\s+[—–]\s+|\s+--\s+|:\s+|\s+and\s+(?=(?:" + alternation(SAID_SAYS, {"added", "told", "warned", "wrote"}) + r")\b)")
#: A comma ends the main clause when a new clause or modifier starts after it
#: (not in lists of adjectives or places: "a new, $10-a-share offer", "Loudon County, Virginia").
_COMMA_CUT = re.compile(
    r",\s+(?:and|but|or|which|who|whom|whose|where|while|whereas|saying|adding|noting|according|as|after|"
    r"before|because|although|though|when|with|including|despite|amid|in|a|an|the|up|down|than|so|then|it|"
    r"he|she|they|its|his|her|their|prompting|making|leaving|sending|bringing|citing|following|even|not|"
    r"if|unless|until|since|from|for|on|at|by|to|more|most|sources|officials|analysts)\b"
)

_CLAUSE_SCAN_CHARS = 400
#: The "-ing" forms of saying that frame a quotation as a finite verb does ("..., saying: “...”").
_SAYING_ING = spoken("say", "add", "tell", "write", past=False, present=False, ing=True)


def cut_main_clause(text: str) -> str:
    """Keep the main clause: cut at the first clause break after the verb, outside quotes."""
    depth = 0
    subject_end = main_verb_start(text)
    i = 0
    # A headline is a dozen words: a clause break further in than this cannot
    # shape it, and scanning further makes many dates in one long sentence slow.
    limit = min(len(text), _CLAUSE_SCAN_CHARS)
    while i < limit:
        ch = text[i]
        if ch in "“":
            depth += 1
        elif ch in "”":
            depth = max(0, depth - 1)
        elif ch == '"':
            depth = 0 if depth else 1
        elif depth == 0 and i > subject_end and (_CLAUSE_CUT.match(text, i) or _COMMA_CUT.match(text, i)):
            following = re.match(r"[\s,;:—–-]*(\S+)", text[i:])
            if whole_phrase(text[:i].split(), following.group(1) if following else None) \
                    and not aside_inside_report(text[:i], text[i:]):
                return text[:i]
        i += 1
    return text

SUBJECT_PREPOSITIONS = {"of", "on", "in", "at", "for", "from", "with", "near", "off", "over", "about", "into",
                         "behind", "between", "among", "across", "under", "after", "before"} | PLACE_PREPOSITIONS


#: Adjectives that follow the noun they describe with their own phrase: "the agency | responsible for offshore
#: drilling | ignored warnings".
_POSTNOMINAL_ADJECTIVES = {"responsible", "tasked", "charged", "famous", "known", "eager", "keen", "anxious",
                           "determined", "desperate", "involved"}
_TAKES_LISTENER = {"tells", "told", "asks", "asked", "replied", "responded", "testified", "according"}

def _reduced_relative_at(words: list[str], k: int, start: int, verb: int) -> bool:
    """Whether ``words[k:verb]`` is a participle phrase describing the inner subject's noun: "says tar balls |
    believed to be from the spill | had started" (a participle after a plain noun, up to the clause's verb; after an
    adverb it modifies the noun that follows it: "a newly built pumping station")."""
    word = words[k].lower()
    participle = (re.fullmatch(r"[a-z]{3,}ed", word) and word not in _ED_WORDS_NOT_PARTICIPLES) \
        or (word in IRREGULAR_PARTICIPLES and word not in AUX)
    return bool(participle) and k > start + 1 and verb - k <= 9 and words[k - 1][-1:].isalpha() \
        and words[k - 1].lower() not in DETERMINERS | AUX | SUBJECT_PREPOSITIONS | {"to", "and", "or", "not"} \
        and not words[k - 1].lower().endswith("ly") and words[k + 1:k + 2] != ["by"] and not re.search(
            r"[“”\"(),;]|\b(?:and|but|that|which|who|when|because|while|if|whether|how|what|why|where|not)\b", " ".join(words[k:verb])) \
        and words[verb].lower() in AUX | set(HAVE_FORMS) and words[verb - 1].lower() != "to"


_ED_WORDS_NOT_PARTICIPLES = {"hundred", "need", "speed", "indeed", "seed", "feed", "bed", "red", "shed"}


def _unknown_verb_before_that(words: list[str], j: int) -> bool:
    """ "estimates from charts and images indicate | that ...": a plain lowercase word before "that", after a
    noun, is a verb no table knows opening its clause."""
    return j + 1 < len(words) and words[j + 1].lower() == "that" and re.fullmatch(r"[a-z]{4,}", words[j]) is not None \
        and words[j] not in BREAK_WORDS and words[j] not in WEAK_END and words[j - 1][-1:].isalpha() \
        and words[j - 1].lower() not in DETERMINERS and words[j - 1].lower() not in SUBJECT_PREPOSITIONS \
        and not words[j].endswith("s")  # ("a call with analysts that": a noun; only a plural's verb is safe to tell)


def shorten_inner_subjects(text: str) -> str:
    """The subject of a reported clause keeps its head when the title is too long: "says the system for
    preventing accidents like the spill failed" -> "says the system failed". A quantity keeps what it counts
    ("almost three-quarters of the oil had been cleaned up") when the cut still reaches the clause's verb;
    otherwise the verb matters more ("claims 75 percent is gone")."""
    first = _shorten_inner(text, keep_counted=True)
    kept, counted_verb = first.text, first.counted_verb
    if counted_verb is None:
        return kept
    if len(_limit(kept).split(" ")) > counted_verb:
        return kept
    shortened = _shorten_inner(text, keep_counted=False).text
    if _BARE_PART_VERB.search(shortened) and not _BARE_PART_VERB.search(text):
        return kept  # "that most | has gone": a bare part without what it is part of says nothing
    return shortened


#: Parts that name no amount: without their "of" phrase they say nothing ("75 percent is gone" does).
_BARE_PARTS = {"one", "most", "many", "some", "all", "none", "each", "any", "few", "several", "both", "either", "neither",
               "half", "third", "thirds", "quarter", "quarters", "rest", "bulk", "majority", "minority", "part", "parts",
               "much", "member", "members", "share", "portion", "proportion", "fraction", "remainder", "number"}
_VERB_AFTER_PART = auxiliary_words(BE_FINITE, HAVE_FORMS, MODAL_VERBS, without={"shall"})
_BARE_PART_VERB = re.compile(r"(?i)(?:^|\s)(?:" + "|".join(sorted(_BARE_PARTS)) + r")\s+(?:" + "|".join(sorted(_VERB_AFTER_PART))
                             + r")\b")




@dataclass(frozen=True, slots=True)
class _InnerCut:
    """A title with a reported clause's subject cut to its head; when a quantity kept its "of" phrase ("three-quarters
    of the oil"), the clause's verb's place among the title's words, else None."""

    text: str
    counted_verb: int | None


def _shorten_inner(text: str, keep_counted: bool) -> _InnerCut:
    counted_verb = None
    words = text.split(" ")
    for i, word in enumerate(words[:-2]):
        low = word.lower().strip("“”\"‘’,")
        # After "tells X" or "asked X" the first noun phrase is the listener, not the clause's subject.
        if low != "that" and ((low not in SPEECH_PRESENT and low not in SPEECH_VERBS) or low in _TAKES_LISTENER
                              or low in NOUN_LIKE):
            continue  # ("member states" is a noun phrase, not a report)
        if low == "that" and verbish(words[i + 1].lower().strip("“”\"‘’,"), "that"):
            continue  # "the team that went | with ...": a relative clause's "that", not a report's
        if low != "that" and i and (words[i - 1].lower() in {"is", "are", "was", "were", "be", "been", "being"}
                                    or words[i + 1].lower() in SUBJECT_PREPOSITIONS | {"as"}):
            continue  # "has been confirmed | as the cause of 26 deaths": a passive or a preposition reports no clause
        start = i + 1
        verb = next((j for j in range(start + 1, min(len(words), start + 25))
                     if (verbish(words[j].lower().strip("“”\"‘’,"), words[j - 1].lower())
                         or _unknown_verb_before_that(words, j))
                     and "-" not in words[j] and not participle_modifier(words, j) and not in_infinitive(words, j)
                     and not (words[j].lower().endswith("ing") and words[j - 1].lower() not in AUX | {
                         "be", "been", "being", "am"}) and words[j - 1].lower() != "to"
                     # "an agreement on the payment of claims had been reached": after a preposition or a
                     # determiner comes a noun, not the clause's verb
                     and words[j - 1].lower() not in SUBJECT_PREPOSITIONS | DETERMINERS
                     # "monitors showing flooded tunnels": a past form after an "-ing" verb describes its object
                     and not (words[j - 1].lower().endswith("ing") and words[j - 1].lower() not in ING_NOUNS)
                     # "the newly discovered oil": after an article and an adverb the form describes the noun
                     and not (j > 1 and words[j - 1].lower().endswith("ly") and words[j - 2].lower() in DETERMINERS)),
                    None)  # "the era of thousands of oil-skimming boats": "oil-skimming" is no verb
        if verb is not None:  # "tar balls believed to be from the spill had started": the participle describes
            later = next((j for j in range(verb + 1, min(len(words), verb + 9)) if words[j].lower() in AUX
                          and words[j - 1].lower() != "to" and _reduced_relative_at(words, verb, start, j)), None)
            verb = later if later is not None else verb
        # "confirmed its first two cases of flu after tests showed ...": "showed" belongs to the
        # "after" clause, so "cases" ... "showed" is no subject and its verb.
        if verb is None or verb - start <= 4 or named_group(words[start:verb], " ".join(words[verb:]),
                                                                    " ".join(words[:start]) + " "):
            continue  # ("finds that the companies | involved in the spill had made ...": the modifier says which ones)
        if re.fullmatch(r"already|still|also|just|now|once|never|[a-z]{3,}ly", words[verb - 1].lower()) \
                and words[verb - 2][:1].islower():
            continue  # ("warns that plumes of oil already | spilled and suspended ... might": the adverb goes with the
            # form after it, a participle describing "oil", not the clause's verb; "plumes spilled" would misreport)
        # A bare noun is a whole noun phrase ("says tolls | from both routes rose"); after a determiner the
        # phrase needs its noun ("the system | for preventing accidents failed").
        first = words[start].lower()
        for k in range(start + (1 if first.isalpha() and first not in DETERMINERS else 2), verb):
            dropped = " ".join(words[k:verb])
            # ("estimates from both charts and satellite images indicate": an "and" between the nouns of the
            # phrase goes with it; one before a verb joins clauses)
            inner = words[k + 1:verb]
            joined = any(w.lower() in {"and", "or"} for w in inner) and any(
                verbish(w.lower().strip(",;"), inner[n - 1].lower() if n else "") for n, w in enumerate(inner))
            if words[k - 2].lower() == "to" or words[k - 1].lower() in ADVERB_PARTICLES:
                continue  # "an operation to choke | off a gushing leak": an infinitive's particle and object stay
            if keep_counted and words[k].lower() == "of" and quantity_head(words[start:k]):
                counted_verb = verb
                break  # "almost three-quarters | of the oil", "a member | of the team": the head counts the rest
            if placing_phrase(words[start:verb], k - start, " ".join(words[verb:]), " ".join(words[:start]) + " "):
                continue  # "says the release | of the bomber was wrong": :mod:`.placing_phrases`
            if gerund_before_complement(words, k):
                continue  # "the cost of dealing | with its well has risen": :mod:`.gerund_complements`
            if _reduced_relative_at(words, k, start, verb):
                return _InnerCut(" ".join(words[:k] + words[verb:]), None)  # "tar balls | believed to be from the spill | had started"
            relative = next((r for r in range(start + 2, k) if words[r].lower() in {"that", "which", "who"}), None) \
                if first in DETERMINERS else None
            if relative is not None and words[k].lower() in SUBJECT_PREPOSITIONS:
                # "a member of the team | that went | with the president | had": the phrase is the relative
                # clause's; the clause goes whole or not at all.
                k = relative
                dropped = " ".join(words[k:verb])
                if verb - k > 12 or re.search(r"[“”\"(),;]|\s[-—–]+\s", dropped):
                    continue
                return _InnerCut(" ".join(words[:k] + words[verb:]), None)
            # ("an analysis | of how the spill | had harmed fish": a question word's clause owns the verb after it)
            # ("the US Centers | for Disease Control and Prevention": a name's own words, capitalised to its end)
            if words[k].lower() in SUBJECT_PREPOSITIONS and verb - k <= 10 and not joined and not measured_place(words, k) \
                    and not (words[k - 1][:1].isupper() and all(w[:1].isupper() or w in {"and", "of", "for", "&"}
                                                                 for w in words[k + 1:verb])) \
                    and not re.search(
                    r"[“”\"(),;]|\s[-—–]+\s|\b(?:but|that|which|who|where|when|because|while|he|she|it|they|we|I|"
                    r"after|before|since|until|once|unless|although|though|as|if|so|whether)\b",
                    dropped) and not open_question(dropped):
                return _InnerCut(" ".join(words[:k] + words[verb:]), None)
    return _InnerCut(text, counted_verb)


#: Heads that only count or pick out a part of what follows "of": "most of the oil", "a member of the team".
_PART_HEADS = {"half", "halves", "third", "thirds", "quarter", "quarters", "most", "many", "some", "all", "none", "each",
               "one", "any", "few", "several", "both", "either", "neither", "member", "members", "part", "parts", "rest",
               "bulk", "share", "portion", "proportion", "number", "majority", "minority", "percent", "cent", "%",
               "lot", "lots", "dozens", "hundreds", "thousands", "millions", "tens", "scores", "much", "more", "less",
               "fraction", "remainder", "top", "head", "heads", "chief", "leader", "leaders", "side", "sides", "end"}


#: A spelled or round number as the head of a quantity: "the two", "a dozen".
_NUMBER_HEADS = frozenset({*SPELLED_NUMBERS, *ROUND_NUMBERS})


def quantity_head(head: list[str]) -> bool:
    """Whether a noun phrase head says nothing without its "of" phrase: a number, a fraction, a part."""
    if not head:
        return False
    last = head[-1].lower().strip("“”\"‘’,")
    return last in _PART_HEADS or last.split("-")[-1] in _PART_HEADS or bool(re.fullmatch(r"[$£€]?\d[\d.,]*%?", last)) \
        or last in _NUMBER_HEADS


def shorten_subject(text: str, verb_at: int) -> tuple[str, int]:
    """A subject too long for a headline keeps its head: "BP's report on the causes of the explosion in
    the Gulf does not include" -> "BP's report does not include"; "Members of Congress" stays whole."""
    subject = text[:verb_at].split()
    if named_group(subject, text[verb_at:]):
        return text, verb_at  # "Companies | involved in the spill": the modifier says which ones, and the title holds it
    relative = next((i for i, w in enumerate(subject) if w in ("who", "which", "that") and i >= 2), None)  # not "WHO"
    # A relative clause, not a reported one: "that" opens it only right before its verb ("the rig that sank",
    # not "reports that the victims"), and the words before it are a plain noun phrase.
    if relative is not None and subject[relative].lower() == "that" and (relative + 1 >= len(subject) or not verbish(
            subject[relative + 1].lower(), "")):
        relative = None
    if relative is not None and any(verbish(w.lower(), subject[j - 1].lower() if j else "") or w.lower() in SPEECH_VERBS
                                    for j, w in enumerate(subject[:relative])):
        relative = None
    # Only right after a short head ("U.S. experts | investigating"): further in, a wrong verb guess would
    # make the rest of the sentence look like a subject.
    participle = next((i for i, w in enumerate(subject[:5]) if i >= 1 and (re.fullmatch(r"[a-z]{3,}(?:ing|ed)|being|using", w) or (
                       w in IRREGULAR_PARTICIPLE_FORMS and subject[i + 1:i + 2] == ["by"]))
                       and w not in ING_NOUNS and w not in ING_PREPOSITIONS
                       # ("vast and spreading oil disaster": after "and" the form is an adjective joined to another)
                       and subject[i - 1].lower() not in DETERMINERS | AUX | SUBJECT_PREPOSITIONS | {"and", "or", "but"}
                       and subject[i - 1][-1:].isalpha() and not subject[i - 1].lower().endswith("ly")
                       and (w.endswith("ing") or subject[i - 1].endswith("s") or subject[i + 1:i + 2] == ["by"])
                       and (subject[i - 1][:1].islower() or (i == 1 and re.fullmatch(r"[A-Z][a-z]+s", subject[0])))), None)
    if participle is not None and (re.search(r"\b[a-z]{3,}(?:ed|s)\s+that\b", " ".join(subject[participle + 1:]))
                                   or any(w.lower() in SPEECH_VERBS for w in subject[participle + 1:])):
        participle = None  # "engineers appointed by the governor concluded that the dam | had": a verb and its clause
    # (a subject of four or five words loses it only after a plural head and before two words or more: "Engineers
    # [using undersea robots]", not "a half-dozen fishing | vessels", where the "-ing" word is the head's modifier, nor
    # "Investigators looking into what | go wrong", where the verb found is a clause's inside the phrase)
    if relative is None and participle is not None and (len(subject) > 5 or (
            len(subject) > 3 and subject[participle - 1].endswith("s") and len(subject) - participle > 2
            and not any(w.lower() in WH | {"that"} for w in subject[participle + 1:]))) \
            and not re.search(r"[“”\",;()]|\s[-—–]+\s", text[:verb_at]):
        # "U.S. experts investigating reports of oil plumes emanating from the well confirmed ...": the
        # participle phrase describes the subject; the headline needs its head.
        head = " ".join(subject[:participle])
        return head + " " + text[verb_at:], len(head) + 1
    if relative is not None and subject[relative - 1].lower() in SAYS_WHICH:
        relative = None  # "people who had been in contact with them": the clause says which people
    if relative is not None and (relative > 7 or any(w.lower() in NEGATIONS | {"longer"} for w in subject[:relative])):
        relative = None  # "Many no longer wore the masks that ...": a clause of its own, not a subject's head
    if relative is not None and len(subject) > 5 and not re.search(r"[“”\",;()]", text[:verb_at]):
        # "A pupil at the school who visited the coast during the holidays had been diagnosed": the
        # relative clause describes the subject; the headline needs its head.
        head = " ".join(subject[:relative])
        return head + " " + text[verb_at:], len(head) + 1
    if len(subject) <= 5 or "(" in text[:verb_at] or any(
            verbish(w.lower(), subject[j - 1].lower() if j else "") and "-" not in w
            and w.lower() not in ING_NOUNS  # ("oil drilling", "for regulating": nouns)
            and not (w.endswith("ing") and j and subject[j - 1].lower() in SUBJECT_PREPOSITIONS | {"and", "or"})
            for j, w in enumerate(subject)):
        return text, verb_at  # "to tell the Department of Defense (DoD) whether ...": not a plain noun phrase
    # A bare plural head may be two words ("High waves | from tropical storm Alex"); after an article a head of two
    # words names too little ("A partner | in the well").
    bare = subject[0].lower() not in DETERMINERS and subject[1][:1].islower() and subject[1].endswith("s") \
        and not subject[1].endswith("ss") and subject[1].isalpha()
    for i in range(2 if bare else 3, len(subject) - 1):
        dropped = " ".join(subject[i:])
        head = " ".join(subject[:i])
        if subject[i].lower() == "of" and re.search(r"\d[\d,.]*(?:\s+\S+)?$", head):
            continue  # "About 423 miles | of American shoreline": a quantity says nothing without what it counts
        if placing_phrase(subject, i, text[verb_at:]) or gerund_before_complement(subject, i):
            continue  # "A study of the effects | of the spill": :mod:`.placing_phrases`, :mod:`.gerund_complements`
        if (subject[i].lower() in SUBJECT_PREPOSITIONS or compass_place(subject, i) or (subject[i].lower() in _POSTNOMINAL_ADJECTIVES
                                                             and subject[i + 1].lower() in {"for", "with", "of", "to"})) \
                and not any(q in head for q in "“\"(") and not measured_place(subject, i) \
                and not (subject[i - 1][:1].isupper() and subject[i + 1][:1].isupper()) \
                and not re.search(r"\b(?:which|who|whom|whose|that)\b|\s[-—–]+\s|,", head) \
                and not re.search(r"[“”\",;()]|\s[-—–]+\s|\b(?:and|but|or|that|which|who|where|when|because|while|"
                                  r"whether|if|what|how|why|not|never|no)\b|n['’]t\b",
                                  re.sub(r"\bbetween\s+[^,;]+?\s+and\b", "between", dropped)) \
                and not any(finite_verb(w.lower(), subject[j - 1].lower()) for j, w in enumerate(subject[i:], i)):
            head = " ".join(subject[:i]).rstrip(",")
            return head + " " + text[verb_at:], len(head) + 1
    return text, verb_at

def title_length(text: str) -> int:
    """The length ``text`` has as a title: its closing full stop goes (an abbreviation's stays), so it does not count
    against the limit ("... cut back the night services." is a title of 89 characters, not 90)."""
    text = text.rstrip()
    quoted = _WHOLLY_QUOTED.fullmatch(text)
    if quoted:
        # A sentence wholly inside one quotation ("“The families will be paid in full.”") is as long as its words:
        # its marks say whose words they are, they are none of them.
        return title_length(quoted.group(1))
    closing = text.endswith(".") and not ABBREVIATION_END.search(text)
    return len(text) - 1 if closing else len(text)


_WHOLLY_QUOTED = re.compile(r"[“\"]([^“”\"]+)[”\"]\.?")


#: Conjunctions that open a subordinate clause ("because of", "since then" are prepositional and stay).
_SUBORDINATE_START = re.compile(r"(?i)(?:since|because|although|though|whereas|while)\s+(?!of\b|then\b)(?=[a-z])")


def _limit(text: str, verb_at: int = 0) -> str:
    """At most MAX_WORDS words and MAX_CHARS characters, cut before a phrase starts, never inside one."""
    opener = _SUBORDINATE_START.match(text)
    if opener and "," not in text and len(text[opener.end():].split()) >= 3:
        # "Since in his address the president is expected to announce": a subordinate clause with no main clause
        # after it is a fragment; its content is the news, so the conjunction goes.
        text = text[opener.end():]
        text = text[0].upper() + text[1:]
        verb_at = max(0, verb_at - opener.end())
    fronted = _FRONTED_PHRASE.match(text) if not verb_at and len(text) > MAX_CHARS else None
    if fronted and len(text[fronted.end():].split()) >= 3:
        # "Under pressure from ..., Globex yields to ...": the main clause is the news; the fronted phrase goes
        # before it is cut, as a subordinate clause would.
        text = text[fronted.end():].strip()
        text = text[0].upper() + text[1:]
    full = text
    if title_length(text) <= MAX_CHARS and len(text.split(" ")) <= MAX_WORDS + 4 \
            and not re.search(r"[,;:]\s", text[verb_at:]):
        return text  # one whole clause that fits beats any cut of it, though its words are many and short
    # The most words whose text fits in MAX_CHARS, then the phrase-respecting cut within them.
    fit, length = 0, -1
    for word in text.split(" ")[:MAX_WORDS]:
        length += len(word) + 1
        if length > MAX_CHARS:
            break
        fit += 1
    text = _limit_words(text, max(4, fit), verb_at)
    words = len(text.split(" "))
    while len(text) > MAX_CHARS and words > 4:
        words -= 1
        text = _limit_words(text, words, verb_at)
    if text != full:
        # A phrase the cut left hanging after a comma ("..., along") goes with the rest of it, unless the words
        # before the comma hold no verb: then what follows it is the main clause (", Acme bows").
        before = re.sub(r",\s+\S+(?:\s+\S+)?$", "", text)
        if before != text and len(before.split()) >= 4 and not _FRONTED.match(text):
            text = before
        text = _end_before_cut_quote(text, full)
        text = _end_before_cut_dash(text, full, verb_at)
        text = end_outside_noun_phrase(text, full)
    return text


#: A dash set off by spaces opens a phrase of its own: a list ("the other towns - Ashby, Wickham and Thorne"), an
#: appositive or a gloss ("a yield of 6.5% - some 2.75% more expensive than ...").
_OPEN_DASH = re.compile(r"\s(?:-|--|—|–)\s")


def _end_before_cut_dash(text: str, full: str, verb_at: int) -> str:
    """A cut that falls inside the phrase a dash opened ("the other towns hit by the storm - Ashby" before ", Wickham
    and Thorne") ends before the dash, where the clause before it is whole; the phrase after a dash is an addition
    to it, and a part of it reads as the whole."""
    dashes = list(_OPEN_DASH.finditer(text))
    if not dashes or len(dashes) % 2 == 0:
        return text  # no dash, or the dashed phrase closes inside the title
    after = full[len(text):].lstrip()
    if not (after[:1] == "," or after.split(" ", 1)[0].lower() in {"and", "or", "nor", "than", "of", "to"}):
        return text  # "has taken a big hit - dropping by 6.5%" before "on Thursday": the dashed phrase is whole
    head = text[:dashes[-1].start()].rstrip(" ,;:")
    words = head.split(" ")
    if len(words) >= 4 and len(head) > verb_at and whole_phrase(words, dashes[-1].group(0).strip()) and not clause_without_verb(
            [w.lower().strip("“”\"‘’,;:()") for w in words]):
        return head
    return text


#: A sentence that opens with a preposition or a subordinating word has its main clause after the comma.
_FRONTED_PHRASE = re.compile(r"(?:Under|After|Before|Despite|Although|Though|While|When|As|With|Without|Amid|"
                             r"Following|Faced|Facing|Given|In|On|At|For|From|Since|Because|If|Unless|Once|Until|"
                             r"During|Like|Unlike)\s[^,“”\"]*,")
_FRONTED = re.compile(_FRONTED_PHRASE.pattern + r"\s+\S+(?:\s+\S+)?$")


def _end_before_cut_quote(text: str, full: str) -> str:
    """A quotation the cut left open was cut short: closing it would pass part of what was said for the whole.
    The title ends before the quotation when the words before it are a whole clause ("says it sometimes
    “takes a tragedy ...": no), else keeps the words without quotation marks it cannot close."""
    opened = max(text.rfind("“"), text.rfind('"') if text.count('"') % 2 else -1)
    if opened < 0 or (text.count("“") <= text.count("”") and text.count('"') % 2 == 0):
        return text
    rest = full[len(text):]
    if not re.search(r"[”\"]", rest) or re.match(r"[\s,.;:!?]*[”\"]", rest):
        return text  # the quotation ends where the title does: it is whole
    head = text[:opened].rstrip(" ,;:")
    words = head.split(" ")
    frame = words[-1].lower().strip("“”\"‘’,;:()")
    if len(words) >= 4 and whole_phrase(words, text[opened:].split(" ")[0]) and verb_between(words[1:]) \
            and frame not in FRAME_VERBS and frame not in _SAYING_ING:
        return head  # ("responded by saying: “The letter ...": the frame alone says nothing)
    return text[:opened] + text[opened + 1:]  # ("the president says the crisis will “take years”": the marks go)


def _limit_words(text: str, max_words: int, verb_at: int = 0) -> str:
    strict, at_boundary = _limit_words_once(text, max_words, verb_at, True)
    words = strict.split(" ")
    if (not at_boundary or (len(words) > 1 and verbish(words[-1].lower().strip("“”\"‘’"), words[-2].lower()))) \
            and len(words) < len(text.split(" ")):
        # Keeping a coordinated object whole left no phrase boundary, or the verb without any object ("accuses"
        # before "BP and the other companies"): its first noun phrase says more than none.
        loose, loose_at_boundary = _limit_words_once(text, max_words, verb_at, False)
        if loose_at_boundary and len(loose) > len(strict):
            return loose
    return strict


#: Participles that name what a thing is for ("a cap aimed at stopping the flow", "a team tasked with a review"):
#: after a noun they open a phrase as an "-ing" participle does ("compared with", as "according to", a comparison's).
_AIM_PARTICIPLES = {"aimed", "geared", "tasked", "slated"}


#: Forms of "be" that make a progressive with an "-ing" word after them.
_BE_FORMS = {"is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s"}
#: Adverbs of time and degree that stand between "be" and its "-ing" word ("was tonight facing", "is still trying").
_BETWEEN_BE_AND_ING = {"now", "still", "also", "already", "today", "tonight", "yesterday", "again", "just", "even",
                       "then", "once", "not", "never", "always", "soon", "increasingly"}


def _progressive_after_adverb(words: list[str], k: int) -> bool:
    """Whether the "-ing" word at ``k`` is the verb of a progressive whose "be" stands before an adverb or a day
    word ("was tonight | facing a disaster", "is now | trying"): the verb's own phrase, no phrase of its own; a
    cut there leaves the clause without its predicate ("Britain's biggest oil company is tonight")."""
    j = k - 1
    while j > 0 and k - j <= 2 and (words[j].lower() in _BETWEEN_BE_AND_ING or words[j].lower() in WEEKDAY_NAMES
                                    or re.fullmatch(r"[a-z]{3,}ly", words[j]) is not None):
        j -= 1
    return j < k - 1 and words[j].lower() in _BE_FORMS


def _limit_words_once(text: str, max_words: int, verb_at: int, coordination: bool) -> tuple[str, bool]:
    """The cut and whether it falls at a phrase boundary (before a preposition, conjunction or quote)."""
    words = text.split(" ")
    if len(words) <= max_words:
        return text, True
    best = relaxed = None
    # Never cut before the main verb and the first word after it.
    lowest = max(3, len(text[:verb_at].split()) + 1) if verb_at else 3
    fronted = _FRONTED_PHRASE.match(text)
    if fronted and not verb_at:
        lowest = max(lowest, len(fronted.group(0).split()) + 2)  # (and its subject and verb after the comma)
    if lowest >= max_words:
        # The verb taken for the main one lies past the limit (often a later clause's: "the spill far exceeds ...,
        # but there hasn't been"): no cut reaches it, so the cut must still end a phrase, not fall at the limit.
        lowest = 3
    for k in range(min(len(words), max_words + 1) - 1, lowest, -1):
        nxt = words[k].lower().strip("“”\"‘’,")
        # A participle clause after a noun opens a phrase too: "a bill for $69 million | giving it until July".
        # ("new legislation | aimed at preventing ...": a participle that names its aim opens a phrase after a noun)
        participle = ((nxt.endswith("ing") and len(nxt) > 4 and nxt not in ING_NOUNS) or nxt in _AIM_PARTICIPLES
                      or (nxt == "compared" and words[k + 1:k + 2] in (["with"], ["to"]))) \
            and words[k - 1].lower() not in AUX | DETERMINERS and not verbish(words[k - 1].lower(), words[k - 2].lower()) \
            and not _progressive_after_adverb(words, k) \
            and not noun_after_adjective(words[k - 2].lower().strip("“”\"‘’,"), words[k - 1].lower())  # ("hostile | questioning")
        # "the next steps | his administration will take": a possessive after a noun opens a new phrase.
        possessive = nxt in {"his", "her", "its", "their", "our"} and not verbish(
            words[k - 1].lower(), words[k - 2].lower()) and words[k - 1].lower() not in WEAK_END
        # "a mild infection | just because no one has died": a focusing adverb opens the phrase it focuses.
        focused = nxt in _FOCUSING and k + 1 < len(words) and words[k + 1].lower() in _FOCUSED_OPENERS
        ranged = nxt == "of" and any(range_open(words[:j], words[j:j + 2]) for j in (k + 2, k + 3))  # ("of | 2.7 million to 4.6 million")
        if (nxt in BREAK_WORDS or participle or possessive or focused or ranged or words[k][:1] in QUOTE_OPEN or words[k - 1][-1:] in ",;:"
                or nxt in {"--", "—", "–", "-"}) and not _frame_before_quote(words, k) and not range_open(words[:k], words[k:k + 2]) \
                and whole_phrase(words[:k], words[k], words[k + 1:k + 6] if coordination else None):
            if complement_missing(words[:k], words[k], words[k + 1:k + 6]):
                # "investors will lose out | on the payment": an earlier whole clause is better, unless reaching
                # it drops a verb ("means investors | will lose out").
                relaxed = k if relaxed is None else relaxed
                continue
            best = relaxed if relaxed is not None and verb_between(words[k:relaxed]) else k
            break
    best = relaxed if best is None and relaxed is not None else best
    at_boundary = best is not None
    if best is None:
        best = max_words
        floor = max(4, lowest + 1)
        while best > floor and (not whole_phrase(words[:best], words[best] if best < len(words) else None,
                                                  words[best + 1:best + 6] if coordination else None)
                                or (best < len(words) and complement_missing(words[:best], words[best],
                                                                             words[best + 1:best + 6])
                                    and not verb_between(words[best - 1:best]))):  # (a finite verb stays)
            best -= 1
        if best == floor and not whole_phrase(words[:best], words[best]):
            best = phrase_boundary(words, max_words, lowest)
        while floor > best > 6 and best < len(words) and (lambda nxt: dated_modifier(words[:best], nxt) or comparative_before_noun(
                words[:best], nxt))(words[best].lower().strip("“”\"‘’,;:()")):
            best -= 1  # the verb lies past the limit: at least no modifier is cut from its noun
        opened = unfinished_clause(words, best, lowest)
        if opened is not None:
            best = opened  # "showed no signs of slowing | as the Philippines": the earlier whole clause
    return " ".join(words[:best]).rstrip(",;:"), at_boundary


#: Adverbs that focus the phrase or clause after them: "just because", "shortly before", "partly as a result".
_FOCUSING = {"just", "only", "even", "partly", "largely", "mainly", "mostly", "simply", "precisely", "exactly", "shortly",
             "soon", "long", "right", "well", "chiefly", "solely", "primarily", "purely", "especially", "particularly"}
#: Words that open a phrase of reason, time or condition a focusing adverb may stand before.
_FOCUSED_OPENERS = {"because", "before", "after", "since", "when", "while", "as", "if", "though", "until", "once"}


def _frame_before_quote(words: list[str], k: int) -> bool:
    """ "responded by saying: | “The letter ...": a verb of saying before the quotation it introduces is no end."""
    frame = words[k - 1].lower().strip("“”\"‘’,;:()")
    return words[k][:1] in QUOTE_OPEN and (frame in FRAME_VERBS or frame in _SAYING_ING)


def balance_quotes(text: str) -> str:
    while text.count("“") > text.count("”"):
        text = text.rstrip(" ,;:") + "”"
    if text.count("”") > text.count("“"):
        text = text.replace("”", "", text.count("”") - text.count("“"))
    if text.count('"') % 2:
        text = text.replace('"', "")
    return text
