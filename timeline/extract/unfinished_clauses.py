"""Clauses a title's words end inside: a "that"-clause after a reporting verb still waiting for its verb, and a
subordinate clause a cut left without its verb.

The tense writer (:mod:`.title_tense`) keeps a verb inside such a complement in its tense; the cutter
(:mod:`.title_cuts`) ends a title before a clause it would leave unfinished.
"""

from __future__ import annotations

import re

from timeline.extract.subordinators import SUBORDINATORS
from timeline.extract.title_words import (
    AUX,
    CLAUSE_OPENERS,
    DETERMINERS,
    PRESENT_FORMS,
    SPEECH_VERBS,
    verbish,
)

__all__ = ["inside_complement", "unfinished_clause"]


def inside_complement(before: list[str]) -> bool:
    """Whether the words before a verb end inside a clause opened by "that" or "whether" after a verb ("Reports
    suggest that a senior executive | lobbied"): that clause's verb keeps its tense. A clause that already has its
    verb ("The cap that BP placed | failed") is closed, and the verb after it is the main one."""
    low = [w.lower().strip("“”\"‘’,") for w in before]
    at = max((i for i, w in enumerate(low) if w in {"that", "whether"} and i >= 1), default=-1)
    # (a capital on the sentence's first word is no sign of a name: "Rumours that the mill was closing")
    if at < 0 or before[at - 1][-1:] in ",;:" or low[at - 1] in DETERMINERS or (before[at - 1][:1].isupper()
                                                                                 and at > 1):
        return False
    inner = low[at + 1:]
    return len(inner) <= 8 and not any(verbish(w, inner[i - 1] if i else "") or w in AUX for i, w in enumerate(inner)) \
        and (low[at - 1] in CLAUSE_OPENERS or low[at - 1] in PRESENT_FORMS or low[at - 1] in SPEECH_VERBS
             or low[at - 1] in _BARE_REPORTING or re.fullmatch(r"[a-z]+(?:s|ed)", low[at - 1]) is not None)


#: Reporting verbs in their plural present, before "that": "Reports suggest that", "Officials say that".
_BARE_REPORTING = {"say", "suggest", "show", "believe", "think", "claim", "argue", "insist", "warn", "fear", "hope",
                   "expect", "know", "agree", "admit", "deny", "indicate", "report", "confirm", "predict", "estimate",
                   "allege", "contend", "maintain", "note", "find", "mean", "conclude", "acknowledge", "assert"}


_SUBORDINATORS = SUBORDINATORS


def unfinished_clause(words: list[str], best: int, lowest: int) -> int | None:
    """Where a cut without a phrase boundary left a subordinate clause without its verb ("... as the
    Philippines" before "recorded its first case"): the position of its conjunction, so that the title ends
    on the clause before it; None when every started clause has its verb."""
    clean = [w.lower().strip("“”\"‘’,;:()") for w in words[:best + 1]]
    opener = max((i for i, w in enumerate(clean[:best - 1]) if w in _SUBORDINATORS and i >= max(4, lowest)
                  and words[i - 1][-1:] not in ",;:"), default=-1)
    if opener < 0:
        return None
    starts = clean[opener + 1]
    if not (starts in DETERMINERS or starts in {"he", "she", "it", "they", "we", "i", "you", "there"} or words[opener + 1][:1].isupper()):
        return None  # "as chairman", "after talks": a phrase, not a clause
    def verb(i: int) -> bool:
        return verbish(clean[i], clean[i - 1]) or clean[i] in AUX

    if any(verb(i) for i in range(opener + 2, best)):
        return None
    if words[best - 1][-1:] in ";:”\"" or (words[best - 1][-1:] == "," and not words[best][:1].isupper()):
        return None  # the cut already ends a clause or a quotation ("as the mayor, Marcelo Ebrard," does not)
    clean = [w.lower().strip("“”\"‘’,;:()") for w in words[:opener + 10]]
    for i in range(max(best, opener + 2), len(clean)):
        if verb(i):
            return opener
        if words[i][-1:] in ",;:.”\"":
            break
    return None  # "as a backup", "after any of those statements": a phrase, whole where it stops
