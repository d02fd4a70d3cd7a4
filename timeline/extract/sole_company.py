"""The one company a story has named so far: what "the company" stands for when no other could.

A short report may name its company once or twice ("BP has begun work on a relief well ...") and then go on with
"the company" ("The company began work on the well early Sunday"). The chain of organisations (:mod:`.body_chain`)
finds no main organisation in so few mentions and, with none named as a subject, leaves "the company" unresolved;
yet a reader has only one candidate. When the text before the sentence names exactly one organisation that can be
a company (no public body, place, law or newsroom), "the company" is that one, unless the story has since spoken
of some unnamed one ("a Houston firm", "another company"), which "the company" may as well continue.

So too "Its" opening a sentence ("Its General Assembly votes next week on ...") is the one organisation the sentence
before named, of any kind ("... has brought the Church of Scotland closer to schism"), unless that sentence also
speaks of something unnamed that could own it ("The fund's rules forbid it ...": the fund's top holding) or was
about a thing ("The well ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.extract.company_kinds import business_nouns
from timeline.extract.names import LEGAL_FORMS, NameIndex
from timeline.extract.possessive_owners import IT_IS_NEXT
from timeline.extract.title_referents import actor_kind

__all__ = ["sole_company", "sole_owner"]

#: An unnamed company the story speaks of: "a Houston firm", "another oil company", "one contractor" (not "a
#: spokesman for the bank": a phrase of its own ends the unnamed one's words).
_UNNAMED = re.compile(r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne|[Ss]ome|[Tt]wo|[Tt]hree|[Ss]everal|[Oo]ther)\s+"
                      r"(?:(?!(?:for|of|at|from|with|by|to|in|on|the|its|their|his|her|this|that)\b)[\w’'-]+\s+){0,3}?"
                      r"(?:" + business_nouns("companies", "firms", "subcontractor", "business", "supplier", "maker") + r")\b")
#: A law's or a treaty's name: "the Clean Water Act" (no organisation, though capitalised).
_LAW = re.compile(r"\b(?:Act|Acts|Treaty|Protocol|Convention|Accord|Bill)$")


def sole_company(text: str, names: NameIndex, end: int, can_be_company: Callable[[str], bool], start: int = 0) -> str | None:
    """The one organisation ``text`` names between ``start`` and ``end`` that ``can_be_company`` accepts, when no
    unnamed company is spoken of after its last mention; else None."""
    last_at: dict[str, int] = {}
    for m in names.between(start, end):
        name = names.resolve(m.text)
        if text[m.start - 1:m.start] == "(" and text[m.end:m.end + 1] == ")":
            continue  # "(BP. L)": a ticker's gloss, no mention of its own
        if re.match(r"\s*(?:\([^()\n]{0,30}\))?\s*:", text[m.end:m.end + 40]):
            continue  # "MAYOR GREENE:", "O'DWYER (voice-over):": a transcript's speaker label, nobody's company
        if name.isupper() and len(name) > 5 and name.split()[-1].rstrip(".").lower() not in LEGAL_FORMS:
            continue  # "LONDON, May 8 (Reuters)": a dateline's place in capitals, no company ("BP PLC" is one)
        if actor_kind(name) == "body" and can_be_company(name) and not _LAW.search(name):
            last_at[name] = m.end
    if len(last_at) != 1:
        return None
    (name, at), = last_at.items()
    return None if _UNNAMED.search(text, at, end) else name


#: Something unnamed that owns a thing, or a body called by its noun: "the fund's rules", "the agency", "a bank".
_UNNAMED_OWNER = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:[a-z-]+\s+){0,2}?(?:[a-z]+['’]s\b|(?:company|firm|group|"
                            r"fund|agency|department|committee|commission|panel|council|board|government|administration|"
                            r"bank|insurer|union|party|team|club|court|ministry|authority|organi[sz]ation|charity)\b)")
#: "Its" and what it owns: "Its General Assembly", "Its data showed", "Its London shares".
_ITS = re.compile(r"Its\s+(?!" + IT_IS_NEXT + r"\b)(?=[A-Za-z])")


def sole_owner(opening: str, nearby: set[str], before: str, about_a_thing: bool) -> str | None:
    """Whose thing the "Its" of ``opening`` is: the one organisation in ``nearby`` (those the sentence ``before``
    named), when that sentence speaks of nothing unnamed that could own it and was not ``about_a_thing``; else None."""
    if not _ITS.match(opening) or about_a_thing or _UNNAMED_OWNER.search(before):
        return None
    owners = [n for n in nearby if not _LAW.search(n) and actor_kind(n) != "place"]
    return owners[0] if len(owners) == 1 else None
