"""The title of a happening named with the day it is to take place: "a status hearing set for Friday".

:func:`~timeline.extract.happenings.scheduled_for` gives such a noun phrase the date, and the title is the
phrase without it: "A status hearing set", "A caucus meeting expected", which are no headlines. The phrase is a
reduced passive ("a hearing [that is] set for Friday"); with its "be" put back, in the present, it is one: "A
status hearing is set", "Two Senate hearings are expected". The "be" is the only word added, as a tense change
of the quote's own participle.
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, BE_NONFINITE, HAVE_FORMS, WILL_WOULD, auxiliaries
from timeline.extract.happenings import SCHEDULE_WORDS
from timeline.extract.title_tense import plural_subject
from timeline.extract.title_words import LINKING

__all__ = ["scheduled_title"]

#: A noun phrase and the participle that schedules it, ending the title (its "for Friday" gone with the date).
_SCHEDULED = re.compile(r"(?P<np>[A-Z][^,;:]*?[a-z’'])\s+(?P<participle>" + SCHEDULE_WORDS + r")")
#: A form of "be", a linking verb or another verb already before the participle: "A hearing was set", "The
#: bottom remains slated" (a verb, not a plural noun), "Officials said talks expected".
_VERB_BEFORE = re.compile(r"(?i)\b(?:" + auxiliaries(BE_FINITE, BE_NONFINITE, HAVE_FORMS, WILL_WOULD) + r"|says?|said|"
                          + "|".join(sorted(LINKING)) + r")\b")


#: A last word that makes the participle no scheduling of a noun: "better than expected", "coming due".
_NO_NOUN_BEFORE = re.compile(r"(?i)\b(?:than|as|so|not|also|still|now|already|widely|long|coming|falling|becoming)$")


def scheduled_title(title: str) -> str:
    """``title`` with the "be" its scheduling participle lacks: "A trial set" -> "A trial is set"."""
    m = _SCHEDULED.fullmatch(title)
    if m is None or _VERB_BEFORE.search(m.group("np")) or _NO_NOUN_BEFORE.search(m.group("np")):
        return title
    np = m.group("np")
    plural = plural_subject(np + " ")
    if " " not in np and not plural:
        return title  # "Drops expected", "Jones expected": one word, a plural noun or a name; its number is unsure
    return f"{np} {'are' if plural else 'is'} {m.group('participle')}"
