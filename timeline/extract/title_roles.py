"""Job titles in a subject: where a role ends and the person's name begins.

:func:`.title_subjects.drop_role` keeps the person and drops the job title ("Alabama Gov. Bob Riley" -> "Bob
Riley"); a subject with "and" may name two people ("Secretary Janet Napolitano and Gov. Bob Riley") or one person
whose title holds an "and" ("House committee on energy and commerce chairman Henry Waxman"). This module tells
the two apart.
"""

from __future__ import annotations

from collections.abc import Set

__all__ = ["and_in_role"]


def and_in_role(words: list[str], at: int, role_words: Set[str]) -> bool:
    """Whether the "and" at ``at`` in a subject joins words of one job title ("House committee on energy and commerce
    chairman", "Senate Homeland Security and Governmental Affairs chairman") rather than two people: no role word
    before it, and after it a lowercase word, or before it only the capitalised words of a body's name."""
    return at + 1 < len(words) and not any(w.lower() in role_words for w in words[:at]) and (
        words[at + 1][:1].islower() or (at >= 2 and all(w[:1].isupper() for w in words[:at])))
