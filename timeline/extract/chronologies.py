"""Chronologies (timeline factboxes): each line of an entry dated by the entry's heading (issue 16).

Wire services and news sites print a chronology under a story ("Below is a timeline of the spill"):
entries that open with a date and a separator ("April 20, 2010 - Explosion and fire on the rig ...",
"* May 2 - The minister visits the coast.", "22 April: The rig sinks.", a year alone: "1983: ..."), each
often followed by lines with no date of their own, the entry's other happenings ("Officials close the
bay to fishing." on the line after "May 2 - ...", or "-- The company's chief says ..."). A reader dates
every line of an entry by its heading. A site that prints its headings without a separator ("28 June
2009 Police interview the doctor.") does so in a longer run: three headings or more make one then.

:func:`chronologies` finds the blocks and their entries; :func:`entry_timexes` gives each sentence of an
entry with no date of its own the heading's date, as a date expression of its own that the rest of the
extraction reads like any other (a "--" or a bullet opening the line is that expression's text, so the
title leaves it out; a plain line gets an empty one at its start). :func:`entry_mentions` keeps a
chronology's lines from being dated by the publication instead, and leaves the heading out of the
titles of a heading line's other dates ("June 14 - The president says he will meet the firm's chiefs on
June 16").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from timeline.extract.merge import Mention
from timeline.extract.page_lines import line_spans
from timeline.extract.sentences import Sentence
from timeline.extract.unasserted import describes
from timeline.model import Precision
from timeline.tagger import Timex

__all__ = ["Chronology", "ChronologyEntry", "chronologies", "entry_mentions", "entry_timexes"]

#: What may open a heading's line before its date: a bullet.
_BULLET = re.compile(r"[*•·]\s+")
#: What follows a heading's date: a separator ("May 2 - ", "May 2 -- ", "22 April: ", "May 2 – "), after a second
#: day the tagger leaves out ("May 11/12 - "). The story digest (timeline/story/articles.py) reads entries by it too.
ENTRY_SEPARATOR = re.compile(r"(?:/\d{1,2})?\s*(?:-{1,3}|[–—:])\s+(?=\S)")
#: A heading with no separator: the date, then the entry's first word, capitalised ("1983 Conrad Roe graduates").
_BARE = re.compile(r"\s+(?=[A-Z“\"])")
#: A continuation line's own mark: a dash or a bullet ("-- The firm's chief says ...", "* Officials close ...").
_CONTINUATION_MARK = re.compile(r"(?:-{1,2}|[–—*•·])(?=\s+\S)")
#: A word that makes a date a bound or a point of reference, not the day a line's happening took place: "a ban
#: extended to May 17", "the flow stopped for the first time since 20 April", "oil that flowed before June 3".
_BOUND_BEFORE = re.compile(r"(?i)\b(?:to|until|till|through|before|since|from|by)\s+(?:the\s+)?$")
#: A line that tells what may be, not what happened: "An evacuation could delay the work.", "The vessel can
#: remove 500,000 barrels a day." (its subject's few words, then the modal).
_MAY_BE = re.compile(r"\W*(?:[\w'’,.()-]+\s+){1,8}?(?:(?:can|could|may|might|would)\s+(?!have\b)|should\s+have\b)")
#: A line that explains the entry rather than telling a happening: its aim, what is expected, what a thing does.
_NO_HAPPENING = re.compile(r"^\W*(?:(?:The|Its|Their)\s+(?:aim|plan|idea|goal|hope|intention|purpose)\s+(?:is|was)\s+to\b|"
                           r"Th(?:is|ese)\s+(?:[a-z]+s|mean|give|allow|involve)\b)|\b(?:is|are)\s+(?:expected|meant|designed|intended)\s+to\b")
#: A page of a day's posts heads each with its clock time ("1917: The reporter in Washington writes ..."): four digits
#: there are no years.
_CLOCK_HEADING = re.compile(r"(?m)^\s*[012]\d[0-5]\d\s*:")
#: A clock time after a date and its separator: a post's stamp ("9th November 2011 - 17:42"), not an entry.
_POSTED_AT = re.compile(r"\s*(?:-{1,2}|[–—:,|])?\s*\d{1,2}[:.]\d\d\b")
#: How many sentences after a heading's may be its entry's other happenings: a longer run explains the entry (how a
#: procedure works, what a device is for), told as a story's background is, with no day of its own.
_ENTRY_HAPPENINGS = 3
#: How many lines may stand between two headings of one chronology: an entry's continuation lines.
_ENTRY_LINES = 10
#: How many lines after the last heading are its entry's: the block ends soon after it (a story's close follows).
_LAST_ENTRY_LINES = 3
#: How many headings make a chronology: with a separator, and without one.
_HEADINGS = 2
_BARE_HEADINGS = 3


@dataclass(frozen=True, slots=True)
class ChronologyEntry:
    """One entry of a chronology: its heading's date expression and the span from its line to the next entry."""

    heading: Timex
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Chronology:
    """A run of dated entries, from the first heading's line to the end of the last entry."""

    entries: tuple[ChronologyEntry, ...]

    @property
    def start(self) -> int:
        return self.entries[0].start

    @property
    def end(self) -> int:
        return self.entries[-1].end


@dataclass(frozen=True, slots=True)
class _Heading:
    timex: Timex
    line: int  # the index of its line
    at: int  # where its entry starts: the line's start, or its bullet's within a line
    bare: bool  # no separator after the date


def _heading(text: str, lines: list[tuple[int, int]], index: int, timexes: Sequence[Timex]) -> _Heading | None:
    """The date heading an entry on the line ``index`` of ``lines``: a date opening the line or a bullet in it, then
    a separator (or, ``bare``, a capitalised word)."""
    start, end = lines[index]
    for t in timexes:
        if not start <= t.start < end or t.type != "DATE" or t.when is None:
            continue
        if not Precision.YEAR.rank <= t.when.precision.rank <= Precision.DAY.rank or not re.search(r"\d", t.text):
            continue  # ("Yesterday: The flow on Wednesday.", "Today: ...": two pictures' captions, no calendar)
        if _POSTED_AT.match(text, t.end, end):
            continue  # "9th November 2011 - 8:26 This seems ...": a reader's post stamped with its time
        before = text[start:t.start]
        if before.strip():
            bullet = re.search(r"(?:^|\s)([*•·])\s+$", before)  # "... its impact: * April 20, 2010 - Explosion ..."
            if bullet is None:
                continue
            at = start + bullet.start(1)
        else:
            at = start + len(before) - len(before.lstrip())
            if _BULLET.match(text, at) is None and at != t.start:
                continue
        if ENTRY_SEPARATOR.match(text, t.end, end):
            return _Heading(t, index, at, bare=False)
        if _BARE.match(text, t.end, end) and before.strip() == "" and len(text[t.end:end].split()) >= 3:
            return _Heading(t, index, at, bare=True)
    return None


def _in_furniture(furniture: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in furniture)


def chronologies(text: str, timexes: Sequence[Timex], furniture: Sequence[tuple[int, int]] = ()) -> list[Chronology]:
    """The chronologies of ``text``: runs of lines headed by a date and a separator (two or more, no more than
    :data:`_ENTRY_LINES` lines apart, no furniture between), or headed by a bare date (three or more)."""
    lines = line_spans(text)
    clock = {m.end() - 1 for m in _CLOCK_HEADING.finditer(text)}
    clock_page = any(t.type == "TIME" and any(t.start <= c <= t.end + 1 for c in clock) for t in timexes)
    ordered = sorted((t for t in timexes if t.type == "DATE" and not (clock_page and re.fullmatch(r"\d{4}", t.text))),
                     key=lambda t: t.start)
    headings: list[_Heading] = []
    for k, line in enumerate(lines):
        found = _heading(text, lines, k, [t for t in ordered if line[0] <= t.start < line[1]])
        if found is not None:
            headings.append(found)
    blocks: list[list[_Heading]] = []
    for h in headings:
        last = blocks[-1][-1] if blocks else None
        if (last is not None and last.bare == h.bare and h.line - last.line <= _ENTRY_LINES
                and not _in_furniture(furniture, lines[last.line][1], lines[h.line][0])):
            blocks[-1].append(h)
        else:
            blocks.append([h])
    out = []
    for block in blocks:
        if len(block) < (_BARE_HEADINGS if block[0].bare else _HEADINGS):
            continue
        entries: list[ChronologyEntry] = []
        for h, nxt in zip(block, [*block[1:], None], strict=True):
            end = nxt.at if nxt is not None else _last_entry_end(text, lines, h.line, furniture)
            heading = _in_order(h.timex, entries[-1].heading if entries else None)
            entries.append(ChronologyEntry(heading, h.at, end))
        out.append(Chronology(tuple(entries)))
    return out


def _in_order(heading: Timex, before: Timex | None) -> Timex:
    """``heading`` in the year of the heading ``before`` it when it names none and the tagger put it in a year
    before that one's ("15 July: ...", then "5 August: ..." read as the year before the page's): a chronology runs
    forward, and a reader carries its year on."""
    if before is None or re.search(r"\b\d{4}\b", heading.text) or heading.when is None or before.when is None:
        return heading
    if heading.when.precision.rank < Precision.MONTH.rank or heading.when.start >= before.when.start:
        return heading
    moved = replace(heading, value=before.value[:4] + heading.value[4:])
    return moved if moved.when is not None and moved.when.start >= before.when.start else heading


def _last_entry_end(text: str, lines: list[tuple[int, int]], at: int, furniture: Sequence[tuple[int, int]]) -> int:
    """Where the last entry ends: a few lines after its heading's, at a blank line or furniture before that."""
    end = lines[at][1]
    for start, stop in lines[at + 1:at + 1 + _LAST_ENTRY_LINES]:
        if not text[start:stop].strip() or _in_furniture(furniture, start, stop):
            break
        end = stop
    return end


def _quote_open(text: str) -> bool:
    """Whether a quotation opened in ``text`` is still open at its end (straight quotes counted in pairs)."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def entry_timexes(text: str, sentences: Sequence[Sentence], timexes: Sequence[Timex],
                  furniture: Sequence[tuple[int, int]] = ()) -> list[Timex]:
    """``timexes`` and, for each sentence of a chronology's entry with no date of its own (its heading's
    excepted), the heading's date: a timex over the line's dash or bullet, or an empty one at its start.
    A sentence inside a quotation a line before it opened (the rest of a speech quoted) is that line's."""
    blocks = chronologies(text, timexes, furniture)
    if not blocks:
        return list(timexes)
    headings = {(e.heading.start, e.heading.end): e.heading for b in blocks for e in b.entries}
    timexes = [headings.get((t.start, t.end), t) for t in timexes]  # with the years the run gave them
    added: list[Timex] = []
    for block in blocks:
        for entry in block.entries:
            lines = [s for s in sentences if entry.start <= s.start < entry.end and not s.start <= entry.heading.start < s.end]
            if len(lines) > _ENTRY_HAPPENINGS:
                continue  # an explanation of the entry ("The cap is lowered ... This gives access to the valves ...")
            for s in lines:
                if _in_furniture(furniture, s.start, s.end):
                    continue
                own = [t for t in timexes if t.type in ("DATE", "TIME") and s.start <= t.start < s.end]
                if not all(_BOUND_BEFORE.search(text, max(s.start, t.start - 12), t.start) for t in own):
                    break  # ("Drilling for the second starts on 16 May": the line's own day, and the lines after it its)
                if _quote_open(text[entry.start:s.start]) or _MAY_BE.match(s.text) or _NO_HAPPENING.search(
                        s.text) or describes(s.text):
                    continue
                mark = _CONTINUATION_MARK.match(s.text)
                end = s.start + (mark.end() if mark else 0)
                added.append(replace(entry.heading, start=s.start, end=end, text=text[s.start:end]))
    return sorted([*timexes, *added], key=lambda t: t.start)


def entry_mentions(text: str, timexes: Sequence[Timex], found: list[Mention], furniture: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """``found`` without the mentions of a chronology's lines dated by no date of the text (the publication's
    day, a day told before), each line dated by its heading another happening than the heading's (so not
    merged with it), and with a heading's date and separator left out of the titles of its line's other
    dates."""
    blocks = chronologies(text, timexes, furniture)
    if not blocks:
        return found
    out = []
    for m in found:
        entry = next((e for b in blocks for e in b.entries if e.start <= m.start < e.end), None)
        if entry is None:
            out.append(m)
            continue
        if m.lead or m.continued or m.date == (0, 0):
            continue
        heading = text[entry.heading.start:entry.heading.end]
        cut = re.match(re.escape(heading) + ENTRY_SEPARATOR.pattern, m.title)
        if cut is not None and m.date != (entry.heading.start, entry.heading.end):
            m.title = m.title[cut.end():]
            m.title = m.title[:1].upper() + m.title[1:]
        out.append(m)
    return out
