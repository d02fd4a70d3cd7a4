"""A profile sentence's "he" after the description it opens with, named as an opening "he" is (issue 16).

A profile tells who someone is in a description fronted before the pronoun: "A geologist by training, he joined the
firm out of university", "A graduate of Leeds University, she joined the board in 2004", "An industry veteran, with
30 years' experience, he took over the unit". The title keeps the description and the pronoun ("A graduate of Leeds
University, she joins the board"), which on a timeline of many pages names nobody. The finders of a title's opening
pronoun (:func:`.sole_antecedents.sole_antecedent`) name only a pronoun that opens the title (or its sentence, when
the words before it are such a description, :data:`DESCRIBED`); here they are asked about the title from its pronoun on, and the name they give takes the pronoun's place behind the description ("A
graduate of Leeds University, Ann Roe joins the board"), or, where that runs over the limit, opens the title without
it. A pronoun they leave unnamed leaves the title as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, WILL_WOULD, auxiliaries
from timeline.extract.title_words import MAX_CHARS

__all__ = ["DESCRIBED", "appositive_named"]

#: A description of a person opening a sentence or a title before its "he" or "she": an indefinite noun phrase with at
#: most one aside of its own after a comma ("An industry veteran, with 30 years' experience,"), no verb of its own
#: ("A man was held, he said" is a clause).
_DESCRIPTION = (r"(?:A|An)\s(?![^,;:“”\"]*\b(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, WILL_WOULD) + r"|said|says)\b)[^,;:“”\"]{2,70}?"
                r"(?:,\s[^,;:“”\"]{2,40}?)?")
_FRONTED = re.compile(r"(?P<front>" + _DESCRIPTION + r"),\s+(?P<pronoun>he|she)\s+(?=[a-z])")
#: The words of a sentence before its pronoun that only describe the one the pronoun is: "A graduate of Leeds, ".
DESCRIBED = re.compile(r"\s*" + _DESCRIPTION + r",\s+")


def appositive_named(title: str, name_opening: Callable[[str], str]) -> str:
    """``title`` with the "he" or "she" after its fronted description named by ``name_opening`` (a finder of a title's
    opening pronoun), or unchanged."""
    m = _FRONTED.match(title)
    if m is None:
        return title
    rest = title[m.end("pronoun"):]
    bare = m.group("pronoun").capitalize() + rest
    named = name_opening(bare)
    if named == bare or not named.endswith(rest) or named[:1].islower():
        return title
    name = named[:len(named) - len(rest)]
    if re.fullmatch(r"(?:He|She|His|Her)\b.*", name) or not name.strip():
        return title
    described = f"{m.group('front')}, {named}"
    return described if len(described) <= MAX_CHARS else named
