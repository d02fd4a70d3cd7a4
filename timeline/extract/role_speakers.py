"""One saying told first by its speaker's role and again by the speaker's name with that role (issue 16: duplicates).

A report often gives a saying in its lead by who spoke, unnamed ("And a paramedic said Dr Roe did not mention the
drug"), and tells it again further down with the name, the role before it ("Paramedic Ian Holt said Dr Roe did not
mention he had given the drug"). The role noun names one speaker in both, so on one day, with the same verb and object,
the two are one statement: the named one, whose speaker words (:func:`.merge.speaker_words`) the unnamed one holds,
tells the unnamed one's saying again. A second witness of the same role is named with that role too, and says
something else: another verb or object, or no words beyond the role's and the verb's in common.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline.extract.predicates import one_day

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["one_saying_by_role"]

#: How many content words the two sayings share besides the role's: what was said, not only who said it.
_SAID_WORDS = 2


def one_saying_by_role(a: Mention, b: Mention) -> bool:
    """Whether ``a`` and ``b`` tell one statement of one day, one by the speaker's role alone and the other by the
    speaker's name with the role (see the module's docstring)."""
    if not (a.is_statement and b.is_statement and a.main and b.main and one_day(a, b)):
        return False
    if a.predicate.again or b.predicate.again:
        return False
    if not (a.predicate.verbs & b.predicate.verbs and a.predicate.objects & b.predicate.objects):
        return False
    return _role_of(a, b) or _role_of(b, a)


def _role_of(unnamed: Mention, named: Mention) -> bool:
    """Whether ``unnamed`` names no one and holds the role words ``named``'s speaker is given ("paramedic" of
    "Paramedic Ian Holt said"), and the two share words of what was said besides."""
    if unnamed.actor or not named.actor or not named.speaker or not named.speaker <= unnamed.words:
        return False
    return len((unnamed.words & named.words) - named.speaker) >= _SAID_WORDS
