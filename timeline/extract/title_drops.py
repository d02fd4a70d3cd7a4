"""Shortening a cut title by what a headline drops, and the open ends the older checks miss (issue 16).

A strict editor rejects a title that stops inside a phrase: on an amount's opener ("quarantined a group of at
least"), inside a subordinate clause before its verb ("learned what kind of virus Mexico was facing after tests"
before "by laboratories ... confirmed"), on a participle that opens a reduced relative clause ("confirmed swine flu in
a married couple living" before "in the central part of the state"), on a verb whose object follows ("when it
ordered" before "work crews"), on the second of two coordinated verbs ("and also appeared" before "in the United
States"), or inside an aside set off by commas that the clause goes on after ("before the fund, set up after
meetings" before ", began operation"). :func:`cut_open` tells these.

Before the title writer gives up content by ending at an earlier phrase boundary, it drops what a headline drops and
cuts again: adverbs that add nothing a timeline needs ("also", "then", "particularly"), the first of two verbs that
share one object ("could [poison and] suffocate sea life"), an aside between commas
("the fund[, set up after meetings with President Barack Obama,] began operation") and a fronted phrase before the
main clause ("[Based on a timeline Allen releases,] the blowout preventer could begin being raised"). Negations,
hedges and limits stay; so does a quotation's every word. :func:`dropped_whole` offers the result only when it ends
whole; :func:`earlier_whole` is the last resort, the latest phrase boundary past the verb where the title ends whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from timeline.english_auxiliaries import MODAL_VERBS, auxiliaries
from timeline.english_verbs import ING_NOT_VERBS
from timeline.extract.adjective_words import adjective_before
from timeline.extract.title_open import FRAME_VERBS, SUBORDINATORS, finite_at
from timeline.extract.title_rephrase import clause_waits, object_opens, sure_end
from timeline.extract.title_words import BREAK_WORDS, DETERMINERS, MAX_CHARS, WEAK_END, verbish

__all__ = ["Drop", "cut_open", "dropped_whole", "earlier_whole"]

#: Adverbs a headline leaves out: they place the statement among others ("also", "then") or intensify it
#: ("particularly badly hit"); none of them hedges, limits or reverses the claim.
_SPARE_ADVERBS = {"also", "then", "later", "particularly", "especially", "naturally", "famously", "steadily",
                  "subsequently", "meanwhile", "additionally", "further", "furthermore", "moreover", "once", "again"}
#: Openers of an amount that wait for their number ("a group of at least | 20 students").
_AMOUNT_PAIRS = {("at", "least"), ("at", "most"), ("up", "to"), ("more", "than"), ("less", "than"), ("fewer", "than"),
                 ("as", "many"), ("as", "much"), ("as", "few"), ("as", "little"), ("some", ""), ("about", ""),
                 ("nearly", ""), ("almost", ""), ("around", ""), ("roughly", ""), ("over", "")}
#: Subject pronouns: a verb form right after one is its clause's finite verb ("when it | ordered").
_SUBJECT_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you"}
#: Prepositions that open a participle's phrase ("a couple living | in the central part").
_PREPOSITIONS = {"in", "on", "at", "by", "for", "from", "with", "to", "into", "over", "under", "near", "across",
                 "along", "through", "inside", "outside", "off", "around"}
#: "-ing" words that are nouns or prepositions ("a meeting in", "the building at"): english_verbs.ING_NOT_VERBS
#: (but "bring", a verb, and "earning", which this rule never held) and the "-ing" nouns of trades and acts.
_ING_NOUNS = (ING_NOT_VERBS - {"bring", "earning"}) | {
    "spending", "training", "warning", "bombing", "shooting", "fighting", "killing", "drilling", "flooding",
    "offering", "housing", "ruling", "opening", "finding", "earnings", "savings", "briefing", "filing",
    "listing", "rating", "setting", "pending", "regarding", "concerning", "following", "beginning", "landing",
    "crossing", "clothing", "dealing", "wedding", "painting", "recording", "reading", "trading", "selling",
    "buying", "lending", "borrowing", "banking", "shipping", "fishing", "mining", "farming", "marketing",
    "advertising", "boating", "swimming", "hunting", "logging", "testing"}
#: Words that open a fronted phrase before the main clause ("Based on ...,", "Despite ...,", "In 2010,").
_FRONTED_OPENERS = {"based", "under", "after", "before", "despite", "with", "without", "amid", "following", "faced",
                    "facing", "given", "in", "on", "at", "for", "from", "during", "like", "unlike", "speaking",
                    "starting", "beginning", "as", "by", "since", "while", "although", "though", "when"}


def _clean(word: str) -> str:
    return word.lower().strip("“”\"‘’,;:()")


def _ing_participle(word: str) -> bool:
    """Whether ``word`` is an "-ing" participle that may open a reduced relative clause after a noun ("a couple living
    in"); a participle in "-ed" or an irregular one is as often a noun or the clause's own verb ("a pipe cut in")."""
    return word.endswith("ing") and len(word) > 5 and word not in _ING_NOUNS


def cut_open(kept: list[str], rest: list[str]) -> bool:
    """Whether a title of the words ``kept``, which the sentence goes on with ``rest``, ends inside a phrase in a way
    :func:`.title_whole.ends_open` does not tell (see the module's note)."""
    if not kept or not rest or len(kept) < 3 or not kept[-1][-1:].isalnum():
        return False
    last, before, nxt = _clean(kept[-1]), _clean(kept[-2]), _clean(rest[0])
    number_next = re.match(r"[$£€#]?\d", rest[0]) is not None
    if number_next and ((before, last) in _AMOUNT_PAIRS or (last, "") in _AMOUNT_PAIRS):
        return True  # "a group of at least" before "20 Canadian students"
    if before in _SUBJECT_PRONOUNS and kept[-1].isalpha() and kept[-1].islower() and verbish(last, before) \
            and object_opens(rest):
        return True  # "when it ordered" before "work crews"
    if before in {"and", "or"} or (len(kept) > 3 and _clean(kept[-3]) in {"and", "or"} and before in _SPARE_ADVERBS):
        # "and also appeared" before "in the United States": the second predicate cut to its verb
        head = kept[:-2] if before in {"and", "or"} else kept[:-3]
        if kept[-1].islower() and re.fullmatch(r"[a-z]{3,}ed", last) and nxt in _PREPOSITIONS \
                and any(finite_at(head, j) for j in range(1, len(head))):
            return True
    if before in _MODALS and nxt in {"and", "or"} and len(rest) > 2 and _shared_object(kept[-1], rest[1], rest[2]):
        return True  # "plumes could poison" before "and suffocate sea life": the verbs share the object that follows
    if _participle_last(kept) and nxt in _PREPOSITIONS | DETERMINERS:
        return True  # "a married couple living" before "in the central part of the state"
    return _subordinate_waits(kept, rest) or _aside_cut(kept, rest)


#: Words that open a clause of their own inside the subordinate clause's phrase ("as an occasion | in which he lays").
_RELATIVE_WORDS = {"which", "who", "whom", "whose", "that", "where"}


def _subordinate_waits(kept: list[str], rest: list[str]) -> bool:
    """Whether the cut falls in a subordinate clause before its verb ("facing after tests | by laboratories in Canada
    confirmed"): :func:`.title_rephrase.clause_waits`, unless the text goes on with a conjunction ("cut throat as ever
    | and one gets"), the clause is a participle's ("before meeting the executives") or the verb found is a relative
    clause's ("seen as an occasion | in which he lays")."""
    if _clean(rest[0]) in {"and", "but", "or"} or _participle_clause(kept) or not clause_waits(kept, rest):
        return False
    words = kept + rest
    verb = next((j for j in range(len(kept), len(words)) if finite_at(words, j)), len(words))
    return not any(_clean(w) in _RELATIVE_WORDS for w in words[len(kept):verb])


#: Words before a bare verb: a modal or the infinitive's "to".
_MODALS = {"will", "would", "could", "can", "may", "might", "must", "should", "to"}


def _shared_object(verb: str, other: str, after: str) -> bool:
    """Whether ``verb`` and ``other``, joined by "and" or "or", are two bare verbs before one object (``after`` opens
    it): "poison and suffocate | sea life", "repair or replace | the pipes"."""
    verb, other = _clean(verb), _clean(other)
    return verb.isalpha() and other.isalpha() and verbish(verb, "to") and verbish(other, "to") \
        and not other.endswith(("ed", "ing")) and not verb.endswith(("ed", "ing")) and after[:1].islower() \
        and _clean(after) not in BREAK_WORDS | WEAK_END - DETERMINERS


def _frame_without_verb(kept: list[str], verb_word: int) -> bool:
    """Whether the main verb (word ``verb_word``) is a frame whose clause has no finite verb among ``kept`` ("Researchers
    warn miles-long plumes of oil" before "could poison"): what was said is not there."""
    return verb_word < len(kept) and _clean(kept[verb_word]) in FRAME_VERBS \
        and not any(finite_at(kept, j) for j in range(verb_word + 2, len(kept)))


def _participle_last(kept: list[str]) -> bool:
    """Whether ``kept`` ends on an "-ing" participle right after a noun, the first word of a reduced relative clause
    ("a married couple living"); after "with" the participle is the predicate of its noun ("with the shares falling")."""
    last, before = _clean(kept[-1]), _clean(kept[-2])
    return kept[-1].isalpha() and kept[-1].islower() and _ing_participle(last) and before.isalpha() \
        and before not in WEAK_END | BREAK_WORDS and not verbish(before, _clean(kept[-3])) \
        and not any(_clean(w) == "with" for w in kept[-7:-1]) and not adjective_before(before)  # ("medical screening")


def _participle_clause(kept: list[str]) -> bool:
    """Whether the last subordinating word of ``kept`` opens a participle clause ("before meeting the executives"),
    which has no finite verb to wait for."""
    opener = max((i for i, w in enumerate(kept) if _clean(w) in SUBORDINATORS), default=None)
    return opener is not None and opener + 1 < len(kept) and _clean(kept[opener + 1]).endswith("ing")


def _aside_cut(kept: list[str], rest: list[str]) -> bool:
    """Whether the cut falls in an aside set off by commas after which the clause goes on with its verb: "before the
    fund, set up after meetings | with President Barack Obama, began operation"."""
    opened = next((i for i in range(len(kept) - 2, 1, -1) if kept[i][-1:] == ","), None)
    if opened is None:
        return False
    for j, word in enumerate(rest[:12]):
        if word[-1:] in ";:.!?":
            return False
        if word[-1:] == "," and j + 1 < len(rest) and rest[j + 1][:1].islower() and rest[j + 1].isalpha() \
                and _clean(rest[j + 1]) not in BREAK_WORDS | WEAK_END - {"will", "would", "could", "can", "may",
                                                                           "has", "have", "had", "is", "was", "are"}:
            words = kept + rest
            return finite_at(words, len(kept) + j + 1)
    return False


@dataclass(frozen=True)
class Drop:
    """A span of the title's text a headline may leave out, and why (for tests and debugging)."""

    start: int
    end: int
    kind: str


def _spare_adverbs(text: str, verb_at: int) -> list[Drop]:
    """ "has [also] appeared", "may be [particularly] badly hit": adverbs from :data:`_SPARE_ADVERBS` outside quotations
    and after the subject's first word."""
    drops, quoted = [], False
    for m in re.finditer(r"\S+", text):
        word = m.group(0)
        inside = quoted or word[:1] in "“\""
        for mark in re.findall(r"[“”\"]", word):
            quoted = mark == "“" or (mark == '"' and not quoted)
        if inside or m.start() == 0 or word.lower() not in _SPARE_ADVERBS:
            continue
        after = text[m.end():m.end() + 1]
        before = text[:m.start()].rstrip()
        if after != " " or before[-1:] in ",;:" or not before:
            continue  # ("..., then," and "[Then] the oil ...": an adverb set off or opening the sentence is the writer's link)
        if word.lower() in {"once", "again", "further", "later", "then"} and not _verb_next(text, m.end()):
            continue  # ("once a year", "further action", "later this week": the word belongs to its phrase)
        drops.append(Drop(m.start(), m.end() + 1, "adverb"))
    return drops


_JOINED_VERBS = re.compile(r"(?<=\s)(?:" + auxiliaries(MODAL_VERBS, without={"shall"}) + r"|to)\s+(([a-z]+)\s+(?:and|or)\s+)([a-z]+)"
                           r"(?=\s+(\S+))")


def _joined_verbs(text: str, verb_at: int) -> list[Drop]:
    """ "could [poison and] suffocate sea life": the first of two bare verbs that share their object; the second stands
    next to the object, so the clause stays whole even when the first verb takes none ("could [leak and] contaminate
    the river")."""
    return [Drop(m.start(1), m.end(1), "joined verb") for m in _JOINED_VERBS.finditer(text)
            if m.start() > verb_at - 1 and _shared_object(m.group(2), m.group(3), m.group(4))]


def _verb_next(text: str, at: int) -> bool:
    words = text[at:].split()
    return bool(words) and words[0].islower() and (verbish(_clean(words[0]), "") or re.fullmatch(
        r"[a-z]{3,}(?:ed|en)", _clean(words[0])) is not None)


#: An aside set off by commas that opens with a participle, an article or "one" ("the fund, set up after meetings with
#: the president, began"; "a second method, one that will add capacity, will take").
_ASIDE = re.compile(r",\s+((?:[a-z]{3,}ed|set|made|built|run|held|known|(?:the|a|an|one)(?=\s))"
                    r"(?:[^,;:“”\"()]|(?<=\d),(?=\d{3})){6,120}?),\s+(?=[a-z])")  # ("up to 10,000 barrels": a number's comma)


def _asides(text: str, verb_at: int) -> list[Drop]:
    """Asides between commas after the subject's first words, followed by the clause's own words (no conjunction)."""
    drops = []
    for m in _ASIDE.finditer(text):
        after = text[m.end():].split(" ", 1)[0].lower()
        if m.start() < 3 or after in {"and", "or", "but", "nor", "as", "than"}:
            continue
        first = m.group(1).split(" ", 1)[0].lower()
        if first in {"the", "a", "an"} and m.start() < verb_at:
            continue  # ("BP, the oil giant, said": an appositive before the verb names; :func:`_drop_appositive`'s)
        drops.append(Drop(m.start(), m.end() - 1, "aside"))
    return drops


#: A phrase before the main clause that ends with "notwithstanding" ("The threat notwithstanding, Long builds").
_NOTWITHSTANDING = re.compile(r"^[^,;:“”\"]{3,100}?\s+(?:notwithstanding|aside),\s+")
_FRONTED = re.compile(r"^([A-Za-z]+)\b[^;:“”\"]{2,100}?,\s+")


def _fronted(text: str, verb_at: int) -> list[Drop]:
    """A phrase before the main clause's subject: "[Based on an updated timeline Allen releases,] the blowout preventer
    could begin", "[The threat of impeachment notwithstanding,] Long builds"."""
    m = _NOTWITHSTANDING.match(text) or _FRONTED.match(text)
    if m is None or m.end() >= verb_at or "," in text[:m.end() - 2]:
        return []
    if m.re is _FRONTED and m.group(1).lower() not in _FRONTED_OPENERS:
        return []
    main = text[m.end():verb_at].split()
    if not main or len(main) > 8 or not all(w[-1:].isalnum() or w[-2:] in {"'s", "’s"} for w in main):
        return []  # (the main clause's subject runs from the comma to the verb, whole)
    return [Drop(0, m.end(), "fronted")]


def _apply(text: str, verb_at: int, drops: list[Drop]) -> tuple[str, int]:
    """``text`` without the spans of ``drops`` (which do not overlap), and the main verb's new offset."""
    out, at, shift = [], 0, 0
    for drop in sorted(drops, key=lambda d: d.start):
        out.append(text[at:drop.start])
        if drop.end <= verb_at:
            shift += drop.end - drop.start
        at = drop.end
    out.append(text[at:])
    result = "".join(out)
    if drops and min(d.start for d in drops) == 0 and result:
        result = result[0].upper() + result[1:]
    return result, verb_at - shift


Cutter = Callable[..., str]


def dropped_whole(text: str, verb_at: int, cut: Cutter, ends_open: Callable[[list[str], list[str]], bool]) -> str | None:
    """The title ``cut`` (:func:`.title_whole.whole_cut`) writes from ``text`` without what a headline drops, adding
    one kind of drop after another (adverbs, the first of two verbs, asides, a fronted phrase) until the cut ends whole; None when none
    does. The verb at ``verb_at`` stays."""
    if verb_at <= 0:
        return None
    taken: list[Drop] = []
    for kind in (_spare_adverbs, _joined_verbs, _asides, _fronted):
        more = [d for d in kind(text, verb_at) if not (d.start <= verb_at < d.end)
                and not any(d.start < t.end and t.start < d.end for t in taken)]
        if not more:
            continue
        taken += more
        shorter, at = _apply(text, verb_at, taken)
        again = cut(shorter, at, heads=False)
        if not shorter.startswith(again):
            continue
        after = shorter[len(again):].split()
        if len(again.split()) - len(shorter[:at].split()) >= 2 and sure_end(again.split(), after) \
                and not _frame_without_verb(again.split(), len(shorter[:at].split())) \
                and not (after and (ends_open(again.split(), after) or cut_open(again.split(), after))):
            return again
    return None


def earlier_whole(kept: list[str], rest: list[str], verb_word: int,
                  ends_open: Callable[[list[str], list[str]], bool]) -> str | None:
    """The latest phrase boundary before the cut at least two words past the main verb (word ``verb_word``) where the
    title ends whole by both checks: before a break word, a comma, or the participle the cut ends on after a noun
    ("in a married couple | living"); None when there is none."""
    words = kept + rest
    for k in range(len(kept) - 1, verb_word + 2, -1):
        low = _clean(words[k])
        boundary = low in BREAK_WORDS or words[k - 1][-1:] in ",;:" or (k == len(kept) - 1 and _participle_last(kept))
        if boundary and not ends_open(words[:k], words[k:]) and not cut_open(words[:k], words[k:]) \
                and not _frame_without_verb(words[:k], verb_word):
            title = " ".join(words[:k]).rstrip(",;:")
            return title if len(title) <= MAX_CHARS else None
    return None
