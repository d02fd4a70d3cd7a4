"""Shortening a title by rephrasing, not cutting (issue 16).

A cut that ends on a verb whose object the sentence goes on to give ("BP's refusal to release the footage was
blocking | independent efforts", "the decision has unintentionally fanned | sectarian tensions"), or before the head
noun of its last phrase ("to secure fresh oil | contracts"), reads as a fragment: an editor keeps subject, verb and
object and drops what a headline drops instead. This module tells such open ends where the older checks do not (a
verb in the progressive, or a perfect with an adverb before its participle, before an object that opens with an
adjective or a count; a cut right before a head noun) and offers the rephrasings that lose the least, in this order:
the adverbs of manner between the auxiliary and the verb ("has [unintentionally] fanned", "was [unanimously]
approved"); the object's head when it still fits; a judging adjective or participle before the head noun ("to
secure [fresh] oil contracts"); and, last, a plain "X says" frame when the clause it reports names its own subject
("[Scientists now say] the blown-out well could have been spewing as much as 2 million gallons"). Adverbs that hedge,
limit or reverse the claim ("allegedly", "only", "nearly", "partly", "temporarily", "posthumously"), words inside a
quotation, words that say which thing a noun names ("seasonal influenza vaccine") and a speaker whose words are
quoted stay. A rephrased title is taken only when it ends where a phrase surely ends (:func:`sure_end`).
"""

from __future__ import annotations

import re

from timeline.english_verbs import IRREGULAR_PARTICIPLES
from timeline.extract.saying_words import SAY_FORMS, alternation
from timeline.extract.title_complements import BE, INTRANSITIVE_PARTICIPLES, OBJECT_START, PERFECT
from timeline.extract.title_open import SUBORDINATORS, finite_at
from timeline.extract.title_premodifiers import _droppable
from timeline.extract.title_words import BREAK_WORDS, DETERMINERS, WEAK_END, verbish
from timeline.extract.unfinished_clauses import unfinished_clause

__all__ = ["POINTING", "head_noun_cut", "lighter_before_head", "object_reached", "sure_end", "verb_left_bare",
           "without_manner_adverbs", "without_plain_frame"]

#: Adverbs in "-ly" whose loss changes the claim: hedges, limits, degrees that fall short, times that bound it.
_MEANING_ADVERBS = {
    "only", "nearly", "hardly", "barely", "scarcely", "allegedly", "reportedly", "apparently", "possibly", "probably",
    "partly", "partially", "mostly", "largely", "mainly", "merely", "solely", "likely", "unlikely", "seemingly",
    "supposedly", "purportedly", "ostensibly", "wrongly", "falsely", "mistakenly", "wrongfully", "illegally",
    "unlawfully", "temporarily", "briefly", "initially", "originally", "previously", "formerly", "early", "newly",
    "recently", "currently", "eventually", "ultimately", "finally", "already", "rarely", "seldom", "never", "daily",
    "weekly", "monthly", "yearly", "annually", "jointly", "separately", "independently", "voluntarily", "privately",
    "publicly", "secretly", "openly", "formally", "informally", "officially", "unofficially", "conditionally",
    "provisionally", "tentatively", "narrowly", "slightly", "marginally", "modestly", "technically", "virtually",
    "almost", "effectively", "essentially", "fully", "personally", "directly", "indirectly",
    "reluctantly", "posthumously", "permanently", "easily", "automatically", "potentially", "immediately",
    "instantly", "repeatedly", "increasingly", "radically", "drastically", "severely", "critically", "seriously",
    "fatally", "mortally", "deliberately", "intentionally", "knowingly", "accidentally",
}
#: Words in "-ly" that are no adverb.
_NOT_ADVERBS = {"family", "rally", "italy", "july", "ally", "reply", "supply", "apply", "fly", "holy", "ugly", "elderly",
                "assembly", "jolly", "belly", "bully", "tally", "folly", "lily", "sally", "billy", "emily", "kelly"}
#: Words that mark a time or manner after a verb, not the start of its object ("was working | hard").
_NOT_OBJECTS = {"today", "tonight", "tomorrow", "yesterday", "now", "again", "too", "also", "either", "yet", "still",
                "hard", "fast", "well", "home", "abroad", "overseas", "ahead", "together", "alone", "instead",
                "overnight", "later", "earlier", "ago", "so", "far", "there", "here", "back", "away", "up", "down",
                "out", "off", "on", "in", "over", "around", "long", "late", "soon", "last", "next", "first"}
#: "-ing" words that are nouns or adjectives after "be" ("is something", "was interesting"): not
#: english_verbs.ING_NOT_VERBS, whose words are no verb anywhere; most of these are verbs elsewhere ("surprising them").
_ING_NOT_VERBS = {"something", "nothing", "anything", "everything", "interesting", "disappointing", "surprising",
                  "shocking", "worrying", "encouraging", "missing", "outstanding", "amazing", "willing", "boring",
                  "exciting", "troubling", "alarming", "devastating", "staggering", "damning", "misleading"}
_MOST = 2  # the most adverbs that stand between an auxiliary and its verb ("has also unintentionally fanned")


def _clean(word: str) -> str:
    return word.lower().strip("“”\"‘’,;:()")


def _adverb(word: str) -> bool:
    return (re.fullmatch(r"[a-z]{3,}ly", word) is not None and word not in _NOT_ADVERBS) \
        or word in {"also", "still", "now", "just", "already", "not", "never", "even", "then"}


def object_opens(rest: list[str]) -> bool:
    """Whether ``rest`` opens with a noun phrase an active verb would take as its object: an article or determiner,
    a number, "more" or "less" before a noun, a plain plural, an adjective before a noun ("independent efforts")."""
    first = _clean(rest[0])
    if not first:
        return False
    if first in OBJECT_START - {"no"} or re.fullmatch(r"[$£€]?\d[\d.,]*(?:bn|m|%)?", first):
        return True
    if not rest[0].isalpha() or not rest[0].islower() or first in BREAK_WORDS | WEAK_END | _NOT_OBJECTS \
            or _adverb(first):
        return False
    second = _clean(rest[1]) if len(rest) > 1 else ""
    noun_after = len(rest) > 1 and rest[1][:1].islower() and second.replace("-", "").isalpha() \
        and second not in BREAK_WORDS | WEAK_END | _NOT_OBJECTS and not _adverb(second) \
        and not verbish(second, first)
    if first in {"more", "less", "fewer", "much", "further", "greater", "new", "fresh"}:
        return noun_after
    # ("sectarian tensions", "independent efforts": an adjective and its noun; "efforts to": a plain plural)
    plural = first.endswith("s") and not first.endswith(("ss", "us", "is")) and len(first) > 3
    return noun_after or (plural and not verbish(first, ""))


def verb_left_bare(kept: list[str], rest: list[str]) -> bool:
    """Whether the title ``kept`` ends on an active verb in the progressive ("was blocking", "is pledging"), or on a
    perfect's participle after an adverb ("has unintentionally fanned"), while the sentence goes on in ``rest`` with
    the verb's object: the title says the verb acted on nothing."""
    if len(kept) < 3 or not rest or not kept[-1].isalpha() or not kept[-1].islower():
        return False
    last = _clean(kept[-1])
    j = len(kept) - 2
    while j > 0 and len(kept) - 2 - j < _MOST and _adverb(_clean(kept[j])) and _clean(kept[j]) != "not":
        j -= 1
    aux = _clean(kept[j])
    progressive = aux in BE and last.endswith("ing") and len(last) > 5 and last not in _ING_NOT_VERBS
    # (a perfect right before its participle is :func:`.title_complements.complement_missing`'s; after an adverb, ours)
    perfect = aux in PERFECT and j < len(kept) - 2 and last not in INTRANSITIVE_PARTICIPLES \
        and (re.fullmatch(r"[a-z]{3,}(?:ed|en)", last) is not None or last in IRREGULAR_PARTICIPLES) and last != "been"
    return (progressive or perfect) and object_opens(rest)


def without_manner_adverbs(text: str, verb_at: int) -> tuple[str, int] | None:
    """``text`` without the adverbs in "-ly" that stand right before a verb after its subject or auxiliary ("has
    [unintentionally] fanned", "has been [unanimously] approved", "[effectively] shuts down"), with the main verb's
    new offset; None when there is none to drop. Adverbs that change the claim (:data:`_MEANING_ADVERBS`) stay."""
    words = text.split(" ")
    kept, at, dropped_before_verb, quoted = [], 0, 0, False
    for i, word in enumerate(words):
        low = _clean(word)
        nxt = _clean(words[i + 1]) if i + 1 < len(words) else ""
        within = quoted or word[:1] in "“\""
        for mark in re.findall(r"[“”\"]", word):
            quoted = mark == "“" or (mark == '"' and not quoted)
        # (inside a quotation the words are the speaker's; after an article the adverb qualifies an adjective, "a
        # [tightly] fitting cap")
        droppable = not within and re.fullmatch(r"[a-z]{4,}ly", word) is not None and low not in _NOT_ADVERBS \
            and low not in _MEANING_ADVERBS and i > 0 and words[i - 1][-1:].isalpha() \
            and _clean(words[i - 1]) not in DETERMINERS and not re.search(r"['’]s$", words[i - 1]) \
            and nxt.isalpha() and (verbish(nxt, low) or re.fullmatch(r"[a-z]{3,}(?:ed|en)", nxt) is not None) \
            and not (_clean(words[i - 1]) in BE - {"been", "being"} and not nxt.endswith("ing"))
        if droppable:  # (after "was" the participle may tell a state the adverb grades: "was visibly relieved")
            if at < verb_at:
                dropped_before_verb += len(word) + 1
        else:
            kept.append(word)
        at += len(word) + 1
    if len(kept) == len(words):
        return None
    return " ".join(kept), max(0, verb_at - dropped_before_verb)


#: The most words an object may add to reach its noun ("was blocking | independent efforts").
_OBJECT_WORDS = 4


def object_reached(kept: list[str], rest: list[str], limit: int) -> str | None:
    """The title ``kept`` gone on to the head of the object its bare verb waits for (:func:`verb_left_bare`), ending
    where a phrase or clause starts after it ("was blocking independent efforts | to estimate ..."), when that fits
    ``limit`` characters and the object is at most :data:`_OBJECT_WORDS` words; None otherwise."""
    if not verb_left_bare(kept, rest):
        return None
    words = kept + rest
    for k in range(len(kept) + 1, min(len(words), len(kept) + _OBJECT_WORDS) + 1):
        title = " ".join(words[:k]).rstrip(",;:.")
        if len(title) > limit or re.search(r"[“”\"()]", words[k - 1]):
            return None
        if words[k - 1][-1:] in ",;:." or k == len(words) or _clean(words[k]) in BREAK_WORDS:
            return title if words[k - 1][-1:].isalnum() or words[k - 1][-1:] in ",;:." else None
    return None


def head_noun_cut(kept: list[str], rest: list[str]) -> int:
    """How many words of the noun phrase the title ends inside the cut left out, up to its head ("to secure fresh oil
    | contracts when ...", "to secure cheap | fuel contracts when ..."): at most :data:`_HEAD_WORDS` plain words that
    are no verb, after which a phrase or clause starts; 0 when the cut fell elsewhere."""
    if len(kept) < 4 or not rest or not re.fullmatch(r"[a-z]+(?:-[a-z]+)*", kept[-1]):
        return 0
    last, before = _clean(kept[-1]), _clean(kept[-2])
    if last in BREAK_WORDS | WEAK_END | _NOT_OBJECTS or _adverb(last) or verbish(last, before):
        return 0
    previous = last
    for m, word in enumerate(rest[:_HEAD_WORDS], 1):
        head = word.rstrip(",;:.")
        if not re.fullmatch(r"[a-z]+(?:-[a-z]+)*", head) or head in BREAK_WORDS | WEAK_END | _NOT_OBJECTS \
                or _adverb(head) or verbish(head, previous) or head.endswith("ing"):
            return 0
        if len(rest) == m or word[-1:] in ",;:." or _clean(rest[m]) in BREAK_WORDS:
            return m
        previous = head
    return 0


#: Words that count what follows ("$20 billion escrow fund"): they belong to the number before them, never dropped.
_COUNT_WORDS = {"hundred", "thousand", "million", "billion", "trillion", "dozen", "percent", "bn", "m"}
#: Adjectives that judge or stress rather than say which thing: a headline drops them first ("to secure [fresh] oil
#: contracts"). A word that classifies the noun ("seasonal influenza vaccine", "swine flu", "guest commentator") names
#: another thing without it and stays.
_JUDGING_ADJECTIVES = {"fresh", "huge", "massive", "big", "giant", "large", "major", "key", "crucial", "vital",
                       "important", "serious", "significant", "dramatic", "enormous", "vast", "unprecedented", "lucrative",
                       "controversial", "costly", "expensive", "ambitious", "stricken", "beleaguered", "embattled",
                       "troubled", "ill-fated", "devastating", "catastrophic", "terrible", "tragic", "bitter", "fierce",
                       "heated", "lengthy", "long-awaited", "much-needed", "high-profile", "landmark", "sweeping"}


def _describing(word: str) -> bool:
    """Whether ``word`` before a noun only describes it: a judging adjective, or a participle ("the [reconfigured]
    blowout preventer") that :mod:`.title_premodifiers` lets go."""
    low = word.lower()
    return _droppable(word) and low not in _COUNT_WORDS and (low in _JUDGING_ADJECTIVES or (
        re.fullmatch(r"[a-z]{4,}(?:ed|en)", low) is not None and low not in _NOT_PARTICIPLES))


#: Words in "-ed" or "-en" that are no participle, or whose loss changes the thing named.
_NOT_PARTICIPLES = {"red", "need", "speed", "seed", "feed", "bed", "shed", "hundred", "linen", "oxygen", "hydrogen",
                    "nitrogen", "women", "children", "citizen", "garden", "golden", "wooden", "broken", "damaged",
                    "injured", "wounded", "infected", "contaminated", "oiled", "leaked", "stolen", "banned", "closed",
                    "reopened", "frozen", "unnamed", "unidentified", "armed", "unarmed", "licensed", "unlicensed"}
#: The most words of a noun phrase a cut may have left out before its head.
_HEAD_WORDS = 2


def lighter_before_head(kept: list[str], rest: list[str], limit: int) -> str | None:
    """The title ``kept`` with the words up to the head noun the cut left out (:func:`head_noun_cut`) and without as
    few of the describing words before them as make it fit ``limit`` ("to secure [fresh] oil contracts"): the noun
    stays, and so does the word right before it; a modifier that changes what the noun names stays (see
    :mod:`.title_premodifiers`). None when no such title fits."""
    tail = head_noun_cut(kept, rest)
    if not tail:
        return None
    words = kept + [w.rstrip(",;:.") for w in rest[:tail]]
    start = len(kept) - 1
    while start > 1 and re.fullmatch(r"[a-z]+(?:-[a-z]+)*", words[start - 1]) \
            and _clean(words[start - 1]) not in BREAK_WORDS | WEAK_END | _COUNT_WORDS and not _adverb(words[start - 1]) \
            and not verbish(_clean(words[start - 1]), _clean(words[start - 2])):
        start -= 1
    for j in range(start - 1, len(words) - 2):
        if j >= start and not _describing(words[j]):
            return None
        title = " ".join(words[:start] + words[j + 1:])
        if len(title) <= limit:
            return title
    return None


#: "Scientists now say (that)": a speaker of at most six words and a plain verb of saying before what was said.
_PLAIN_FRAME = re.compile(r"(?:[\w.'’&-]+\s+){1,6}?(?:(?:now|also|still|further)\s+)?(?:" + alternation(SAY_FORMS) + r")\s+(?:that\s+)?"
                          r"(?=[\w$£€])")
#: A clause that opens with one of these points back at what the story named (the speaker, an earlier sentence):
#: without its frame it names nobody.
POINTING = {"he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your", "there",
             "this", "that", "these", "those", "such", "how", "what", "why", "whether", "if", "when", "where", "who"}


def without_plain_frame(text: str) -> str | None:
    """What a plain "X says" frame at the start of ``text`` reports, standing alone ("Scientists now say | the
    blown-out well could have been spewing as much as 2 million gallons ..."), when it opens with its own subject
    (no pronoun, no quotation) and holds no comma before it; None otherwise."""
    frame = _PLAIN_FRAME.match(text)
    if frame is None or re.search(r"[“”\"]", text) or re.search(r"[,;:()]", frame.group(0)):
        return None  # (what a quotation says keeps its speaker: "says the spill is “relatively tiny”")
    said = text[frame.end():]
    word = said.split(" ", 1)[0]
    first = re.sub(r"['’](?:ve|re|ll|d|s|m)$", "", _clean(word))
    # (the clause opens with its subject: a name, a count or a determiner, not "in a research note", "earlier")
    if first in POINTING or len(said.split()) < 5 or not (word[:1].isupper() or word[:1].isdigit()
                                                           or first in DETERMINERS - POINTING):
        return None
    return said[0].upper() + said[1:]


def sure_end(kept: list[str], after: list[str]) -> bool:
    """Whether a rephrased title ``kept``, which its text goes on with ``after``, ends where a phrase surely ends: the
    text's end, a comma or dash, or a word that opens a phrase or clause of its own (not "and" or "or", which may join
    two parts of one noun phrase: "avian influenza and other flu | strains"), and no subordinate clause is left
    without its verb ("after three students | from the same school ... came down")."""
    if not after:
        return True
    if unfinished_clause(kept + after, len(kept), 0) is not None or clause_waits(kept, after):
        return False
    return kept[-1][-1:] in ",;:" or after[0][:1] in ",;:—–-(" or _clean(after[0]) in (BREAK_WORDS | _PREPOSITIONS) - {
        "and", "or"}


#: Prepositions that open a phrase of place, time or company after a whole clause (not "of": "the evolution | of").
_PREPOSITIONS = {"between", "among", "near", "off", "along", "around", "across", "through", "toward", "towards",
                 "beyond", "outside", "inside", "per", "via", "aboard", "behind", "beside", "onto", "upon", "within",
                 "throughout", "ahead", "alongside"}


def clause_waits(kept: list[str], after: list[str]) -> bool:
    """Whether the last subordinate clause the title opens ("after three ferries") has no verb among the kept words
    while the text gives one soon after ("from the same company | ran aground")."""
    # ("as much as 3 million": the second "as" of a comparison opens no clause)
    opener = max((i for i, w in enumerate(kept) if i >= 2 and _clean(w) in SUBORDINATORS
                  and not (_clean(w) == "as" and _clean(kept[i - 2]) == "as")), default=None)
    if opener is None or any(verbish(_clean(w), _clean(kept[j - 1])) for j, w in enumerate(kept[opener + 1:], opener + 1)):
        return False
    words = kept + after
    for j in range(len(kept), min(len(words), len(kept) + _CLAUSE_REACH)):
        if finite_at(words, j):
            return True
        if words[j][-1:] in ",;:.!?" or _clean(words[j]) in SUBORDINATORS | {"and", "but"}:
            return False  # (a clause of its own starts: "an hour | before crews sealed the breach")
    return False


#: How far after the cut a subordinate clause's verb may stand.
_CLAUSE_REACH = 10
