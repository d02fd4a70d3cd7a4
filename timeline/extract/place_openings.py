"""The place a sentence opens with, kept before a title whose subject says nothing of where (issue 16).

News prose fronts where something happened when its subject does not tell it: "In Norway, newspapers and politicians
on Friday criticised the ruling", "In Oslo, shares of the company closed down 3 percent", "In Lima, parents cancelled
children's parties". The title writer drops a phrase before the subject's comma as it drops "On Friday,", and the
title ("Newspapers and politicians criticise the ruling") then reads, on a timeline of many pages, as if it happened
wherever the reader is. The place goes back before the title when:

- the quote opens with the phrase: a preposition of place and a capitalised name ("In Norway,", "Across the Andes,"),
  no month or weekday ("In May,": a time, which the date tells);
- the title opens on the clause's own first word, so that it says what the clause after the comma says;
- that clause's subject is a common noun phrase ("newspapers", "officials", "the authorities", "there") or a
  market's shares ("BP's shares", "shares of BP"): a named person or organisation ("the Obama administration")
  carries its own place, and a pronoun is the namers' to put a name for;
- the title names the place nowhere else and still fits its limit with it.
"""

from __future__ import annotations

import re

from timeline.calendar_words import MONTH_NAME_PATTERN, WEEKDAY_NAME_PATTERN
from timeline.extract.title_words import MAX_CHARS

__all__ = ["place_kept"]

#: A quote's opening place phrase and the clause after its comma.
_OPENING = re.compile(r"(?P<phrase>(?:In|Across|Throughout|Outside|Inside|Elsewhere\s+in)\s+(?:the\s+)?"
                      r"(?P<place>(?!(?:" + MONTH_NAME_PATTERN + "|" + WEEKDAY_NAME_PATTERN + r")\b)"
                      r"[A-Z][\w.’'-]*(?<!['’]s)(?:\s+[A-Z][\w.’'-]*(?<!['’]s)){0,3})),\s+(?P<rest>\S+)")
#: Pronouns: the namers put a name for them, which carries its own place.
_PRONOUNS = frozenset(["he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those"])
#: A market's shares: where they trade is the news ("In London, shares of BP closed down").
_SHARES = re.compile(r"^(?:\S+\s+){0,3}?(?:shares|stock|stocks)\b")


def place_kept(title: str, quote: str) -> str:
    """``title`` with the place phrase ``quote`` opens with put before it, where it places the title's subject (see the
    module's docstring), else ``title``."""
    m = _OPENING.match(quote)
    if m is None or not title:
        return title
    rest = quote[m.start("rest"):]
    first = m.group("rest").strip("“”\"‘’'(),").lower()
    # ("the Obama administration", "the World Health Organization": a named body, whatever its article)
    common = (m.group("rest")[:1].islower() and first not in _PRONOUNS
              and not re.match(r"(?:the|a|an)\s+[A-Z]", rest))
    if not (common or _SHARES.match(rest)) or title.split()[0].strip("“”\"‘’'(),").lower() != first:
        return title
    if re.search(r"(?<![\w-])" + re.escape(m.group("place").split()[-1]) + r"(?![\w-])", title):
        return title
    opening = title[0].lower() + title[1:] if common else title
    placed = f"{m.group('phrase')}, {opening}"
    return placed if len(placed) <= MAX_CHARS else title
