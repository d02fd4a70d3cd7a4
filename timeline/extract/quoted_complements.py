"""A title that stops where a quotation begins that its verb needs (issue 16).

News often puts a verb's complement in quotation marks: what someone said after a verb of saying ("and observed,
“I guess ...”"), what someone called a thing after a verb of naming ("calling the oil giant “an important
multinational company”"). A title cut where the quotation begins keeps the verb and loses what it governs ("John Doe
points out the changes and observes", "Cameron comes to BP's defense, calling the oil giant"): the reader is left
waiting. :func:`quote_awaited` tells the cutter (:func:`.title_whole.ends_open`) that such a cut ends inside its
phrase, so it ends at an earlier boundary ("Cameron comes to BP's defense during a visit to Brussels") or keeps the
quotation.
"""

from __future__ import annotations

import re

from timeline.extract.saying_words import spoken

__all__ = ["quote_awaited"]

#: Verbs of saying whose words are the quotation after them ("and observed, “...”").
#: (verbs that report a quip or an answer, which the shared list leaves out, beside it)
_SAYING = spoken("say", "add", "write", "state", "warn", "announce", "declare", "insist", "argue", "explain", "note",
                 "ask", "concede", "admit", base=True, ing=True) | {
    "observe", "observes", "observed", "observing", "quip", "quips", "quipped", "quipping", "joke", "jokes", "joked",
    "joking", "reply", "replies", "replied", "replying", "respond", "responds", "responded", "responding"}
#: Verbs of naming: their object is named as the quotation after it ("called the spill “a catastrophe”", "a blog
#: entitled “The Response”").
_NAMING = {"call", "calls", "called", "calling", "dub", "dubs", "dubbed", "dubbing", "label", "labels", "labeled",
           "labelled", "labeling", "labelling", "brand", "brands", "branded", "branding", "term", "terms", "termed",
           "terming", "name", "names", "named", "naming", "nickname", "nicknames", "nicknamed", "describe", "describes",
           "described", "describing", "title", "titled", "entitle", "entitled", "deem", "deems", "deemed", "declare",
           "declares", "declared", "declaring", "pronounce", "pronounces", "pronounced"}
#: How many words the object of a verb of naming may have before its quoted name.
_OBJECT_WORDS = 6


def _clean(word: str) -> str:
    return word.lower().strip("“”\"‘’,;:()")


def quote_awaited(kept: list[str], rest: list[str]) -> bool:
    """Whether the title of the words ``kept`` ends right before a quotation (the first of ``rest``) that its last
    verb governs: a verb of saying ending the title, or a verb of naming with its object ("calling the British oil
    giant" before “an important multinational company”)."""
    rest = rest[1:] if rest and rest[0] in {",", ":"} else rest  # (a cut before the comma that opens the quotation)
    if not kept or not rest or not re.match(r"[“\"]", rest[0]) or kept[-1][-1:] in ".!?;”\"":
        return False
    if _clean(kept[-1]) in _SAYING | _NAMING:
        return True
    tail = kept[-_OBJECT_WORDS - 1:-1]
    for i in range(len(tail) - 1, -1, -1):
        word = _clean(tail[i])
        if tail[i][-1:] in ",;:" or word in {"and", "or", "but", "that", "which", "who"}:
            return False  # (the naming verb's phrase ended before the cut)
        if word in _NAMING:
            return True
    return False
