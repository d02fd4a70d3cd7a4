"""Two speakers who share an office word are not one voice (issue 16: a wrong merge loses an event).

News quotes the holders of one office at several bodies side by side: "Brian Kennedy, a spokesman for Transocean,
said ..." then "John Christiansen, a spokesman for Anadarko, said ..."; "Chevron chief executive John Watson said
..." then "ExxonMobil chief executive Rex Tillerson told the committee ..."; "Dr Roe's spokeswoman said ..." then
"DEA spokeswoman Ina Vos confirmed ...". The office word ("spokesman", "chief executive") is all the two attributions
share; each names a body of its own, or a person of its own, and each statement is news of its own.

- :func:`bodies_differ`: both attributions name a body (capitalised words that are neither the person's name, an office
  nor an honorific) and no body word is shared: "Transocean" and "Anadarko", "DEA" and "Dr Roe's". An attribution
  with no body of its own ("its director", "Ina Vos") says nothing against the other.
- :func:`sources_differ`: both statements name who said them (the merger's ``Mention.source``), and the two differ:
  two persons of different surnames ("John Watson" and "Rex Tillerson" said two things, whatever words their offices
  share), or two bodies ("Transocean" and "Anadarko"). A body and a person may be one voice, the person speaking for
  the body (:mod:`.one_voice`), and stay for the other rules to judge.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.extract.names import LEGAL_FORMS, looks_personal
from timeline.extract.saying_news import OFFICE_WORDS
from timeline.extract.saying_words import SPEECH_VERBS, alternation
from timeline.extract.title_referents import ROLE_NOUNS

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["bodies_differ", "body_words", "sources_differ", "speaker_bodies"]

#: Capitalised words of an attribution that name no body: determiners and sentence openers, honorifics and ranks,
#: and the words of a country's whole government ("US officials" speak for the body a named official serves as much
#: as for any other). Offices are read by :data:`_OFFICE_WORD`.
_NOT_BODY = frozenset([
    "the", "a", "an", "its", "his", "her", "their", "but", "and", "also", "in", "on", "at", "when", "asked",
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "rev", "sen", "rep", "gov",
    "adm", "rear", "vice", "gen", "lt", "col", "capt", "maj", "sgt", "cmdr", "petty", "prime", "executive", "deputy",
    "acting", "press", "us", "u.s", "uk", "u.k", "federal", "state", "national",
])
#: One word of an office: "Spokeswoman", "Chief", "Officer", "Director".
_OFFICE_WORD = re.compile(r"(?i)(?:" + ROLE_NOUNS + "|" + OFFICE_WORDS + r"|chairwoman|officer|head|officials)")


def body_words(attribution: str, name: str = "") -> frozenset[str]:
    """The words of the bodies an attribution names ("Brian Kennedy, a spokesman for Transocean" -> {"transocean"};
    "DEA spokeswoman Ina Vos" -> {"dea"}): its capitalised words without the words of ``name`` (a person's name with
    its title), offices, honorifics and ranks, lowercase, a possessive's "'s" dropped."""
    own = {w.strip(".,").lower() for w in name.split()}
    words = (re.sub(r"['’]s$", "", w).strip(".,").lower() for w in re.findall(r"\b[A-Z][\w.'’&-]*", attribution))
    return frozenset(w for w in words if w and w not in own and w not in _NOT_BODY and w not in LEGAL_FORMS
                     and not _OFFICE_WORD.fullmatch(w))


#: The first saying verb of a statement, which its speaker stands before ("Ina Vos, a spokeswoman for Nordvatten, said").
_SAYING = re.compile(r"\b(?:" + alternation(SPEECH_VERBS - {"according"}) + r")\b")
#: A chunk between commas that sets off something about the name before it: an apposition or a relative clause ("a
#: spokeswoman for Nordvatten", "which built the line").
_APPOSITION = re.compile(r"\s*(?:a|an|the|which|who|whose)\b")
#: A capitalised run of words, for a person's name among them.
_CAPITALISED = re.compile(r"(?:[A-Z][\w.'’&-]*\s+)*[A-Z][\w.'’&-]*")
#: An office its holder speaks for a body in ("a spokesman for", "chief executive", "officer").
_OFFICE = re.compile(r"(?i)\b(?:" + OFFICE_WORDS + r"|chairwoman|officer|head)s?\b")


def speaker_bodies(quote: str) -> frozenset[str]:
    """The bodies the speaker of ``quote`` holds an office at (:func:`body_words`), read before its first saying verb:
    the clause before the verb, and the name its appositions set off ("Jon Dahl, a spokesman for Holm Energy, a
    partner in the line, said" -> {"holm", "energy"}); not the words of a quotation before it. Empty when no office is
    named: "Salazar said" names a person, whom a single word does not tell from a body."""
    m = _SAYING.search(quote)
    if m is None:
        return frozenset()
    before = re.split(r"[“”\"]", quote[:m.start()])[-1].rstrip(" ,")
    chunks = before.split(",")
    taken = [chunks.pop()]
    while chunks and _APPOSITION.match(taken[0]):
        taken.insert(0, chunks.pop())  # the apposition's name, before it
    region = ",".join(taken)
    if not _OFFICE.search(region):
        return frozenset()
    # A person's name takes the capitalised words before it as its title ("Chief Warrant Officer Adam Roe", "Coast
    # Guard Adm. Thad Roe"): what a body is called stands apart from it ("Customs spokeswoman Ina Vos").
    names = " ".join(r.group() for r in _CAPITALISED.finditer(region) if _personal_end(r.group()))
    return body_words(region, names)


def _personal_end(run: str) -> str:
    """The person's name a capitalised run ends with ("Customs spokeswoman Ina Vos" has "Ina Vos"), or ""."""
    words = [w.rstrip(".") if len(w) > 2 else w for w in run.split()]  # ("Holm Energy Ltd." is a company's; "W." an initial)
    return next((" ".join(words[-n:]) for n in (3, 2) if len(words) >= n and looks_personal(" ".join(words[-n:]))), "")


def bodies_differ(first: frozenset[str], second: frozenset[str]) -> bool:
    """Whether two attributions' bodies (:func:`body_words`) are told apart: both name one, and none is shared."""
    return bool(first) and bool(second) and not first & second


def sources_differ(a: Mention, b: Mention) -> bool:
    """Whether two statements are said by two named sources: two persons of different surnames ("John Watson" and
    "Rex Tillerson"; "Watson" and "John Watson" are one), or two bodies of different names ("Transocean" and
    "Anadarko"); not a person and a body."""
    first, second = (re.split(r"\s+of\s+", m.source)[0] for m in (a, b))  # ("Doug Suttles of BP")
    if not (first and second):
        return False
    personal = _personal(first), _personal(second)
    if personal[0] != personal[1]:
        return False
    return first.split()[-1].lower() != second.split()[-1].lower()


def _personal(source: str) -> bool:
    """Whether a source ends with a person's name, perhaps after its office ("BP Chief Operating Officer Jo Roe")."""
    return bool(_personal_end(source))
