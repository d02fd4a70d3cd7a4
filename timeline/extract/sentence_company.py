"""A title's "the company" named as the one company its own sentence named just before, as an object.

A story about several organisations (a regulator, a contractor, the Coast Guard) leaves "the company" to the reader
when it follows the company's name in the same sentence: "the EPA told BP officials that the company had 24 hours",
"an explosion at BP's well led to oil spewing from the company's undersea well", "officials voiced disapproval of BP
... the mission is not to declare war on the firm". The title keeps only the second half ("The EPA says the company
had 24 hours"), and the finders that look at the whole story (:mod:`.company_named`) see more than one company. When
the sentence up to "the company" names exactly one company and names it as an object (after a verb or a
preposition: "told BP", "at BP's", "of BP"), "the company" is that one. A company the sentence opens with or that
speaks ("Fitch Ratings slashed the firm's rating", "Analysts at Stanmore Bank said ... cost the company") speaks of
another: the title stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.extract.company_kinds import THE_COMPANY as _THE_COMPANY
from timeline.extract.company_kinds import kind_fits
from timeline.extract.names import LEGAL_FORMS, NameIndex
from timeline.extract.saying_words import SAID_SAYS, alternation
from timeline.extract.sentences import Sentence
from timeline.extract.sole_company import sole_company

__all__ = ["headline_name", "sentence_company"]

#: A word of a verb or a preposition just before a name: "told BP", "from BP", "at BP's" (no sentence's opening).
_OBJECT_BEFORE = re.compile(r"\b(?:[a-z]{2,}|to|of|at|by|on|in)\s+(?:the\s+)?$")
#: What a company that speaks or acts does after its name: "BP said", "Fitch Ratings slashed", "BP analysts said".
_ACTS = re.compile(r"(?:['’]s)?\s+(?:\w+\s+){0,2}?(?:" + alternation(SAID_SAYS, {"warned", "told", "added"}) + r")\b")


def headline_name(name: str, text: str) -> str:
    """``name`` as a headline writes it: "BP" for "BP Plc", and for "British Petroleum" when ``text`` calls it "BP"."""
    if len(name.split()) > 1 and name.split()[-1].rstrip(".").lower() in LEGAL_FORMS:
        name = name.rsplit(None, 1)[0].rstrip(",")
    initials = "".join(w[0] for w in name.split())
    if len(initials) > 1 and initials.isupper() and re.search(r"\b" + initials + r"\b", text):
        return initials
    return name


def sentence_company(title: str, text: str, sentence: Sentence, end: int, names: NameIndex,
                     can_be_company: Callable[[str], bool]) -> str:
    """``title`` with its "the company" named as the one company ``sentence`` (of ``text``, up to the statement's
    ``end``) named as an object before its own "the company"; else ``title``."""
    found = _THE_COMPANY.search(title)
    if found is None:
        return title
    written = re.compile(r"\b[Tt]" + re.escape(found.group(0)[1:]) + r"\b")  # (its first letter in either case)
    in_text = written.search(text, sentence.start, end) or _THE_COMPANY.search(text, sentence.start, end)
    if in_text is None:
        return title
    name = sole_company(text, names, in_text.start(), can_be_company, sentence.start)
    if name is None:
        return title
    mentions = [m for m in names.between(sentence.start, in_text.start()) if names.resolve(m.text) == name]
    for m in mentions:
        if not _OBJECT_BEFORE.search(text, sentence.start, m.start) or _ACTS.match(text, m.end):
            return title  # "Fitch Ratings slashed the firm's rating": a company that acts speaks of another
    if any(names.resolve(m.text) != name and can_be_company(names.resolve(m.text))
           for m in names.between(sentence.start, in_text.start())):
        return title  # another name that may be a company's, though no kind tells it
    name = headline_name(name, text)
    if not mentions or re.search(r"\b" + re.escape(name) + r"\b", title):
        return title  # "BP said the company ...": a title naming it twice reads as two
    if not kind_fits(found.group(0), name, text):
        return title  # ("the airline" is no company the story never called one)
    return f"{title[:found.start()]}{name}{title[found.end():]}"
