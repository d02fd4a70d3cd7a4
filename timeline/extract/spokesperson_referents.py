"""Whose a title's "The spokesman" is: the one spokesman the story described before, by the body he speaks for.

A report introduces a spokesman by the body he speaks for, often without a name ("A BP spokesman confirmed the email's
contents.", "according to an Interior Department spokeswoman", "a spokesman for Cameron said"), or with one ("BP
spokesman Toby Odone said"), and then goes on with the noun alone: "The spokesman said the review would be concluded
early next year." Read apart from the story, "The spokesman says the review will be concluded" speaks for nobody; the
description does ("BP spokesman says ...", "BP spokesman Toby Odone says ...", "Cameron spokesman says ...").

Every spokesman the story spoke of before the title's words must be that one: the same body, and at most one name
(a "spokeswoman" is no "spokesman", a "spokesperson" either). A spokesman told without his body ("A spokesman said
...") or two bodies' spokesmen leave the title as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.extract.sentences import Sentence

__all__ = ["spokesperson_named"]

#: "The spokesman says", "The spokeswoman's statement": the noun as the title's subject or its owner.
#: ("The spokesman from Royal Free Hospital said" names his body already.)
_TITLE = re.compile(r"The (spokes(?:man|woman|person))(?=['’]s\s|\s+[a-z])(?!\s+(?:for|from|at|of|with)\s+(?:the\s+)?[A-Z])")
#: A body's capitalised name of up to five words on one line ("BP", "Interior Department", "Department of Health"),
#: no article or sentence's opener among them ("Monday. A BP spokesman" is BP's).
_WORD = r"(?!(?:A|An|The|But|And|However|Meanwhile)\b)[A-Z](?:[\w’'&-]|\.(?=\w))*(?:(?<=\.[A-Z])\.)?"  # ("U.S.")
_BODY = r"(?P<body>" + _WORD + r"(?:[ \t]+(?:of[ \t]+|for[ \t]+)?" + _WORD + r"){0,4})"
#: A person's name after the noun: "BP spokesman Toby Odone".
_PERSON = r"(?:\s+(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w’'-]+))?"
#: Every way a spokesman is spoken of: by his body before the noun ("a BP spokesman", "BP spokesman Toby Odone") or
#: after it ("a spokesman for Cameron", "a spokeswoman at BP's London headquarters"), or alone ("a spokesman": some
#: other, for all a reader knows; "the spokesman" alone goes back to one described before).
_MENTION = re.compile(
    r"(?<![\w’'-])(?:" + _BODY + r"(?:['’]s)?\s+(?:press\s+|chief\s+|senior\s+)?(?P<noun>spokes(?:man|woman|person))\b"
    + _PERSON + r"|(?P<noun2>spokes(?:man|woman|person))\s+(?:for|at|from)\s+(?:the\s+)?(?P<body2>" + _WORD
    + r"(?:[ \t]+(?:of[ \t]+)?" + _WORD + r"){0,4})|(?<=\b[Aa]\s)(?P<noun3>spokes(?:man|woman|person))\b)")


@dataclass(frozen=True)
class _Spokesperson:
    """A spokesman as the story described him: the body he speaks for, his name when told, the noun used."""

    body: str
    name: str
    noun: str


def _mentions(stretch: str) -> list[_Spokesperson]:
    found = []
    for m in _MENTION.finditer(stretch):
        noun = (m.group("noun") or m.group("noun2") or m.group("noun3")).lower()
        # ("BP's London headquarters": the body owns the place it speaks from)
        body = re.split(r"['’]s\b", m.group("body") or m.group("body2") or "")[0]
        found.append(_Spokesperson(body, m.group("name") or "", noun))
    return found


def spokesperson_named(title: str, text: str, sentences: Sequence[Sentence], index: int) -> str:
    """``title`` with its "The spokesman" put as the one spokesman described in ``text`` before the sentence at
    ``index`` ("BP spokesman", "BP spokesman Toby Odone"), or ``title`` unchanged."""
    m = _TITLE.match(title)
    if m is None:
        return title
    noun = m.group(1).lower()
    mentions = [s for s in _mentions(text[:sentences[index].start])
                if s.noun == noun or "person" in (s.noun, noun)]
    bodies = {s.body for s in mentions}
    people = {s.name for s in mentions} - {""}
    if len(bodies) != 1 or "" in bodies or len(people) > 1:
        return title  # none described, one without his body, or two: which spokesman is unclear
    named = f"{bodies.pop()} {noun}"  # ("a spokesman for Hallworth": "Hallworth spokesman", as a headline says it)
    if people:
        named += " " + people.pop()
    return named + title[m.end():]
