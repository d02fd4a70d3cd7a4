"""Readers' and chatters' signatures on a saved page: who wrote a post and when, never news.

:mod:`.cleanup` finds comment threads by their headers and chrome; this module adds the kinds
that sign a post with its clock time, and programme guides (issue 16):

- a live chat's transcript, where every question or answer closes with a dash and its full date
  and time ("... -- June 02, 2010 2:03 PM"), sometimes after the chatter's name and place. A
  live blog dates its entries the other way round, with the time heading the entry ("2:03 PM:
  Officials said ..."), and those entries are news: they are left alone here.
- a post's or comment's signature line: "Posted by NAME at 2:03 PM", "Submitted by NAME on
  March 3, 2026 - 4:15pm", "Comment from NAME:", "Comment by NAME". The line itself is always
  furniture; late on a page, after the story has begun, it opens the readers' thread.
- a page of dated posts (a blog's archive, a live page spanning days): each entry headed by its own
  full date and clock time, which its relative dates count from (:func:`dated_posts`).
- a programme guide: blurbs of broadcasts, each with its credits ("Presenter/NAME, Producer/NAME")
  or its slot ("7.00-10.00 pm"); the whole page previews shows, and reports nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from timeline.calendar_words import (
    CLOCK_ZONE_PATTERN,
    MONTH_PATTERN,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_NAME_PATTERN,
)
from timeline.extract.page_boxes import page_boxes
from timeline.extract.page_embeds import embedded_furniture
from timeline.extract.run_in_chrome import PICTURE_AGENCY
from timeline.extract.saying_words import SAID_SAYS, alternation

_MONTH = rf"(?:{MONTH_PATTERN})\.?"
#: A weekday written out or abbreviated, as page stamps write it ("Tue", "Tues.", "Tuesday").
_WEEKDAY = "(?:" + "|".join(sorted({a[:3].capitalize() for a in WEEKDAY_ABBREVIATIONS})) + r")[a-z]*\.?"
#: The zones a page stamp's clock carries ("4:15 PM EST", "10:00 ET").
_ZONE = f"(?:{CLOCK_ZONE_PATTERN})"
_CLOCK = r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4}\b)?"
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"

#: "-- June 02, 2010 2:03 PM", "— Jane, Portville, June 2, 2010 2:03 PM": a chat post's signature, a
#: dash then (a short name and place, then) the full date and clock time.
_CHAT_SIGNATURE = re.compile(
    rf"(?:--|[—–])\s*(?:[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){{0,4}},?\s+)?{_DATE},?\s+(?:at\s+)?{_CLOCK}")
#: A chat's signatures are many: one or two such stamps are a story's own dashes and dates.
_CHAT_SIGNATURES_MIN = 3

#: Who posted: a handle or up to six words of names ("harbourfan", "Jane Doe", "Sally Quinn and Jon Meacham"),
#: with the comma some blogs put before "on".
_POSTER = r"@?[\w.'’-]+(?:[ \t]+[\w.'’&-]+){0,5}?,?"
#: When it was posted: a date, a clock time, or both ("on March 3, 2026 - 4:15pm", "at 2:03 PM", "| 4 March 2026").
_POSTED_WHEN = (rf"(?:at|on|[|·•-])\s+(?:{_DATE}(?:,?\s+(?:at\s+)?(?:[-|·•]\s*)?{_CLOCK})?"
                rf"|{_CLOCK}(?:,?\s+(?:on\s+)?{_DATE})?)")
#: A post's or comment's signature: "Posted by Jane Doe, on June 2, 2026 4:36 PM", "Submitted by Tom on March 3,
#: 2026 - 4:15pm", "Posted by harbourfan at 2:03 PM". The one source of the signature: :data:`_SIGNED_LINE` reads
#: it alone on its line, :mod:`.page_blocks` inside a line (case-sensitive there, so that a story's "was posted
#: by the agency on May 2, 2026" stays a sentence).
POST_SIGNATURE = rf"(?:Posted|Submitted|Written)\s+by:?\s+{_POSTER}\s+{_POSTED_WHEN}"

#: A post's or comment's signature alone on its line, with the writer's name.
_SIGNED_LINE = re.compile(
    rf"(?im)^[ \t]*(?:{POST_SIGNATURE}"
    rf"|comment(?:ed)?\s+(?:from|by)\s+@?[\w.'’-]+(?:\s+[\w.'’-]+){{0,2}}?\s*(?::|$|\s+(?:at|on)\s+\S))")

#: A comment's action buttons within a few lines below a signature: the post it signs is a reader's.
_CHROME_BELOW = re.compile(r"(?:[^\n]*\n){1,4}?[ \t]*(?:reply|report(?: abuse)?|like|flag|\d+\s+(?:likes?|replies))[ \t]*$",
                           re.I | re.M)


def chat_transcript(text: str) -> tuple[int, int] | None:
    """The span of a live chat's transcript, or None.

    The chat runs from the start of the line of its first signature to the page's end; when it starts
    in the page's first half, the page is the chat (the host's greeting above the first post is its
    own chatter, not a story), and the whole text is returned.
    """
    signatures = []
    for m in _CHAT_SIGNATURE.finditer(text):
        signatures.append(m.start())
        if len(signatures) >= _CHAT_SIGNATURES_MIN:
            break
    if len(signatures) < _CHAT_SIGNATURES_MIN:
        return None
    first = signatures[0]
    if first < len(text) // 2:
        return 0, len(text)
    return text.rfind("\n", 0, first) + 1, len(text)


#: A broadcast's credits as programme guides write them: "Presenter/Jane Doe, Producer/John Roe for the BBC".
_PROGRAMME_CREDIT = re.compile(r"\b(?:Presenters?|Producers?|Directors?|Editors?|Readers?|Hosts?)/[A-Z]")
#: A broadcast's slot: "7.00-10.00 pm", "9.00am-12.00 noon".
_PROGRAMME_SLOT = re.compile(r"\b\d{1,2}[.:]\d{2}\s?(?:am|pm|noon)?\s?-+\s?\d{1,2}[.:]\d{2}")
#: How many credits or slots make a page a guide: a story may credit one programme it quotes.
_GUIDE_MIN = 3


def programme_guide(text: str) -> bool:
    """Whether the page is a programme guide: its shows' credits or time slots, three or more. Every line of it
    previews a broadcast ("Zoe Ball sits in this week and welcomes ..."); its dates say when shows air, and
    the lives and records its blurbs recall are no news of the day."""
    return (len(_PROGRAMME_CREDIT.findall(text, 0, 200_000)) >= _GUIDE_MIN
            or len(_PROGRAMME_SLOT.findall(text, 0, 200_000)) >= _GUIDE_MIN)


#: A section heading in capitals run into the paragraph it heads: "HOW THE FUNNEL WORKS The funnel is a 40ft
#: box", 'NO SIGN OF "DEAD ZONE" In June ...'. Saved pages lose the heading's own line; it is the page's
#: signpost, not part of the sentence. At a line's start (:func:`.cleanup.find_furniture` reads it there, where
#: it knows the headline) or after a sentence's end (:func:`caps_headings`).
CAPS_HEADING = re.compile(r"((?:[\"“‘]?(?:[A-Z][A-Z&'’-]*[A-Z]|A|&)[\"”’]?\s+){2,10})"
                          r"(?=[\"“‘]?[A-Z][a-z]|[A-Z]{2,5}['’]s\s)")
_AFTER_SENTENCE = re.compile(r"(?<=[.:!?\"”] )" + CAPS_HEADING.pattern)
_HEADING_GLUE = frozenset({"A", "AN", "THE", "OF", "AND", "&", "IN", "ON", "AT", "TO", "FOR", "BY", "WITH", "FROM"})
#: A company's name in capitals goes on with its suffix: "A RAND Corp. study".
_NAME_SUFFIX = re.compile(r"(?:Corp|Inc|Co|Ltd|Plc|LLC|Group|Holdings)\b")


def is_heading(text: str, m: re.Match[str]) -> bool:
    """Whether the capitals ``m`` (of :data:`CAPS_HEADING`) are a heading: two words that are not glue at least,
    one of five letters or three of them ("US EPA officials", "NATO ISAF troops" open sentences with
    initialisms), not a company's name going on ("A RAND Corp."), nor a chronology entry's heading after its
    date ("2 JUNE: RISER CUT After ...", whose date heads the sentence)."""
    content = [w.strip("\"“”‘’") for w in m.group(1).split()]
    content = [w for w in content if w not in _HEADING_GLUE]
    if len(content) < 2 or not (len(content) >= 3 or any(len(w) >= 5 for w in content)):
        return False
    if _NAME_SUFFIX.match(text, m.end()):
        return False
    return not re.search(r"\d[^.!?\n]{0,20}:\s*$", text[max(0, m.start(1) - 30):m.start(1)])


def caps_headings(text: str) -> list[tuple[int, int]]:
    """Spans of capitalised section headings run in after a sentence's end (:data:`CAPS_HEADING`)."""
    return [(m.start(1), m.end(1)) for m in _AFTER_SENTENCE.finditer(text) if is_heading(text, m)]


def page_furniture(text: str, lines: list[tuple[int, int]], body: list[int]) -> list[tuple[int, int, str]]:
    """Spans of this module's furniture with their kinds: a programme guide ("listing", the whole page), a chat's
    transcript or signed posts ("comment"), and a summary's header ("boilerplate"). ``body`` holds the starts of the page's body lines."""
    if programme_guide(text):
        return [(0, len(text), "listing")]
    chat = chat_transcript(text)
    posts = [chat] if chat is not None else signed_lines(text, lines, body[0] if body else None)
    intros = [(m.start(), m.end(), "boilerplate") for m in _LIST_INTRO.finditer(text)]
    intros += [(a, b, "stamp") for a, b in lines if _stamp_line(text[a:b])]
    intros += [(a, b, "caption") for a, b in credited_captions(text, lines)]
    intros += [(a, b, "crosshead") for a, b in caps_headings(text)]
    intros += embedded_furniture(text, lines)
    intros += page_boxes(text, lines)
    release = release_boilerplate(text)
    intros += [(release, len(text), "boilerplate")] if release is not None else []
    return [(a, b, "comment") for a, b in posts] + [(a, b, "boilerplate") for a, b in summary_headers(text, lines)] + intros


#: A line announcing the list, timeline or fact box below it: "Below is a timeline of the spill and its impact",
#: "Here are some facts about past flu pandemics:", "Here's what we know". It tells the reader what follows;
#: the entries are the news, the announcement dates nothing.
_LIST_INTRO = re.compile(
    r"(?im)^[ \t]*(?:below|here)(?:\s+(?:is|are)|['’]s)\s+(?:(?:a|an|some|the)\s+)?(?:brief\s+|short\s+|quick\s+|key\s+)?"
    r"(?:timeline|chronology|factbox|fact\s+box|facts?|key\s+facts|questions\s+and\s+answers|q&a|list|summary|"
    r"look|scenarios|highlights|what\s+(?:we|you)\s+(?:know|need\s+to\s+know)|what\s+to\s+know)\b"
    # the stop of an initialism ("the worst ever U.S. oil spill:") does not end the announcement
    r"(?:[^.:!?\n]|(?<=\b[A-Z])\.){0,160}(?:[.:]|$)")


#: An agency's summary opening with its own day: "A summary of events on Sunday, June 13, Day 54 of", "A summary of events Thursday, July 15,
#: Day 86 of", "Here is a
#: roundup of the latest developments on Tuesday:". The day is when the summary was written; what follows
#: it on the line ("the oil spill that began with the April 20 explosion") is the story's.
_SUMMARY_HEADER = re.compile(
    rf"(?im)^[ \t]*(?:(?:a|here\s+is\s+a|here['’]s\s+a)\s+)?(?:summary|roundup|round-up|recap|look)\s+(?:at\s+)?(?:of\s+)?"
    rf"(?:the\s+)?(?:key\s+|latest\s+|main\s+)?(?:events|developments|news|what\s+happened)\b[^.\n]{{0,30}}?"
    rf"\b(?:(?:on|for)\s+)?(?:(?:{WEEKDAY_NAME_PATTERN}),?\s+)?(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}"
    rf"|(?:{WEEKDAY_NAME_PATTERN}))(?:,?\s+\d{{4}})?(?:,\s*Day\s+\d+(?:\s+of(?:\s+the)?\b)?)?[:,]?")


#: A sentence's end: a stop before a capital or the line's end ("Transocean Ltd. and leased by" goes on).
_HEADER_STOP = re.compile(r"[.!?][\"”’]?(?=\s+[\"“]?[A-Z]|\s*$)", re.M)


def summary_headers(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The headers of agency summaries (:data:`_SUMMARY_HEADER`) that open a line.

    A header closing on "Day 54 of (the)" goes on with the noun phrase it names ("the Gulf of Mexico oil spill"): a
    preposition ends no header, and the phrase after it, relative clauses and all ("that began with the April 20
    explosion ..., owned by ..."), names the series the same way every day: no lead, and no news of the day. The
    header runs to its sentence's end. (Cutting it at the relative clause leaves "that began with ..." as the lead.)
    """
    out = []
    for a, b in lines:
        m = _SUMMARY_HEADER.match(text, a, b)
        if m is None:
            continue
        end = m.end()
        if re.search(r"\bof(?:\s+the)?$", text[a:end]):
            stop = _HEADER_STOP.search(text, end, b)
            end = stop.end() if stop else b
        out.append((a, end))
    return out


def signed_lines(text: str, lines: list[tuple[int, int]], body_start: int | None) -> list[tuple[int, int]]:
    """Signature lines of posts and comments; from the first that stands past the page's first third and
    after ``body_start`` (the story's first body line), the rest of the page (a readers' thread). A
    "Posted by NAME at TIME" line is only itself: a blog signs its own posts that way too."""
    out = []
    for a, b in lines:
        m = _SIGNED_LINE.match(text, a, b)
        if m is None:
            continue
        blog_post = text[a:b].lstrip().lower().startswith("posted") and not _CHROME_BELOW.match(text, b, b + 400)
        if body_start is not None and a > body_start and a > len(text) // 3 and not blog_post:
            out.append((a, len(text)))
            break
        out.append((a, b))
    return out


#: Where a press release's closing boilerplate starts: the company's standard description ("About Northwind
#: Energy" alone on its line, "COMPANY INFORMATION:", "ABOUT NORTHWIND:"), its contacts, its legal notice
#: ("Forward-looking statements", "Safe harbor statement") or the "###" end mark. What follows is the company's
#: self-portrait ("ranked highest in customer satisfaction in the 2008 study"), not news.
_RELEASE_END = re.compile(
    r"(?m)(?:^[ \t]*About\s+[A-Z][\w&.,'’-]*(?:\s+(?:[A-Z][\w&.,'’-]*|of|and|&|the)){0,5}[ \t]*:?[ \t]*$"
    r"|\b(?:COMPANY INFORMATION|ABOUT [A-Z][A-Z&.'’-]+(?: [A-Z&.'’-]+){0,4}|MEDIA CONTACTS?|INVESTOR CONTACTS?|"
    r"PRESS CONTACTS?)\s*:"
    r"|^[ \t]*(?i:forward[- ]looking statements?|safe harbou?r statement|media contacts?|press contacts?)\b[^\n]{0,80}$"
    r"|^[ \t]*(?:#{3}|-30-)[ \t]*$)")


def release_boilerplate(text: str) -> int | None:
    """Where a press release's closing boilerplate starts (:data:`_RELEASE_END`), in the page's second half."""
    for m in _RELEASE_END.finditer(text, len(text) // 2):
        return m.start()
    return None


#: A page's time stamp on a line of its own, in any of the layouts sites use: "Updated on: March 3, 2026 / 4:15 PM
#: EST / Coast News", "3 March 2026 • 4:15pm", "First published on March 3, 2026 / 10:00 AM EST". The words that
#: may stand around the date: the stamp's verb, separators, and at most three capitalised words (the outlet or
#: the writer). A clock or a stamp word is needed: a date with a title beside it is a chronology's entry.
_STAMP_WORDS = re.compile(r"(?i)^\s*(?:(?:first|originally|last)\s+)?(?:updated|published|posted|modified|edited)"
                          r"(?:\s+(?:on|at))?\s*:?")
_STAMP_TOKEN = re.compile(
    rf"(?i)\b(?:{_MONTH}|{_WEEKDAY}|\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?|\d{{1,4}}(?:st|nd|rd|th)?"
    rf"|[ap]\.?m\.?|{_ZONE}\b|on|at|by)(?!\w)|[/|•·,–—-]+"
    # the page's "Updated 2 hours ago" beside its date: the age counts from when the page was saved
    r"|(?i:\b(?:updated|published)\s+\d+\s*(?:mins?|minutes?|hrs?|hours?|days?)\s+ago\b)")
#: A clock time, or an hour with its half of the day ("6 AM ET", "11 p.m."): a stamp's, beside its date.
_CLOCK_ONLY = re.compile(rf"\d{{1,2}}[:.]\d{{2}}\s*(?:[AaPp]\.?[Mm]\.?|{_ZONE}\b)|\d{{1,2}}[:.]\d{{2}}\s*$"
                         r"|\b\d{1,2}\s*[AaPp]\.?[Mm]\b\.?")
#: A copied stamp's pieces run together: the year into the clock ("March 3, 20263:12 AM"), the zone into the
#: next label ("UTCUpdated 2 hours ago").
_RUN_TOGETHER = re.compile(r"(?<=\b\d{4})(?=\d{1,2}[:.]\d{2}\b)|(?<=[A-Z]{2})(?=(?:Updated|Published)\b)")


def _stamp_line(line: str) -> bool:
    """Whether ``line`` is only a time stamp (:data:`_STAMP_WORDS`) with its outlet or writer."""
    if len(line) > 160 or not line.strip() or len(line.split()) > 16 or not re.search(r"\d", line):
        return False
    line = _RUN_TOGETHER.sub(" ", line)
    lead = _STAMP_WORDS.match(line)
    if lead is None and not _CLOCK_ONLY.search(line):
        return False
    rest = _STAMP_TOKEN.sub(" ", line[lead.end():] if lead else line).split()
    if not re.search(_MONTH, line) and lead is None:
        return False
    return len(rest) <= 3 and all(w[:1].isupper() for w in rest)


_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
#: A picture's credit alone on its line, under its caption: "Jane Doe/Coast News", "(Jane Doe/Coast News)",
#: "Photo by Jane Doe/Getty Images", "Photo: Coast News".
_LONE_CREDIT = re.compile(
    rf"^\s*\(?(?:(?:Photo|Photograph|Image|Picture|Illustration)s?(?:\s+by|\s*:)\s*{_NAME}(?:\s*/\s*{_NAME})*"
    rf"|{_NAME}\s*/\s*{_NAME}(?:\s*/\s*{_NAME})*)\)?\s*$")
#: A credit closing its caption's line: "Crew members walk off a ferry on Feb. 21, 2026. Photo by John Roe/Getty Images".
#: "Courtesy: Harbour Ferries", "Courtesy of Jane Doe": a picture handed out by its subject or a reader.
_TRAILING_CREDIT = re.compile(rf"(?<=[.!?”\"’)])\s+\(?(?:(?:Photo|Photograph|Image|Picture)s?\s+by|(?:Photo\s+)?[Cc]ourtesy"
                              rf"(?:\s+of|\s*:))\s+{_NAME}(?:\s*/\s*{_NAME})*\)?\s*$")
#: A credit of the agency alone, of a maker and the agency, or of a maker and the paper, closing its caption's line:
#: "Crew members walk off a ferry on Monday. Getty Images", "... Jane Roe/AFP via Getty Images", "... Jane Roe for The
#: Harbour Times".
_TRAILING_AGENCY = re.compile(rf"(?<=[.!?”\"’])\s+(?:(?:{_NAME}\s*/\s*)*{PICTURE_AGENCY}|{_NAME}\s+for\s+(?:the\s+)?{_NAME})\s*$")
#: A caption says what a picture shows; a line that reports speech is the story's.
_TOLD = re.compile(r"\b(?:" + alternation(SAID_SAYS, {"told", "according to"}) + r")\b")


def credited_captions(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pictures' captions with their credits: a line ending in "Photo by NAME/AGENCY" or in an agency's bare credit
    after its stop ("... on Monday. Getty Images"), and a short line that
    does not report speech above a credit alone on its line (the credit closes the caption)."""
    out = []
    filled = [(a, b) for a, b in lines if text[a:b].strip()]
    for k, (a, b) in enumerate(filled):
        line = text[a:b]
        if len(line.split()) <= 50 and (((" by " in line or "ourtesy" in line) and _TRAILING_CREDIT.search(line)) or (
                _TRAILING_AGENCY.search(line) and not _TOLD.search(line))):
            out.append((a, b))
        elif len(line) < 120 and _LONE_CREDIT.match(line) and len(line.split()) <= 10:
            above = filled[k - 1] if k else None
            caption = above is not None and len(text[above[0]:above[1]].split()) <= 30 and not _TOLD.search(
                text[above[0]:above[1]])
            out.append((above[0] if caption and above is not None else a, b))
    return out


@dataclass(frozen=True, slots=True)
class Post:
    """One entry of a page of dated posts: ``text[start:end]``, written at ``moment``."""

    start: int
    end: int
    moment: dt.datetime


class _Stamp(Protocol):
    start: int
    kind: str
    moment: dt.datetime | None


def dated_posts(text: str, furniture: Sequence[_Stamp]) -> list[Post]:
    """The entries of a page that gathers posts of several days, each headed by its own full date and clock time.

    A blog's archive page or a live page runs entries written on different days ("May 24, 2010 21:58 UTC The
    message from the White House podium today ..."): an entry's "today", "on Monday" or "last Friday" counts from
    the time heading it, not from the day the page was saved. One stamp, or stamps of one day, head a single story
    (its publication or update time), which the publication date already anchors: then there are no posts.
    """
    heads = [f for f in furniture if f.kind in ("stamp", "dateline") and f.moment is not None
             and (f.start == 0 or text[f.start - 1] == "\n")]
    if len(heads) < _POST_DAYS_MIN:
        return []
    ends = [f.start for f in heads[1:]] + [len(text)]
    # A post has text of its own: "Published: 3 May ..." and "Updated: 4 May ..." one above the other head one story.
    posts = [Post(f.start, end, f.moment) for f, end in zip(heads, ends, strict=True)
             if f.moment is not None and len(text[f.start:end].split()) >= _POST_WORDS_MIN]
    if len({p.moment.date() for p in posts}) < _POST_DAYS_MIN:
        return []
    return posts


#: Distinct days among a page's posts before they count as posts of their own, and the words a post has at least.
_POST_DAYS_MIN = 2
_POST_WORDS_MIN = 20


#: A line of a readers' thread that no story prints: a comment's age ("5 hours ago", "2h ago", "just now"), its
#: buttons and counts ("Reply", "Recommend", "12 likes"), a writer's header ("harbourfan wrote:"), the thread's
#: own controls ("Show more replies", "Sign in to comment", "Newest | Oldest").
_THREAD_LINE = re.compile(
    r"(?i)^[ \t]*(?:(?:\d+\s*(?:s|m|h|d|w|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago|just\s+now|"
    r"yesterday(?:\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]m)?)?)|(?:reply|report|recommend|like|flag|share|"
    r"permalink)(?:\s*[|·•]\s*(?:reply|report|recommend|like|flag|share|permalink))*|"
    r"\d+\s+(?:likes?|repl(?:y|ies)|recommend(?:s|ations)?)|@?[\w.'’-]+(?:\s+[\w.'’-]+){0,2}\s+(?:wrote|replied)\s*:|"
    r"(?:show|load|view|see)\s+(?:\d+\s+)?(?:more\s+)?(?:comments|replies)\b.*|(?:sign|log)\s*in\b.{0,40}\b(?:comment|reply)\b.*|"
    r"sort\s+by\b.*|(?:newest|oldest|top\s+comments|most\s+recommended)(?:\s*[|·]\s*\w+(?:\s+\w+)?)*|"
    r"comments?\s+(?:are|is)\s+(?:now\s+)?closed\.?)[ \t]*$")
#: A comment section's header that counts its comments ("Comments (12)", "38 comments"): a thread is there.
_COUNTED_HEADER = re.compile(r"(?i)\(\d+\)|^\s*\d+\s+comments?")
#: How many lines below a comment section's header to look for a thread's lines.
_THREAD_LOOKAHEAD = 8


def thread_follows(text: str, header: tuple[int, int]) -> bool:
    """Whether the comment section's header at ``text[header[0]:header[1]]`` opens a readers' thread.

    A modern page also puts "Join the conversation" or "Have your say" inside the story as a call to action, and
    the story goes on after it. A thread shows itself within a few lines: comments' ages, buttons, counts,
    writers' headers; or the header counts its comments; or no sentence of the story's kind (a full sentence of
    twelve words or more) follows at all.
    """
    if _COUNTED_HEADER.search(text, header[0], header[1]):
        return True
    rest = [line.strip() for line in text[header[1]:].split("\n") if line.strip()]
    if any(_THREAD_LINE.match(line) for line in rest[:_THREAD_LOOKAHEAD]):
        return True
    return not any(len(line.split()) >= 12 and re.search(r"[.!?][\"”’]?$", line) for line in rest)


def thread_line(line: str) -> bool:
    """Whether ``line`` is one of a readers' thread's own lines (:data:`_THREAD_LINE`): an age, a button, a count."""
    return _THREAD_LINE.match(line) is not None
