"""How a story named the body a title calls "the commission", "the panel" or "the committee".

A story names a public body once ("the National Flood Review Commission", "the White House flood commission") and
then calls it by its noun ("The commission will publish its report next week"), or by another noun for the same
kind of body ("The panel said ..."). Read apart from the story, "The commission will publish its report" names
nothing. Unlike a thing ("BP's relief well" is another well than "BP's well"), a body is described by its topic
before its noun ("the oil spill commission", "the WHO emergency committee"): up to three such words stand between
its owner's name and the noun. "The panel" is a commission or a committee the story named, when it named no panel.
Two bodies named differently ("the Senate energy committee", "the House energy committee") leave the title as it is
(:func:`.definite_names.fuller_name` decides).
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["INSTITUTION_NOUNS", "SAME_KIND", "body_owner", "institution_forms"]

#: Nouns for a body of people named once and called by the noun after.
INSTITUTION_NOUNS = frozenset(["commission", "committee", "panel", "council", "board", "foundation", "inquiry"])
#: What else a story may have called the body a title calls "the panel".
SAME_KIND = {"panel": ("commission", "committee")}
#: Up to three words of the body's topic between its owner's name and its noun ("the White House oil spill
#: commission"): no function word, verb or pronoun ("the White House said the commission" is two phrases).
_TOPIC = (r"(?:(?!(?:the|a|an|and|or|but|nor|of|to|in|on|at|for|by|with|from|as|that|which|who|whose|said|says|told|"
          r"is|was|are|were|be|been|has|had|have|will|would|could|can|may|might|must|should|its|their|his|her|it|they|"
          r"this|these|new|other|own)\b)(?![a-z]+ed\b)[a-z][a-z-]* ){0,3}")
#: "The commission's findings": a body's noun owning the title's subject (the match holds the apostrophe, as a bare
#: subject's match holds the space after its noun).
_OWNER = re.compile(r"The (" + "|".join(sorted(INSTITUTION_NOUNS)) + r")['’](?=s\s+[a-z])")


def body_owner(title: str) -> re.Match[str] | None:
    """The match of a title opened by "The commission's", "The panel's": the noun as group 1; None otherwise."""
    return _OWNER.match(title)


def institution_forms(noun: str, text: str, named_forms: Callable[[str, str, str], list[str]]) -> list[str]:
    """The mentions of the body ``noun`` names in ``text`` with a name before the noun or as its head, as
    ``named_forms`` finds them with topic words allowed before the noun; for "panel", a commission's or committee's
    when the story named no panel."""
    forms = named_forms(noun, text, _TOPIC)
    for other in SAME_KIND.get(noun, ()) if not forms else ():
        forms += named_forms(other, text, _TOPIC)
    return forms
