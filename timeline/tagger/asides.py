"""A non-restrictive relative clause closed before a time expression: "He will testify about the
leak, which began on April 20, at a hearing on Thursday".

Set off by commas, the clause is an aside about the noun before it; the expression after its
closing comma belongs to the clause the aside interrupted ("will testify ... on Thursday", the
coming Thursday), so the aside's verbs ("began") must not give the expression its tense.
"""

from __future__ import annotations

__all__ = ["closed_aside_start"]

_ASIDE_OPENERS = frozenset(["which", "who", "whom", "whose"])
_SENTENCE_BREAKS = frozenset([".", "!", "?", ";", "\n", ":"])
_REACH = 25  # words an aside may run to
_PREPOSITIONS = frozenset(["at", "on", "in", "by", "for", "during", "from", "until", "till", "before", "after", "within"])


def closed_aside_start(tokens: list[str], comma: int) -> int | None:
    """The index of the comma opening a ", which/who ..." aside that ``tokens[comma]`` closes, else None.

    Only a comma the expression's own phrase follows closes the aside: the expression right after
    it, or a preposition opening its phrase ("..., which began on April 20, at a hearing on
    Thursday"); a comma of a list inside the aside ("who stepped down as chairman, president and
    chief executive in March") does not."""
    after = tokens[comma + 1:]
    if after and (after[0] not in _PREPOSITIONS or {"and", "or"} & set(after)):
        return None
    for k in range(comma - 1, max(-1, comma - _REACH), -1):
        t = tokens[k]
        if t in _SENTENCE_BREAKS:
            return None
        if t == ",":
            return k if k + 1 < comma and tokens[k + 1] in _ASIDE_OPENERS else None
    return None
