"""A picture's credit run into the paragraph under the picture (issue 16).

A page that sets a photo above the story credits it on a line of its own ("AP", "U.S. Coast Guard", "Fox News");
saved as text, the credit runs into the story's first paragraph with no stop: "AP The chief executive of BP tells
...", "U.S. Coast Guard Some Louisiana fishermen are reporting ...", "Fox News As a massive oil slick creeps ...".
In prose a name is never followed by a word that only opens a sentence ("The", "As", "Some") and then a lowercase
word, so the capitalised words before such an opener are the credit, furniture; the sentence after it is the
story's. (A headline in title case goes on with capitals: "Oil Spill In The Gulf" is left alone.)
"""

from __future__ import annotations

import re

__all__ = ["credit_opening"]

#: Words that open a sentence and never go on a name: an article, a fronting preposition or conjunction, a
#: quantifier. ("It", "This" also open title-case headlines' clauses, "Obama Says It Is ...": left out.)
_OPENERS = r"(?:The|A|An|As|In|Some|When|While|After|With|Despite|Although|Since|Amid|Following|Many|Most)"
#: Nouns a capital letter names a kind of: "Plan A", "Type A", "Hepatitis A".
_LETTER_KINDS = frozenset(["Plan", "Type", "Grade", "Class", "Vitamin", "Group", "Category", "Division", "Phase",
                           "Level", "Part", "Schedule", "Appendix", "Block", "Gate", "Terminal", "Tier", "Zone",
                           "Route", "Hepatitis", "Influenza"])
#: One to four capitalised words (an agency, a person and an agency: "Michael Doe via AP"), no possessive and no
#: adverb that opens a line ("Then The Beatles have"), then
#: the opener and a lowercase word; after an article or a quantifier a name may come first ("Some Louisiana fishermen").
_CREDIT = re.compile(r"(?P<credit>(?:(?!(?:Then|Now|So|But|And|Yet|Also|Still|Here|There)\s)"
                     r"[A-Z][\w.&-]*(?<![’']s)\s+(?:via\s+)?){1,4}?)(?P<opener>" + _OPENERS
                     + r")\s+(?=[a-z]|(?P<name>[A-Z][a-z]+\s+[a-z]))")
#: Openers a name may follow: "Some Louisiana fishermen" ("The Alps", "The Times" are titles' and names' own words).
_BEFORE_NAMES = frozenset(["Some", "Many", "Most"])
#: A story's sentence after the credit runs to eight words at least.
_SENTENCE_WORDS = 8


def credit_opening(text: str, line: tuple[int, int]) -> tuple[int, int] | None:
    """The credit that opens ``line`` (a span of ``text``) before the story's sentence, as a span, or None."""
    start, end = line
    lead = start + len(text[start:end]) - len(text[start:end].lstrip())
    m = _CREDIT.match(text, lead, end)
    if m is None:
        return None
    credit = m.group("credit").split()
    if m.group("name") and m.group("opener") not in _BEFORE_NAMES:
        return None  # "Oil Spill In Texas today": a title-case headline
    if m.group("opener") in ("A", "An") and credit[-1] in _LETTER_KINDS:
        return None  # "Hepatitis A cases rose": the letter names a kind
    if credit[-1].rstrip(",").lower() in ("in", "of", "and", "the", "for", "on", "at", "to"):
        return None
    if len(text[m.start("opener"):end].split()) < _SENTENCE_WORDS:
        return None
    return lead, lead + len(m.group("credit").rstrip(" ,"))
