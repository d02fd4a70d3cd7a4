"""A date that opens a sentence's second predicate dates that predicate alone (issue 16: dates right).

"The ferry was refitted in Hull and on Tuesday sailed for Oslo", "The council has faced criticism over its roads and
last week was handed a court order": the subject does two things, and the one date is the second's (the sailing,
the court order). The first predicate tells no time; a title made of it ("The council faces criticism over its
roads") sits at last week's date as if the criticism were last week's news. So the first predicate is cut from the
date's title, which tells its own verb: "The council is handed a court order".

Only a plain shape counts: the subject, one verb phrase with no clause of its own inside, "and" or "but", the date,
then straight away the second verb. A new subject after the date ("and by Friday engineers were waiting") is a
clause of its own, and a first predicate holding a saying or a subordinate clause is left alone, as a sentence
with other dates is (:mod:`.own_conjuncts` weighs two dated predicates).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, TypeVar

from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, MODAL_VERBS, auxiliaries
from timeline.english_verbs import IRREGULAR_PAST_PATTERN
from timeline.extract.saying_words import SAY_TELL, alternation, spoken
from timeline.extract.subordinators import RELATIVES, SUBORDINATORS

__all__ = ["second_predicate_dates"]

A = TypeVar("A")

_PAST = r"(?:[a-z]{3,}ed|" + IRREGULAR_PAST_PATTERN + r")"
_AUXILIARY = r"(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, MODAL_VERBS, without={"shall"}) + r")"
#: "and" or "but" and the date's preposition, straight before the date: "..., and by Tuesday", "and last week".
_JOINT = re.compile(r"(?P<and>,?\s+(?:and|but)\s+)(?:(?:on|by|in|at|during|over|early|late|later|earlier)\s+)?(?:the\s+)?$")
#: The second verb straight after the date, with no subject of its own: "was handed", "sailed", "will meet".
_SECOND_VERB = re.compile(r",?\s+(?:also\s+|then\s+|again\s+|finally\s+)?(?:" + _AUXILIARY + r"|" + _PAST + r")\b")
#: The first predicate's verb: the sentence's first auxiliary or past verb.
_FIRST_VERB = re.compile(r"\b(?:" + _AUXILIARY + r"|" + _PAST + r")\b")
#: What a plain subject holds none of: a clause of its own, a quotation, a parenthesis.
_CLAUSE_IN_SUBJECT = re.compile(r"(?i)\b(?:" + "|".join(sorted(SUBORDINATORS | RELATIVES | {"whom", "whose"})) + r")\b|"
                                r"[;:“”\"()]")
#: What a plain first predicate holds none of: another finite verb, a saying, a clause's opener, a clause mark.
_CLAUSE_IN_PREDICATE = re.compile(
    r"(?i)\b(?:" + _AUXILIARY + r"|" + alternation(SAY_TELL, spoken("announce", "report", "warn")) +
    r"|who|whom|whose|which|that|where|when|while|if|after|before|since|because|although|though|and|but|or)\b|[;:()]")


def second_predicate_dates(text: str, sentence_start: int, anchors: Sequence[A]) -> list[A]:
    """``anchors`` with a lone date that opens the sentence's second predicate cutting the undated first one."""
    out: list[Any] = list(anchors)
    if len(out) != 1:
        return out
    a = out[0]
    if a.modifier or a.embedded is not None or a.comparison:
        return out
    date_start = min(b for b, _ in a.parts)
    date_end = max(e for _, e in a.parts)
    joint = _JOINT.search(text, sentence_start, date_start)
    if joint is None or _SECOND_VERB.match(text, date_end) is None:
        return out
    first = _FIRST_VERB.search(text, sentence_start, joint.start())
    if first is None or first.start() == sentence_start:
        return out
    subject = text[sentence_start:first.start()]
    if not re.search(r"[A-Za-z]", subject) or _CLAUSE_IN_SUBJECT.search(subject):
        return out
    # The first predicate runs from its verb (and a chain of auxiliaries and adverbs) to "and".
    chain = re.compile(r"(?:\s+(?:" + _AUXILIARY + r"|not|also|already|been|being|[a-z]+ly))*\s+")
    lead = chain.match(text, first.end())
    rest = text[lead.end() if lead else first.end():joint.start()]
    if not rest.strip() or _CLAUSE_IN_PREDICATE.search(rest):
        return out
    if joint.end("and") == date_start:
        # "and last week was": left standing after "and", the date would read as a range's end and stay; it goes
        # with the cut
        return [replace(a, parts=[(first.start(), date_end)])]
    return [replace(a, parts=[*a.parts, (first.start(), joint.end("and"))])]
