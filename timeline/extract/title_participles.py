"""Participles inside a title's subject, which are no main verb to put in the headline present (issue 16).

Two rules of English tell a past participle that describes a noun from the clause's own past:

- after "no" (and "any", "other", "such"), or after a quantity word when the clause's verb follows, an "-ed"
  word stands between a determiner and its noun, so it is an adjective: "No populated areas are expected to be
  affected", "Several injured workers were flown out";
- a reduced relative clause: a common noun, a participle with no object after it (a preposition, an infinitive
  or a day follows), its phrase, and then a finite verb of the same clause, with no comma, clause word or quote
  between: "A survey released Tuesday of 2,600 residents showed ...", "A storm expected to hit the southern U.S.
  coast could affect ...". The finite verb later in the clause is the main one.

:func:`timeline.extract.title_words.main_verb_start` skips such a word and reads on to the clause's verb.

The finders of a clause's verb here (:func:`finite_verb_in`, :func:`finite_later`, :func:`past_verb_next`) are the
ones :func:`.happenings.reduced_relative` asks too, so one module says what a finite verb looks like.
"""

from __future__ import annotations

import re

from timeline.calendar_words import WEEKDAY_NAME_PATTERN
from timeline.english_verbs import (
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST_PATTERN,
    IRREGULAR_PAST_WORDS,
    PARTICIPLE_PREPOSITIONS,
)
from timeline.extract.count_words import numbers_pattern
from timeline.extract.title_verbs import PLURAL_NOUNS
from timeline.honorifics import DOTTED_TITLES, OFFICE_ABBREVIATIONS, honorific_pattern

__all__ = ["date_only_participle", "finite_later", "finite_later_start", "finite_verb_in", "participle_in_subject", "past_verb_next"]

#: Determiners that never stand for a noun: the word after them is inside their noun phrase.
_NOUN_DETERMINERS = {"no", "other", "such"}
#: Quantity words that may be a subject on their own ("Many fled"): a participle after them is an adjective only
#: when a noun follows it and the clause's verb comes after that ("Many displaced residents have returned").
_QUANTITY_WORDS = {"any", "few", "several", "many", "some", "most", "all", "both"}
#: Verbs that take a clause without "that" ("warned on Tuesday the slick could"): their past is the main verb.
_CLAUSE_TAKING = {"said", "told", "warned", "estimated", "predicted", "argued", "claimed", "believed", "feared",
                  "thought", "hoped", "noted", "added", "insisted", "found", "showed", "decided", "agreed", "learned",
                  "learnt", "knew", "realized", "realised", "suggested", "indicated", "revealed", "reported", "stated",
                  "concluded", "confirmed", "complained", "announced", "admitted", "acknowledged", "explained",
                  "testified", "declared", "replied", "responded", "asked", "wrote", "assumed", "guessed", "worried",
                  "speculated", "projected", "calculated", "figured", "signalled", "signaled", "conceded", "denied"}
#: Words that cannot be the noun a participle describes.
_NOT_NOUNS = {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "what", "there", "and", "or",
              "but", "not", "to", "the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those",
              "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could",
              "can", "may", "might", "should", "must", "do", "does", "did", "also", "then", "when", "while", "as",
              "if", "of", "in", "on", "at", "by", "for", "from", "with", "into", "than", "about", "after", "before",
              "still", "just", "never", "already", "only", "even", "so", "yet", "now", "once", "first", "all"}
#: What follows a participle with no object: a preposition, "to" and its verb, or a day ("released Tuesday"), after
#: which the clause's verb may come at once ("a study released Friday found").
_NO_OBJECT = re.compile(r"\s+(?:(?:" + WEEKDAY_NAME_PATTERN + r"|yesterday|today|last\s+(?:week|month|year|night))\s+|"
                        r"(?:of|in|on|at|by|for|from|with|to|into|over|under|off|near|along|across|around|after|"
                        r"during|since|through|throughout|inside|outside|toward|towards|against|among|between|"
                        r"within|without|earlier|last|this)\s)")
#: Words that end the clause the participle's phrase is in: a clause word, a conjunction, or a pronoun subject (a
#: second infinitive stays inside: "appointed to study the spill and to recommend changes has").
_CLAUSE_BREAK = re.compile(r"\b(?:that|which|who|whom|whose|where|(?:and|or)(?!\s+to\s)|but|nor|when|while|because|as|since|until|if|"
                           r"although|though|whether|after|before|unless|he|she|it|they|we|I|you)\b|,(?!\d{3})|[;:“”\"()—–]|\s-+\s|\.(?!\d)")
#: A finite verb: an auxiliary or modal, a known irregular past, or a present of reporting.
_FINITE = re.compile(r"(?<!\bto )(?<!\bthe )(?<!\ba )(?<!\ban )\b(?:is|are|was|were|has|have|had|will|would|could|can|may|"
                     r"might|should|must|did|does|says|shows|suggests|indicates|reveals|finds|"
                     # (a past that is also a participle, "made", "caught", counts only before its object, below)
                     + "|".join(sorted(IRREGULAR_PAST_WORDS - IRREGULAR_PARTICIPLES - {"was", "were", "had", "did", "fed",
                                                                                       "bred", "lit", "hid", "bit", "sat"},
                                   key=len, reverse=True)) + r")\b")
#: An auxiliary or modal, the surest sign of a clause's finite verb.
_AUXILIARY = r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does)\b"
#: A regular past, a past that is also a participle or a present as the clause's verb: before its object or clause
#: ("suggested that", "doubled the estimate", "found that", "takes this", "includes two", "estimates suggest that");
#: a present only before a determiner or a number ("19 times more than" is a noun's count), never before "that",
#: which follows plural nouns as often ("amid accusations that rules ... are unfair").
_FINITE_ED = re.compile(r"(?<!\bto )(?<!\bthe )(?<!\ba )(?<!\ban )\b(?:(?:[a-z]{3,}ed|"
                        + "|".join(sorted(IRREGULAR_PARTICIPLES - {"left", "led", "hit", "cut", "set", "put"})) +
                        r")\s+(?:more|less|about|nearly|almost)\b|(?:(?:[a-z]{3,}ed|"
                        + "|".join(sorted(IRREGULAR_PARTICIPLES - {"left", "led", "hit", "cut", "set", "put"})) +
                        r")\s+that|(?:[a-z]{3,}ed|[a-z]{3,}[^s\W’']s|"
                        + "|".join(sorted(IRREGULAR_PARTICIPLES - {"left", "led", "hit", "cut", "set", "put"})) +
                        r")\s+(?:the|an?|its|his|her|their|this|these|those|" + numbers_pattern(2) + r"|\d))\b)|\b(?:suggest|show|indicate|reveal|find|say)\s+that\b")
#: A stop inside an abbreviation ("U.S.", "St. Louis"), which ends no clause.
_ABBREVIATION_STOP = re.compile(r"\b(?:[A-Z]\.){2,}|\b(?:St|Mt|" + honorific_pattern(DOTTED_TITLES, OFFICE_ABBREVIATIONS) + r"|Co|Corp|Inc|Ltd|Jr)\.")


def _is_participle(word: str) -> bool:
    return (len(word) > 4 and word.endswith("ed") and word not in {"hundred", "indeed", "need", "speed", "seed"}) \
        or word in IRREGULAR_PARTICIPLES


def finite_verb_in(text: str) -> bool:
    """Whether ``text`` holds a finite verb anywhere (an auxiliary, an irregular past, a past before its object)."""
    return bool(_FINITE.search(text) or _FINITE_ED.search(text + " "))


def finite_later(text: str) -> bool:
    """Whether a finite verb comes in ``text`` before anything that ends the clause."""
    return finite_later_start(text) is not None


def finite_later_start(text: str) -> int | None:
    """Where in ``text`` a finite verb begins before anything that ends the clause: the clause's own verb, after
    which a reduced relative's phrase ("poised to treat injured birds | had") has ended. None when there is none."""
    text = _ABBREVIATION_STOP.sub(lambda m: m.group(0).replace(".", "_"), text)  # (same length: offsets hold)
    stop = _CLAUSE_BREAK.search(text)
    found = [m.start() for m in (_FINITE.search(text[:stop.start()] if stop else text),
                                 _FINITE_ED.search(text[:stop.end()] if stop else text + " ")) if m]
    return min(found) if found else None  # (the earlier: "said the trip was cancelled" is read at "said")


#: A past verb at once after a phrase (an adverb may stand between): "(a sailor lost in 1998) gathered", "(... in
#: 2001) quietly ended". Any "-ed" word counts, unlike in :data:`_FINITE_ED`: right after the phrase it is the verb.
_PAST_NEXT = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|" + IRREGULAR_PAST_PATTERN + r")\b")


def past_verb_next(text: str, at: int) -> bool:
    """Whether a past verb follows ``text`` at ``at`` at once, the clause's own: "Relatives of a sailor lost in 1998
    gathered at the quay" (after "1998")."""
    return _PAST_NEXT.match(text, at) is not None


def participle_in_subject(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` is a participle inside the subject rather than the clause's main
    verb: an adjective after "no" ("No populated areas"), or the head of a reduced relative whose clause's finite
    verb follows ("A survey released Tuesday of 2,600 residents showed")."""
    word = text[start:end]
    if not _is_participle(word) or start < 2 or text[start - 1] != " ":
        return False
    before = text[:start].split()
    previous = before[-1] if before else ""
    after = text[end:]
    noun_next = re.match(r"\s+(?!(?:of|in|on|at|by|for|to|from|with|that|the|an?|and|or|as)\b)[a-z]{3,}\b(?<!ly)", after)
    if previous.lower() in _NOUN_DETERMINERS and noun_next:
        return True  # "No populated areas", "other affected states": a determiner, the adjective, its noun
    if previous.lower() in _QUANTITY_WORDS and noun_next and word not in _CLAUSE_TAKING \
            and finite_later(after[noun_next.end():]):
        return True  # "Many displaced residents have returned" ("Many feared the worst": the verb itself)
    # A sentence may open on its noun: "Rescuers poised to treat the birds had their first patient" (a known plural
    # noun, never a name, so its capital is the sentence's).
    opening_plural = len(before) == 1 and previous[:1].isupper() and previous.lower() in PLURAL_NOUNS
    if not (re.fullmatch(r"[a-z][a-z-]{2,}", previous) or opening_plural) or previous in _NOT_NOUNS \
            or previous.endswith("ly") or (len(before) < 2 and not opening_plural) or word in _CLAUSE_TAKING:
        return False
    if not _NO_OBJECT.match(after) or (word == "expected" and not re.match(r"\s+to\s", after)):
        return False
    from timeline.extract.title_words import (
        INTRANSITIVE_ED,  # (title_words reads this module: no cycle at import)
    )

    if word in INTRANSITIVE_ED:
        return False  # "a buildup of gas erupted from a well": no one erupts a buildup; it is the clause's verb
    # (an opening phrase with its own comma may hold the participle: "Based on a timeline Allen released, ...")
    if opening_plural:  # (only an auxiliary is sure: "Engineers poured in cement ... the well bore" is no clause's verb)
        verb = finite_later_start(after)
        return verb is not None and re.match(_AUXILIARY, after[verb:]) is not None
    return finite_later(after) and "," not in text[:start]


#: Participles whose verb takes "of" ("accused of", "made of", "informed of"): before "of" they keep their phrase.
_OF_PARTICIPLES = {pair.split(":")[0] for pair in PARTICIPLE_PREPOSITIONS.split() if "of" in pair.split(":")[1].split(",")} \
    | {"made", "composed", "informed", "notified", "reminded", "assured", "convinced", "warned", "tired", "aware",
       "relieved", "cured", "rid", "emptied", "cleansed", "bereft", "thought", "heard", "spoken", "approved"}


def date_only_participle(before: str, after: str) -> int | None:
    """Where a participle starts that held only a removed date and stands before an "of" phrase of the noun before it
    or before the clause's verb: "a poll released [Tuesday] | of 900 voters showed" -> "a poll of 900 voters showed",
    "a study released [Friday] | found" -> "a study found". None when there is none."""
    held = _DATE_HOLDER.search(before)
    verb_next = re.match(r"\s*(?:" + _FINITE.pattern + "|" + _FINITE_ED.pattern + ")", after) is not None
    if held is None or not (re.match(r"\s*of\s", after) or verb_next) or held.group(2) in _OF_PARTICIPLES:
        return None
    noun = held.group(1)
    if re.search(r"\b(?:that|which|who|whom)\s+(?:\S+\s+){0,3}$", before[:held.start(2)]):
        return None  # "the ban that a judge blocked [on Tuesday] would": an object relative clause's own verb
    return held.start(2) if noun not in _NOT_NOUNS and not noun.endswith("ly") else None


#: A lower-case noun, then the participle that held the date.
_DATE_HOLDER = re.compile(r"\b([a-z]{3,}) ([a-z]{3,}ed|" + "|".join(sorted(IRREGULAR_PARTICIPLES)) + r")\s*$")
