"""The per-article step of a story: a pure function of (text, publication date).

Everything later (date selection, sentence selection, merging) works on the
:class:`ArticleFacts` this returns, so the step can run anywhere: in this
process, in worker processes (``--jobs``) or on a Dask cluster, and give the
same result. It tags the text's dates (:mod:`timeline.tagger`) and splits it
into sentences (:mod:`timeline.extract`), keeping for each sentence the days it
names and its content words. Full event extraction is not needed to choose a
story's dates and sentences, and tagging alone does a fraction of its work.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from timeline.extract import split_sentences
from timeline.extract.chronologies import ENTRY_SEPARATOR
from timeline.extract.titles import DATELINE
from timeline.tagger import tag

__all__ = ["ArticleFacts", "SentenceFacts", "analyse_article", "content_words"]

#: A sentence must have at least this many words to be worth quoting in a digest
#: (shorter ones are headlines cut short, bylines, captions) ...
MIN_WORDS = 6
#: ... and at most this many: a run-on "sentence" is a scraped list or table.
MAX_WORDS = 60

# A wire story's opening: place, often a timestamp, the agency in brackets, a dash
# ("LONDON | Wed Apr 29, 2009 11:17 am BST LONDON (Reuters) - "). Not part of what is reported.
_WIRE_DATELINE = re.compile(r"^[^()\n]{0,100}?\([A-Z][\w.&' -]{0,30}\)\s*[-—–]+\s*")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
# What may precede a chronology entry's date (a list bullet); what follows it (a dash or colon,
# then the entry) is extraction's ENTRY_SEPARATOR, so the digest and the events read one shape.
# A wire dateline ("June 3 (Reuters) - ") is not an entry.
_ENTRY_BULLET = re.compile(r"[\s*•·‣–—-]*")
# A chronology whose dates were headings loses their markup in plain text: the full date,
# year and all, then straight on to the entry ("8 February 2010 Dr Murray is charged.").
_HEADING_DATE = re.compile(r"(?:\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+\.?|[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?,?) \d{4}")
_HEADING_ENTRY = re.compile(r" (?=[A-Z][a-z]|[A-Z] )")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*\d|\d")
# SMART-style function words: they say nothing about which event a sentence reports.
_STOPWORD_TEXT = """
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most my
myself no nor not now of off on once only or other our ours ourselves out over own same she should so
some such than that the their theirs them themselves then there these they this those through to too
under until up very was we were what when where which while who whom why will with would you your yours may might must shall
yourself yourselves said says say told according mr mrs ms one two three new year years day days week
weeks month months monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
last next ago s t it's he's she's there's that's didn't don't doesn't isn't wasn't won't can't
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


@dataclass(frozen=True, slots=True)
class SentenceFacts:
    """One sentence of an article, as the story stages need it."""

    text: str
    #: Days (YYYY-MM-DD) the sentence names, in order, resolved against the publication date.
    days: tuple[str, ...]
    #: Content words, lowercased, in order, but those of its dates and times (for similarity
    #: and redundancy).
    words: tuple[str, ...]
    #: Whether the sentence names any date or time at all (at any precision).
    dated: bool = False
    #: The day (YYYY-MM-DD) the sentence opens with, when it is an entry of a chronology
    #: ("April 22 - The rig sinks.", "* May 1: ..."; the article lists at least two days
    #: so): an outlet's own account of that day.
    entry: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """What the story stages know of one article."""

    published: str  # YYYY-MM-DD
    sentences: tuple[SentenceFacts, ...]
    #: Where it came from, carried through to each quote's source.
    path: str = ""
    title: str | None = None
    url: str | None = None
    publisher: str | None = None


def content_words(text: str) -> tuple[str, ...]:
    """Lowercased words of ``text`` that are not function words."""
    out = []
    for w in _WORD.findall(text):
        w = w.lower().replace("’", "'")
        if w.endswith("'s"):
            w = w[:-2]
        if w not in STOPWORDS and len(w) > 1:
            out.append(w)
    return tuple(out)


def analyse_article(text: str, published: dt.date | dt.datetime, *, path: str = "", title: str | None = None,
                    url: str | None = None, publisher: str | None = None,
                    timezone: str | None = None) -> ArticleFacts:
    """The facts of one article; depends only on its arguments (no clock, no files)."""
    if isinstance(published, dt.datetime) and published.tzinfo is not None and timezone:
        # "Yesterday" in a page stamped 03:00Z, written in New York, is two days before the UTC date.
        from timeline.model import zone

        published = published.astimezone(zone(timezone))
    day = published.date() if isinstance(published, dt.datetime) else published
    reference = published.replace(tzinfo=None) if isinstance(published, dt.datetime) else published
    sentences = split_sentences(text)
    starts = [s.start for s in sentences]
    days: list[list[str]] = [[] for _ in sentences]
    dated = [False] * len(sentences)
    entries: list[str | None] = [None] * len(sentences)
    when_words: list[Counter[str]] = [Counter() for _ in sentences]
    for timex in tag(text, reference, timezone):
        if timex.type not in ("DATE", "TIME"):
            continue
        i = bisect_right(starts, timex.start) - 1
        if i < 0 or timex.start >= sentences[i].end:
            continue
        if timex.value[:1].isdigit():
            dated[i] = True
        when_words[i].update(content_words(text[timex.start:timex.end]))
        m = _DAY.match(timex.value)
        if m and m.group() not in days[i]:
            days[i].append(m.group())
        if m and entries[i] is None and _opens_entry(text, sentences[i].start, timex.start, timex.end):
            entries[i] = m.group()
    if len(set(entries) - {None}) < 2:
        # A chronology lists several days; one dated line alone is a photo caption
        # ("May 4: Workers put the finishing touches on the dome") or a lead.
        entries = [None] * len(sentences)
    facts = []
    for s, names, has_date, entry, when in zip(sentences, days, dated, entries, when_words, strict=True):
        one_line = _without_dateline(" ".join(s.text.split()))
        facts.append(SentenceFacts(one_line, tuple(names), _what_words(one_line, when), has_date, entry))
    return ArticleFacts(day.isoformat(), tuple(facts), path=path, title=title, url=url, publisher=publisher)


def _what_words(sentence: str, when: Counter[str]) -> tuple[str, ...]:
    """The content words of a sentence but those of its dates and times: "April 20" or
    "2010" says when something happened, not what (every sentence chosen for a day is
    about that day, and the words of the date would favour those that name it in passing)."""
    left = Counter(when)
    out = []
    for w in content_words(sentence):
        if left[w] > 0:
            left[w] -= 1
        else:
            out.append(w)
    return tuple(out)


def _opens_entry(text: str, sentence_start: int, date_start: int, date_end: int) -> bool:
    """Whether the date at [date_start, date_end) opens its sentence as a chronology entry:
    nothing but a bullet before it, a dash or colon and the entry after it."""
    before = _ENTRY_BULLET.match(text, sentence_start)
    if before is None or before.end() != date_start:
        return False
    if ENTRY_SEPARATOR.match(text, date_end) is not None:
        return True
    return _HEADING_DATE.fullmatch(text, date_start, date_end) is not None and _HEADING_ENTRY.match(text, date_end) is not None


def _without_dateline(sentence: str) -> str:
    """The sentence after its dateline, if it has one (still a verbatim part of the text)."""
    for pattern in (_WIRE_DATELINE, DATELINE):
        m = pattern.match(sentence)
        if m and len(sentence[m.end():].split()) >= MIN_WORDS:
            return sentence[m.end():]
    return sentence
