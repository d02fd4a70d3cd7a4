"""Clauses a cut leaves open: a frame without what it frames.

English news prose reports far more than it narrates: "X says", "a report concludes", "the company's
assertion", "the fact" each take a clause, and the clause is the news. A cut that ends on such a frame
("Academic economists are challenging the government's assertion" before "that the tax will ...") or inside
the clause before its verb ("The bank says its quarterly figures, normally reported on the last Friday" before
"will be delayed") leaves a title that says nothing or says it wrong. So does a cut inside a subordinate
clause ("hands control to a new agency as a fresh timetable" before "is rolled out"). :func:`open_clause`
finds such a cut from the words kept and the words the sentence goes on with; :mod:`.title_compress` then makes
room inside the clause or drops it whole.
"""

from __future__ import annotations

import re

from timeline.english_verbs import IRREGULAR_PARTICIPLES, s_ending, verb_forms
from timeline.extract.subordinators import ALSO_PREPOSITIONS, DROPPABLE
from timeline.extract.title_words import DETERMINERS, finite_verb, verbish

__all__ = ["CLAUSE_NOUNS", "FRAME_VERBS", "SUBORDINATORS", "finite_at", "in_infinitive", "left_open", "open_clause",
           "participle_modifier", "verb_ahead"]

#: Verbs whose object is a clause: saying, claiming, believing, finding and showing. A title that ends on one, or
#: inside its clause before the clause's verb, has lost what was said.
_FRAME_STEMS = ("say", "claim", "believe", "think", "conclude", "find", "show", "indicate", "reveal", "suggest", "argue",
                "assert", "allege", "insist", "warn", "predict", "estimate", "fear", "hope", "know", "learn", "report",
                "confirm", "announce", "acknowledge", "admit", "note", "deny", "state", "add", "write", "testify",
                "maintain", "contend", "stress", "explain", "realize", "realise", "worry", "doubt", "feel", "assume",
                "discover", "determine", "prove", "demonstrate", "concede", "declare", "signal", "agree", "tell",
                "assure", "remind", "inform", "promise", "recall", "suspect", "expect", "conclude", "emphasize",
                "emphasise")
FRAME_VERBS = frozenset(
    {form for forms in map(verb_forms, _FRAME_STEMS) for form in (forms.base, forms.present, forms.past,
                                                                  forms.participle, *forms.variants)}
    | {"proven", "regretted"})  # (beside "proved"; the past alone of "regret", whose other forms are nouns as often)
#: Nouns that take a "that" clause as their content: "the fact that ...", "its warning that ...".
CLAUSE_NOUNS = frozenset({
    "fact", "claim", "claims", "assertion", "assertions", "allegation", "allegations", "warning", "warnings", "belief",
    "evidence", "news", "report", "reports", "fear", "fears", "hope", "hopes", "suggestion", "suggestions",
    "conclusion", "finding", "findings", "sign", "signs", "promise", "promises", "assurance", "assurances", "view",
    "idea", "notion", "possibility", "proof", "argument", "arguments", "rumour", "rumours", "rumor", "rumors",
    "speculation", "concern", "concerns", "doubt", "doubts", "confirmation", "announcement", "statement",
    "admission", "insistence", "acknowledgement", "acknowledgment", "threat", "threats", "prediction", "predictions",
    "indication", "indications", "word", "suspicion", "suspicions", "charge", "charges", "accusation",
    "accusations", "impression", "expectation", "expectations", "certainty", "likelihood", "chance", "chances",
    "risk", "message", "pledge", "realisation", "realization", "recognition", "perception", "contention", "theory",
    "premise", "decision", "ruling", "verdict", "reminder", "reassurance", "denial", "denials", "estimate", "estimates",
    "forecast", "forecasts", "assessment", "projection", "projections", "calculation", "guess", "assumption",
    "assumptions", "opinion", "explanation", "revelation", "revelations", "disclosure", "complaint", "complaints",
    "guarantee", "guarantees", "insinuation", "implication"})
#: Conjunctions that open a subordinate clause: dropping such a clause whole keeps the main clause's meaning ("if"
#: and "unless" are left out: without its condition a claim becomes absolute).
SUBORDINATORS = DROPPABLE
_JOINS = frozenset({"and", "or", "but", "that", "which", "who", "whom", "whose", "where", "when", "while"})
STRICT_FINITE = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
                            "might", "must", "should", "shall", "did", "does", "do", "am"})
PREPOSITIONS = frozenset({"in", "on", "at", "by", "for", "from", "with", "to", "into", "over", "under", "off", "near",
                           "across", "along", "through", "during", "after", "before", "since", "of", "about", "as",
                           "between", "among", "around", "inside", "outside", "onto", "via", "aboard"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "there"})
FREQUENCY = frozenset({"often", "also", "never", "always", "still", "usually", "sometimes", "rarely", "seldom",
                        "already", "now", "then", "just", "once", "again", "ever"})
#: Words after which an "-ed" form is a verb, not a participle modifying a noun.
_BEFORE_VERB = STRICT_FINITE | _SUBJECT_PRONOUNS | {"not", "never", "also", "then", "who", "which", "that", "and", "or",
                                                     "but", "been", "be", "being", "just", "already", "n't"}


def _clean(word: str) -> str:
    return word.lower().strip("“”\"‘’,;:()")


def participle_modifier(words: list[str], i: int) -> bool:
    """ "the fish | sampled in the lakes", "its figures, normally | reported on": an "-ed" form after a noun (or
    after a comma and an adverb) and before a preposition modifies the noun; it is not the clause's verb."""
    word = _clean(words[i])
    if not (word.endswith("ed") or word in IRREGULAR_PARTICIPLES) or i == 0:
        return False
    previous = words[i - 1]
    nxt = _clean(words[i + 1]) if i + 1 < len(words) else ""
    if previous.endswith(",") or (re.fullmatch(r"[a-z]+ly", previous) and i > 1 and words[i - 2].endswith(",")):
        # An aside between commas (", normally reported on ..., will be delayed") closes before a verb; after an
        # appositive ("a ship, the Helix Producer, steamed into place") the form is the verb itself.
        close = next((j for j in range(i + 1, min(len(words), i + 14)) if words[j].endswith(",")), None)
        return close is not None and close + 1 < len(words) and _clean(words[close + 1]) in STRICT_FINITE
    prev = _clean(previous)
    if previous[:1].isupper() and i > 1 and words[i - 2][:1].islower() and _clean(words[i - 2]) not in PREPOSITIONS:
        return False  # "the estimate BP | made in July": a relative clause without "that" has its own subject and verb
    return nxt in PREPOSITIONS and prev.isalpha() and prev not in _BEFORE_VERB and prev not in DETERMINERS \
        and not prev.endswith("ly")


def in_infinitive(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is part of an infinitive ("estimated to have been | spilled"): it has no tense."""
    j = i - 1
    while j >= 0 and _clean(words[j]) in {"be", "been", "being", "have"}:
        j -= 1
    return j >= 0 and _clean(words[j]) == "to"


def finite_at(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is surely the finite verb of a clause: an auxiliary or modal, a negated one, or a
    past or present form that does not modify the noun before it."""
    word = _clean(words[i])
    if in_infinitive(words, i):
        return False
    if word in STRICT_FINITE or word.endswith(("n't", "n’t")):
        return True
    if participle_modifier(words, i):
        return False
    prev = _clean(words[i - 1]) if i else ""
    if prev in DETERMINERS or word.endswith("ing"):
        return False
    if prev in {"he", "she", "it"} and word.isalpha() and words[i][:1].islower() and s_ending(word) and word not in FREQUENCY | {"always", "perhaps"}:
        return True  # "it | supports", "she | holds": after a singular subject pronoun an "-s" form is its verb
    if i > 1 and _clean(words[i - 2]) not in DETERMINERS and word.isalpha() and words[i][:1].islower() and (
            (prev in FREQUENCY and word not in DETERMINERS | PREPOSITIONS | _QUANTIFIERS and not word.endswith("ly"))
            or (prev.endswith("ly") and prev not in {"only", "early"} and verbish(word, ""))):
        return True  # "such wells often | miss": after an adverb of frequency or manner a verb form is the verb
    return finite_verb(word, prev) or (word in FRAME_VERBS and word.endswith(("s", "d")) and not word.endswith("ss"))


def verb_ahead(rest: list[str]) -> int | None:
    """Where the clause that the kept words began reaches its finite verb in ``rest`` before it ends: a comma ends
    it, unless it opens an aside that another comma closes right before the verb ("its figures, normally reported
    on ..., | will be delayed"); "until September, | said the commander" ends at its comma."""
    for i, word in enumerate(rest[:_CLAUSE_WORDS]):
        if finite_at(rest, i):
            return i
        if word[-1:] in ";:." or word in {"-", "--", "—", "–"} or _clean(word) == "but":
            return None
        if word[-1:] == ",":
            close = next((j for j in range(i + 1, min(len(rest), i + 13)) if rest[j][-1:] in ",;:."), None)
            if close is not None and rest[close].endswith(",") and close + 1 < len(rest) and finite_at(rest, close + 1):
                return close + 1
            return None
    return None


#: How far a clause's subject may run before its verb ("about a third of the fish sampled in the northern lakes over
#: the past decade | had").
_CLAUSE_WORDS = 24


def open_clause(kept: list[str], rest: list[str]) -> int | None:
    """Index in ``kept`` of the word that opened a clause the cut leaves without its verb (a verb of saying or
    finding, a clause noun before "that", a subordinating conjunction), when ``rest`` goes on to give that verb;
    else None."""
    if not rest or not kept or kept[-1][-1:] in "”\"":
        return None  # ("... exactly as we hoped”": a closed quotation says what it says)
    last, nxt = _clean(kept[-1]), _clean(rest[0])
    if kept[-1][-1:] not in ",;:" and nxt == "that" and (last in CLAUSE_NOUNS or last in FRAME_VERBS):
        return len(kept) - 1  # "the fact | that he had sold", "a report concludes | that"
    # The last opener in the kept words whose clause has no verb yet.
    for o in range(len(kept) - 1, 0, -1):
        word = _clean(kept[o])
        opener = (word in FRAME_VERBS and not participle_modifier(kept + rest, o)) or word in {"that", "whether"} \
            or word in SUBORDINATORS  # ("its figures, normally reported on ...": a participle, no frame)
        if not opener:
            if finite_at(kept + rest, o) or (word.isalpha() and verbish(word, _clean(kept[o - 1]))
                                             and _clean(kept[o - 1]) not in _QUANTIFIERS
                                             and not word.endswith("ing") and _clean(kept[o - 1]) != "to"
                                                 and not participle_modifier(kept + rest, o)):
                return None  # the clause under way has its verb
            continue
        if kept[o][-1:] in ",;:":
            return None
        if word in ALSO_PREPOSITIONS and any(_clean(w) in PREPOSITIONS | _JOINS for w in (kept + rest)[o + 2:o + 1 + (
                verb_ahead(kept[o + 1:] + rest) or 0)]):
            # "as a result of the spill", "after the sinking of the ship", "until June 15 and that there were": a
            # prepositional phrase; the verb of a clause they open follows its subject directly
            return None
        if o == len(kept) - 1:  # "Two singers claim" before "they were tricked": the frame ends the title
            said = rest[1:] if nxt == "that" else rest
            return o if (clause_subject(rest) or nxt == "that") and verb_ahead(said) is not None else None
        if word == "that" and o > 0 and _clean(kept[o - 1]) not in FRAME_VERBS | CLAUSE_NOUNS:
            return None  # a relative "that" ("the oil that reached the coast") opens no clause the title needs
        if word in SUBORDINATORS and not clause_subject(kept[o + 1:]) and not _bare_subject(kept[o + 1:] + rest):
            return None  # "as chief executive", "after the blast": a preposition, not a clause
        if word in FRAME_VERBS and word not in {"says", "said", "say"} and _clean(kept[o + 1]) != "that" \
                and not clause_subject(kept[o + 1:]):
            return None
        ahead = verb_ahead(kept[o + 1:] + rest)
        return o if ahead is not None and ahead >= len(kept) - o - 1 else None
    return None


#: Saying verbs whose clause a title cannot leave out even when the words after them are not known.
_SAYING = frozenset({"says", "said", "tells", "told", "saying", "telling"})


def left_open(kept: list[str], rest: list[str]) -> bool:
    """Whether a title of the words ``kept``, which its sentence goes on with ``rest`` (empty when not known),
    stops on a frame ("Two singers claim", "challenges the government's assertion", "issues a statement saying")
    or inside the clause a frame opens, before that clause's verb. The title writer's cuts and the title benchmark's
    "frame" detector both ask this."""
    if not kept:
        return False
    last = _clean(kept[-1])
    # "The mill will close, its owner says": what was said came first, a clause with its verb before a comma or in
    # quotation marks ("Terry Hazen, the head of the lab, says" has none: nothing was said yet)
    comma = next((i for i, w in enumerate(kept[:-1]) if w[-1:] in ",”\""), None)
    reported_before = comma is not None and (kept[comma][-1:] in "”\"" or any(
        finite_at(kept[:comma + 1], i) for i in range(1, comma + 1)))
    if kept[-1][-1:] not in ",;:" and (last in {"saying", "telling"} or (not rest and last in _SAYING
                                                                        and not reported_before)):
        return True  # a participle of saying, or a saying verb with nothing told after it
    return open_clause(kept, rest) is not None


def clause_subject(words: list[str]) -> bool:
    """Whether ``words`` open with what can be a clause's subject: a pronoun, a determiner, a name or a number."""
    first = words[0].strip("“”\"‘’,;:()")
    return bool(first) and (first.lower() in _SUBJECT_PRONOUNS or first.lower() in DETERMINERS
                            or first.lower() in _QUANTIFIERS or first[:1].isupper() or first[:1].isdigit()
                            or first[:1] in "$£€")


def _bare_subject(words: list[str]) -> bool:
    """ "as new containment cap | is placed": headlines drop the article, so a clause's subject may be a bare noun
    phrase; it is one when a sure finite verb follows within four words, with no preposition, conjunction or
    punctuation before it ("as chief executive and was pleased" is no clause)."""
    for i, word in enumerate(words[:5]):
        if i and finite_at(words, i) and _clean(word) in STRICT_FINITE:
            return True
        if _clean(word) in PREPOSITIONS | {"and", "or", "but"} or word[-1:] in ",;:." or not word.isalpha():
            return False
    return False


#: Words that open a noun phrase as a determiner does: "since such wells often miss", "because many residents left".
_QUANTIFIERS = frozenset({"such", "many", "some", "most", "all", "both", "few", "several", "no", "every", "each", "any",
                          "other", "more", "fewer", "much", "little"})
