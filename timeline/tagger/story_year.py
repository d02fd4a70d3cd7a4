"""The year of a bare date told in a story set in another year (anaphoric years).

News tells back-stories: an anniversary piece of June 2010 says "Jackson died June 25,
2009. He had rehearsed on June 24 ...". The bare "June 24" belongs to the year just
written out, not to the year of publication, when three things hold:

- a story is open: a date of a day or month with its year written out, in a year before
  the DCT's, the date of a statement ("died June 25, 2009."), not a noun's modifier ("the
  August 1988 cease-fire", which names an event and moves on), and since then only dates
  of that year or an aside about the day of writing ("by the standards of today");
- the bare date lies within weeks of the story's last date, in its year or across a New
  Year, a few sentences after it;
- its clause is told in the past: not the present perfect, which ties an event to the
  time of writing ("has started commemorating it on June 1"), nor a report ("said on
  June 24", the reporting of the day), nor a future seen from then ("would hold a hearing
  on July 29") before the story's date.

A date resolved this way carries the story on: the next bare date may chain from it. A
holiday a past clause names in such a story is placed the same way (:func:`story_holiday`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from timeline.tagger.lexicon import PAST
from timeline.tagger.tense_words import ENTRY_AFTER, ENTRY_BEFORE, unabbreviate
from timeline.tagger.years_ago import year_back

if TYPE_CHECKING:
    from timeline.tagger.context import Anchor, Context

#: how far (characters) after the story's date a bare date may still take its year: a
#: few sentences of the same narrative
REACH = 800
#: the same for a holiday (:func:`story_holiday`)
HOLIDAY_REACH = 3000
#: how close (days) to the story's date: the same episode, within weeks
CLOSE_DAYS = 42
#: how many months after the story's date a bare month told in the past stays in its year
MONTHS_ON = 6

# After the year, the end of the statement's date: punctuation, or a preposition or
# conjunction opening what follows ("died June 25, 2009, in Los Angeles"), not a noun it
# modifies ("the August 1988 cease-fire").
_STATEMENT_DATE_END = re.compile(
    r"(?:\s?[.,;:!?)\]\n\"”’—–]|\s?$|\s-\s|\s(?:and|when|after|before|at|in|on|as|while|but|from|to|until|with|by|"
    r"for|where|amid|during|near|outside|inside|because|following)\b)")
# A date opening its sentence as an adverbial ("In March 1989 the tanker ran aground") is a statement's too.
_OPENING_ADVERBIAL = re.compile(r"(?:^|[.!?\n]\s{0,3})(?:In|On|By|During)\s$")
_CLAUSE_BREAK = re.compile(r"[.!?;:\n]\s|[.!?;:\n]$")
_WORD = re.compile(r"[A-Za-z’']+")
_REPORTING = frozenset(["said", "says", "told", "tells", "announced", "stated", "reported", "confirmed", "added",
                        "wrote", "revealed", "disclosed", "testified"])
_FINITE_PAST = frozenset(["was", "were", "had", "did", "hadn't", "wasn't", "weren't", "didn't"])
_HAVE = frozenset(["has", "have", "'ve", "’ve", "hasn't", "haven't"])
_PAST_MODAL = frozenset(["could", "would", "couldn't", "wouldn't"])
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
        if w in _PAST_MODAL:
            return False  # "as the paper reported could be smelt": the modal's clause, not the report's
        if w in _REPORTING or w in _HAVE:
            return True
        if w != "since" and (w in _FINITE_PAST or w in PAST or (w.endswith("ed") and len(w) > 4)):
            # ("since" counts as past where a direction is read, but it is no verb)
            j = i - 1
            while j >= 0 and (words[j] in _PERFECT_FILLERS or words[j].endswith("ly")):
                j -= 1
            # ("why has the BBC started ...": a question puts the subject in between)
            return (j >= 0 and words[j] in _HAVE) or (j >= 1 and words[j - 1] in _HAVE)
    return False


# Words that tie a sentence to the time of writing or ahead of it.
_NOW_OR_AHEAD = re.compile(r"(?i)\b(?:is|are|am|will|shall|can|may|might|now|today|tomorrow|next|says?|warns?|thinks?|"
                           r"expects?|believes?|hopes?|fears?|predicts?|estimates?|suggests?|claims?|insists?|"
                           r"(?:it|that|he|she|there|what)['’]s|['’](?:re|ll))\b")  # (not the possessive "Land's End")


def _past_modal(text: str, start: int) -> bool:
    """Does a past form of a modal ("could be smelt", "would be seen") govern the clause, in a
    sentence with nothing of the present or the future in it? In a story told in a past year it
    tells of that past ("the smell could be smelt on Good Friday"), not of what may yet be."""
    words = _clause_words(text, start)
    if not _PAST_MODAL & set(words):
        return False
    sentence = re.split(r"[.!?\n]\s", text[max(0, start - 200):start])[-1] + re.split(r"[.!?\n](?:\s|$)", text[start:start + 160])[0]
    return not _NOW_OR_AHEAD.search(sentence)


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
    through dates of its year ("that day", "June 24" resolved from it) and past an aside
    about the day of writing ("by the standards of today"), and drop it at any other date."""
    a = cx.anchor
    if a is None:
        return
    written = re.compile(rf"\b{a.date.year}(?!\d)").search(cx.text, start, end)
    if written is not None:
        statement = a.precision in ("day", "month") and a.date.year < cx.dct.year \
            and (_STATEMENT_DATE_END.match(cx.text, written.end()) is not None
                 or _OPENING_ADVERBIAL.search(cx.text, max(0, start - 12), start) is not None)
        cx.story, cx.story_pos = (a, start) if statement else (None, -1)
    elif cx.story is not None and a.date.year == cx.story.date.year:
        cx.story, cx.story_pos = a, start
    elif a.precision != "day" or a.date != cx.dct:
        cx.story = None


def _nearest(story: Anchor, dates: list[dt.date]) -> dt.date | None:
    """Of ``dates``, the one nearest the story's date, if within weeks of it."""
    best = min(dates, key=lambda c: _days_from(story.date, story.precision, c), default=None)
    return best if best is not None and _days_from(story.date, story.precision, best) <= CLOSE_DAYS else None


def story_holiday(cx: Context, when: Callable[[int], dt.date], start: int, tense: str | None) -> dt.date | None:
    """The day of a holiday (``when`` gives it in a year) that a past clause
    of a story set in a past year tells of ("Wilson had been due to spend his Easter holidays
    there", in a piece of 2010 about March 1967), when it lies within weeks of the story's date.
    A holiday is named seldom and remembered in its season, so it may stand further from the
    story's last date than a bare day (:data:`HOLIDAY_REACH`)."""
    story = cx.story
    if story is None or not (tense == "past" or _past_modal(cx.text, start)) \
            or not 0 < start - cx.story_pos <= HOLIDAY_REACH or _tied_to_now(_clause_words(cx.text, start)):
        return None
    return _nearest(story, [when(y) for y in (story.date.year - 1, story.date.year, story.date.year + 1)])


def story_year(cx: Context, month: int, day: int | None, start: int, end: int) -> int | None:
    """The year of the story a bare date is told in, or None when the DCT's rules decide."""
    if (back := year_back(cx, month, day, start)) is not None:
        return back  # "Three years ago on May 4": the year the phrase points to
    story = cx.story
    if story is None or not 0 < start - cx.story_pos <= REACH:
        return None
    if day is None:
        # "In March 1989 the tanker ran aground. In July, the firm paid": a month told in the past
        # later in the story's year, up to half a year on, or the month before
        if not -1 <= month - story.date.month <= MONTHS_ON:
            return None
        if _tied_to_now(_clause_words(cx.text, start)) or cx.toward(start, end) != "past" or cx.reported_future(start):
            return None
        return story.date.year
    dates = []
    for y in (story.date.year - 1, story.date.year, story.date.year + 1):
        try:
            dates.append(dt.date(y, month, day))
        except ValueError:
            continue
    best = _nearest(story, dates)
    if best is None:
        return None
    if _tied_to_now(_clause_words(cx.text, start)) or cx.toward(start, end) != "past":
        return None
    if cx.reported_future(start):
        return None  # "said it would hold a hearing on July 29": a plan of the day of the report
    return best.year


#: how many days after the entry before it a chronology entry may be and still continue its year
CHRONOLOGY_DAYS = 62
#: how far (characters) back the entry before it may stand
CHRONOLOGY_REACH = 700


def _entry(text: str, start: int, end: int) -> bool:
    return bool(ENTRY_AFTER.match(text, end) and ENTRY_BEFORE.search(text, max(0, start - 40), start))


def chronology_year(cx: Context, month: int, day: int | None, start: int, end: int) -> int | None:
    """The year of a chronology entry ("10 July: The cap is removed.") that follows, within
    weeks, the entry just before it ("29 May: ..."): a timeline runs in order, so it continues
    the year of the entry before, even past the DCT (pages are updated after they are first
    published). A reverse timeline ("Jan 5: ...", then "Dec 20: ...") steps back a year, as
    the DCT's rules decide."""
    a = cx.anchor
    if a is None or a.precision != "day" or day is None or not 0 < start - cx.anchor_pos <= CHRONOLOGY_REACH:
        return None
    if not _entry(cx.text, start, end) or not ENTRY_BEFORE.search(cx.text, max(0, cx.anchor_pos - 40), cx.anchor_pos):
        return None
    try:
        gap = (dt.date(a.date.year, month, day) - a.date).days
    except ValueError:
        return None
    return a.date.year if 0 < gap <= CHRONOLOGY_DAYS else None
