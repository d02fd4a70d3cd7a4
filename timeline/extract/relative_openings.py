"""How a relative clause opens: set off by dashes instead of commas, or after a part of its antecedent (issue 16).

"Chief executive Tony Hayward - who is to leave the top job in October - accepted that ...": news prose often
brackets a relative clause with dashes ("--", "–", "—", or a spaced hyphen). Its date is the clause's own, as it is
between commas: the main verb after the closing dash ("accepted") is not dated by it. "Two relief wells, the first
of which should be finished by mid-August": a part of the antecedent before "of which" opens the clause as well.
"""

from __future__ import annotations

import re

__all__ = ["DASH_OPEN", "PARTITIVE", "dash_closed", "dashed", "dashed_end", "opening_relative"]

#: A part of the antecedent before "of which": "much of which", "the first of which", "the rest of whom".
PARTITIVE = (r"(?:much|many|some|most|all|none|one|each|both|part|"
             r"(?:the\s+)?(?:first|second|third|last|latest|final|largest|biggest|rest|remainder))")
#: A dash opening an aside: a spaced hyphen or double hyphen, or an en or em dash, spaced or not.
DASH_OPEN = r"\s+-{1,2}|\s*[–—]|--"
#: The same dash closing it.
_DASH = re.compile(r"\s+-{1,2}(?=\s)|\s*[–—]|--")
_OPENED = re.compile(r"(?:" + DASH_OPEN + r")\s+\S")


def dashed(opening: str) -> bool:
    """Whether a relative clause's opening match (", which", " -- who") opens it with a dash."""
    return _OPENED.match(opening + "x") is not None and not opening.lstrip().startswith(",")


def dash_closed(text: str, opening_words: str, clause_start: int, pos: int) -> bool:
    """Whether a clause opened with a dash (``opening_words``) at ``clause_start`` closes before ``pos``: a date after
    the closing dash is the main clause's ("The tests - which will last hours - were due on Monday")."""
    if not dashed(opening_words):
        return False
    opening = _DASH.match(text, clause_start)
    return _DASH.search(text, opening.end() if opening else clause_start + 1, pos) is not None


def dashed_end(text: str, opening_words: str, date_end: int, end: int) -> int:
    """The end of a clause holding a date: for one opened with a dash, its closing dash when it comes before ``end``."""
    close = _DASH.search(text, date_end, end) if dashed(opening_words) else None
    return close.start() if close else end


def opening_relative(rel: re.Match[str] | None, restrictive: re.Match[str] | None) -> re.Match[str] | None:
    """The relative pronoun that opens a clause's span: a dashed one (" -- both of which") further on is another
    clause's, after the span's own restrictive one ("an explosion in 2005 which killed 15 workers and leaks in 2006
    -- both of which regulators blamed on cost-cutting")."""
    if rel is not None and dashed(rel.group(0)) and restrictive is not None and restrictive.start() < rel.start():
        return restrictive
    return rel or restrictive
