"""Readers' comment threads that the page's other rules miss (issue 16).

:mod:`.cleanup` keeps out a thread that a section header in the page's second half opens, or whose comments
keep their markers. Three more shapes are common on saved pages:

- a modern thread headed by its count or its sign-in prompt ("123 comments", "Sign in to comment") after the
  story, with its comments' buttons below ("Reply", "Report", "Recommend"); the story may be short, so the
  header may stand in the page's first half;
- a comment's header run into its text when the layout is lost: "Re: Posted by harbourfan - March 7th, 2031 --
  4:59 pm GMT I agree ...", "Hey Raul from May 4th, 2031 -- Re: ...", "... At 08:55 am on 30 Jun 2031, harbourfan
  wrote: I agree ...": a handle and the moment it posted;
- a thread under its own header ("Views expressed in the comments do not represent those of the Courier."), its
  comments flattened into lines down to "This discussion is now closed." or the policy;
- a blog's thread flattened into lines with no marker at all, closed by the site's comment policy ("We welcome
  comments that advance the story ..."): a reader answering another by handle ("@harbourfan, I wondered too",
  "quay_rat: all fine, except ...") shows the thread is there, from that line to the policy at least. Where the
  thread starts above it is not told by the text (a blogger writes in the first person too), so the lines above
  stay, unless a line there opens as only a reader's post does: thanking the writer or praising the piece
  ("Thank you Jo for putting some sense into this", "Great article"), speaking of it as "this article" or of "the
  author", agreeing with another post ("I agree with ...") or quoting it after an "@". News copy and a column
  speak of events, not of the piece on the page; a line left open by a quote ("I agree we're under siege," he
  said) is a speaker's, not a reader's.

From where the thread starts, to the policy or the page's end, the text is the readers': none of it is an event,
a title or a tag, and a comment's "today" is its writer's day, not the article's. The policy run into the end of a
line ("(c) Coast News 2031 We welcome comments that ...") is the page's too.
"""

from __future__ import annotations

import re

from timeline.calendar_words import MONTH_PATTERN
from timeline.extract.furniture import thread_line

__all__ = ["comment_threads"]

#: A comment section's header: its count, or the prompt to sign in and join it.
_SECTION = re.compile(r"(?i)^(?:\d+\s+comments?|comments?\s*\(\d+\)|(?:sign|log)\s*in\s+to\s+(?:comment|reply|join)\b.{0,30}|"
                      r"join\s+the\s+(?:conversation|discussion))\s*:?$")
#: How many lines below a section's header a thread's own line must show.
_LOOKAHEAD = 8
#: An ordinal day as a comment's stamp writes it: "May 1st, 2031", "4 March 2031".
_POSTED_DAY = (rf"(?:(?:{MONTH_PATTERN})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
               rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_PATTERN})\.?,?\s+\d{{4}})")
#: A clock time as a comment's stamp writes it: "08:55 am", "4:05 pm GMT".
_POSTED_TIME = r"\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}\b)?"
#: A comment's header run into the text: "Re: Posted by NAME-DATE -- TIME", "Posted by NAME - DATE at TIME",
#: "Hey NAME from DATE -- Re:", and the moment before the handle, as a blog's thread writes it when the line before
#: lost its end: "... 12:603 -616 At 08:55 am on 30 Jun 2031, harbourfan wrote:", "On June 3, 2031 at 9:14 pm NAME
#: said:".
_INLINE_HEADER = re.compile(
    rf"(?:^|(?<=\s))(?:(?:Re:\s*)?Posted\s+by:?\s+@?[\w.'’]+(?:\s+[A-Z][\w.'’]*)?\s*(?:-{{1,2}}|[–—|,]|\bon\b)?\s*{_POSTED_DAY}"
    rf"(?:\s*(?:-{{1,2}}|[–—|,]|\bat\b)\s*\d{{1,2}}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{{2,4}}\b)?)?"
    rf"|(?:Hey|Hi|Dear|@)\s*[A-Z][\w.'’]*\s+(?:from|on)\s+{_POSTED_DAY}\s*(?:-{{1,2}}|[–—,])\s*Re:"
    rf"|(?:At\s+{_POSTED_TIME}\s+on\s+{_POSTED_DAY}|On\s+{_POSTED_DAY},?\s+at\s+{_POSTED_TIME}),?\s+@?[\w.'’-]+"
    rf"(?:\s+[\w.'’-]+){{0,2}}\s+(?:wrote|said|commented|replied)\s*:)")
#: The site's comment policy closing a flattened thread, on its own line or run into the end of one.
_POLICY = re.compile(r"(?:^|(?<=\s))(?:We welcome comments (?:that|on)\b|Views expressed in the comments\b)")
#: A thread's own header, on a line of its own above the comments ("Views expressed in the comments do not represent
#: those of the Courier."), and what closes the thread below them ("This discussion is now closed.", the policy).
_THREAD_HEADER = re.compile(r"(?m)^[ \t]*Views expressed in the comments\b[^\n]*$")
_THREAD_CLOSED = re.compile(r"(?:^|(?<=\s))(?:This discussion is now closed\b|We welcome comments (?:that|on)\b)")
#: A reader answering another by their handle at a line's start: "@harbourfan, I wondered too", "quay_rat: all fine,
#: except ...". A handle is written in lowercase; a story's line never opens with a lowercase word and a colon.
_REPLY = re.compile(r"(?m)^[ \t]*(?:@[A-Za-z0-9_]{2,30}\b\s*[,:-]|[a-z][a-z0-9_.]{2,30}:)\s")
#: A line that only a reader's post opens with: thanks to the writer, praise of the piece, the piece or its
#: writer named as such, agreement with another post, "@" quoting one.
_PIECE = r"(?:article|column|post|blog|piece|story|analysis|report|update|commentary|editorial)s?"
#: ("The report found ..." opens news copy: only the piece's own names go with "this" and "your".)
_READER_OPENING = re.compile(
    r"(?im)^[ \t]*(?:(?:thank\s+you|thanks)(?:\s+(?:so|very)\s+much)?,?\s+(?:sir|madam|[A-Z][a-z]+),?\s+for\b"
    rf"|(?:thank\s+you|thanks)(?:\s+(?:so|very)\s+much)?,?\s+for\s+(?:this|your|the|a|an|such|writing|putting|publishing|"
    rf"sharing|posting)\s+(?:[\w-]+\s+){{0,2}}{_PIECE}\b"
    rf"|(?:a\s+)?(?:great|good|nice|excellent|interesting|brilliant|insightful|thoughtful|informative|well[- ]written)\s+"
    rf"(?:{_PIECE}|read)\b|(?:this|your)\s+(?:article|column|blog|editorial|piece)\b|the\s+(?:author|writer)\b(?!\s+of\b)"
    r"|I\s+agree\b|well\s+said\b|@\s*[\"“]|@[A-Za-z])")
#: A copyright notice run in before the policy: "(c) Coast News Company, LLC 2031 We welcome comments ...".
_COPYRIGHT = re.compile(r"(?:\(c\)|©|Copyright)\s+[^\n]{0,80}?\d{4}\s+$")


def comment_threads(text: str, lines: list[tuple[int, int]], body: list[int]) -> list[tuple[int, int, str]]:
    """Readers' threads and the policy run into a line: (start, end, kind) spans of ``text``.

    ``lines`` are the page's lines, ``body`` the starts of its full-sentence lines (the story's)."""
    out: list[tuple[int, int, str]] = []
    policy = _POLICY.search(text)
    stop = len(text.rstrip()) if policy is None else policy.start()
    if policy is not None and text[text.rfind("\n", 0, policy.start()) + 1:policy.start()].strip():
        notice = _COPYRIGHT.search(text, text.rfind("\n", 0, policy.start()) + 1, policy.start())
        out.append((policy.start() if notice is None else notice.start(), _line_end(text, policy.start()), "boilerplate"))
    section = _section(text, lines, body)
    if section is not None:
        out.append((section, len(text.rstrip()), "comment"))
    header = _INLINE_HEADER.search(text, body[2] if len(body) > 2 else len(text))
    if header is not None and header.start() < stop:
        begin = text.rfind("\n", 0, header.start()) + 1
        out.append((begin, stop, "comment"))
    # (the header is the site's own words, which no story line starts with: past the story's first line is enough)
    opened = _THREAD_HEADER.search(text, body[0] + 1 if body else len(text))
    if opened is not None:  # the comments under the thread's header, to what closes the thread
        closed = _THREAD_CLOSED.search(text, opened.end())
        out.append((opened.end(), len(text.rstrip()) if closed is None else closed.start(), "comment"))
    reply = _REPLY.search(text, body[2] if len(body) > 2 else len(text), stop) if policy is not None else None
    if reply is not None:
        out.append((reply.start(), stop, "comment"))
    opening = _reader_opening(text, _line_end(text, body[2]) if len(body) > 2 else len(text), stop) if policy is not None else None
    if opening is not None:
        out.append((opening, stop, "comment"))
    return out


def _reader_opening(text: str, start: int, stop: int) -> int | None:
    """The start of the first line between ``start`` and ``stop`` that opens as only a reader's post does, left
    closed by its quotes (a line that closes a quote opened above is a speaker's)."""
    for found in _READER_OPENING.finditer(text, start, stop):
        line = text[found.start():_line_end(text, found.start())]
        if line.count('"') % 2 == 0 and line.count("”") <= line.count("“"):
            return found.start() + len(line) - len(line.lstrip())
    return None


def _section(text: str, lines: list[tuple[int, int]], body: list[int]) -> int | None:
    """Where a comment section headed by its count or sign-in prompt starts, after the story's first three lines."""
    if len(body) < 3:
        return None
    filled = [(a, b) for a, b in lines if text[a:b].strip() and a > body[2]]
    for k, (a, b) in enumerate(filled):
        if _SECTION.match(text[a:b].strip()) and any(thread_line(text[c:d]) for c, d in filled[k + 1:k + 1 + _LOOKAHEAD]):
            return a + len(text[a:b]) - len(text[a:b].lstrip())
    return None


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end
