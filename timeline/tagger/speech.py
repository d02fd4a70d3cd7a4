"""The day of a quotation: what "today" means inside words someone said on another day.

News quotes speech verbatim and dates the saying in the attribution: '"We will act today,"
the governor said on Monday', printed on Tuesday, or 'He told reporters on Monday: "We are
leaving tonight."' Inside the quotation marks "today", "tonight", "tomorrow" and "yesterday"
are the speaker's words and count from the day of speaking, not from the day the article
came out. Only a saying in the past tense with its own weekday ("said Monday", "told CNN on
Monday", "said late Monday", "On Monday, the governor said:") moves them; "says" or a saying with no day keeps the report's
day, as does a weekday that is the report's day itself.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.tagger.lexicon import WEEKDAY_FULL, WEEKDAYS

#: how far (characters) a quotation may run on either side of the expression
REACH = 400

_SAID = (r"(?:said|told\s(?:[A-Z][\w.'’&-]*\s){0,3}|told\s(?:reporters|journalists|the\s[\w'’-]+|an?\s[\w'’-]+|[a-z]+)|"
         r"added|declared|insisted|announced|explained|warned|stated|wrote|tweeted|vowed|promised|pledged)")
_DAY = rf"(?:on\s|late\s|early\s|late on\s|early on\s)?({WEEKDAY_FULL})\b(?!['’]s)"
# after the closing mark: ', the governor said on Monday.' / ' said Smith on Monday' / ', he said Monday'
_ATTRIBUTION_AFTER = re.compile(
    rf"[,.!?]?\s?[\"”]\s(?:(?:[A-Za-z][\w.'’&-]*\s){{0,5}}?{_SAID}\s{_DAY}|{_SAID}\s(?:[A-Z][\w.'’&-]*\s){{1,4}}{_DAY})")
# before the opening mark: 'Smith said on Monday: "' / 'told reporters Monday, "'; or with the day
# put first: 'On Monday, the governor said: "' / 'On Wednesday the minister told reporters: "'
_ATTRIBUTION_BEFORE = re.compile(rf"\b{_SAID}\s{_DAY}\s?[,:]?\s?[\"“]$"
                                 rf"|\b[Oo]n\s({WEEKDAY_FULL}),?\s(?:[A-Za-z][\w.'’&-]*\s){{1,6}}?{_SAID}\s?[,:]\s?[\"“]$")


def speech_day(text: str, start: int, end: int, dct: dt.date) -> dt.date | None:
    """The day the quotation around ``start:end`` was spoken, when its attribution names a past
    weekday other than the report's day; else None (the report's day holds)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    left = text[max(line_start, start - REACH):start]
    opened = _open_quote(left)
    if opened is None:
        return None
    wd = None
    m = _ATTRIBUTION_BEFORE.search(left, max(0, opened - 80), opened + 1)
    if m is not None:
        wd = m[1] or m[2]
    else:
        close = _close_quote(text, end, min(line_end, end + REACH))
        if close is not None and (m := _ATTRIBUTION_AFTER.match(text, close, min(line_end, close + 120))):
            wd = m[1] or m[2]
    if wd is None:
        return None
    back = (dct.weekday() - WEEKDAYS[wd.lower()]) % 7
    return dct - dt.timedelta(days=back) if back else None


def _open_quote(left: str) -> int | None:
    """Where the quotation that is still open at the end of ``left`` begins, else None."""
    curly_open, curly_close = left.rfind("“"), left.rfind("”")
    if curly_open > curly_close:
        return curly_open
    if curly_open >= 0:
        return None  # typeset with curly marks, and the last one closed
    marks = [i for i, c in enumerate(left) if c == '"']
    return marks[-1] if len(marks) % 2 == 1 else None


def _close_quote(text: str, pos: int, limit: int) -> int | None:
    """Where the quotation open at ``pos`` closes (the mark's position, with a comma or stop just
    before it taken in), else None."""
    m = re.compile(r"[\"”]").search(text, pos, limit)
    if m is None:
        return None
    i = m.start()
    while i > pos and text[i - 1] in ",.!?":
        i -= 1
    return i
