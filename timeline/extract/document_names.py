"""A title's "The report" as the story named the document when it first brought it in with "a".

A story brings a report in with an indefinite article and its author's name before the noun ("a White House report
found that ...", "an Interior Department study said ...") and then calls it "the report" ("The report sheds new light
on ..."). A document introduced so is the one the story goes on about, as "the White House report" would be: its
name counts as a mention for :func:`.definite_names.fuller_name`, which still leaves the title when two names are
given to reports of the story ("a White House report", "an Interior Department report"). Things ("a Transocean
rig", "a BP well") are left out: a story mentions other rigs and wells of a company in passing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["DOCUMENT_NOUNS", "document_forms"]

#: Nouns of a document an organisation publishes.
DOCUMENT_NOUNS = frozenset(["report", "study", "survey", "review", "audit", "analysis", "assessment", "memo"])


def document_forms(noun: str, text: str, named_forms: Callable[[str, str], list[str]]) -> list[str]:
    """The mentions of ``noun`` with a name before it that ``named_forms`` finds in ``text``, counting "a White House
    report" as "the White House report"."""
    return named_forms(noun, re.sub(r"(?<![\w’'-])[Aa]n? (?=[A-Z])", "the ", text))
