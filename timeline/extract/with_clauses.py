"""A date inside a closing "with" clause is that clause's, not the main clause's (issue 16: dates right).

"Analysts expect the chain to resume dividends, with one broker predicting it could do so in February", "Work on
the first tunnel began on 2 May, with the second starting on 16 May", "The council was briefed in private, with a
public hearing scheduled for next week": the "with" clause is an absolute construction, a subject of its own and a
participle, told beside the main clause. Its date is its own happening's (the prediction's forecast, the second
start, the hearing); a title from the main clause at that date ("Analysts expect the chain to resume dividends" in
February) tells a happening of another time. So the date becomes the "with" clause's own statement, titled from
the clause with its participle made finite ("The second starts", "A public hearing is scheduled").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, MODAL_VERBS, auxiliaries
from timeline.english_verbs import ING_NOT_VERBS
from timeline.extract.clauses import Embedding, FiniteClause, past_of_participle
from timeline.extract.restrictive import clause_end
from timeline.extract.sentences import Sentence

__all__ = ["WithClause", "absolute_finite", "with_clause", "with_clause_dates"]

A = TypeVar("A")

#: Words in "-ing" that are no participle: "during", "morning", "including", and "following", as often a preposition
#: ("with talks resuming following the vote").
_NOT_PARTICIPLES = r"(?!(?:" + "|".join(sorted(ING_NOT_VERBS | {"following"})) + r")\b)"
#: ", with" (or a dash) opening the clause.
_WITH = re.compile(r"(?:,|\s[–—-]{1,2})\s+with\s+(?!(?:no|little|nothing|none|some|all|any)\b)")
#: The clause's participle: "-ing", or a participle of schedule ("a hearing scheduled for Friday").
_PARTICIPLE = re.compile(_NOT_PARTICIPLES + r"(?:[a-z]{3,}ing|scheduled|set|due|planned|slated|expected)$")
#: A word before an "-ing" word that makes it a noun's modifier, not the clause's verb: a determiner or an
#: adjective ("the actual plugging operation starting").
_MODIFYING = re.compile(r"(?i)(?:the|a|an|its|their|his|her|this|that|these|those|[a-z]+(?:al|ive|ic|ous|ful|less|ary|ern))$")
#: Words a subject's noun phrase holds none of: a modal or auxiliary, "to", a clause mark.
_NOT_SUBJECT = re.compile(r"(?i)^(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, MODAL_VERBS, without={"shall"}) + r"|to|that|which|"
                          r"who)$|[,;:()“”\"]")
#: What makes a date between the participle and it another clause's or phrase's: a subordinating word ("with more
#: cases expected as countries move into winter", "drawing to a close after the speech yesterday"), a participle
#: of a noun in the clause's object ("including the licensing round announced in June"), or a clause mark.
_DEEPER = re.compile(r"(?i)\bas\b(?!\s+(?:early|soon|late|far|recently)\s+as\b)(?<!early\sas)(?<!soon\sas)(?<!late\sas)"
                     r"(?<!far\sas)(?<!recently\sas)|\b(?:when|after|before|because|if|while|until|since|once|than|from|between)\b|[,;:()“”\"]|"
                     r"\b[a-z]{3,}ed\s+(?:in|on|at|by|last|this|early|late)\s+(?:the\s+)?$")
#: A sentence that opens with a phrase, not a clause ("On the program, with some prompting by ..."): no main clause
#: for the "with" clause to close.
_PHRASE_OPENING = re.compile(r"(?i)\W*(?:on|in|at|during|after|before|with|for|by|from|under|over|amid)\b[^,]*$")


@dataclass(frozen=True, slots=True)
class WithClause:
    """A closing "with" clause: where "with" stands, its subject and its participle."""

    start: int
    subject_start: int
    verb_start: int
    verb_end: int


def with_clause(text: str, lo: int, hi: int) -> WithClause | None:
    """The last "with" clause between ``lo`` and ``hi`` whose subject (up to six words) and participle stand
    before ``hi``."""
    opening = None
    for m in _WITH.finditer(text, lo, hi):
        opening = m
    if opening is None:
        return None
    words = list(re.finditer(r"\S+", text[opening.end():hi]))[:7]
    for i, w in enumerate(words):
        if _NOT_SUBJECT.search(w.group(0)):
            return None
        if i and _PARTICIPLE.match(w.group(0)) and not _MODIFYING.fullmatch(words[i - 1].group(0)):
            return WithClause(opening.start(), opening.end(), opening.end() + w.start(), opening.end() + w.end())
    return None


def with_clause_dates(text: str, sentence: Sentence, anchors: Sequence[A]) -> list[A]:
    """``anchors`` with a date inside a closing "with" clause carrying that clause as its own statement."""
    out: list[Any] = []
    for a in anchors:
        if a.embedded is not None or a.comparison:
            out.append(a)
            continue
        date_start = min(b for b, _ in a.parts)
        clause = with_clause(text, sentence.start, date_start)
        if clause is None or re.search(r"\b(?:and|but|or)\s*$", text[sentence.start:clause.start]) or _DEEPER.search(
                text, clause.verb_end, date_start) or _PHRASE_OPENING.match(text, sentence.start, clause.start) or any(
                o.embedded is not None and min(b for b, _ in o.parts) > clause.start for o in anchors):
            # (a date there that another rule gave a clause of its own: "with BP saying last week it will be two
            # weeks before ...": the clauses are nested, and the sentence is left as it was)
            out.append(a)
            continue
        date_end = max(e for _, e in a.parts)
        end = clause_end(text, date_end, sentence.end)
        # The span opens at "with", which the clause's title leaves out as it does a conjunction.
        out.append(replace(a, embedded=Embedding(clause.subject_start - len("with "), end, "adverbial")))
    return out


def absolute_finite(clause: str) -> FiniteClause | None:
    """A "with" clause's words as a sentence, its participle made finite: "with the second starting on 16 May" ->
    "the second started on 16 May", with how far the words after the participle moved; None for
    any other clause."""
    if not clause.lower().startswith("with "):
        return None
    found = with_clause(", " + clause, 0, len(clause) + 2)
    if found is None:
        return None
    offset = -2  # ("with ..." was read with ", " in front)
    verb = clause[found.verb_start + offset:found.verb_end + offset]
    finite = past_of_participle(verb) if verb.endswith("ing") else f"was {verb}"
    if finite is None:
        return None
    body = clause[found.subject_start + offset:found.verb_start + offset] + finite + clause[found.verb_end + offset:]
    return FiniteClause(body, len(finite) - len(verb))
