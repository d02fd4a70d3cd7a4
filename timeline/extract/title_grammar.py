"""Whether a cut or a reading leaves a clause whole: the grammar checks the title rules share.

A title keeps English only when each finite verb has its own subject. A question word opens a clause whose
first finite verb is that clause's own ("an analysis of how the spill | had harmed fish"): a verb right after
such an open clause belongs to it, so whatever stands before the question word is no subject of that verb.
"""

from __future__ import annotations

import re

from timeline.extract.title_words import (
    PRESENT_FORMS,
    SPEECH_PRESENT,
    SPEECH_VERBS,
    finite_verb,
    main_verb_start,
    verbish,
)

#: Words that open a clause inside a noun phrase ("a study of how", "the question of whether", "the man whose").
QUESTION_WORDS = frozenset({"how", "what", "why", "whether", "where", "whom", "whose"})


def open_question(span: str) -> bool:
    """Whether ``span`` (a clause's words before a finite verb) ends inside a question word's clause that has no
    verb yet: "a detailed analysis of how the spill" (the next verb is the "how" clause's); "an estimate of what's
    flowing out" has its verb and is closed."""
    words = [w.lower().strip("“”\"‘’,;:()") for w in span.split()]
    opened = max((n for n, w in enumerate(words) if w in QUESTION_WORDS or re.fullmatch(r"(?:what|how|where|who)['’]s", w)),
                 default=None)
    if opened is None:
        return False
    if re.search(r"['’](?:s|re|ve|d|ll)$", words[opened]):
        return False  # "what's flowing": the contraction holds the clause's verb
    inner = words[opened + 1:]
    return not any(verbish(w, inner[n - 1] if n else "") and not w.endswith("ing") for n, w in enumerate(inner))


#: Verbs whose article a headline keeps: after a copula or a verb of saying "a" opens a complement or a clause ("is a
#: risk", "says a cluster of storms formed"), not an object a headline may leave bare.
KEEPS_ITS_ARTICLE = SPEECH_VERBS | SPEECH_PRESENT | {"is", "are", "was", "were", "be", "been", "becomes", "became"}


#: Words after "a" that make it part of a measure or an idiom of degree ("a half-dozen experts", "went a step
#: further", "rose a third"): without the article the phrase is no longer English, however short of room.
MEASURE_AFTER_A = re.compile(r"(?:lot|bit|little|few|step|stone's|long|great|good|number|couple|dozen|hundred|thousand|"
                             r"million|billion|trillion|half|quarter|third|fifth|tenth|fraction|while|day|week|month|year|"
                             r"decade|century|total|further|series|string|handful|majority|minority)\b")


def headline_words(title: str) -> int:
    """A title's length in words as a headline counts it: the indefinite article after the main verb ("approves a
    bill") is no step of it, since a headline short of room may leave it out ("approves bill")."""
    words = len(title.split())
    verb = main_verb_start(title)
    after = re.match(r"(\S+)\s+an?\s+\S+\s", title[verb:]) if verb > 0 else None
    if after and after.group(1) not in KEEPS_ITS_ARTICLE:
        return words - 1
    return words


def holds_verb(clause: str) -> bool:
    """Whether a piece of a quote holds a verb: a finite form, a present form, or a pronoun subject ("I think",
    "it's possible", "we will")."""
    words = [w.lower().strip(".,;:!?“”\"") for w in clause.split()]
    return bool(words) and (words[0] in {"i", "we", "you", "they", "he", "she", "it", "there"}
                            or any(_CONTRACTED_SUBJECT.fullmatch(w) or finite_verb(w, "") or w in PRESENT_FORMS
                                   for w in words))


_CONTRACTED_SUBJECT = re.compile(r"[a-z]+['’](?:s|re|ve|ll|m|d)")
