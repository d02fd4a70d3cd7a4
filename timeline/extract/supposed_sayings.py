"""A saying of what may happen on a condition, when the title cannot hold the condition (issue 16, "meaning").

'"If we decide to open up the well, there will be a period when oil goes back into the sea," the engineer said on
Saturday': the speaker tells a hypothetical, and its outcome without its condition reads as a prediction ("Engineer:
“There will be a period when oil goes back into the sea”"), which the speaker did not make. The title writer keeps
such a quotation whole when it fits (:func:`.title_quotes.with_quote`); when it does not, it keeps the speaker alone,
and a title of the speaker alone tells nothing of what was said. Such a statement is dropped: the gold's convention
leaves hypotheticals out, and the saying's day tells no happening the title could carry.

What stays: a plan on the condition that it goes well or is allowed ("If all goes as planned, we could have it
contained within a day"), which :func:`.suppositions.supposes` leaves to its schedule; a concession ("Even if ...");
a quotation whose condition comes after its outcome; and every statement whose title tells what was said.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.extract.bare_sayings import speaker_only
from timeline.extract.saying_words import SAYING_VERBS, alternation, spoken
from timeline.extract.suppositions import supposes

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["supposed_sayings"]

#: A quotation in a statement's sentence, from its opening mark to its closing one (or the sentence's end).
_QUOTATION = re.compile(r"[“\"](?P<said>[^“”\"]{15,})(?:[”\"]|$)")


def supposed_sayings(found: list[Mention], text: str) -> list[Mention]:
    """``found`` without the statements titled by their speaker alone whose quotation opens with a condition and
    tells, in its main clause, what may happen then (see the module's note)."""
    return [m for m in found if not ((speaker_only(m.title) or _ATTRIBUTION.fullmatch(m.title.strip()))
                                     and _tells_supposition(text[m.start:m.end]))]


#: A title that is an attribution told with any verb of saying, and nothing said: "Dr Hay warns", "The mayor insists".
_ATTRIBUTION = re.compile(r"[^“”\"]{2,80}?\s+(?:" + alternation(spoken(*SAYING_VERBS)) + r")")


def _tells_supposition(sentence: str) -> bool:
    """Whether a quotation in ``sentence`` opens with a condition whose main clause tells what may happen."""
    return any(supposes(_LINK.sub("", quotation.group("said").strip())) for quotation in _QUOTATION.finditer(sentence))


#: A link word before the condition: "However, if it returns in September, ...", "Of course, if ...".
_LINK = re.compile(r"^(?:[A-Z][a-z]+ly|However|Indeed|Still|Yet|Now|Of\s+course|Then|Also|And\s+so),\s+(?=[a-z])")
