"""A lead dropped before its relative clause.

A title writer drops what opens a sentence before its subject: "In Mexico, | people struggled ...". When the lead's
noun has a relative clause ("In Mexico, where up to 159 people have died, people struggled"; "Although the firm sold
its mines to Brook Ltd, which kept the staff, Brook said"), the lead ends at the relative clause's comma, not the
noun's: a headline never opens with "where" or "which". What is left after the relative clause is the sentence's
main clause; a relative clause with nothing after it is told as a sentence of its own, "where" on its own subject
("Up to 159 people have died"), "which" and "who" on their antecedent ("The crash kills six"). A clause of "when"
after a lead's time tells what happened at that time ("In late May, when the admiral retired, ..."): it is the
title, on its own subject.
"""

from __future__ import annotations

import re

from timeline.extract.clauses import noun_phrase_start, sentence_like, whole_noun_phrase_start

__all__ = ["relative_lead_gone"]

_RELATIVE = re.compile(r"(where|when|which|who|whose)\s+")


#: Words that open a lead before the subject: a preposition, a subordinator, a time ("this April", "last week").
_LEAD_OPENERS = {"in", "on", "at", "after", "before", "while", "when", "although", "though", "as", "since", "during",
                 "despite", "unlike", "like", "with", "without", "for", "by", "from", "under", "over", "following",
                 "amid", "until", "once", "if", "because", "even", "later", "earlier", "last", "this", "next", "across",
                 "throughout", "within", "near", "outside", "inside", "among", "against", "beyond", "besides", "given",
                 "setting", "raising", "speaking", "but", "and", "so", "yet", "also", "still", "however", "meanwhile"}


def relative_lead_gone(before: str, after: str) -> str:
    """``after`` (``before`` without its lead) without the relative clause the lead's noun kept: the main clause after
    its comma, or the relative clause told as a sentence; ``after`` when it opens with no relative word."""
    rel = _RELATIVE.match(after)
    if rel is None:
        return after
    dropped = before[:len(before) - len(after)].strip(" ,;") if before.endswith(after) else ""
    if dropped and dropped.split()[0].lower() not in _LEAD_OPENERS and sentence_like(dropped):
        # ("[, however,] a spokesman said that Landry relied on BP, which had sent robots": what went as a lead was
        # the main clause, with its subject and verb; the sentence is whole)
        whole = before.lstrip(" ,;")
        return whole[:1].upper() + whole[1:]
    pronoun = rel.group(1)
    own_subject = pronoun in ("where", "when")
    if pronoun == "when":
        # "In late May, when Adm. Allen retired, Papp said ...": a clause of "when" after a time tells what happened
        # then; the clause up to its comma is the title, its subject its own.
        close = re.search(r"(,)([”\"]?)\s+", after)
        clause = after[rel.end():close.start()] + close.group(2) if close else after[rel.end():]
        return clause[:1].upper() + clause[1:] if sentence_like(clause) else after
    for comma in re.finditer(r",[”\"]?\s+", after):
        rest, clause = after[comma.end():], after[rel.end():comma.start()]
        # The relative clause is whole up to this comma ("where officials in the capital, | Mexico City, ordered"
        # is not), and what follows is the main clause.
        whole = sentence_like(clause) if own_subject else sentence_like(f"it {clause}") or sentence_like(clause)
        if whole and rest[:1] not in "“\"" and sentence_like(rest) and len(rest.split()) >= 3:
            return rest[:1].upper() + rest[1:]  # "where up to 159 people have died, | people struggled"
    body = after[rel.end():]
    if own_subject:
        return body[:1].upper() + body[1:] if sentence_like(body) and "," not in body else after
    # ("which forecasters predict may be ...": the pronoun is a clause's subject inside the relative clause, and the
    # antecedent cannot simply stand before it)
    if pronoun == "whose" or not before.endswith(after) or sentence_like(body) or not sentence_like(f"it {body}"):
        return after
    end = len(before) - len(after)
    comma = before.rfind(",", 0, end)
    if comma < 0 or before[comma:end].strip(", "):
        return after
    # ("the crash on the ring road, which killed six": "which" may stand for the whole phrase, its complement included)
    start = noun_phrase_start(before, 0, comma) if pronoun == "who" else whole_noun_phrase_start(before, 0, comma)
    antecedent = before[start:comma]
    if start >= comma or len(antecedent.split()) < 2 or not re.match(r"(?:the|a|an|[A-Z])", antecedent):
        return after
    return f"{antecedent[:1].upper()}{antecedent[1:]} {body}"
