"""The year of a bare date told in a story set in another year (anaphoric years).

News tells back-stories: an anniversary piece of June 2010 says "Jackson died June 25,
2009. He had rehearsed on June 24 ...". The bare "June 24" belongs to the year just
written out, not to the year of publication, when three things hold:

- the date just before it names a day or month with its year written out, in a year
  before the DCT's, and is the date of a statement ("died June 25, 2009."), not a
  noun's modifier ("the August 1988 cease-fire", which names an event and moves on);
- the bare date lies within weeks of that date, in its year or across a New Year;
- its clause is told in the past: not the present perfect, which ties an event to the
  time of writing ("has started commemorating it on June 1"), nor a report ("said on
  June 24", the reporting of the day), nor a future seen from then ("would hold a hearing
  on July 29") before the story's date.

A date resolved this way carries the story on: the next bare date may chain from it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from timeline.tagger.lexicon import PAST
from timeline.tagger.tense_words import unabbreviate

if TYPE_CHECKING:
    from timeline.tagger.context import Context

#: how far (characters) after the story's date a bare date may still take its year: a
#: few sentences of the same narrative
REACH = 800
#: how close (days) to the story's date: the same episode, within weeks
CLOSE_DAYS = 42

# After the year, the end of the statement's date: punctuation, or a preposition or
# conjunction opening what follows ("died June 25, 2009, in Los Angeles"), not a noun it
# modifies ("the August 1988 cease-fire").
_STATEMENT_DATE_END = re.compile(
    r"(?:\s?[.,;:!?)\]\n\"”’—–]|\s?$|\s-\s|\s(?:and|when|after|before|at|in|on|as|while|but|from|to|until|with|by|"
    r"for|where|amid|during|near|outside|inside|because|following)\b)")
_CLAUSE_BREAK = re.compile(r"[.!?;:\n]\s|[.!?;:\n]$")
_WORD = re.compile(r"[A-Za-z’']+")
_REPORTING = frozenset(["said", "says", "told", "tells", "announced", "stated", "reported", "confirmed", "added",
                        "wrote", "revealed", "disclosed", "testified"])
_FINITE_PAST = frozenset(["was", "were", "had", "did", "hadn't", "wasn't", "weren't", "didn't"])
_HAVE = frozenset(["has", "have", "'ve", "’ve", "hasn't", "haven't"])
_PERFECT_FILLERS = frozenset(["not", "never", "just", "already", "also", "since", "now", "recently", "been", "only"])


def _clause_words(text: str, start: int) -> list[str]:
    """The words of the date's sentence before it, lower case, nearest last."""
    left = unabbreviate(text[max(0, start - 200):start])
    cut = 0
    for m in _CLAUSE_BREAK.finditer(left):
        cut = m.end()
    return [w.lower() for w in _WORD.findall(left[cut:])]


def _tied_to_now(words: list[str]) -> bool:
    """Is the clause's nearest verb on the left a report ("said on June 24": the news of the
    day) or a present perfect ("has started ... on June 1": tied to the time of writing)?"""
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w in _REPORTING or w in _HAVE:
            return True
        if w in _FINITE_PAST or w in PAST or (w.endswith("ed") and len(w) > 4):
            j = i - 1
            while j >= 0 and (words[j] in _PERFECT_FILLERS or words[j].endswith("ly")):
                j -= 1
            # ("why has the BBC started ...": a question puts the subject in between)
            return (j >= 0 and words[j] in _HAVE) or (j >= 1 and words[j - 1] in _HAVE)
    return False


def _days_from(anchor_date: dt.date, precision: str, day: dt.date) -> int:
    """Days between ``day`` and the anchor's span (0 inside a month anchor)."""
    if precision == "month":
        first = anchor_date.replace(day=1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        if first <= day <= last:
            return 0
        return min(abs((day - first).days), abs((day - last).days))
    return abs((day - anchor_date).days)


def note_anchor(cx: Context, start: int, end: int) -> None:
    """After ``cx.anchor`` was set from the expression at ``start:end``: keep the story it
    opens (a date of a past year written out, the date of a statement), carry the story on
    through dates of its year ("that day", "June 24" resolved from it), and drop it at a
    date of another year."""
    a = cx.anchor
    if a is None:
        return
    written = re.compile(rf"\b{a.date.year}(?!\d)").search(cx.text, start, end)
    if written is not None:
        statement = a.precision in ("day", "month") and a.date.year < cx.dct.year \
            and _STATEMENT_DATE_END.match(cx.text, written.end()) is not None
        cx.story = a if statement else None
    elif cx.story is not None and a.date.year != cx.story.date.year:
        cx.story = None


def story_year(cx: Context, month: int, day: int | None, start: int, end: int) -> int | None:
    """The year of the story a bare date is told in, or None when the DCT's rules decide."""
    a, story = cx.anchor, cx.story
    if day is None or a is None or story is None or a.date.year != story.date.year \
            or not 0 < start - cx.anchor_pos <= REACH:
        return None
    near = a if a.precision in ("day", "month") else story
    best: tuple[int, int] | None = None
    for y in (near.date.year - 1, near.date.year, near.date.year + 1):
        try:
            candidate = dt.date(y, month, day)
        except ValueError:
            continue
        gap = _days_from(near.date, near.precision, candidate)
        if best is None or gap < best[0]:
            best = (gap, y)
    if best is None or best[0] > CLOSE_DAYS:
        return None
    if _tied_to_now(_clause_words(cx.text, start)) or cx.toward(start, end) != "past":
        return None
    if cx.reported_future(start):
        return None  # "said it would hold a hearing on July 29": a plan of the day of the report
    return best[1]
