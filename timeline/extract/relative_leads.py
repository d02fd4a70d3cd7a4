"""A lead dropped before its relative clause.

A title writer drops what opens a sentence before its subject: "In Mexico, | people struggled ...". When the lead's
noun has a relative clause ("In Mexico, where up to 159 people have died, people struggled"; "Although the firm sold
its mines to Brook Ltd, which kept the staff, Brook said"), the lead ends at the relative clause's comma, not the
noun's: a headline never opens with "where" or "which". What is left after the relative clause is the sentence's
main clause; a relative clause with nothing after it is told as a sentence of its own, "where" and "when" on their
own subject ("Up to 159 people have died"), "which" and "who" on their antecedent ("The crash kills six").
"""

from __future__ import annotations

import re

from timeline.extract.clauses import noun_phrase_start, sentence_like, whole_noun_phrase_start

__all__ = ["relative_lead_gone"]

_RELATIVE = re.compile(r"(where|when|which|who|whose)\s+")


def relative_lead_gone(before: str, after: str) -> str:
    """``after`` (``before`` without its lead) without the relative clause the lead's noun kept: the main clause after
    its comma, or the relative clause told as a sentence; ``after`` when it opens with no relative word."""
    rel = _RELATIVE.match(after)
    if rel is None:
        return after
    for comma in re.finditer(r",\s+", after):
        rest = after[comma.end():]
        if rest[:1] not in "“\"" and sentence_like(rest) and len(rest.split()) >= 3:
            return rest[:1].upper() + rest[1:]  # "where up to 159 people have died, | people struggled"
    body = after[rel.end():]
    pronoun = rel.group(1)
    if pronoun in ("where", "when"):
        return body[:1].upper() + body[1:] if sentence_like(body) else after
    if pronoun == "whose" or not before.endswith(after):
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
