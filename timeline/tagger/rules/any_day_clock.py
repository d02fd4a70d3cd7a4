"""Clock times the text gives no day for, and that are no time of the report's day either: TimeML
writes them ``XXXX-XX-XXThh:mm`` (any day's), as the news gold does.

The time rule falls back on the report's day for a bare clock ("Police were called at 5am"),
which is right for a report of the day's news. Three kinds of clock are not such a report:

* a clock written in words ("woken up at three o'clock in the morning", "It was six in the
  morning", "ran onto the reef at four minutes after midnight"): news reports a time of its
  day in figures ("at 3 a.m."); words are the voice of a quotation, a memory or a story, whose
  day the text does not give. A clock in a future or present clause ("will begin at half past
  two", "The vote is at one o'clock") is still a plan for the report's day;
* a clock repeated over several days ("showed up after 5 a.m. for two days"): a time of each;
* a scene told in the present ("It is 8:30 a.m. and the office has yet to open"): the
  reporter's visit, on a day the feature does not name. A writer's own now ("It's 9:30 PM
  here, I just went to the chemist", "it is 9am in Washington"; a live page's entries) is the
  report's time.
"""

from __future__ import annotations

import re

from timeline.live_stamps import live_stamp_starts
from timeline.tagger.context import Context
from timeline.tagger.lexicon import HOUR_WORD
from timeline.tagger.rules.story_day import unabbreviate_clock

# "four minutes after midnight", "half past ten", "six in the morning", "eleven o'clock"
_WORDS_ONLY = re.compile(r"(?i)[a-z' ’-]+")
_OCLOCK = re.compile(r"(?i)o['’]clock|\bin the (?:morning|afternoon|evening)\b|\bat night\b")
# "between the hours of midnight and six o'clock in the morning": the named end of a range whose
# other end is written in words
_RANGE_TO_WORDS = re.compile(r"(?i)\s(?:and|to|until|till)\s(?:(?:" + HOUR_WORD + r")\s(?:o['’]clock|in the (?:morning|afternoon|"
                             r"evening)|at night))")
# a repetition over days: "for two days", "for several nights", "for days", "for weeks"
_OVER_DAYS = re.compile(r"(?i)\bfor\s(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|a few|many|\d{1,2})\s)?"
                        r"(?:days|nights|mornings|evenings|weeks|months)\b")
# "It is 8:30 a.m.", "It was nearly 10 p.m.", "It's just after midnight"
_SCENE_BEFORE = re.compile(r"(?i)\b(?:it\s(?:is|was)|it['’]s)\s(?:now\s|nearly\s|almost\s|just\s(?:after|before|past)\s|"
                           r"about\s|around\s|shortly\s(?:after|before)\s|past\s)?$")
# the writer's own now: a comment's or a blog's "here", "I", "my"
_WRITER = re.compile(r"(?i)\b(?:i|i['’]m|me|my|we|our|here)\b")
# "it is 9am in Washington", "it is 4pm local time": the clock of a place at the writer's now
_PLACE_AFTER = re.compile(r"\s(?:in|on the)\s[A-Z]|\s(?:local time|there|now)\b")


def _sentence(cx: Context, start: int, end: int) -> tuple[str, str]:
    left = re.split(r"[.!?\n]\s", unabbreviate_clock(cx.text[max(0, start - 200):start]))[-1]
    right = re.split(r"[.!?\n](?:\s|$)", unabbreviate_clock(cx.text[end:end + 200]))[0]
    return left, right


def any_day(cx: Context, m: re.Match[str]) -> bool:
    """Is a clock time with no day told a time of no day the text gives (see the module)?"""
    start, end = m.start(), m.end()
    left, right = _sentence(cx, start, end)
    spelled = bool(m["hw"] or m["hwp"] or m["frac"]) and (_WORDS_ONLY.fullmatch(m.group(0)) is not None
                                                          or _OCLOCK.search(m.group(0)) is not None)
    if m["named"] and m["named"].lower() in ("midnight", "noon") and _RANGE_TO_WORDS.match(cx.text, end):
        spelled = True
    if spelled and cx.tense(start, end, deadline=False) not in ("future", "present"):
        return True
    if _OVER_DAYS.search(right[:60]) or _OVER_DAYS.search(left[-60:]):
        return True
    return bool(_SCENE_BEFORE.search(left)) and not _WRITER.search(f"{left} {right}") \
        and not _PLACE_AFTER.match(cx.text, end) and not live_stamp_starts(cx.text)


def any_day_value(m: re.Match[str], hour: int, minute: int) -> str:
    """The value of such a clock: midnight is the end of its day, as TimeBank writes "midnight Friday"."""
    if m["named"] and m["named"].lower() == "midnight":
        return "XXXX-XX-XXT24:00"
    return f"XXXX-XX-XXT{hour:02d}:{minute:02d}"
