"""A quoted saying re-dated to its day keeps the past its speaker names (issue 16: titles a reader sees).

'"Our sales are down 52% from what they were at this point last year," says Ada Hale': the title quotes the
speaker ("Ada Hale says: “...”") with the sentence's date taken out, as a title leaves out its event's date. When
the saying is dated by its own day instead (:mod:`.saying_pasts`), "last year" is no longer the event's date but a
part of what was said, here a comparison's reference period; cut from the quote, it leaves "down 52% from what they
were at this point", which misquotes the speaker. The quote gets its words back whole.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.extract.title_words import MAX_CHARS

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["quote_made_whole"]

#: A title's quotation at its end: 'Ada Hale says: “Our sales are down”'.
_TITLE_QUOTE = re.compile(r"“([^“”]+)”$")
#: A quotation in the text, either kind of marks.
_QUOTATION = re.compile(r"[“\"]([^“”\"]+)[”\"]")


def _plain(words: str) -> str:
    return re.sub(r"\s+", " ", words).strip(" ,.;:").lower()


def quote_made_whole(m: Mention, text: str) -> str:
    """``m``'s title with its quotation given back the date the title writer took out of it, when the title quotes
    the words the date stood in, and the whole still fits a title; else the title as it was."""
    told = _TITLE_QUOTE.search(m.title)
    if told is None or m.date[1] <= m.date[0]:
        return m.title
    for q in _QUOTATION.finditer(text, m.start, m.end):
        if not q.start(1) <= m.date[0] < m.date[1] <= q.end(1):
            continue
        without = text[q.start(1):m.date[0]] + " " + text[m.date[1]:q.end(1)]
        if _plain(without) != _plain(told.group(1)):
            return m.title
        words = re.sub(r"\s+", " ", q.group(1)).strip(" ,;:")
        whole = m.title[:told.start(1)] + told.group(1)[:1] + words[1:] + "”"
        return whole if len(whole) <= MAX_CHARS else m.title
    return m.title
