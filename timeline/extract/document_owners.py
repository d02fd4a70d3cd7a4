"""Whose "The book" or "The report" a title's subject is, when the story brought it in with its author.

A story brings a document in with who wrote it ("Louisiana Governor Bobby Jindal in a new book accuses ...", "The
interim report from the National Academy of Engineering says ...") and then calls it "the book", "the report" ("The
book, published on Monday, contains ..."). Read apart from the story, "The book is published" names nothing; its
author does ("Jindal's book is published", "The National Academy of Engineering report is set for release"). The
story must bring in one such document of that noun by one author only, and name no other document of the noun
("BP's report", "the White House report"): with two, which one the title means is the reader's guess. Documents
named by their makers' names before the noun are :mod:`.document_names`' and :mod:`.definite_names`'.
"""

from __future__ import annotations

import re

from timeline.extract.title_words import AUX, MAX_CHARS, verbish

__all__ = ["document_owned"]

#: A title whose whole subject is "The book" or "The report", its verb next.
_BARE = re.compile(r"^The (book|memoir|report|study) (?=([a-z]+))")
#: "Jindal in a new book", "Jindal's new book", "in her new book, Ann Pike": a person who wrote a book.
_BOOK_AUTHOR = re.compile(r"\b([A-Z][a-z]+)(?:['’]s|,?\s+in\s+(?:a|his|her))\s+(?:(?:new|latest|forthcoming|recent)\s+)?"
                          r"(?:book|memoir)\b|\bin\s+(?:a|his|her)\s+(?:(?:new|latest|forthcoming|recent)\s+)?"
                          r"(?:book|memoir),\s+(?:[a-z]+\s+)?(?:[A-Z][a-z]+\s+)*([A-Z][a-z]+)\b")
#: "an interim report from the National Academy of Engineering": a report and the body that made it.
_REPORT_MAKER = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:(?:new|interim|final|preliminary|initial|internal|long-awaited)\s+)?"
                           r"(report|study)\s+(?:from|by)\s+(?:the\s+)?([A-Z][\w.&'’-]*(?:\s+(?:of|for|on|[A-Z][\w.&'’-]*))*)")
#: Another document of the noun named by its maker: "BP's report", "the city's report", "the White House report".
_NAMED_DOCUMENT = r"(?:(?:[A-Z][\w.&-]*|\b[Tt]he\s+[a-z]+)['’]s\s+(?:[a-z-]+\s+)?|\b(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w.&'’-]*\s+){1,4})"


def document_owned(title: str, before: str) -> str:
    """``title`` with its bare "The book" or "The report" given the author ``before`` (the story's text before the
    title's sentence) brought it in with, or ``title`` unchanged."""
    m = _BARE.match(title)
    if m is None or not (m.group(2) in AUX or verbish(m.group(2), m.group(1))):
        return title
    noun = m.group(1)
    if noun in ("book", "memoir"):
        authors = {a or b for a, b in (found.groups() for found in _BOOK_AUTHOR.finditer(before))}
        owner = authors.pop() if len(authors) == 1 else None
        others = re.sub(re.escape(owner or "") + r"['’]s\s", "", before)  # ("Jindal's new book" is the one itself)
        named = f"{owner}’s {noun}{title[m.end() - 1:]}"
    else:
        # ("a report from the Obama administration": a name before a lowercase noun only says which one; no maker)
        makers = {re.sub(r"\s+(?:of|for|on)$", "", found.group(2)) for found in _REPORT_MAKER.finditer(before)
                  if found.group(1) == noun and _maker_ends(before[found.end():])}
        owner = makers.pop() if len(makers) == 1 else None
        others = before
        named = f"The {owner} {noun}{title[m.end() - 1:]}"
    if owner is None or re.search(_NAMED_DOCUMENT + noun + r"\b", others) or len(named) > MAX_CHARS:
        return title
    return named


def _maker_ends(after: str) -> bool:
    """Whether the maker's name ends where ``after`` starts: at a mark, before a verb ("says", "was released"), or
    before another maker ("from the National Academy of Engineering and the National Research Council": the first
    names the report as a headline would)."""
    word = re.match(r"\s*([^\s]*)", after).group(1)
    return not word or word[:1] in ",.;:)—–-\"”" or word in AUX or word in ("that", "which", "on", "in", "and") or verbish(word, "")
