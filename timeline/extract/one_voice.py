"""One statement told twice by one voice, named once by its organisation or role and once by the person's name.

News attributes a statement first to an institution or a role and, a sentence or two later, to the person who spoke
for it: "No damage was found at the dam, the water board said on Friday." / "Water board engineer Ann Roe said on
Friday that the inspection found no cracks."; "The bank's chairman said on Monday that the chief executive would
step down." / "Bank Chairman Olaf Berg told a radio station on Monday that ..."; "The port will reopen, said its
director." / '"We are ready," Ina Vos told reporters on Tuesday.' (the article names Ina Vos its director elsewhere).
The reader is told one statement twice, and the merger, which joins one actor's or one named speaker's statements of
one day, sees two speakers.

The unnamed voice is the phrase a saying verb attributes the statement to ("the water board", "The bank's chairman",
"its director"); the named voice is a person's name with the words that introduce it ("Water board engineer Ann
Roe", "Bank Chairman Olaf Berg", "Ina Vos, the port's director,"). The two are one voice when every word of the
unnamed one (an institution's or a role's words, not a bare "officials" or "a spokesman") is among the named one's,
or the article names the person by that role elsewhere ("director Ina Vos", "Ina Vos, the port's director").
A page's lead whose subject is an office at a named body, with no saying verb ("The chief executive of Alba Bank has
criticised the audit ..."), is voiced by that office, the next sentence naming who holds it ("Ina Vos told a
conference on Tuesday that ...").

Both statements are their sentences' main clauses, of one day, the named one in the next sentence or the one after
(a few sentences on when the page's lead is attributed to an office: "The dam is safe, officials say." ... "The
board's chief engineer, Ann Roe, said on Friday ..."; news names the institution first, then who spoke for it; a person's statement followed by the institution's is
another, as is one person named twice, which :mod:`.saying_source` reads); a statement told as something more ("The board also said ...") or beside ("Meanwhile, ...") is another. The pair is
marked with one ``Mention.one_of`` (:func:`one_voice`), which the merger reads (:func:`.predicates.one_of_agrees`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeline.english_auxiliaries import HAVE_FORMS, auxiliaries
from timeline.extract.names import looks_personal
from timeline.extract.once import join_as_one
from timeline.extract.predicates import one_day
from timeline.extract.saying_words import alternation, spoken
from timeline.extract.speakers_apart import bodies_differ, speaker_bodies
from timeline.extract.title_referents import ROLE_NOUNS
from timeline.honorifics import HONORIFICS
from timeline.model import Precision

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["Voice", "one_voice", "voice"]

#: How many sentences after the first telling the second may stand: the next, or the one after a line of detail.
_NEXT = 2
#: How many sentences after a lead attributed to an office the office's holder may be named: a few lines of detail
#: come between ("..., officials say." ... "The top official, Ina Vos, said on Sunday that ...").
_NEXT_FROM_TOP = 5
_SAYS = alternation(spoken("say", "tell", "add", "state", "announce", "confirm", "warn", base=True))
#: The speaker before the verb, after a clause mark or at the start: "..., the water board said", "Bank Chairman Olaf
#: Berg told", "Ina Vos, the port's director, said" (an appositive between name and verb).
_BEFORE = re.compile(r"(?:^|[,;:“”\"(]\s*|--\s*)(?P<np>(?:[\w.'’&-]+\s+){0,8}?[\w.'’&-]+)\s*(?P<app>,[^,;“”\"]{3,70},\s*)?"
                     r"(?:\([^()]{1,12}\)\s*)?(?:(?:" + auxiliaries(HAVE_FORMS) + r"|also|later|then)\s+){0,2}(?:" + _SAYS + r")\b")
#: The speaker after an inverted verb: "..., said its director.", "..., says Ina Vos, the port's director".
_AFTER = re.compile(r"(?:[,“”\"]\s*)(?:" + _SAYS + r")\s+(?P<np>(?:[\w.'’&-]+\s+){0,5}?[\w.'’&-]+)\s*(?P<app>,[^,;“”\"]{3,70})?"
                    r"\s*(?:[.,;]|$)")
#: Words of an attribution that tell no voice apart: determiners, and a bare "officials" or "spokesman" (every
#: institution has them).
_EMPTY = frozenset(["the", "a", "an", "its", "his", "her", "their", "our", "of", "and", "&", "also", "later", "then",
                    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "source", "sources", "senior",
                    "top", "people", "person", "who", "which", "that", "on", "in", "at", "by", "for", "to"])
#: Words that end a speaker's phrase as a time does ("said on Friday", "told reporters"), a pronoun, or open a
#: subordinate clause ("..., after officials said"): not a voice of the sentence's own.
_NOT_VOICE = re.compile(r"(?i)\b(?:reporters?|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|"
                        r"saturday|sunday|morning|afternoon|evening|night|week|that|it|he|she|they|we|i|you|this|"
                        r"after|before|when|while|as|because|since|though|although|if|but|until|what|who|which)\b")


@dataclass(frozen=True, slots=True)
class Voice:
    """Who a statement is attributed to: the words of the attribution (lowercase, without determiners) and, when it
    names a person, the person's surname."""

    words: frozenset[str]
    name: str = ""  # the person's name as written ("Bank Chairman Olaf Berg" -> "Olaf Berg")
    surname: str = ""
    office: frozenset[str] = frozenset()  # the words of the office it names ("director" in "its director")
    bodies: frozenset[str] = frozenset()  # the bodies its office is held at ("transocean" in "a spokesman for Transocean")


def _words(phrase: str) -> frozenset[str]:
    phrase = re.sub(r"['’]s\b", "", phrase)
    return frozenset(w.lower().strip(".") for w in re.findall(r"[A-Za-z][\w.'’&-]*", phrase)) - _EMPTY


def _name(np: str) -> str:
    """The person's name the phrase ends with ("Bank Chairman Olaf Berg" -> "Olaf Berg"), else "". An institution's
    name takes the article ("the Water Board"), a person's does not."""
    tokens = np.split()
    for n in (3, 2):
        if len(tokens) >= n and looks_personal(" ".join(tokens[-n:])):
            return "" if len(tokens) > n and tokens[-n - 1].lower() == "the" else " ".join(tokens[-n:])
    return ""


def voice(quote: str) -> Voice | None:
    """The voice ``quote``'s saying verb attributes it to, or None when it names none."""
    for pattern in (_BEFORE, _AFTER):
        for m in pattern.finditer(quote):
            np = m.group("np")
            if _NOT_VOICE.search(np) or not np[:1].isalpha():
                continue
            app = (m.group("app") or "").strip(" ,")
            name = _name(np) or _name(app)  # "The agency's head, Ina Vos, said"
            words, office = _words(np + " " + app), _offices(np + " " + app)
            if words or office:  # ("officials say": an office, no institution named)
                return Voice(words, name, name.split()[-1] if name else "", office, speaker_bodies(quote))
    return None


def _offices(phrase: str) -> frozenset[str]:
    """The offices a phrase names, each word in the singular: "US officials" -> {"official"}."""
    return frozenset(w.lower().removesuffix("s") if w.lower() not in ("chief", "boss") else w.lower()
                     for o in _ROLE.findall(phrase) for w in o.split())


def _roles_of(text: str, surname: str) -> frozenset[str]:
    """The words of every role the article names ``surname`` by, the role right before the name or in an appositive
    right after it: "director Ina Vos", "Ina Vos, the port's director," -> {"director", "port"}."""
    name = re.escape(surname)
    before = re.finditer(r"((?:[\w.'’&-]+[ \t]+){0,3}?(?i:" + ROLE_NOUNS + r"))[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){0,2}"
                         + name + r"\b", text)
    after = re.finditer(r"\b" + name + r",\s+((?:the|[A-Z][\w&.-]*['’]s)\s+(?:[\w.-]+\s+){0,3}?(?i:" + ROLE_NOUNS
                        + r"))\b", text)
    return frozenset().union(*(_offices(m.group(1)) for m in (*before, *after)))


#: An office, or a trade a report names a witness by before naming the person: "a rig worker has told ...".
_ROLE = re.compile(r"(?i)\b(?:" + ROLE_NOUNS + r"|worker|engineer|employee|scientist|expert|analyst|doctor|official|"
                   r"resident|survivor|witness)s?\b")


#: Honorifics a bare name may carry ("Sir Liam Roe", "Mrs Roe").
_HONORIFICS = frozenset(word.lower() for word in HONORIFICS)


def _bare_name(named: Voice, name: str) -> bool:
    """Whether the named voice is a name alone, with no words introducing the person ("Ina Vos said")."""
    return named.words <= _words(name) | _HONORIFICS


def _one_voice(unnamed: Voice, named: Voice, text: str, before: int) -> bool:
    """Whether the institution or role ``unnamed`` is the person ``named``: all its words are in the named person's
    attribution ("the water board" ... "Water board engineer Ann Roe"), or, for a role, the article names the person
    by its office elsewhere ("the port's director" ... "director Ina Vos"). (An institution's words elsewhere by a name tell only
    that the person works there: a worker's account is not the institution's statement.)"""
    if unnamed.surname or not named.surname or named.surname.lower() in unnamed.words:
        return False
    if bodies_differ(unnamed.bodies, named.bodies):
        return False  # "Dr Roe's spokeswoman" ... "DEA spokeswoman Ina Vos": one office word, two bodies
    if unnamed.words and unnamed.words <= named.words:
        return True
    if not unnamed.office:
        return False
    if unnamed.office <= named.office | _roles_of(text, named.surname):
        return True
    # "..., the port's director said." "Ina Vos said ...": a person the story names for the first time, with no
    # word to introduce her, right after an office spoke, is the office's holder (news introduces anyone else).
    return _bare_name(named, named.name) and re.search(r"\b" + re.escape(named.surname) + r"\b", text[:before]) is None


_ALSO = re.compile(r"\balso\b")


def _statement(m: Mention) -> bool:
    """Whether ``m`` may be a statement of its day: its sentence's main clause, at a day (the attribution is read by
    :func:`voice`: "The dam is safe, officials say" is the officials' statement whatever the clause's subject)."""
    return (m.main and not m.predicate.again and m.continued not in ("beside", "later")
            and m.when.precision.rank >= Precision.DAY.rank)


#: A lead whose subject is an office at a named body, doing a thing of speech without a saying verb: "The chief
#: executive of Alba Bank has criticised the audit ...", "The former head of Brix defended his decision ...". The
#: person is named in the next sentence ("Ina Vos told a conference on Tuesday that ..."): the office's words are
#: the voice, as a saying verb's attribution would give them.
_OFFICE_SUBJECT = re.compile(r"(?P<np>(?:The|A|An)\s+(?:(?:former|new|outgoing|top|senior)\s+)?(?:" + ROLE_NOUNS
                             + r"|head|boss)\s+(?:of|for|at)\s+(?:[a-z-]+\s+){0,2}(?:[A-Z][\w.'’&-]*\s+){1,5}?)"
                             r"(?:(?:" + auxiliaries(HAVE_FORMS) + r"|also|on\s+[A-Z][a-z]+day)\s+)*[a-z]{3,}ed\b")


def _top_voice(m: Mention, text: str) -> Voice | None:
    """The voice of the page's lead whose subject is an office at a named body (:data:`_OFFICE_SUBJECT`), else None."""
    from timeline.extract.merge import TOP  # merge calls this module: import when called
    if m.sentence > TOP:
        return None
    found = _OFFICE_SUBJECT.match(text, m.start, m.end)
    if found is None:
        return None
    np = found.group("np")
    return Voice(_words(np), "", "", _offices(np), speaker_bodies(np))


def one_voice(found: list[Mention], text: str) -> list[Mention]:
    """``found`` with ``one_of`` set on pairs of statements of one day told by one voice named two ways (see the
    module's docstring); mentions another reading already joined keep theirs."""
    from timeline.extract.merge import TOP  # merge calls this module: import when called
    told = [(m, v) for m in found if _statement(m) and (v := voice(text[m.start:m.end]) or _top_voice(m, text)) is not None]
    for i, (a, va) in enumerate(told):
        for b, vb in told[i + 1:]:
            reach = _NEXT_FROM_TOP if a.sentence <= TOP and va.office else _NEXT
            if not 0 < b.sentence - a.sentence <= reach or not one_day(a, b) or (a.one_of and b.one_of):
                continue
            if _ALSO.search(text, b.start, b.end) or _ALSO.search(text, a.start, a.end):
                continue
            if _one_voice(va, vb, text, a.start):  # (the institution first, then who spoke for it)
                join_as_one(a, b, "voice")
    return found
