"""A title never ends on the subject of a subordinate clause whose verb it cut.

"The inquiry comes as two senators | said warning signs were missed": cut at the limit, the title keeps the
conjunction and the clause's subject but not its verb ("... comes as two senators"), a fragment that says nothing of
its own. The main clause before the conjunction is whole, so the title ends there ("The inquiry comes"). Only a
fragment without a verb goes, and only when the sentence goes on with that clause's finite verb right after it:
"as a precaution | against ..." and "as much as | 20%" are phrases of the main clause and stay.
"""

from __future__ import annotations

import re

from timeline.extract.subordinators import SUBORDINATORS
from timeline.extract.title_verbs import IRREGULAR_PAST_FORMS
from timeline.extract.title_words import AUX, NO_TENSE, verbish

__all__ = ["subordinate_subject_gone"]


#: Conjunctions that open a clause with a subject and a finite verb of its own.
_SUBORDINATORS = SUBORDINATORS

#: Verbs that frame the clause after them as the news ("comes as", "came after").
_FRAMES = {"comes", "came", "come", "coming", "follows", "followed", "happened", "happens"}

#: The longest subject left after the conjunction that still counts as the clause's subject.
_MOST_WORDS = 8
#: The fewest words the main clause keeps before the conjunction.
_FEWEST_KEPT = 4


def subordinate_subject_gone(title: str, sentence: str) -> str:
    """``title`` ended before a last subordinate clause that holds only its subject, when ``sentence`` goes on with
    that clause's finite verb; else ``title``."""
    words = title.split()
    at = max((i for i, w in enumerate(words) if w.lower() in _SUBORDINATORS), default=-1)
    fragment = words[at + 1:]
    if at < _FEWEST_KEPT or not 1 <= len(fragment) <= _MOST_WORDS or words[at - 1][-1:] in ",;:" \
            or words[at - 1].lower() in _FRAMES:
        return title  # ("The inquiry comes | as ...": the clause after a frame is the news; nothing stands without it)
    lowered = [w.lower().strip("“”\"‘’,") for w in fragment]
    if any(verbish(w, lowered[i - 1] if i else "") or w in IRREGULAR_PAST_FORMS for i, w in enumerate(lowered)):
        return title  # the clause has its verb: it says something of its own
    if not fragment[0][:1].isalpha() or lowered[0] in {"much", "many", "far", "well", "long", "soon", "a", "an"}:
        return title  # ("as much as", "as a precaution"): a comparison or a phrase of the main clause
    told = re.search(re.escape(" ".join(words[at:])) + r"\s+(\S+)", sentence)
    if told is None:
        return title
    nxt = told.group(1).lower().strip("“”\"‘’,")
    finite = nxt in AUX or nxt in NO_TENSE - {"to", "not", "never"} or nxt in IRREGULAR_PAST_FORMS or (
        nxt.endswith("ed") and verbish(nxt, lowered[-1]))
    if not finite:
        return title
    return " ".join(words[:at]).rstrip(" ,;:")
