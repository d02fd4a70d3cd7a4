"""What "it" opening a time clause stands for: the thing the main clause is about, as the sentence names it.

"The Deepwater Horizon had been burning for 36 hours when it sank on Thursday" dates the sinking; its title read
apart from the sentence must say what sank ("The Deepwater Horizon sinks"), not "It sinks". Inside one sentence
a reader takes the "it" of a clause of time or cause for the main clause's subject when that subject is a thing
(a definite noun phrase, "The concert", "The Macondo well, about a mile under the sea, ...", or a thing's name
after "The", "The Deepwater Horizon") and the main clause offers no other thing between: an object ("The panel
rejected the plan because it was flawed") or another clause with a subject of its own ("... when the rig
exploded") could be "it" as well, and then nothing is put for it. A person's or a company's noun ("The judge",
"The company") is left to the finders of people and organisations, and an "it" that only holds a place ("as it
emerged that ...", "when it was clear") stands for nobody.
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import (
    BE_FINITE,
    BE_NONFINITE,
    HAVE_FORMS,
    MODAL_VERBS,
    auxiliaries,
    auxiliary_words,
)
from timeline.english_verbs import IRREGULAR_PARTICIPLES, IRREGULAR_PAST_WORDS, s_ending
from timeline.extract.body_chain import NO_THING, OTHER_SUBJECT, PERSON_NOUNS
from timeline.extract.subject_names import strip_opening
from timeline.extract.vessel_things import vessel_before

__all__ = ["clause_thing"]

#: The words that open a clause of time or cause whose "it" continues the main clause's subject ("where" and
#: "which" point at a place or a noun of their own).
_TIME_WORDS = {"when", "before", "after", "until", "till", "since", "once", "because", "as", "while"}
#: Verbs whose "it" holds the place of a clause ("it emerged that", "it seemed", "it took weeks to"), and the
#: past participles of reporting ("it was announced that"): only when no "that" follows is the passive a thing's.
_PLACEHOLDER_VERBS = {"seemed", "seems", "appeared", "appears", "emerged", "emerges", "happened", "happens", "meant",
                      "means", "mattered", "matters", "took", "takes", "followed", "follows", "became", "becomes",
                      "remained", "remains", "looked", "looks", "sounded", "sounds", "turned", "turns", "came", "comes",
                      "got", "gets", "was", "is", "were", "been", "be"}
_ADVERB = r"(?:also|first|finally|eventually|then|later|again|just|still|already|only|once|[a-z]{3,}ly)"
_AUXILIARY = r"(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, without={"are"}) + r"|had\s+been|has\s+been|have\s+been|will\s+be|would\s+be|could\s+be|was\s+being|is\s+being)"
#: "it sank", "it was first inserted", "it had been capped": "it", its auxiliaries and adverbs, and the verb.
_IT_CLAUSE = re.compile(r"it\s+(?:" + _ADVERB + r"\s+)?(?:" + _AUXILIARY + r"\s+)?(?:" + _ADVERB + r"\s+)?([a-z]+)\b")
_BE_FORMS = auxiliary_words(BE_FINITE, BE_NONFINITE, HAVE_FORMS, MODAL_VERBS, without={"shall"})
#: A thing's subject opening the main clause: "The concert", "The new containment cap", "The Deepwater Horizon"
#: (a name after "the"), "The Macondo well, about a mile under the sea's surface," (an aside between commas).
_THING = re.compile(r"(?P<np>(?:The|This)\s+(?:[A-Z][\w’'-]*\s+){0,3}?(?:(?:[a-z][\w’'-]*)\s+){0,3}?"
                    r"(?P<head>[A-Za-z][\w’'-]*[a-z]))(?P<aside>\s*,[^,;“”\"()]{1,90},)?\s+"
                    r"(?:(?:also|then|later|still|eventually|finally|first|[a-z]{3,}ly)\s+)?(?P<verb>[a-z]{2,}ed|"
                    + "|".join(sorted(_BE_FORMS | IRREGULAR_PAST_WORDS, key=len, reverse=True)) + r")\b")
#: Determiners that open a noun phrase: after a verb, not after a preposition, they open an object "it" could be.
_DETERMINERS = {"the", "a", "an", "its", "this", "that", "his", "her", "their", "our", "another", "one"}
_PREPOSITIONS = {"of", "in", "into", "on", "onto", "at", "from", "with", "for", "by", "to", "over", "under", "across",
                 "near", "off", "through", "about", "after", "before", "during", "since", "than", "like", "as", "up",
                 "down", "out", "around", "along", "against", "toward", "towards", "within", "without", "beneath",
                 "below", "above", "behind", "beyond", "inside", "outside", "between", "among", "amid", "per", "via"}


def clause_thing(main: str, subordinator: str, clause: str) -> str | None:
    """The main clause's subject for the "it" that opens ``clause`` (after ``subordinator``, "when ", "before "),
    when ``main`` (the sentence up to the subordinator) has a thing as its subject and no other thing "it" could be;
    else None."""
    if subordinator.strip().lower() not in _TIME_WORDS or not _it_acts(clause):
        return None
    vessel = vessel_before(main, clause)  # ("oil spilled from under the rig when it exploded": :mod:`.vessel_things`)
    if vessel is not None:
        return vessel
    opening = strip_opening(main.strip())
    m = _THING.match(opening)
    if m is None or m.group("head") in _BE_FORMS:
        return None
    np, head = m.group("np"), m.group("head")
    if head.lower() in PERSON_NOUNS or head.lower() in NO_THING or s_ending(head):
        return None  # ("The rigs", "The Smiths": "they"; "The judge": a person; "The company": the organisations' finder)
    rest = opening[m.start("verb"):]
    if OTHER_SUBJECT.search(rest) or _object_between(rest):
        return None  # ("The spill started when the rig exploded. ... when it ...", "rejected the plan because it")
    return np


def _it_acts(clause: str) -> bool:
    """Whether ``clause`` opens with "it" and a verb that tells what happened to or with a thing ("it sank", "it was
    capped"), not a placeholder "it" ("it emerged that", "it was clear", "it took weeks to")."""
    m = _IT_CLAUSE.match(clause)
    if m is None or re.match(r"it\s+(?:" + auxiliaries(BE_FINITE, without={"are"}) + r"|has\s+been|had\s+been|will\s+be|would\s+be)\s+(?:" + _ADVERB +
                             r"\s+)?[a-z]+\s+(?:that|whether|if|to\s+[a-z])\b", clause):
        return False  # ("as it was announced that ...", "when it was decided to ...")
    verb = m.group(1)
    return verb not in _PLACEHOLDER_VERBS and (verb.endswith("ed") or verb in IRREGULAR_PAST_WORDS
                                               or verb in IRREGULAR_PARTICIPLES)


def _object_between(rest: str) -> bool:
    """Whether the main clause from its verb holds a noun phrase after a verb, not a preposition: an object
    ("rejected the plan", "sold a rig") that "it" could stand for as well as the subject."""
    words = re.findall(r"[\w’'-]+", rest)
    return any(w.lower() in _DETERMINERS and i and words[i - 1].lower() not in _PREPOSITIONS
               and words[i - 1].lower() not in _BE_FORMS for i, w in enumerate(words))
