"""A quotation whose speaker is named after it by a description: '“No contractor has ever been held liable,” the
company said.' is the company's saying as much as 'The company said ...'.

The actor finders read who a description ("the company", "the department", "the president") stands for where it opens
a sentence. A quote closed by such an attribution names its speaker at its end instead; read with the speaker first,
the same finders resolve it to the organisation or person the story named before ('“...,” the department said in a
letter' after 'The Justice Department has raised concern' is the Justice Department's), and the title names it.
"""

from __future__ import annotations

import re

from timeline.extract.saying_words import alternation
from timeline.extract.subject_names import strip_opening
from timeline.extract.title_words import SPEECH_VERBS

__all__ = ["speaker_first"]

#: '“...,” the company said', '"...?" the president asked': a whole quotation and its description's attribution, the
#: description a determiner and up to three words ("the London-based oil giant", not "the man who ...").
_TRAILING_DESCRIPTION = re.compile(
    r"^[“\"](?P<quote>[^“”\"]{3,}?)[,?!—–-]\s*[”\"]\s*,?\s+(?P<speaker>the\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+"
    r"(?P<verb>" + alternation(SPEECH_VERBS - {"according"}) + r")\b(?P<rest>[^“”\"]*)$")


def speaker_first(text: str) -> str:
    """``text`` from its subject on (:func:`.subject_names.strip_opening`), or for a quotation closed by a description's
    attribution, that attribution first: '“We will pay,” the company said.' -> 'The company said “We will pay.”'."""
    m = _TRAILING_DESCRIPTION.match(text.strip())
    if m is None:
        return strip_opening(text)
    speaker = m.group("speaker")
    return f"{speaker[0].upper()}{speaker[1:]} {m.group('verb')}{m.group('rest').rstrip('.')} “{m.group('quote')}.”"
