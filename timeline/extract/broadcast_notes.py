"""A newsroom telling its audience when and where to watch or follow, not the story (issue 16).

A broadcaster's page ends its report with the programme's slot ("The Report is on BBC Radio 4 on Thursday, 27 May at
2000 BST.", "BP - In Deep Water, BBC One, Monday, 21 June at 2030 BST", "Listen to File on 4, BBC Radio 4 2000 BST,
Tuesday 9 June", "This is when we're on air: 1100 & 1700GMT Monday to Friday"), and a live page greets and leaves
its readers ("Welcome to our live coverage of the president's address", "Our live coverage ends now", "The BBC News
website will provide live coverage ... between 2300 and 0200 GMT"). Like a radio listing (the gold's convention:
"its broadcast line is furniture"), such a sentence says when the audience can tune in, never what happened.

A broadcast the story reports ("a bulletin which was broadcast on BBC World News at 0600BST on Tuesday"), and a
speaker quoted on a programme ("he told BBC Radio 4's Today programme at 8am"), are news and stay.

Any channel's promotion says the same in the imperative or to its audience, with a slot: "Watch "The Harbour Hour"
weeknights at 9 p.m. ET!", "Join us again tomorrow at 8", "Tune in at 11 pm for this and more!", "Listeners will hear
why tonight". A host's line about the show itself is the broadcast's own furniture as well: "But tonight on "The
Harbour Hour" three guests are here to share their ideas", "the reason I'm pleased to have you on the program tonight",
"we have the show on Capitol Hill today".
"""

from __future__ import annotations

import re

from timeline.calendar_words import CLOCK_ZONE_PATTERN, WEEKDAY_NAME_PATTERN
from timeline.extract.saying_words import SAID_SAYS, alternation

__all__ = ["broadcast_notes"]

#: A channel or station the newsroom's audience tunes to.
_CHANNEL = re.compile(r"\bBBC\s+(?:One|Two|Three|Four|Parliament|World\s+Service|World\s+News|News\s+Channel|"
                      r"(?i:radio)\s*(?:\d|One|Two|Three|Four|Five))\b|\b(?i:radio)\s*[1-5]\b|\b5\s*Live\b|"
                      r"\bWorld\s+Service\b|\biPlayer\b|\bon\s+air\b")
#: A slot: a clock time with its zone (calendar_words' list of the zones page furniture stamps, in capitals) or its
#: half of the day, or a weekly slot ("Saturdays", "Monday to Friday").
_SLOT = re.compile(rf"(?i)\b\d{{1,2}}(?:[:.]\d{{2}})?\s*(?-i:{CLOCK_ZONE_PATTERN})\b|\b\d{{3,4}}\s*(?-i:{CLOCK_ZONE_PATTERN})\b|"
                   r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b(?:Mondays|Tuesdays|Wednesdays|Thursdays|"
                   r"Fridays|Saturdays|Sundays|weeknights|weekdays|Monday\s+to\s+Friday)\b")
#: A past the sentence tells: an invitation run into the story's sentence ("Listen to this article The board approved
#: the plan on Monday": an audio player's button) is no promotion, and the story stays (the button is page chrome).
_TOLD_PAST = re.compile(r"\b[a-z]{3,}ed\b")
#: Words one of which an invitation or a host's line holds: a cheap test before the patterns.
_AUDIENCE_WORDS = re.compile(r"Watch|Catch|Tune|Join|miss|Listen|Stream|tuned|Coming|Viewers|show|program|tonight")
#: A broadcast or a saying the story reports: past, or a speaker's words.
_REPORTED = re.compile(r"(?i)\b(?:was|were|had\s+been|has\s+been)\s+(?:broadcast|shown|aired|screened|played)\b|"
                       r"\b(?:" + alternation(SAID_SAYS, {"told", "spoke", "speaking", "aired", "interviewed", "asked"}) + r")\b")
#: A live page greeting, leaving or announcing its own coverage.
_OWN_COVERAGE = re.compile(
    r"(?i)\bwelcome\s+to\s+(?:our|the)\s+live\s+(?:coverage|blog|text|updates|commentary)\b|"
    r"\bour\s+live\s+(?:coverage|blog|updates|commentary|text)\s+(?:ends|is\s+ending|will\s+end|continues|begins|starts|"
    r"will\s+(?:begin|start|continue|resume))\b|"
    r"\b(?:website|site|channel)\s+will\s+(?:provide|carry|have|bring)\s+(?:live|full|special|extensive)\s+coverage\b")
#: An invitation to the audience opening a sentence, a dash or bullet before it at most: "Watch ...", "Tune in ...",
#: "-- Join us ...", "Listeners will hear ...".
_INVITATION = re.compile(r"^(?:[-–—*•]+\s*)?[\"“‘]?(?:(?:But|And|So|Now),?\s+)?(?:Watch|Catch|Tune\s+in|Join\s+us|Don['’]t\s+miss|"
                         r"Listen(?:\s+to|\s+live|\s+again)?|Stream|Stay\s+tuned|Coming\s+up|(?:Viewers|Listeners)\s+"
                         r"(?:will|can|could)\s+(?:also\s+)?(?:hear|see|watch|find\s+out|catch))\b")
#: When the audience is to tune in: a slot, or a day or part of one ahead.
_WHEN_ON = re.compile(rf"\b(?:tonight|tomorrow|this\s+(?:evening|morning|afternoon|weekend)|next\s+week|weeknights|"
                      rf"(?:{WEEKDAY_NAME_PATTERN})s?|at\s+\d{{1,2}}(?:[:.]\d{{2}})?)\b")
#: A host speaking of the show itself: "tonight on "The Harbour Hour"", "on the program tonight", "we have the show".
_OWN_SHOW = re.compile(r"(?i)\btonight\s+on\s+[\"“]|\bon\s+(?:the|this|our)\s+(?:program(?:me)?|show|broadcast)\s+"
                       r"(?:tonight|today)\b|\bwe\s+have\s+the\s+show\b")
#: Where a sentence of the line ends: a stop before a capital, a digit or an opening quote.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“A-Z0-9])")


def broadcast_notes(text: str, line: tuple[int, int]) -> list[tuple[int, int]]:
    """The spans of the sentences of ``text[line[0]:line[1]]`` that tell the audience when to tune in or follow."""
    start, end = line
    segment = text[start:end]
    if not (_CHANNEL.search(segment) or "coverage" in segment or _AUDIENCE_WORDS.search(segment)):
        return []
    out = []
    begin = len(segment) - len(segment.lstrip())
    stops = [m.end() for m in _SENTENCE_END.finditer(segment)] + [len(segment.rstrip())]
    for stop in stops:
        sentence = segment[begin:stop]
        if _OWN_COVERAGE.search(sentence) or (_OWN_SHOW.search(sentence) and not _REPORTED.search(sentence)) or (
                _INVITATION.match(sentence.lstrip()) and _WHEN_ON.search(sentence) and not _REPORTED.search(sentence)
                and not _TOLD_PAST.search(sentence)):
            out.append((start + begin, start + len(segment[:stop].rstrip())))
        elif _CHANNEL.search(sentence) and (slot := _SLOT.search(sentence)):
            listing = _listing_end(sentence, slot.end())
            if not _REPORTED.search(sentence[:listing]):
                out.append((start + begin, start + begin + listing))
        begin = stop
    return out


#: What a listing adds after its slot: where to find the programme afterwards.
_AFTERWARDS = re.compile(r"(?:\s+Then\s+available\b[^\"“.!?]{0,60}?\bbelow\b|,?\s+or\s+afterwards\s+on\s+(?:the\s+)?"
                         r"BBC\s+iPlayer\b)")
#: Run-in text after a listing: the story's next sentence, printed without a stop ("... at 2030 BST Then available in
#: the UK via the link below Henry Waxman, a Democrat, has accused ..."), longer than a listing's tail.
_RUN_IN_WORDS = 8


def _listing_end(sentence: str, slot_end: int) -> int:
    """Where the listing of ``sentence`` ends: at the sentence's end, or after its last slot when the story runs on."""
    for slot in _SLOT.finditer(sentence, slot_end):
        slot_end = slot.end()
    after = _AFTERWARDS.match(sentence, slot_end)
    end = after.end() if after else slot_end
    return end if len(sentence[end:].split()) > _RUN_IN_WORDS else len(sentence.rstrip())
