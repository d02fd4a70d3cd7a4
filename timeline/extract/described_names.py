"""A subject described at length and then named: the name is the headline's subject.

"The man expected to replace Mr Hayward, BP managing director Mr Dudley, took over ..." and "The head of the US Coast
Guard, Admiral Thad Allen - the official overseeing the clean-up - said ..." describe someone, then name him in an
appositive before the verb. A headline names the person ("Dudley takes over ...", "Thad Allen says ..."); the
description alone ("The man expected to replace ...", "The head of the US Coast Guard") places no one, and a title cut
to fit keeps only it. The appositive before the name may hold words a role list does not know ("American colleague and
BP managing director Bob Dudley"): what matters is that it ends in a person's name (two or three capitalised words, or
an honorific and a surname) and that a verb follows it. (:func:`.title_subjects.drop_appositive` takes the shorter
appositives and the role nouns it knows; this takes what it leaves.)
"""

from __future__ import annotations

import re

from timeline.extract.names import looks_personal
from timeline.extract.title_words import verbish
from timeline.honorifics import HONORIFICS

__all__ = ["described_then_named"]

_HONORIFIC = "|".join(sorted((re.escape(h.rstrip(".")) for h in HONORIFICS), key=len, reverse=True))
#: A description opening the sentence (a common noun after "The", a phrase after it without a comma or a quote),
#: then an appositive of up to eight words ending in a name, closed by a comma or a dash before a lowercase word.
_DESCRIBED = re.compile(
    r"^The\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*)\s[^,;:“”\"()]{2,80}?,\s+"
    r"(?P<role>(?:(?:[a-z][\w-]*|[A-Z][\w'’.&-]*)\s+){0,8}?)"
    r"(?P<name>(?:(?:" + _HONORIFIC + r")\.?\s+[A-Z][a-z][\w'’-]+)|"
    r"[A-Z][a-z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z][\w'’-]+){1,2})"
    r"(?:,\s+|\s+[-–—]{1,2}\s+[^,;“”\"]{3,90}?\s+[-–—]{1,2}\s+)(?=[a-z])")
#: Heads of a description that are a person's: a role or an office ("The man", "The head of", "The former boss").
_PERSON_HEADS = frozenset(["man", "woman", "person", "head", "boss", "chief", "leader", "official", "executive",
                           "director", "chairman", "chairwoman", "president", "spokesman", "spokeswoman", "manager",
                           "commander", "officer", "engineer", "scientist", "expert", "doctor", "lawyer", "owner"])


def described_then_named(text: str) -> str:
    """``text`` (a title's clause) from the name its described subject is given ("The man expected to replace Mr
    Hayward, BP managing director Mr Dudley, took over" -> "Mr Dudley took over"), or unchanged."""
    m = _DESCRIBED.match(text)
    if m is None or m.group("noun") not in _PERSON_HEADS:
        return text
    name = m.group("name")
    if not (looks_personal(name) or re.match(r"(?:" + _HONORIFIC + r")\b", name)):
        return text
    rest = text[m.end():]
    if not verbish(rest.split(" ", 1)[0].lower(), ""):
        return text  # ("The head of the panel, Lena Ortiz, whose ..."): no verb after the name, no subject
    return f"{name} {rest}"
