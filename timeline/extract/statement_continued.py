"""One speaker's statement of a day told over consecutive paragraphs: one statement, one event.

News reports a statement in several paragraphs: "Senator Vale on Tuesday praised the port plan." / '"It will bring
work to the whole coast," Vale said in a written statement.' / "She said she hoped to pass the bill this year and
urged her rivals to back it." The last paragraph picks its speaker up by a personal pronoun ("She said", "He added")
and its day is the first's: it goes on reporting the one statement, and the reader would see one statement twice
(:func:`statements_continued`). ("The company also said it would forgo its dividend" after "The chairman apologised
on Wednesday" is a further statement, of another speaker: a description may name someone else, and "also" tells
something more.)

The first telling is the speaker's statement of that day, or a speech act of theirs ("praised", "urged", "warned",
"criticised"); the next picks the speaker up within :data:`_NEXT` sentences, no other speaker's dated sentence between
them. A paragraph that tells a later moment ("He later said ...", :mod:`.continued`), another happening beside
("Meanwhile, ...") or the act done again stays apart, and so does a statement of another day.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.extract.once import join_as_one
from timeline.model import Precision

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["statements_continued"]

#: How many sentences after the first telling the speaker may be picked up: the next, or after a quote or two.
_NEXT = 3
#: The opening letters of verbs that report a statement as an act: "praised", "urged", "warned", "condemned".
_SPEECH_ACTS = frozenset(["prai", "crit", "urg", "warn", "cond", "welc", "accu", "blam", "dema", "defe", "insi", "vow",
                          "pled", "prom", "apol", "deni", "deny", "reje", "dism", "slam", "blas", "anno", "hail", "lash",
                          "than", "repe", "reit", "comm", "sai", "say", "tell", "told", "stat", "decl", "argu", "clai"])


def _states(m: Mention) -> bool:
    """Whether ``m`` is a statement of its day in its sentence's main clause, or a speech act told as one."""
    return m.is_statement or any(v[:4] in _SPEECH_ACTS or v in _SPEECH_ACTS for v in m.predicate.verbs)


def _day(m: Mention) -> bool:
    return not m.lead and m.main and m.when.precision.rank >= Precision.DAY.rank and not m.predicate.again


#: A paragraph going on with one person's words: "She said ...", "He added that ..." ("He also said ..." tells a
#: further statement: "The company also said it would forgo its dividend").
_PRONOUN_SAYS = re.compile(r"\s*(?:He|She)\s+(?!also\b)")


def _continues(first: Mention, later: Mention, found: list[Mention], text: str) -> bool:
    """Whether ``later`` goes on reporting ``first``'s statement (see the module's docstring)."""
    if not (0 < later.sentence - first.sentence <= _NEXT) or not later.definite_subject or not later.is_statement:
        return False
    if not _PRONOUN_SAYS.match(text, later.start):
        return False
    if later.continued in ("later", "beside", "occasion") or not _day(first) or not _day(later) or not _states(first):
        return False
    if first.actor is None or later.actor != first.actor or first.key[:10] != later.key[:10]:
        return False
    # Another speaker's dated sentence between them: "He" may be someone else by then.
    return not any(first.sentence < m.sentence < later.sentence and m.actor != first.actor for m in found)


def statements_continued(found: list[Mention], text: str) -> list[Mention]:
    """``found`` with ``one_of`` set on a speaker's statement of a day and the next paragraphs that go on reporting
    it (see the module's docstring)."""
    for i, later in enumerate(found):
        if not later.definite_subject:
            continue
        first = next((m for m in reversed(found[:i]) if _continues(m, later, found, text)), None)
        if first is not None:
            join_as_one(first, later, "statement")
    return found
