"""The second verb of a headline's subject takes the present its first verb took.

"The patient was admitted to hospital and gave birth" -> "The patient is admitted ... and gives birth", not "is admitted
... and gave birth"; "The pressure remained at 6,700 psi and was rising" -> "remains ... and is rising", not "remains
... and was rising". :func:`.title_tense._coordinated_present` puts a second past verb in the present after an active
main verb; here are the two it left: a finite past after a passive or a copula ("was admitted and gave": "gave" is no
participle that could share the "was", nor is "died"), and "was"/"were" after an active verb that went to the present.
"""

from __future__ import annotations

from collections.abc import Set

from timeline.extract.title_verbs import PRESENT, headline_present
from timeline.extract.title_words import INTRANSITIVE_ED

__all__ = ["second_present"]

#: The past forms of "be", whose present is the verb table's ("was" -> "is", "were" -> "are").
_BE_PAST = frozenset({"was", "were"})


def second_present(verb: str, main: str, finite_pasts: Set[str]) -> str | None:
    """The present of ``verb``, the second verb of the subject whose first verb (``main``, as the sentence had it) went
    to the present, in the two cases above; None otherwise (a regular past after "was" may share its auxiliary: "was
    arrested and charged")."""
    if main in _BE_PAST and verb in finite_pasts:
        return PRESENT.get(verb)
    if main in _BE_PAST and verb in INTRANSITIVE_ED:
        return headline_present(verb)  # ("was taken to hospital and died": no passive has "died")
    if verb in _BE_PAST and main not in _BE_PAST and main not in {"had", "has", "have", "been"}:
        return PRESENT[verb]
    return None
