"""A page's chrome run into the story's lines when a page is copied without its layout (issue 16).

A saved or pasted page loses the boxes that kept its furniture apart, and short labels then stand
between two sentences of the story, or a sentence runs on after them:

- an advert slot's label or a gallery's counter between two sentences: "... on Monday. Advertisement
  Construction will start ...", "... on Monday. 3 of 12 The board ...";
- a note on how to open a linked file: "Most computers will open this document automatically, but you
  may need Adobe Reader", "Download the reader here";
- a picture's credit in brackets after its caption, with the story (or the next caption) going on after
  it: "(Photo: AP)", "(Jane Roe - AP)", "(Jane Roe/The Harbour Times via AP)", "(AP)";
- a bracketed pointer to another page: "(To see the full ruling, click here)";
- a byline run in between the headline or the picture's caption and the first sentence of the page:
  "Ferry vote delayed By Jane Roe and John Doe The harbour board ...".
- the page's own notes as sentences of their own: "Updated at 3:12 p.m. on March 4.", "Follow us on
  Twitter.", "Skip to content";
- a picture's bare credit between its caption and the story: "... on Monday. Getty Images The board ...";
- a date alone on its line beside a picture's caption, credit or counter: its label ("2 MAY").

Each is found by its own words and where it stands (after a sentence's stop, before a capital), so a
sentence that only mentions an advertisement or a download stays the story's.
"""

from __future__ import annotations

import re

from timeline.calendar_words import CLOCK_ZONE_PATTERN, MONTH_PATTERN, WEEKDAY_NAME_PATTERN

#: The agencies and libraries a picture is credited to (a credit may name one alone: "(AP)", "Getty Images").
PICTURE_AGENCY = (r"(?:AFP\s+via\s+Getty\s+Images|AP|AFP|EPA(?:-EFE)?|Reuters|Getty\s+Images|The\s+Associated\s+Press|"
                  r"Associated\s+Press|Bloomberg|Xinhua|Shutterstock|Alamy|PA(?:\s+Media|\s+Wire)?)")
#: Where a run-in label may stand: at the line's start or after a sentence's stop.
_AFTER_STOP = r"(?:(?<=[.!?\"”’)])\s+|^\s*)"
#: The next sentence after a label: a capital or an opening quote.
_NEXT = r"(?=\s+[\"“]?[A-Z0-9])"

#: "Advertisement", "Story continues below advertisement", "3 of 12" (a gallery's counter) between sentences or alone.
_LABEL = re.compile(rf"{_AFTER_STOP}(?:(?:Story\s+continues\s+below\s+)?(?:[Aa]dvertisement|ADVERTISEMENT)|"
                    r"Skip\s+to\s+(?:main\s+)?content|Skip\s+navigation|"
                    rf"(?:(?:Photo|Image|Picture|Slide)\s+)?\d{{1,3}}\s+of\s+\d{{1,3}})(?:{_NEXT}|\s*$)", re.M)
_ZONE = f"(?:{CLOCK_ZONE_PATTERN})"
_CLOCK = rf"\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:[ap]\.m\.|[ap]m|[AP]M)(?:\s+{_ZONE}\b)?|\d{{1,2}}[:.]\d{{2}}(?:\s+{_ZONE}\b)?"
_DAY = (rf"(?:(?:{WEEKDAY_NAME_PATTERN}),?\s+)?(?:(?:{MONTH_PATTERN})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?|"
        rf"\d{{1,2}}\s+(?:{MONTH_PATTERN})(?:\s+\d{{4}})?)")
#: A page's notes run in as sentences of their own: its stamp ("Updated at 3:12 p.m. on March 4."), and a call to
#: follow it elsewhere ("Follow us on Twitter for the latest.").
_NOTE_SENTENCE = re.compile(
    rf"{_AFTER_STOP}(?:(?:(?:Last|First)\s+)?(?:Updated|Published|Posted)(?:\s*(?:at|on|,)?\s*(?:{_CLOCK}|{_DAY}))+\.?"
    r"|Follow\s+(?:us|me|@\w+|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\s+on\s+(?:Twitter|X|Facebook|Instagram|Threads|"
    r"Bluesky|TikTok|LinkedIn|YouTube)\b(?:\s+[a-z@][^.!?\n]{0,100}?[.!?]|\.)?)" + rf"(?={_NEXT}|\s*$)", re.M)
#: A picture's maker or agency: a name of up to five words.
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|al|da|di|le|la)){0,4}"
#: A picture's bare credit after its caption's stop, the story going on after it: "... on Monday. Getty Images The
#: board ...", "... on Monday. Jane Roe/Reuters The board ..." (a bare "Reuters" may open a sentence: "Reuters The"
#: never does, but only a slash or "Getty Images" makes sure).
_RUN_IN_CREDIT = re.compile(
    rf"(?<=[.!?\"”’])\s+(?:(?:{_NAME}\s*/\s*)+{PICTURE_AGENCY}|(?:{_NAME}\s*/\s*)*(?:AFP\s+via\s+)?Getty\s+Images)"
    rf"(?=\s+[\"“]?[A-Z])")
#: Help for a linked file: "Most computers will open this document automatically, but you may need Adobe Reader",
#: "You may need to download the free Acrobat Reader", "Download the reader here".
_DOWNLOAD = r"Download\s+(?:the\s+)?(?:free\s+)?(?:Adobe\s+)?(?:Acrobat\s+)?(?:[Rr]eader|Flash\s+Player)(?:\s+here)?\.?"
_FILE_HELP = re.compile(
    rf"{_AFTER_STOP}(?:(?:Most\s+computers\s+will\s+open\s+(?:this|these|the|PDF)\s+(?:\w+\s+)?(?:documents?|files?)"
    r"\s+automatically,?\s+but\s+)?[Yy]ou\s+(?:may|might|will)\s+need\s+(?:to\s+(?:download|install)\s+)?(?:the\s+)?"
    r"(?:free\s+|latest\s+version\s+of\s+(?:the\s+)?)?(?:Adobe\s+(?:Acrobat\s+)?Reader|Acrobat\s+Reader|Adobe\s+Flash"
    r"(?:\s+Player)?|Flash\s+Player|a\s+PDF\s+reader)(?:\s+to\s+(?:view|open|read)\s+(?:it|them|this\s+\w+))?\.?"
    rf"(?:\s+{_DOWNLOAD})?|{_DOWNLOAD})(?={_NEXT}|\s*$)", re.M)
#: A picture's credit in brackets: "(Photo: AP)", "(Photograph: Jane Roe/Reuters)", "(Jane Roe - AP)",
#: "(Jane Roe/The Harbour Times via AP)", "(Photos by Jane Roe)", "(AP)".
_BRACKET_CREDIT = re.compile(
    r"\((?:(?:Photo|Photograph|Picture|Image|Credit)s?\s*:\s*[^()\n]{2,60}"
    r"|(?:Photo|Photograph|Picture)s?\s+[Bb]y\s+" + _NAME + r"(?:\s*/\s*" + _NAME + r")?"
    r"|" + _NAME + r"\s+-\s+(?:" + PICTURE_AGENCY + r"|" + _NAME + r"\s+(?:Post|Times|News|Press|Images|Photos?|Pictures|"
    r"Herald|Journal|Tribune))"
    r"|[^()\n]{2,60}?\s+[Vv]ia\s+" + PICTURE_AGENCY +
    r"|" + PICTURE_AGENCY + r")\)")
#: A labelled credit that says what the picture shows: "(Photo: Jane Roe speaks at the pier/John Doe)".
_DESCRIBED = re.compile(r"^\((?:Photo|Photograph|Picture|Image|Credit)s?\s*:.*\b[a-z]{3,}\b")
#: A bracketed pointer to another page: "(To see the memo, click here)", "(For the full ruling, click here: link)".
_CLICK_NOTE = re.compile(r"\((?:To|For)\s[^()\n]{0,200}?\bclick\s+here\b[^()\n]{0,40}\)")
#: A byline run in between the page's headline or caption and its first sentence: "By Jane Roe and John Doe The
#: harbour ...", "By Jane Roe Transport correspondent, BBC News The harbour ...". A writer is named by two words
#: (with a middle initial at most), so where the names end the story's sentence starts.
_WRITER = r"[A-Z][a-z][\w'’-]*(?:\s+[A-Z]\.)?\s+(?:(?:de|van|von|al|Mc)\s+)?[A-Z][\w'’-]+"
_ROLE = (r"(?:(?:[A-Z][a-z]+|[a-z]+|[A-Z]{2,4})\s+){0,3}(?:correspondent|reporter|editor|writer|analyst|producer|"
         r"presenter|journalist)")
_RUN_IN_BYLINE = re.compile(
    rf"(?<=[a-z0-9,;'’\"”)])\s+(?:By|BY)\s+{_WRITER}(?:(?:\s*,\s*|\s+(?:and|&)\s+){_WRITER}){{0,2}}"
    rf"(?:\s+{_ROLE}(?:,\s+(?:BBC\s+News|[A-Z][\w.]+(?:\s+[A-Z][\w.]+){{0,2}}))?(?=\s+[\"“]?[A-Z])"
    rf"|(?=\s+[A-Z][a-z]+\s+[a-z]))")
#: The page's top: a run-in byline further down is a sentence's "By" ("Stand By Me").
_TOP = 600


def run_in_chrome(text: str, line: tuple[int, int]) -> list[tuple[int, int, str]]:
    """The chrome run into ``text[line[0]:line[1]]``: (start, end, kind) spans."""
    start, end = line
    segment = text[start:end]
    out = [(start + m.start() + len(m.group(0)) - len(m.group(0).lstrip()), start + m.end(), "prompt")
           for m in _LABEL.finditer(segment) if m.group(0).strip()]
    if "need" in segment or "ownload" in segment:
        out += [(start + m.start() + len(m.group(0)) - len(m.group(0).lstrip()), start + m.end(), "prompt")
                for m in _FILE_HELP.finditer(segment) if m.group(0).strip()]
    if "pdated" in segment or "ublished" in segment or "osted" in segment or "Follow" in segment:
        out += [(start + m.start() + len(m.group(0)) - len(m.group(0).lstrip()), start + m.end(), "prompt")
                for m in _NOTE_SENTENCE.finditer(segment) if m.group(0).strip()]
    if "/" in segment or "Getty" in segment:
        out += [(start + m.start() + len(m.group(0)) - len(m.group(0).lstrip()), start + m.end(), "credit")
                for m in _RUN_IN_CREDIT.finditer(segment)]
    if "(" in segment:
        # "(Photo: Jane Roe speaks at the pier/John Doe)" holds its own caption, and closes none above it.
        out += [(start + m.start(), start + m.end(), "caption" if _DESCRIBED.search(m.group(0)) else "credit")
                for m in _BRACKET_CREDIT.finditer(segment) if _credit_place(segment, m.start(), m.end())]
        out += [(start + m.start(), start + m.end(), "boilerplate") for m in _CLICK_NOTE.finditer(segment)]
    if start < _TOP and ("By " in segment or "BY " in segment):
        byline = _RUN_IN_BYLINE.search(segment, 0, _TOP - start)
        if byline is not None:
            # What runs into the byline from the line's start is the page's headline or its picture's caption.
            out.append((start + len(segment) - len(segment.lstrip()), start + byline.end(), "byline"))
    return out


def _credit_place(segment: str, a: int, b: int) -> bool:
    """Whether a bracketed credit stands where a caption ends: after a stop or at the line's start, and before
    the line's end, a capital or another credit. A wire dateline's "(AP) --" and a sentence's "(AP) reported"
    are not credits."""
    before = segment[:a].rstrip()
    after = segment[b:].lstrip()
    placed = not before or before[-1] in ".!?\"”’)" or before.endswith(("Images", "AP", "Reuters"))
    return placed and (not after or after[0] == "(" or (after[0].isupper() or after[0] in "\"“")) and not after.startswith(
        ("-", "—", "–"))


#: A date standing alone on its line: "2 MAY", "May 2", "Tuesday, May 2", "2 May 2026."
_LONE_DATE = re.compile(
    rf"(?i:(?:(?:{WEEKDAY_NAME_PATTERN}),?\s+)?(?:\d{{1,2}}\s+(?:{MONTH_PATTERN})|(?:{MONTH_PATTERN})\.?\s+\d{{1,2}}"
    rf"(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?)[.:]?")
#: The furniture a picture's label stands beside.
_PICTURE_KINDS = frozenset(["caption", "credit", "prompt"])


def date_labels(text: str, lines: list[tuple[int, int]], found: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Dates alone on their lines beside a picture's caption, credit or gallery counter: the picture's label ("2 MAY"
    over "Crews unload beams at the pier. Getty Images"). A date alone elsewhere may head a chronology's entries."""
    filled = [(a + len(text[a:b]) - len(text[a:b].lstrip()), a + len(text[a:b].rstrip())) for a, b in lines if text[a:b].strip()]

    def pictured(k: int) -> bool:  # half the line or more is a caption, a credit or a counter
        if not 0 <= k < len(filled):
            return False
        a, b = filled[k]
        return 2 * sum(max(0, min(e, b) - max(s, a)) for s, e, kind in found if kind in _PICTURE_KINDS) >= b - a

    return [(a, b) for k, (a, b) in enumerate(filled) if _LONE_DATE.fullmatch(text[a:b]) and (pictured(k - 1) or pictured(k + 1))]
