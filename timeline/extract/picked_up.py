"""A sentence that opens by picking up the happening the sentence before told: "The cuts, announced on Tuesday, ...",
"The move ...", "These themes were occupying the minds of ...".

A definite description whose head names what the sentence before did ("would cut 300 jobs." "The cuts ..."), a
noun that stands for any happening ("The move", "The decision"), or a plural demonstrative ("These concerns",
"Those figures"): English uses "these" and "those" with a noun to gather what was just said, so the sentence goes
on about the previous one's news rather than telling news of its own. The merger reads it (:mod:`.merge`).
"""

from __future__ import annotations

import re

from timeline.extract.count_words import numbers_pattern

__all__ = ["refers_back"]

#: "The cuts, announced on Tuesday, ...", "The move ...": a definite description that picks up the
#: happening the sentence before told.
_DEFINITE = re.compile(r"[“\"‘']?(?:The|This|That|These|Those)\s+(?:[a-z-]+\s+)?([a-z]{3,})\b")
_ANAPHORS = frozenset(["move", "decision", "announcement", "deal", "step", "agreement", "ruling", "change",
                       "changes", "measure", "measures", "plan", "proposal"])


def refers_back(quote: str, previous: str) -> bool:
    """Whether ``quote`` opens with a definite description of the happening ``previous`` told."""
    if gathers(quote):
        return True
    m = _DEFINITE.match(quote)
    if m is None:
        return False
    head = m.group(1)
    if head in _ANAPHORS:
        return True
    # The head names what the sentence before did: its stem there as a verb ("would cut" -> "The cuts"),
    # not as a noun after an article ("the company" -> "The company" is an actor, not a happening).
    stem = head[:4] if len(head) > 4 else head.rstrip("s")
    return any(not re.search(r"\b(?:the|a|an|its|their|his|her|this|that)\s+(?:[a-z-]+\s+)?$", previous[:hit.start()])
               for hit in re.finditer(r"(?<![\w'’-])" + re.escape(stem) + r"[a-z]*", previous))


#: "These themes", "Those new figures": a plural demonstrative and its noun (an adjective between), opening the
#: sentence. ("These days", "Those years" are times, not what was said.)
#: A verb right after the demonstrative makes it a pronoun ("These include drugs", "Those were problems").
_VERBS = r"(?:are|were|include[sd]?|have|had|will|would|could|can|may|might|should|must|is|was|do|did|show|showed|" \
    r"mean|meant|come|came|seem|seemed|remain|remained|range|ranged|also|all|" + numbers_pattern(2) + r"|several|many|" \
    r"few|same|other|last|first|next|past|recent|coming)"
_GATHERING = re.compile(r"[“\"‘']?(?:These|Those)\s+(?!" + _VERBS + r"\b)(?:[a-z-]+\s+)?([a-z]{3,}s)\b")
_TIMES = frozenset(["days", "weeks", "months", "years", "times", "hours", "decades", "nights", "mornings",
                    "evenings", "weekends", "seasons", "centuries", "minutes"])


def gathers(quote: str) -> bool:
    """Whether ``quote`` opens with a plural demonstrative gathering what the sentence before told ("These
    themes were ...")."""
    m = _GATHERING.match(quote)
    return m is not None and m.group(1) not in _TIMES
