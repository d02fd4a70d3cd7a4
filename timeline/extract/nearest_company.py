"""A title's "the company" named as the one company the nearest sentence before it named.

A story about several organisations (a regulator, a contractor, a rival) goes on with "the company" once it has
named the one it means: "BP said it would drill a second relief well. ... Interior Secretary Ken Salazar said the
company would attempt a 'dynamic kill' on Saturday." Read apart from the story, "Ken Salazar says the company will
attempt a dynamic kill" names no company. The finders that look at the whole story or the title's own sentence
(:mod:`.company_named`, :mod:`.sentence_company`, :mod:`.speaker_employers`) leave it when the story names more than
one company; a reader takes the nearest one named before. So does this finder, when it can tell which one that is:

- the title's own sentence names no company before its "the company" (one named there is the other finders' to
  weigh: "Analysts at Stanmore Bank said the company ..." speaks of another; a public body that speaks, "The White
  House said the company ...", is none);
- of the (at most three) sentences before, the nearest that names any organisation names exactly one that can be
  a company, and speaks of no unnamed one ("a Houston law firm", which "the company" may as well continue);
- that one is the company the story is about (:class:`.body_chain.BodyChain`'s main one), named at least twice as
  often as any other: another company, even the nearest sentence's subject, may be named in passing ("... shared
  with Anadarko."), and a story that names two about as often ("Westmark and Harlow worked on the rig. Harlow said
  ... The coast guard said the company ...") follows both.

A title that already names that company keeps its words ("BP says the company ..." would read as two).
:func:`company_in_title` runs the finders in turn, after the title's subject is named (a "BP spokesman says the
company ..." names BP already).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from timeline.extract.body_chain import BodyChain
from timeline.extract.company_kinds import kind_fits
from timeline.extract.company_named import company_named
from timeline.extract.names import LEGAL_FORMS, NameIndex
from timeline.extract.sentence_company import _THE_COMPANY, headline_name, sentence_company
from timeline.extract.sentences import Sentence
from timeline.extract.sole_company import _LAW, _UNNAMED
from timeline.extract.speaker_employers import speakers_company
from timeline.extract.title_referents import PUBLIC_BODY, actor_kind

__all__ = ["company_in_title", "nearest_company"]

#: How many sentences before the title's own a reader looks back for the company meant.
_REACH = 3


def _organisations(text: str, names: NameIndex, start: int, end: int, story: BodyChain) -> set[str]:
    """The organisations ``text`` names between ``start`` and ``end`` (no ticker's gloss, "(BP. L)", nor a dateline's
    place in capitals, "VENICE, LA.", nor a common word that opens a sentence, "Oil")."""
    found = set()
    for m in names.between(start, end):
        if text[m.start - 1:m.start] == "(" and text[m.end:m.end + 1] == ")":
            continue
        name = names.resolve(m.text)
        if (name.isupper() and len(name) > 5) or name.lower() in names.common:
            continue  # ("Oil reached the marshes": a common word opening the sentence)
        if (name in story.bodies or _base(name) in story.bodies or actor_kind(name) == "body") and not _LAW.search(name):
            found.add(_base(name))  # (one company, however its legal form is written)
    return found


def _base(name: str) -> str:
    """ "Northfield Energy" for "Northfield Energy Corp": one company, however its legal form is written."""
    parts = name.split()
    return " ".join(parts[:-1]) if len(parts) > 1 and parts[-1].rstrip(".").lower() in LEGAL_FORMS else name


def _rivals(text: str, names: NameIndex, story: BodyChain, name: str) -> bool:
    """Whether the story names another company about as often as ``name`` (at least half as often: "Westmark Energy
    and Harlow Oil both worked on the rig. Harlow Oil said ..."): it follows two, and which one "the company" is stays
    unclear."""
    counts = Counter(n for m in names.mentions for n in _organisations(text, names, m.start, m.end, story)
                     if story.can_be_company(n) and not PUBLIC_BODY.search(n))
    return any(n != name and 2 * count >= counts[name] for n, count in counts.items())


def nearest_company(title: str, text: str, sentences: Sequence[Sentence], index: int, names: NameIndex,
                    story: BodyChain) -> str:
    """``title`` (of the sentence at ``index``) with its "the company" named as the one company the nearest sentence
    before named (``story`` knows the story's organisations and the one it is about); else ``title``."""
    found = _THE_COMPANY.search(title)
    if found is None:
        return title
    sentence = sentences[index]
    here = _THE_COMPANY.search(text, sentence.start, sentence.end)
    if here is None or any(story.can_be_company(n) and not PUBLIC_BODY.search(n)
                           for n in _organisations(text, names, sentence.start, here.start(), story)) \
            or _UNNAMED.search(text, sentence.start, here.start()):
        return title  # (a public body that speaks, "The White House said the company ...", is no rival)
    for before in reversed(sentences[max(0, index - _REACH):index]):
        if _UNNAMED.search(before.text):
            return title  # ("BP hired a Houston law firm. The firm said ...": the unnamed one)
        named = _organisations(text, names, before.start, before.end, story)
        if not named:
            continue
        companies = {n for n in named if story.can_be_company(n) and not PUBLIC_BODY.search(n)}
        if len(named) > 1 or len(companies) != 1:
            return title  # two organisations, or one that is no company: which is meant is unclear
        name = companies.pop()
        if name not in (_base(story.main or ""), _base(story.main_base or "")) \
                or _rivals(text, names, story, name):
            return title  # ("Harlow Oil said ... the company": another than the one the story follows, or one of two)
        break
    else:
        return title
    name = headline_name(name, text)  # ("BP" for "BP Plc")
    if re.search(r"\b" + re.escape(name) + r"\b", title):
        return title
    if not kind_fits(found.group(0), name, text):
        return title  # ("the airline" is no company the story never called one)
    return f"{title[:found.start()]}{name}{title[found.end():]}"


def company_in_title(title: str, text: str, sentences: Sequence[Sentence], index: int, end: int, names: NameIndex,
                     story: BodyChain) -> str:
    """``title`` (of the statement ending at ``end`` in the sentence at ``index``) with its "the company" named by the
    first finder that can tell which company it is: the one the story names (:mod:`.company_named`), the one its own
    sentence names as an object (:mod:`.sentence_company`), its speaker's employer (:mod:`.speaker_employers`), the
    one the nearest sentence before names (:func:`nearest_company`)."""
    sentence = sentences[index]
    title = company_named(title, text, sentence, end, names, story.can_be_company)
    title = sentence_company(title, text, sentence, end, names, story.can_be_company)  # "told BP that the company"
    title = speakers_company(title, text, end, names, story.can_be_company)  # "Suttles says the company": BP
    return nearest_company(title, text, sentences, index, names, story)  # "Salazar said the company"
