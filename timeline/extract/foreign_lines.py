"""Lines written in another language than the page's English, whose letters the page lost (issue 16: precision).

A news site's page in another language may be saved with its accents stripped: "Ch ng c m n y tuy c c t nh kh ng
cao nh c m g y i d ch 1918 (gi t ch t 40-50 tri u ng i)". What is left is a run of one- and two-letter fragments,
no English sentence: read as English, the fragments make up subjects and verbs ("C cents # p nh cents # t"), a year
in the line dates them, and the timeline gets an event no reader can understand. None of it is an event, a title
or a tag.

An English line, even a clipped quote or a list of names, is made of words: its single letters are the article "a",
the pronoun "I", and initials written with their point ("Joseph I. Lieberman", "U.S."), and its short words include
the language's own function words ("the", "of", "in", "to"), which make up a good share of any sentence. A line
counts as foreign when it has enough words to tell (:data:`_AT_LEAST`), when more than a quarter of its words are
lone letters with no point, and when fewer than one in twelve is an English function word
(:data:`.title_gate.FUNCTION_WORDS`). A letter joined to a figure ("b1826", "H1N1") or a contraction's part ("don't")
is no lone letter: only whole words, between spaces and punctuation, are counted.
"""

from __future__ import annotations

import re

from timeline.extract.title_gate import FUNCTION_WORDS

__all__ = ["foreign_lines"]

#: A whole word: letters with the marks that belong to a word (an apostrophe, a point, a hyphen), standing between
#: spaces or punctuation; a run of letters glued to a figure ("b1826", "H1N1") is no word.
_WORD = re.compile(r"(?<![\w'’.-])[A-Za-z][A-Za-z'’.-]*(?![\w'’-])")
#: How many words a line needs before its share of lone letters tells its language.
_AT_LEAST = 10
#: The shares: more than this of lone letters, fewer than this of English function words.
_LONE_SHARE = 0.25
_FUNCTION_SHARE = 1 / 12


def _foreign(line: str) -> bool:
    words = _WORD.findall(line)
    if len(words) < _AT_LEAST:
        return False
    lone = sum(len(w) == 1 and w not in ("a", "A", "I") for w in words)
    function = sum(w.lower() in FUNCTION_WORDS for w in words)
    return lone > _LONE_SHARE * len(words) and function < _FUNCTION_SHARE * len(words)


def foreign_lines(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The (start, end) spans of ``text``'s lines that are written in another language (see the module's
    docstring); ``lines`` are the page's lines as offsets."""
    return [(a, b) for a, b in lines if _foreign(text[a:b])]
