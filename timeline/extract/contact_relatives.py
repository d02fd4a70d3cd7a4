"""A date inside a relative clause with no relative pronoun, which dates that clause's act (issue 16: dates right).

"LaFond is sure that the device he invented eight years ago could seal the well", "Critics attacked the speech he
gave in 2008": English may leave out the "that" or "which" of a relative clause on an object. The clause (a subject, a
past verb, the date) tells when the device was invented or the speech given; the sentence's own verb (being sure,
attacking) is another act, of the story's time. :mod:`.anchors` gives a date in a relative clause with its pronoun its
own statement; without the pronoun the date read as the main clause's, and a belief of 2010 was placed in 2002.

Only an object's clause counts: the noun phrase follows a verb of the sentence, and its clause's subject is a personal
pronoun with a past verb right after it, the date no more than four words on (a name after a noun may be the noun's
own: "since the rig Deepwater Horizon exploded April 20"; a conjunction opens a clause of its own: "the highest rate
since it installed a system last week"). A subject's clause ("The cap they installed on Monday is holding") names what
the sentence is about, which its date may well place, and is left alone.
"""

from __future__ import annotations

import re

from timeline.english_verbs import IRREGULAR_PAST_PATTERN
from timeline.extract.title_participles import finite_verb_in

__all__ = ["in_contact_relative"]

#: Words that are no part of a noun phrase: a conjunction or a preposition opens a clause or a phrase of its own
#: ("the highest rate since it installed a system last week").
_FUNCTION = (r"(?:since|after|before|until|when|while|as|because|once|if|that|which|who|and|or|but|of|to|in|on|at|for|"
             r"with|by|from|than|said|says|told|was|were|is|are|has|have|had|will|would)\b")
#: The object's noun phrase, the relative clause's subject and its past verb, up to the date: "the device he invented",
#: "a federal drilling ban the White House had said", "the estimate BP made".
_CONTACT_RELATIVE = re.compile(
    r"(?:^|\s)(?P<np>(?:the|a|an|its|their|his|her|this|that)\s+(?:(?!" + _FUNCTION + r")[a-z][\w'’-]*\s+){0,3}?"
    r"(?!" + _FUNCTION + r")[a-z][a-z-]+)\s+"
    # a pronoun: a name after a noun may be the noun's own ("the rig Deepwater Horizon exploded")
    r"(?P<subject>he|she|they|we|I|you)\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:(?:already|previously|first|once|just)\s+)?"
    r"(?P<verb>[a-z]{3,}ed|" + IRREGULAR_PAST_PATTERN + r")\s+"
    r"(?:(?!(?:and|but|or|that|which|who|is|are|was|were|will|would)\b)[\w'’$.,-]+\s+){0,4}?"
    r"(?:(?:in|on|at|during|by)\s+)?(?:the\s+)?$")
#: Words that end a noun phrase's run and are no noun: "the" and such open a new one, a verb's form ends it.
_NOT_HEAD = re.compile(r"(?i)\b(?:said|says|told|was|were|is|are|has|have|had|will|would|that|which|who|of|to|in|on|at|"
                       r"for|with|by|from|and|or|but|as|than|[a-z]+ly)$")


def in_contact_relative(text: str, sentence_start: int, start: int) -> bool:
    """Whether the date at ``start`` closes an object's relative clause that has no relative pronoun."""
    before = text[max(sentence_start, start - 120):start]
    m = _CONTACT_RELATIVE.search(before)
    if m is None or _NOT_HEAD.search(m.group("np")) or re.search(r"[,;:]", before[m.start("np"):]):
        return False
    # the object of a verb told before it: "is sure that the device", "extending a ban"; a subject stays the clause's
    opening = text[sentence_start:start - len(before) + m.start("np")]
    return finite_verb_in(opening + m.group("np")) or re.search(r"\b[a-z]{3,}ing\s+$", opening) is not None
