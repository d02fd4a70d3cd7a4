"""Page furniture that spans several kinds of line: run-in headlines and captions, fact boxes, author notes.

:mod:`.cleanup` finds furniture line by line; these rules read a little more of the page:

- ``run_in_top`` (:mod:`.run_in`, re-exported here): the headline and the photo caption run into the
  first sentence of the page's first line.
- ``fact_boxes``: a profile or fact box, labels and short values with no verb ("Born: August 29, 1958,
  Gary, Indiana Also known as: ... Biggest hits: ..."), often run into the next paragraph; ``resume``: a
  résumé run into one line, dates and posts ("1983-84: Member, advisory council 1985: President, ...").
- ``author_notes``: an opinion piece's note on its author and "Any views expressed here are her own".
- ``promotion``: a line that sends the reader elsewhere on the site, in the imperative ("Explore all of our
  oil spill graphics ...", "Watch the oil spill's path since May 2 ...").
- ``above_the_dateline``: the story starts at its dateline; short lines above it are headline and caption.
- ``thread_before_policy``: readers' comments between a post's closing picture and the comment policy.
- ``reference_note``: a numbered source note under an essay ("(1) City Fact Sheet, 1989; Letter to
  the Fishermen's Union, 13 May 1989."): a citation, its dates the sources'.
- ``thread_start``: where readers' posts begin above the first comment marker, when a saved page lost
  the markers of the posts before it: the run of comment-shaped lines that ends at the marker.
- ``captions_before_credits``: the short text just above a photo credit (the credit closes it): the line
  before a credit opening a line, two lines back to a stamp or dateline, in a gallery the one line above.
- ``dated_caption_after``: a wire picture's caption after its credit on the same line, closed by the
  picture's place and date ("... in Grand Isle, La., Monday, July 19, 2010.").
- ``picture_sentences``: a sentence that describes a picture on the page ("In this image taken from video
  provided by the utility, ...", "Jane Doe, left, and John Roe look at ...") or links to pictures ("Floods
  hit the valley -- photos"), and a commenter's credit ("Posted by Jane Doe on May 2, 2026 9:14 AM").
- ``post_headers``: readers' posts each under a line of a username and when it was posted ("harbourfan42 ·
  3 hours ago", "Jane D. | March 4, 2026 at 9:12 pm", "Posted by lena_m at 9:12 PM"): from the first such
  line, when two or more follow the story, the page is its readers'.
"""

from __future__ import annotations

import itertools
import re

from timeline.calendar_words import MONTH_PATTERN, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAME_PATTERN
from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, WILL_WOULD, auxiliaries
from timeline.extract.furniture import POST_SIGNATURE
from timeline.extract.run_in import CALENDAR as _CALENDAR
from timeline.extract.run_in import run_in_top
from timeline.extract.saying_words import SAID_SAYS, alternation

__all__ = ["DATED_CAPTION_START", "above_the_dateline", "author_notes", "captions_before_credits", "dated_caption_after", "fact_boxes",
           "picture_sentences", "post_headers", "promotion", "readers_posts", "reference_note", "resume", "run_in_top",
           "thread_before_policy", "thread_start"]

#: A box's label: a capitalised word with up to three more, a hyphened word among them and a year closing it ("Born:",
#: "Also known as:", "Clean-up costs so far:", "Dividend payment 2009:").
_LABEL = re.compile(r"(?:(?<=\s)|^)([A-Z][a-z]+(?:-[a-z]+)?(?:\s+[a-z]+(?:-[a-z]+)?){0,3}(?:\s+(?:19|20)\d\d)?):\s+")
_VERB = re.compile(r"\b(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, WILL_WOULD) + r"|said|says|[a-z]{3,}ed)\b")
#: A figure that is a label's whole value, with its conversion in brackets: "$10.5 bn (# 7bn)", "34%", "1,020".
_FIGURE_VALUE = re.compile(r"[$£€#]?\s?\d[\d.,]*\s?(?:bn|m|million|billion|%|percent)?(?:\s*\([^()]{1,20}\))?(?=\s+[A-Z])")
#: Where the last value of a box ends and the story goes on: a capitalised determiner or pronoun.
_STORY_RESUMES = re.compile(r"\s(?=(?:The|A|An|This|These|His|Her|Its|Their|In|On|At|After|He|She|It|They|"
                            r"We|But)\s)")


def fact_boxes(text: str, line: tuple[int, int]) -> tuple[int, int] | None:
    """A fact box on ``line``: two labels or more with short verbless values ("Born: ... Also known as: ...")."""
    start, end = line
    segment = text[start:end]
    if segment.count(":") < 2:
        return None
    labels = list(_LABEL.finditer(segment))
    best = None
    run_start = None
    for a, b in itertools.pairwise(labels):
        value = segment[a.end():b.start()]
        if run_start is None and (_CALENDAR.match(a.group(1)) or re.search(r"\b[a-z][\w'’-]*\s*$", segment[:a.start()])):
            continue  # "a hearing on Tuesday titled: ...": a sentence's words, not a box's label
        if re.match(r"\s*[\"“‘]", value) and not re.search(r"[\"”’]\s*$", value):
            run_start = None  # 'put this question: "Jon Roe: ...': a quotation opens, no box's value
            continue
        if len(value.split()) <= 14 and not re.search(r"[.!?]\s", value + " ") and not _VERB.search(value):
            run_start = a.start() if run_start is None else run_start
            best = (run_start, b)
        else:
            run_start = None
    if best is None:
        return None
    box_start, last = best
    tail = segment[last.end():]
    resume = _STORY_RESUMES.search(tail)
    stop = re.search(r"[.!?](?:\s|$)", tail)
    value_end = min(x for x in (resume.start() if resume and resume.start() > 0 else None,
                                stop.start() + 1 if stop else None, len(tail)) if x is not None)
    if len(tail[:value_end].split()) > 25 or _VERB.search(tail[:value_end]):
        # the last label's value is a sentence: the box ends at its label, or after the figure that is its value
        # ("Dividend payment 2009: $10.5 bn (# 7bn) BP scheduled ...")
        figure = _FIGURE_VALUE.match(tail)
        value_end = figure.end() if figure else 0
    return start + box_start, start + last.end() + value_end


_RESUME_DATE = rf"(?:(?:{MONTH_PATTERN})\.?\s+\d{{1,2}},?\s+\d{{4}}|(?:{MONTH_PATTERN})\.?\s+\d{{4}}|\d{{1,2}}\s+(?:{MONTH_PATTERN})\s+\d{{4}}|\d{{4}})"
#: A résumé's entry label: a year, a date or a span of them, then a colon ("1983-84:", "January 15, 1985 -- July 31,
#: 1987:", "1996 onwards:", "1988 to date:").
_RESUME_LABEL = re.compile(rf"(?:^|(?<=\s)){_RESUME_DATE}(?:\s*(?:-{{1,2}}|[–—]|to)\s*(?:{_RESUME_DATE}|\d{{2}}|date)"
                           rf"|\s+onwards)?\s*:\s+")
#: How many entries on one line make a résumé, and the share of them that must be verbless posts.
_RESUME_ENTRIES = 3
_RESUME_VERBLESS = 0.75


def resume(text: str, line: tuple[int, int]) -> bool:
    """Whether ``line`` is a résumé run into one line: three or more entries, a date then a post and no verb
    ("1983-84: Member, economic advisory council 1985: President, Economic Association ..."), most of its
    entries. A chronology's entries tell what happened ("1991: 520m gallons were released ..."): not one."""
    segment = text[line[0]:line[1]]
    if segment.count(":") < _RESUME_ENTRIES:
        return False
    labels = list(_RESUME_LABEL.finditer(segment))
    if len(labels) < _RESUME_ENTRIES:
        return False
    values = [segment[a.end():b.start()] for a, b in itertools.pairwise(labels)] + [segment[labels[-1].end():]]
    posts = [v for v in values if len(v.split()) <= 20 and not _VERB.search(v) and not re.search(r"[.!?]\s", v + " ")]
    return len(posts) >= _RESUME_ENTRIES and len(posts) >= _RESUME_VERBLESS * len(values)


_VIEWS_OWN = re.compile(
    r"(?i)\b(?:any|the)\s+(?:views|opinions)\s+(?:expressed\s+)?(?:here|in\s+this\s+(?:article|column|commentary|"
    r"piece|post|essay))?\s*(?:expressed\s+)?are\s+(?:solely\s+)?(?:(?:his|her|their|the\s+author['’]s|the\s+"
    r"writer['’]s)\s+own|(?:those\s+)?of\s+the\s+(?:author|writer|contributor)s?)\b\.?")


def author_notes(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """An opinion piece's disclaimer, and the note on its author above it at the page's top."""
    out = []
    body = [(a, b) for a, b in lines if text[a:b].strip()]
    for k, (a, b) in enumerate(body):
        m = _VIEWS_OWN.search(text, a, b)
        if m is None:
            continue
        out.append((m.start(), m.end()))
        if k <= 2 and m.start() - a < 5:
            out.extend(body[:k])  # "-- Jane Doe has written two books on ... Any views expressed here are her own."
        elif m.start() - a >= 5 and k <= 2:
            out.append((a, m.start()))
    return out


#: A numbered note opening its line: "(1)", "[2]", "3." then a citation.
_NOTE_MARK = re.compile(r"^\s*(?:\(\d{1,2}\)|\[\d{1,2}\])\s+")


def reference_note(text: str, line: tuple[int, int]) -> bool:
    """Whether ``line`` is a numbered source note: a note mark, a year, and no verb (a citation, not a sentence)."""
    segment = text[line[0]:line[1]]
    m = _NOTE_MARK.match(segment)
    return m is not None and re.search(r"\b1[89]\d\d\b|\b20\d\d\b", segment) is not None and not _VERB.search(
        segment[m.end():])


#: A line addressed to the reader, sending them to the site's other pages: an imperative, a short line.
_PROMOTION = re.compile(
    # "Listen to this article" is an audio player's button (:mod:`.picture_credits`): the story may run on after it.
    r"^\s*(?:Watch|Explore|View|See|Track|Browse|Check out|Read|Listen to(?!\s+this\s+(?:article|story)\b)|Follow|Sign up|"
    r"Subscribe|Click|Join|"
    r"Get|Find out|Take a look|Try)\s+(?:(?:all|more)\b|(?:our|the|this|these|how|live|latest|full|every)\b)"
    # "Watch “Hannity” weeknights at 9 p.m. ET!": a show's slot
    r"|^\s*(?:Watch|Listen to|Tune in to|Catch)\s+[^.!?]{1,60}?\b(?:weeknights|weekdays|weekends|nightly|every\s+"
    r"(?:day|night|week|weekday|" + WEEKDAY_NAME_PATTERN + r"))\b")


#: A post of a social feed shown beside the story: "RT @name: ...", "@name: ...".
_FEED_POST = re.compile(r"^\s*(?:RT\s+)?@\w{2,}:")


def promotion(text: str, line: tuple[int, int]) -> bool:
    """Whether ``line`` sends the reader elsewhere ("Explore all of our graphics ...", "Watch the spill's path ..."),
    or is a post of the site's social feed ("RT @name: ...")."""
    segment = text[line[0]:line[1]]
    if _FEED_POST.match(segment):
        return True
    # A quotation's sentence ("See how hot it gets in this bag?\u201d") speaks to its listener, not the reader.
    return (_PROMOTION.match(segment) is not None and len(segment.split()) <= 30
            and re.search(r"[?\"\u201d]\s*$", segment) is None)


def above_the_dateline(text: str, lines: list[tuple[int, int]], datelines: set[int]) -> tuple[int, int] | None:
    """The story starts at its dateline ("NEW ORLEANS -- ..."): short lines above it at the page's top are its
    headline, standfirst or a picture's caption ("Massive Oil Spill Washes Ashore ... which exploded on April 20").

    ``datelines`` holds the start offsets of the datelines found; the span above the first one opening one
    of the page's first four lines is returned, when it is short (eighty words at most).
    """
    top = [(a, b) for a, b in lines if text[a:b].strip()][:4]
    for a, b in top[1:]:
        if a + len(text[a:b]) - len(text[a:b].lstrip()) in datelines:
            return (top[0][0], a - 1) if len(text[top[0][0]:a].split()) <= 80 else None
    return None


#: The comment policy a page prints under its readers' thread ("We welcome comments that advance the story ...").
_POLICY = re.compile(r"(?im)^[ \t]*(?:we welcome comments\b|views expressed in the comments\b|comments (?:are|will be) "
                     r"moderated\b)")


def thread_before_policy(text: str, body: list[int], closings: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A readers' thread with no marker on each comment, closed by the page's comment policy: from the post's
    closing picture (the last of ``closings``, credits and captions, after three ``body`` lines and a third
    of the page) to the policy. None when no picture closes the story or its own footer comes after it."""
    policy = _POLICY.search(text)
    if policy is None:
        return None
    story = body[2] if len(body) > 2 else len(text)
    ends = [end for start, end in closings if story < start and len(text) // 3 < start and end <= policy.start()]
    if not ends or not text[max(ends):policy.start()].strip() or re.search(
            r"(?im)^[ \t]*\(?(?:additional )?(?:reporting|editing|writing) by\b", text[max(ends):policy.start()]):
        return None
    return max(ends), policy.start()


#: A reader's voice: shouting, exclamations, trailing dots, chat words, speaking as "I" or to "you".
#: Shouting: a long word in capitals, or two running (acronyms are short and stand alone: "NOAA", "FEMA").
_SHOUTED = re.compile(r"\b[A-Z]{5,}\b|\b[A-Z]{2,}\s+[A-Z]{2,}\b")
_READER_VOICE = re.compile(r"!|\?\?|\.\.\.|\.\.\s|\b(?:lol|omg|eh|ya|gonna|wanna|imho|btw)\b|"
                           r"\b(?:I|I['’](?:m|ve|d)|my|me|you|your|you['’]re)\b", re.I)
_PERSONAL = re.compile(r"\b(?:I|I['’](?:m|ve|d)|my|me|you|your|you['’]re)\b")
#: A reporter's attribution: news copy, not a reader's post.
_ATTRIBUTION = re.compile(r"\b(?:" + alternation(SAID_SAYS, {"according to", "told", "reported", "announced"}) + r"|spokes(?:man|woman|person))\b")
_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”")
#: The share of comment-shaped lines above which a run reads as readers' posts: a thread mixes shouted,
#: personal posts with plain ones; news copy, even quoting people in the first person, stays under it
#: over any long run, and each of its attributions pulls the run down.
_THREAD_DENSITY = 0.2


def _reader_line(line: str) -> float:
    """+1 for a line in a reader's voice, -1 for a reporter's attributed line, 0 otherwise (quotes aside)."""
    own = _QUOTED.sub(" ", line)
    if _ATTRIBUTION.search(own) and not _PERSONAL.search(own):
        return -1.0
    return 1.0 if (_SHOUTED.search(own) or _READER_VOICE.search(own) or line.lstrip()[:1].islower()) else 0.0


#: A post's signature with its clock time, closing a blog post: "By Jane Roe | June 16, 2010; 5:08 PM ET".
_POST_SIGNATURE = re.compile(
    r"\bBy [A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|de|van|vanden|von|der|la)){0,6}\s*\|\s*[A-Z][a-z]+\.? \d{1,2},"
    r" \d{4};?,? \d{1,2}:\d\d\s*[AaPp]\.?[Mm]\.?(?:\s*[A-Z]{2,4}\b)?")


def thread_start(text: str, body: list[int], marker: int, threads: list[tuple[int, int]]) -> int:
    """Where a readers' thread begins above its first comment marker (at ``marker``, the start of its line).

    ``body`` holds the starts of the page's body lines; the story's first three are always its own.
    ``threads`` are the readers' parts found already: one holding the marker has its own start.

    A saved page often keeps a marker ("Posted by: NAME | DATE | Report abuse") only under some posts,
    or has its paragraphs split into one sentence a line, so the posts above the first marker read as
    part of the story. Going up from the marker to ``story`` (where the story's body starts), the
    thread is the longest run of lines whose share of comment-shaped lines (:func:`_reader_line`)
    stays above :data:`_THREAD_DENSITY`; news copy above it keeps its lines. Returns ``marker`` when no
    such run ends there. A post's signature with its time ("By NAME | DATE; TIME ET") closes the post:
    the thread starts after the last one above the marker, wherever the lines there stand.
    """
    if len(body) <= 3 or body[3] >= marker or any(a <= marker < b for a, b in threads):
        return marker
    story = body[3]
    line_end = text.find("\n", marker)
    signatures = list(_POST_SIGNATURE.finditer(text, story, len(text) if line_end < 0 else line_end))
    if signatures:
        return signatures[-1].end()
    lines = []
    end = marker
    while end > story:
        begin = text.rfind("\n", story, end - 1) + 1
        if begin <= story:
            begin = story
        if text[begin:end].strip():
            lines.append((begin, _reader_line(text[begin:end])))
        end = begin
    best, best_at, total = 0.0, marker, 0.0
    for begin, value in lines:  # from the marker up
        total += value - _THREAD_DENSITY
        if total > best and value > 0:  # a run starts on a comment-shaped line
            best, best_at = total, begin
    return best_at


_WHEN_POSTED = (r"(?:\d{1,3}\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|[smhdw])\s+ago"
                r"|\d{1,3}[smhdw]|yesterday(?:\s+at\s+\d{1,2}:\d\d\s*[ap]\.?m\.?)?|just now"
                r"|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
                r"\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?),?\s+\d{4}"
                r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
                r"|\d{1,2}/\d{1,2}/\d{2,4}(?:,?\s+\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?)?|\d{1,2}:\d\d\s*[ap]\.?m\.?)")
#: A post's header: who (a handle or a short name) and when, nothing else; or "Posted by NAME at TIME".
_POST_HEADER = re.compile(
    rf"(?i)^\s*(?:posted\s+by\s+)?@?[\w.'’-]{{2,30}}(?:\s+[\w.'’-]{{1,20}}){{0,2}}\s*(?:[|·•—–,-]|\bon\b|\bat\b)?\s*"
    rf"{_WHEN_POSTED}\s*(?:said|wrote|says)?:?\s*$")
_WHEN_ONLY = re.compile(rf"(?i)^\s*{_WHEN_POSTED}\s*$")
_HANDLE_ONLY = re.compile(r"^\s*@?(?=[\w.'’-]*[a-z0-9_])[\w.'’-]{2,30}(?:\s+[A-Z][\w.'’-]{0,20})?\s*$")


def post_headers(text: str, lines: list[tuple[int, int]], body: list[int]) -> int | None:
    """Where readers' posts start: the first of two post headers or more after the story's first three
    ``body`` lines and in the page's second half; None when there are fewer. A header is a line of
    who and when ("harbourfan42 · 3 hours ago"), or a handle alone on a line above a time alone."""
    if len(body) <= 3:
        return None
    filled = [(a, b) for a, b in lines if text[a:b].strip() and a > body[3]]
    headers = []
    for k, (a, b) in enumerate(filled):
        line = text[a:b]
        if len(line.split()) > 12:
            continue
        below = text[filled[k + 1][0]:filled[k + 1][1]] if k + 1 < len(filled) else ""
        if (_POST_HEADER.match(line) and not _WHEN_ONLY.match(line)) or (
                _HANDLE_ONLY.match(line) and _WHEN_ONLY.match(below)):
            headers.append(a)
    if len(headers) < 2 or headers[0] < len(text) // 2:
        return None
    return headers[0]


#: Readers' comments: "Posted by: name | November 17, 2010 3:22 PM | Report abuse". The rest of the page is theirs.
_COMMENTS = re.compile(r"Posted by:?\s+\S+\s*\|[^|\n]{0,40}\||\|\s*Report abuse\b")


def readers_posts(text: str, lines: list[tuple[int, int]], body: list[int], threads: list[tuple[int, int]]) -> int | None:
    """Where the readers' posts that run to the page's end start: at the first post's header
    (:func:`post_headers`), or at the line of the first "Posted by: NAME | DATE | Report abuse" marker,
    taken up over the posts above it that lost theirs (:func:`thread_start`); None when there are none."""
    starts = []
    header = post_headers(text, lines, body)
    if header is not None:
        starts.append(header)
    marker = _COMMENTS.search(text)
    if marker is not None:
        starts.append(thread_start(text, body, text.rfind("\n", 0, marker.start()) + 1, threads))
    return min(starts) if starts else None


#: A wire picture's caption closes with the place and the day it was taken: "..., Monday, July 19, 2010."
_PICTURE_DAY = re.compile(rf",?\s+(?:{WEEKDAY_NAME_PATTERN}),\s+(?:{MONTH_PATTERN})\.?\s+\d{{1,2}},\s+\d{{4}}\.?[\"”’']?\s*$")
#: The picture's day inside a wire caption's one sentence: "President Jane Roe leaves the palace, Wednesday, June 2,
#: 2010, for a flight to ..." (news prose says "on Wednesday").
_PICTURE_DAY_WITHIN = re.compile(rf",\s+(?:{WEEKDAY_NAME_PATTERN}),\s+(?:{MONTH_PATTERN})\.?\s+\d{{1,2}},\s+\d{{4}},\s")


#: A line opening with a picture's date or day: "June 15: A drilling rig operates ...", "Monday: ...".
DATED_CAPTION_START = re.compile(rf"^(?:(?:{MONTH_PATTERN})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?|(?:"
                                 + "|".join(a.capitalize() for a in WEEKDAY_ABBREVIATIONS)
                                 + r")(?:day|sday|nesday|urday|rsday)?\.?)\s*:\s+")


def dated_caption_after(text: str, credit_end: int) -> int | None:
    """The end of a caption that follows a photo credit on its line ("(AP Photo/Jane Roe) Workers lay boom
    ..., Wednesday, July 21, 2010."): the rest of the line, when it closes with the picture's day or is one sentence
    that holds it between commas, or when it opens with the picture's date (a gallery's next caption after the credit
    that closed the one before: "AP May 5: Crews burn oil gathered in booms."). None
    otherwise: a story that goes on after a credit ends its sentences in other ways."""
    end = text.find("\n", credit_end)
    end = len(text) if end < 0 else end
    rest = text[credit_end:end]
    if not rest.strip() or len(rest.split()) > 80:
        return None
    if DATED_CAPTION_START.match(rest.lstrip()) and len(rest.split()) <= 40:
        return end
    if not _PICTURE_DAY.search(rest) and not (_PICTURE_DAY_WITHIN.search(rest) and not _SENTENCE_END.search(rest.strip())):
        return None
    return end


def captions_before_credits(text: str, credits: list[tuple[int, int]], ends: list[int],
                            lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The captions closed by the photo credits ``credits``, as spans; ``ends`` are where the furniture found so
    far ends (a caption runs back from its credit at most to the previous furniture)."""
    out: list[tuple[int, int]] = []
    line_starts = [s for s, _ in lines]
    for c_start, _ in credits:
        # The caption runs back from the credit over at most two lines, to the previous furniture.
        floor = max((e for e in ends if e <= c_start), default=0)
        i = max(k for k, s in enumerate(line_starts) if s <= c_start)
        line = text[lines[i][0]:lines[i][1]]
        at_line_start = c_start == line_starts[i] + len(line) - len(line.lstrip())
        # Two lines back only down to a stamp or dateline before them; otherwise the line before.
        back = 2 if at_line_start and i >= 2 and floor > line_starts[i - 2] else 1 if at_line_start else 0
        begin = max(line_starts[max(0, i - back)], floor)
        span = text[begin:c_start]
        if back == 2 and len(span.split()) > 60:  # a gallery: the line just above the credit is its caption
            begin = max(line_starts[i - 1], floor)
            span = text[begin:c_start]
        if not span.strip() or len(span.split()) > 60 or "\n\n" in span:
            continue
        if at_line_start or c_start - begin < 400:
            out.append((begin + len(span) - len(span.lstrip()), c_start))
    return out


#: The day a picture was taken, between "In this" and "file photo": "In this April 27, 2010 file photo", "in this
#: Louisiana June 5, 2010, handout file photo".
_PICTURE_DATE = rf"(?:(?:[A-Z][a-z]+\s+)?(?:{MONTH_PATTERN})\.?\s+\d{{1,2}},?\s+\d{{4}},?\s+)?"
#: Words that tell of a picture: "In this image taken from video provided by ...", "This file photo shows ...",
#: "..., in this handout photograph taken on April 21".
_PICTURE_WORDS = re.compile(
    r"(?i)\b(?:in\s+)?this\s+(?:(?:file|undated|handout|aerial|satellite|still|video|frame|screen)\s+)?(?:image|photo|"
    r"photograph|picture|video\s+grab|frame\s+grab|screen\s*grab|still)s?\s+(?:(?:made|taken|released|provided|"
    r"obtained|shot|supplied|distributed)\b|shows?\b|from\b)|\bin\s+this\s+" + _PICTURE_DATE +
    r"(?:(?:file|undated|handout|aerial|satellite)\s+){0,2}(?:photo|photograph|image|picture)\b"
    # A still taken from a video is named only under its picture: "A frame grab, taken from ..., shows ...".
    r"|\ban?\s+(?:video\s+|frame\s+|screen\s*|tv\s+)?(?:grab|still)\b,?\s+(?:(?:made|taken|released|provided|"
    r"obtained|from)\b|shows?\b)"
    # "An image from a video of the leaking pipe, recorded by ...": a still from a video, named only under it.
    r"|\b(?-i:A)n?\s+(?:image|still|picture|photo|frame)\s+(?:taken\s+)?from\s+(?:a\s+|the\s+)?(?:video|footage|"
    r"(?:live\s+)?(?:video\s+)?feed|webcam)\b")
#: An agency's file picture reused under a story opens its caption with "FILE -": the caption starts there,
#: whatever the saved page ran in before it (a headline).
_FILE_MARK = re.compile(r"\bFILE\s*(?:-{1,2}|[–—])\s+(?=[A-Z])")
#: People placed in a picture: "Jane Doe, left, and John Roe", "the new cap, center, hovers ...".
_POSITION = re.compile(r",\s+(?:left|right|center|centre|top|bottom|(?:second|third)\s+(?:left|right)|"
                       r"(?:far|top|bottom)\s+(?:left|right)),\s+")
#: A link to a gallery or a video: "Floods hit the valley -- photos", "Storm clean-up | Video".
_MEDIA_LINK = re.compile(r"(?i)\s(?:--|[-–—|:])\s*(?:photos|pictures|in pictures|video|videos|gallery|slideshow|"
                         r"audio|podcast)\b(?=\s+[A-Z]|\s*$)")
#: A commenter's credit with when the comment was posted: "Posted by Jane Doe, on June 2, 2026 4:36 PM".
_POST_CREDIT = re.compile(POST_SIGNATURE)
#: A sentence's end inside a line: a stop, then a space and a capital or a quote.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[“\"A-Z(])")


def picture_sentences(text: str, line: tuple[int, int]) -> list[tuple[int, int]]:
    """Spans of ``line`` that are a picture's caption or a link to pictures, or a commenter's credit.

    A caption tells of the picture ("in this image", "This file photo shows", people placed "left" and
    "right"); its date is the picture's, and its words are no headline. Only the sentence that says so is
    furniture: a saved page often runs the caption into the story's next sentence.
    """
    segment = text[line[0]:line[1]]
    out = [(line[0] + m.start(), line[0] + m.end()) for m in _POST_CREDIT.finditer(segment)]
    if _PROMOTION.match(segment) and len(segment.split()) > 30:
        # "Follow the latest updates on the virus These are the main developments ...": a promotion run into the
        # story without a stop; it ends where a sentence starts after a lowercase word.
        resumes = re.search(r"(?<=[a-z])" + _STORY_RESUMES.pattern, segment[:240])
        if resumes is not None and len(segment[:resumes.start()].split()) <= 25:
            out.append((line[0], line[0] + resumes.start()))
    if not (_PICTURE_WORDS.search(segment) or _POSITION.search(segment) or _MEDIA_LINK.search(segment)):
        return out
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(segment)]
    for begin, end in zip(starts, [*starts[1:], len(segment)], strict=True):
        sentence = segment[begin:end]
        link = _MEDIA_LINK.search(sentence)
        if link is not None and len(sentence[:link.start()].split()) <= 25:
            out.append((line[0] + begin, line[0] + begin + link.end()))  # the link's headline, then the story
        elif (_PICTURE_WORDS.search(sentence) or _POSITION.search(sentence)) and len(sentence.split()) <= 60:
            mark = _FILE_MARK.search(sentence)
            out.append((line[0] + begin + (mark.start() if mark is not None else 0), line[0] + end))
    return out
