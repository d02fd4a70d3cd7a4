"""A blog's notes pointing its reader to another outlet's piece, not the story (issue 16).

A blogger recommends what others wrote: "Jane Doe has a great story about how the harbour's owners ...",
"The Coast Times has an interesting take on the report", "Reuters has a story on it here", "John Roe has a good
round-up of the finger-pointing". A writer or an outlet, "has/have a/an", a few words of praise, the kind of piece,
then what it is on. Pointing to a piece is no happening, and the note's day is the blog's, not that of the news the
piece tells: the whole sentence is the page's, like a related link.

A note in the past ("The mayor had an early look at the plans") reports a happening and stays; so does a sentence
whose subject is a pronoun ("We have a piece of equipment that ..."), which is no writer's or outlet's name.
"""

from __future__ import annotations

import re

__all__ = ["link_notes"]

#: The kinds of piece a blog points to.
_PIECE = (r"(?:(?:news\s+|blog\s+)?(?:story|stories|piece|report|post|look|take|column|article|analysis|op-ed|"
          r"round-?up|rundown|overview|investigation|write-?up|explainer|primer|summary|editorial|dispatch))")
#: A writer's or an outlet's name opening the sentence: up to four capitalised words, "The" allowed first.
_NAME = r"(?!(?:We|I|He|She|It|They|You|This|That|There|Everyone|Nobody|Someone)\s)(?:The\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}"
_NOTE = re.compile(
    rf"(?:^[ \t]*|(?<=[.!?][\"”’)]\s)|(?<=[.!?]\s))(?P<note>{_NAME}\s+(?:has|have)\s+(?:a|an|another)\s+"
    rf"(?:[\w,'’-]+\s+){{0,5}}?{_PIECE}\s+(?:on|about|of|at|in|looking|explaining|detailing|showing)\b[^\n]*?"
    rf"(?:[.!?][\"”’)]?(?=\s|$)|$))")


def link_notes(text: str, line: tuple[int, int]) -> list[tuple[int, int]]:
    """The spans of the sentences of ``text[line[0]:line[1]]`` that point the reader to another outlet's piece."""
    start, end = line
    segment = text[start:end]
    if " ha" not in segment:
        return []
    return [(start + m.start("note"), start + m.end("note")) for m in _NOTE.finditer(segment)]
