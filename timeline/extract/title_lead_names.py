"""A lead dropped up to a comma that was the subject's own: "This is interesting: Rex Tillerson, chief executive of
ExxonMobil, is ..." must not become "Chief executive of ExxonMobil, is ...".

The lead rules cut a sentence's opening words at their first comma ("This week, ...", "Meanwhile, ..."). When a
name and its appositive stand there, the first comma is the appositive's, and the cut leaves a subject without its
head and a comma between it and its verb. Such a cut shows in what remains: a lowercase phrase, a comma, a finite
verb. The name before the comma is the subject, and the title starts there (the appositive then goes as any other);
a lead of a participle that was the subject's own word ("Opening statements, due to begin ..., will") is no lead.
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, MODAL_VERBS, auxiliaries
from timeline.extract.title_subjects import drop_lead

#: What a cut inside a subject leaves: an appositive or a participle phrase, its comma, the clause's finite verb.
_APPOSITIVE_THEN_VERB = re.compile(
    r"[a-z][^,;:“”\"()]{2,80},\s+(?:(?:also|now|still|not|never|already|[a-z]+ly)\s+)*(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, MODAL_VERBS, without={"shall"})
    + r"|says|said|tells|told|does|did)\b")
#: A name of two to four capitalised words right before the comma, after the start, a colon or a space.
_NAME_BEFORE = re.compile(r"(?:^|(?<=[:;]\s)|(?<=\s))((?:[A-Z][\w.'’-]+\s+){1,3}[A-Z][\w.'’-]+),\s*$")
#: A capitalised participle with its noun: "Opening statements," "Rising costs," (a subject, not a lead).
_PARTICIPLE_SUBJECT = re.compile(r"[A-Z][a-z]+ing\s+[a-z]+s?,\s*")


def lead_gone(text: str) -> str:
    """``text`` without its lead (:func:`timeline.extract.title_subjects.drop_lead`), unless the lead's comma was
    the subject's: then from the subject's name on, or the whole text."""
    dropped = drop_lead(text)
    if dropped == text or not _APPOSITIVE_THEN_VERB.match(dropped):
        return dropped
    cut = text[:len(text) - len(dropped)]
    name = _NAME_BEFORE.search(cut)
    if name and not re.match(r"(?:The|This|That|These|Those|It|Its|A|An)\s", name.group(1)):
        return text[name.start(1):]
    return text if _PARTICIPLE_SUBJECT.fullmatch(cut) else dropped
