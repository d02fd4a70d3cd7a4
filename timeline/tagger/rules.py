"""The recognizers: an ordered chain of small named rules.

Each rule is a bounded regular expression (pass 1 finds candidates with it,
optionally vetoed by an ``accept`` check on the surrounding words) and a
``resolve`` function (pass 2 turns the underspecified match into a TIMEX3
type, value and mod using the :class:`~timeline.tagger.context.Context`).
Order matters: at one position the first rule that matches and is accepted
wins, so composite forms ("Monday, Feb. 23, 2026", "5 p.m. EST Nov. 9") come
before their parts.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from timeline.calendar_words import (
    FIXED_ZONES,
    LOCAL_ZONES,
    MONTH_ABBREVIATIONS,
    WEEKDAY_ABBREVIATIONS,
    WIRE_ZONES,
    ZONE_WORDS,
)
from timeline.tagger import values as V
from timeline.tagger.context import Anchor, Context
from timeline.tagger.lexicon import (
    FEW,
    MONTH_ABBR,
    MONTH_BEFORE_DAY,
    MONTH_FULL,
    MONTH_LOWER,
    MONTHS,
    NUM,
    NUM_WORD,
    ORDINALS,
    PARTS,
    PAST,
    SEASONS,
    SP,
    TENS,
    UNIT,
    UNIT_SG,
    UNITS,
    WEEKDAY_ABBR,
    WEEKDAY_FULL,
    WEEKDAY_LOWER,
    WEEKDAY_NAMES,
    WEEKDAYS,
    number,
)
from timeline.tagger.narrative import narrated_weekday, narrated_weekend, reported
from timeline.tagger.speech import speech_day
from timeline.tagger.story_year import chronology_year, story_holiday, story_year
from timeline.tagger.tense_words import SAYS
from timeline.tagger.unit_phrases import (
    ALL_UNIT,
    ANOTHER,
    UNIT_AFTER_UNIT,
    UNIT_LONG,
    UNITS_FROM_EVENT,
    UNITS_OF_OR_AWAY,
    one_unit,
    unit_after_unit,
    unit_long,
    units_from_event,
    units_from_event_ok,
    units_of_or_away_ok,
)
from timeline.tagger.unit_phrases import TRIGGER_WORDS as UNIT_PHRASE_TRIGGERS
from timeline.tagger.zone_aside import aside_day

Result = tuple[str, str, str | None]  # type, value, mod


@dataclass(frozen=True)
class Rule:
    """A named recognizer. ``source`` is compiled on first use (see :meth:`regex`):
    compiling every rule costs more than the rest of ``import timeline.tagger``."""

    name: str
    source: str
    resolve: Callable[[re.Match[str], Context], Result | None]
    accept: Callable[[re.Match[str], str], bool] | None = None

    def regex(self) -> re.Pattern[str]:
        compiled = _COMPILED.get(self.name)
        if compiled is None:
            compiled = _COMPILED[self.name] = re.compile(self.source)
        return compiled


_COMPILED: dict[str, re.Pattern[str]] = {}


RULES: list[Rule] = []


def rule(name: str, pattern: str, accept: Callable[[re.Match[str], str], bool] | None = None):
    """Register a recognizer; the decorated function is its resolver."""

    def deco(fn: Callable[[re.Match[str], Context], Result | None]):
        RULES.append(Rule(name, pattern, fn, accept))
        return fn

    return deco


# ---------------------------------------------------------------- fragments
B = r"(?<![\w$£€#@/.])(?<!\d-)"  # a token start that is not inside a number, amount or word
E = r"(?![\w%])"
YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d%])"
# After a day and month, an older year too ("on 15 June 1215"), unless a clock time follows the
# date ("on 17 June 1400 BST")
FULL_DATE_YEAR = r"(?:1[5-9]\d\d|20\d\d|1[0-4]\d\d(?!\s?(?i:GMT|BST|UTC|[ECMP][SD]T|hours?|hrs|local|[ap]\.?m)\b))(?![\d%])"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d|%)"
MON = rf"(?:{MONTH_FULL}|{MONTH_ABBR})(?![a-z])"
MOND = rf"(?:{MONTH_FULL}|{MONTH_ABBR}|{MONTH_BEFORE_DAY})(?![a-z])"  # a month next to a day number
# Day numbers written as ordinal words: "the second of December", "fourteenth of June".
DAY_WORDS = {w: n for n, w in enumerate(
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"], start=1)}
DAY_WORDS.update({f"twenty{sep}{w}": 20 + n for sep in ("-", " ") for w, n in list(DAY_WORDS.items())[:9]})
DAY_WORDS.update({"thirtieth": 30, "thirty-first": 31, "thirty first": 31})
DAY_WORD = "(?i:" + "|".join(sorted((re.escape(w) for w in DAY_WORDS), key=len, reverse=True)) + ")"
# "the 20th" standing for a day: before punctuation or a word that cannot be its noun ("the 20th
# century", "the 3rd floor", "the 50th anniversary" are not days)
ORDINAL_DAY = (r"(?i:the)\s(?:3[01]|[12]\d|[1-9])(?:st|nd|rd|th)(?=\s?[,.;:!?)\"”]|\s(?:and|or|at|when|in|after|before|but|"
               r"as|because|until|with|to|of (?!(?i:the|a|an|this|that|his|her|its|their)\b)[a-z]))")
SHORT_YEAR = r"['’](?P<yy>\d\d)(?![\w'’%-])"  # "18 Sep '05"
WD = rf"(?:{WEEKDAY_FULL}|{WEEKDAY_ABBR})"
POD = r"(?i:morning|afternoon|evening|night)"
ZONE = (f"(?i:{'|'.join(FIXED_ZONES)})|{'|'.join(LOCAL_ZONES)}"  # the zone words: timeline/calendar_words.py
        f"|(?:{'|'.join(ZONE_WORDS)})(?: (?:Standard |Daylight )?[Tt]ime)?"
        # the BBC's page stamp "15:13 UK time", "10:14 UK" (the bare word only before no lower-case word)
        r"|UK(?: [Tt]ime|(?![\w-]| [a-z]))")
# a page stamp's zone after its date and clock, other continents' included ("22:54 JST"; see WIRE_ZONES)
STAMP_ZONE = "|".join(sorted(FIXED_ZONES | WIRE_ZONES | LOCAL_ZONES, key=len, reverse=True))
RELDAY = r"(?i:yesterday|today|tomorrow|tonight)"
# The end of a range of clock times ("1.15-3.15 pm") or of years ("1918-19", "2008-2011")
# follows a dash too.
# the end of a clock range: "9.00pm-12.30 am", and after a bare hour "(9-11pm)", "7-9 p.m." when
# the end says a.m. or p.m. (the hour before the dash borrows it, so "9-11" alone stays a number)
CLOCK_DASH = (r"(?:(?<=\d[.:]\d\d[-–])|(?:(?<=(?<![\w.:,/$£€-])1[0-2][-–])|(?<=(?<![\w.:,/$£€-])[1-9][-–]))"
              r"(?=(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?\s?(?i:[ap]\.?m)(?![a-z])))")
YEAR_DASH = r"(?<=(?<![\w.\-/])(?:1[6-9]|20)\d\d[-–/])"  # "1918-19", "1918/1919", "the 2010/11 season"


def _wd(name: str) -> int:
    return WEEKDAYS[name.lower().rstrip(".")]


def _mon(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


_WEEKDAY_WORD = re.compile(rf"(?:{WEEKDAY_FULL})\b")
_MONTH_PAIR = re.compile(rf"(?:{MONTH_FULL}|Sept\.|Aug\.|Oct\.|Nov\.|Dec\.|Jan\.|Feb\.)(?:\s(?:and|or|to|through|into)\s|[-–])$")
_WEEKDAY_PAIR = re.compile(r"\s(?:or|and|or on|and on)\s")
_RANGE_START = re.compile(r"(?i)\b(?:from|between)\s$")
_RANGE_END = re.compile(r"^[\w. ,']{1,30}?\s(?:to|through|thru|until|till|and)\s$|^[\w. ,']{1,30}?\s?[-–]\s?$")


# A range that starts with a clock time ("from midnight to noon on 27 June") is a range of hours.
_CLOCKISH = re.compile(r"(?i)(?:noon|midnight|midday|\d{1,2}(?:[:.]\d\d|\s?[ap]\.?m))")


_IF_CLAUSE = re.compile(r"(?i)\b(?:if|unless|suppose|supposing)\s(?![^,;:]*\b(?:had|hadn['’]t|that|which|who|where|when)\b)[^.!?;:]{0,150}$")
_WOULD = re.compile(r"(?i)\b(?:would|could|might)\b(?!\s(?:not\s)?have\b)")


def _irrealis(text: str, start: int) -> bool:
    """A past form inside an "if" clause of a sentence with "would" is a supposition about what
    is still to come ("the worst would be if the strain came back in the autumn"), no past;
    "had" or "would have" make it a past counterfactual, and a relative clause inside ("if the
    well that exploded on April 20 ...") tells a real past."""
    if not _IF_CLAUSE.search(text, max(0, start - 150), start):
        return False
    sentence = re.split(r"[.!?]\s", text[max(0, start - 200):start])[-1] + re.split(r"[.!?]\s", text[start:start + 120])[0]
    return bool(_WOULD.search(sentence))


# The present perfect as the last verb of a date's clause ("has canceled holidays until 22 May",
# "have postponed the shows to July 31"): English never gives it a definite past time ("*has left
# on May 3"), so a date it governs that lies ahead of the DCT is ahead, not last year's
_PERFECT_LAST = re.compile(r"(?i)\b(?:has|have|['’]ve)\s(?:\w+ly\s|not\s|also\s|now\s|just\s|already\s)?(?:been\s)?"
                           r"(?:[a-z]+(?:ed|en|wn|un|ut|et|ht)|set|put|shut|cut)\b(?![^,;:.!?\n]*\b(?:had|was|were|did|since|said|told|"
                           r"[a-z]+ed\s(?:on|in)\b))[^,;:.!?\n]{0,80}$")
_YEAR_NAMED_AFTER = re.compile(r",?\s(?:of\s)?(last|this|next)\syear\b(?!['’])", re.I)
# "on 25 June that year", "on March 3 the following year": the year of the story, counted from
# the last date named
_ANAPHORIC_YEAR_AFTER = re.compile(r",?\s(?:of\s)?(that|that same|the same|the following|the next|the previous)\syear\b(?!['’])|"
                                   r",?\s(?:of\s)?the\syear\s(before|after)\b", re.I)
_ANAPHORIC_SHIFT = {"the following": 1, "the next": 1, "after": 1, "the previous": -1, "before": -1}
OF_STORY_YEAR = (r"[ \t\n]{1,3}(?i:of)[ \t\n]{1,3}(?P<ayear>(?i:that|that same|the same|the following|the next|the previous)"
                 r"[ \t\n]{1,3}(?i:year))(?![\w'’])")


# A forecast or target whose object is the date: "the prediction of a mid-August completion".
_FORECAST_OF = re.compile(r"(?i)\b(?:predictions?|forecasts?|estimates?|projections?|targets?|timetable|timeline|goal)\s"
                          r"(?:of|for)\s(?:an?\s|the\s|its\s|their\s)?(?:mid-?|early\s|late\s)?$")


def _year_for(cx: Context, m: int, d: int | None, start: int, end: int) -> int:
    """Pick the year of a month (and day) stated without one, from tense and the DCT."""
    y0 = cx.dct.year
    if named := _YEAR_NAMED_AFTER.match(cx.text, end):
        return y0 + {"last": -1, "next": 1}.get(named[1].lower(), 0)  # "on 20 April last year": the year named
    if named := _ANAPHORIC_YEAR_AFTER.match(cx.text, end):
        return cx.anchor_or_dct().date.year + _ANAPHORIC_SHIFT.get(" ".join((named[1] or named[2]).lower().split()), 0)
    cur = (cx.dct.month, cx.dct.day if d is not None else 0)
    key = (m, d or 0)
    if d is None and cx.text[end:end + 2] in ("'s", "’s") and _EVENT_AFTER.match(cx.text, end):
        # "In March 1989 the tanker ran aground ... the worst until April's BP accident": a month in
        # the possessive owning a done event is the writer's own (deictic, as "last April's"), the
        # last such month before the report, not a month of the story told, even one written out
        # in the same sentence
        return y0 if key <= cur else y0 - 1
    a = cx.anchor
    if a is not None and a.precision in ("day", "month") and 0 < start - cx.anchor_pos <= 40 \
            and not _CLOCKISH.match(cx.text, cx.anchor_pos) \
            and (_MONTH_PAIR.match(cx.text[cx.anchor_pos:start]) or (_RANGE_END.search(cx.text[cx.anchor_pos:start])
                 and _RANGE_START.search(cx.text[max(0, cx.anchor_pos - 9):cx.anchor_pos]))):
        # the end of a range ("from June 1 to Nov. 30", "in August and September") is the
        # first such date on or after its start
        y = a.date.year
        return y if (m, d or 0) >= (a.date.month, a.date.day if d is not None and a.precision == "day" else 0) else y + 1
    if a is not None and a.precision in ("day", "month") and a.date.year != y0 and 0 < start - cx.anchor_pos <= 200 \
            and _same_sentence(cx.text[cx.anchor_pos:start]) \
            and str(a.date.year) in cx.text[cx.anchor_pos:min(start, cx.anchor_pos + 40)]:
        # "on the morning of 25 June 2009 ... and on the night of 24 June": a date in the same
        # sentence as one with another year written out is told in that year, the nearest occurrence to it
        return min((a.date.year - 1, a.date.year, a.date.year + 1),
                   key=lambda y: abs((y * 12 + m) - (a.date.year * 12 + a.date.month)))
    if (entry := chronology_year(cx, m, d, start, end)) is not None:
        return entry  # "29 May: ... 10 July: ...": a timeline runs in order
    if (story := story_year(cx, m, d, start, end)) is not None:
        return story  # "Jackson died June 25, 2009. He had rehearsed on June 24": that year's
    cur = (cx.dct.month, cx.dct.day if d is not None else 0)
    key = (m, d or 0)
    if _EVENT_AFTER.match(cx.text, end) or _EVENT_BEFORE.search(cx.text, max(0, start - 24), start) or (
            _EVENT_IN.search(cx.text, max(0, start - 24), start) and cx.toward(start, end) != "future") \
            or _EVENT_IN_SINCE.search(cx.text, max(0, start - 60), start):
        # "the April 20 explosion", "the blast on 20 April": an event news names only once it has
        # happened, whatever the tense of the clause that mentions it
        return y0 if key <= cur else y0 - 1
    tense = cx.toward(start, end)  # "good through Dec. 31", "by March": ahead unless past
    if tense == "past" and _future_in_phrase(cx.text, start):
        tense = "future"  # "Graham, who with Reilly will testify before [a long committee name] on Jan. 26, said"
    if tense == "past" and _FORECAST_OF.search(cx.text, max(0, start - 40), start):
        tense = None  # "stuck to the prediction of a mid-August completion": what a forecast names is not past
    if tense == "past" and _irrealis(cx.text, start):
        tense = "future"
    if tense == "future" and _AHEAD_OF.search(cx.text, max(0, start - 40), start) and _PAST_IN_SENTENCE.search(
            re.split(r"[.!?\n]\s", cx.text[max(0, start - 200):start])[-1] + " " + re.split(r"[.!?\n]\s", cx.text[end:end + 200])[0]):
        # "Last month, ahead of his October 1 start date, Dudley said": ahead of a past clause's
        # time, so on either side of the report: the nearest one
        tense = None
    if tense == "past" and key > cur and (
            (cx.past_plan and _days_after(cx.dct, m, d or 1) <= 92)
            or (_days_after(cx.dct, m, d or 1) <= 92 and _GOAL_BY.search(cx.text, max(0, start - 80), start))
            or (_days_after(cx.dct, m, d or 1) <= 183 and _plan_told_in_past(cx, start, end))):
        # "was asked to speak on Sept. 4", told in August: a date planned then, still ahead; a
        # plan's date many months on ("was due to open in May", told in October) had passed
        return y0
    if tense == "past" and key > cur and _days_after(cx.dct, m, d or 1) <= 183 \
            and _PERFECT_LAST.search(cx.text, max(0, start - 120), start) \
            and not re.search(r"(?i)\b(?:the|a|an|its|their|his|her|our|[\w.&-]+['’]s?)\s$", cx.text[max(0, start - 12):start]):
        # (not a date that modifies a noun: "have rebounded from their June low" names a past low)
        return y0
    if tense == "past":
        if d is not None and key > cur and _days_after(cx.dct, m, d) <= (2 if cx.relative_past else 14):
            # past, yet a few days after the DCT: the DCT is the first publication, and updates,
            # photo galleries and time zones run past it; a year back would be far less likely.
            # Past main clauses here are mostly plans ("had set a July 4 deadline"); an event
            # told in a relative clause ("the towns where the May 3 floods killed 40") is done
            return y0
        return y0 if key <= cur else y0 - 1
    if tense == "future" and not cx.reported_future(start):  # "will vote in July", "the trial starts March 3"
        if key < cur and (cx.dct.month - m) % 12 <= 6 and _WOULD_NOT_WILL.search(_sentence_around(cx.text, start, end)) \
                and not re.search(r"(?i)\b(?:will|['’]ll|shall|won't)\b", _sentence_around(cx.text, start, end)):
            # "under the prior timeline, the target wouldn't be reached until mid-July", told in
            # August; "in his June 15 speech, Obama would fault ...", told in October: "would" looks
            # ahead from a past time, so the nearer of the two, a month gone or one to come
            return y0
        if key < cur and _runs_past_dct(cx, end):
            return y0  # "the season, which runs from June 1 to November 30", said in June: under way
        if key < cur and d is not None and a is not None and a.precision == "day" and a.date.year == y0 \
                and (a.date.month, a.date.day) <= key and 0 < start - cx.anchor_pos <= 200:
            # "June 14 - Obama says he will meet BP on June 16": ahead of the day the story is at,
            # which lies before the report
            return y0
        if key < cur and d is not None and -14 <= (_date(y0, m, d) or cx.dct).toordinal() - cx.dct.toordinal() < 0 \
                and not re.match(r",?\s(?:of\s)?(?:next|the following|the coming)\s(?:year|season)", cx.text[end:end + 24]):
            # "BP starts a pressure test on July 14", told on July 23: a present in a chronology, or
            # a report filed late; no writer names a day a year off without "next"
            return y0
        return y0 if key >= cur else y0 + 1
    # no tense, or a copula that can be either ("the rigs are seen Aug. 14" in a caption, "the
    # hearing is March 3"): the nearest such month/day to the DCT; half a year either way, the
    # DCT's own year ("its record low for January", told in July): a writer who means another
    # year says "next" or "last"
    diff = (m - cx.dct.month) % 12
    if diff == 6:
        return y0
    if diff > 6:
        return y0 if m < cx.dct.month else y0 - 1
    return y0 if m >= cx.dct.month else y0 + 1


# A goal with its limit ("that finishing by 27 July was possible", "aimed to seal it by mid-August"):
# named while the limit lay ahead, so one a few weeks after the report is still to come, however
# past the clause that reports it ("had been strong through December" is a state, not a goal)
# A promise names its limit ahead of the promise ("pledged legislation by August").
_GOAL_BY = re.compile(r"(?i)\b(?:[a-z]{3,}ing|to\s[a-z]+|(?:pledged|promised|vowed))\s(?:[\w'’-]+\s){0,4}by\s"
                      r"(?:the (?:end|middle|start) of\s|early\s|late\s|mid-?)?$")
_WOULD_NOT_WILL = re.compile(r"(?i)\bwould(?:n['’]t|\snot)?\b")
_WILL = re.compile(r"(?i)\b(?:will|shall|['’]ll)\s(?:not\s|also\s|then\s)?(?P<rest>.*)$", re.S)


def _future_in_phrase(text: str, start: int) -> bool:
    """Does a "will" govern the date's own stretch of the sentence (no comma, no clause break
    between), with no past verb after it, however long the words in between?"""
    seg = re.split(r"[,;:.!?\n(]|\b(?:where|which|when|that|who|whom|whose|because|while|if)\b",
                   text[max(0, start - 200):start])[-1]  # (the clause opened last: "villages where the May 3 floods")
    will = _WILL.search(seg)
    return will is not None and not any(w in PAST or (w.endswith("ed") and len(w) > 4)
                                        for w in re.findall(r"[a-z']+", will["rest"].lower()))


_AHEAD_OF = re.compile(r"(?i)\bahead of\s(?:(?:the|his|her|its|their|an?)\s)?(?:[\w'-]+\s){0,2}$")
_PAST_IN_SENTENCE = re.compile(r"(?i)\b(?:said|was|were|had|did|told|last month|last week|ago)\b")
_DONE_EVENTS = (r"(?:explosions?|blasts?|blow-?outs?|accidents?|attacks?|bombings?|disasters?|crash(?:es)?|collapse|"
                r"massacres?|killings?|shootings?|murders?|death|assassination|earthquakes?|quakes?|tsunami|"
                r"spills?|coup|invasion|uprising|riots?|incidents?|tragedy|sinking|derailment|eruption|floods?)")
# "the April 20 blast", "the April 20 oil well blowout": a date naming a done event, with up to
# three words of the event's name between (not a clause: "April 20, when the blast ..."); a
# month in the possessive names one too ("until April's BP accident", "March's earthquake")
_EVENT_AFTER = re.compile(rf"(?:,? \d{{4}}|['’]s)?\s(?:[A-Z][\w-]+\s|(?!(?:when|after|before|as|and|or|to|the|a|an|of|in|on|at|by|"
                          rf"for|with|that|which|who|is|was|were|will|would|could|may|might|no|not|any|every)\b)[a-z][\w-]*\s)"
                          rf"{{0,3}}{_DONE_EVENTS}\b")
# "the blast on April 20", "the flood of May 3"; "the spill in April" unless its clause is ahead
# ("will halt the spill in August": the month is the halting's)
_EVENT_BEFORE = re.compile(rf"\b{_DONE_EVENTS},?\s(?:on|of)\s(?:the\s)?$")  # ("its explosion, on 20 April, ...")
_EVENT_IN = re.compile(rf"\b{_DONE_EVENTS}\s(?:in|during)\s(?:early\s|late\s|mid-?)?$")
# "will reopen after the attack in March", "since the spill in April": a done event after
# "after"/"since" is no object of the clause's verb, so its month is the event's, past
_EVENT_IN_SINCE = re.compile(rf"(?i)\b(?:after|since|following)\s(?:the|a|an|its|their|his|her|last\syear['’]s)\s(?:[\w-]+\s){{0,2}}"
                             rf"{_DONE_EVENTS}\s(?:in|during)\s(?:early\s|late\s|mid-?)?$")
_RANGE_TAIL = re.compile(rf"\s{{0,2}}(?:to|through|thru|until|till|-|–)\s{{0,2}}(?:(?P<mon>{MON})\.?(?:\s(?P<day>{DAY}))?"
                         rf"|(?P<day2>{DAY})\s(?P<mon2>{MON}))")  # ("from 1 June to 30 November")


def _runs_past_dct(cx: Context, end: int) -> bool:
    """Is the date the start of a range whose end ("... to November 30") lies on or after the DCT?"""
    tail = _RANGE_TAIL.match(cx.text, end)
    if tail is None:
        return False
    if tail["mon2"]:
        return (_mon(tail["mon2"]), int(_digits(tail["day2"]))) >= (cx.dct.month, cx.dct.day)
    last = (_mon(tail["mon"]), int(_digits(tail["day"])) if tail["day"] else 31)
    return last >= (cx.dct.month, cx.dct.day)


def _days_after(dct: dt.date, m: int, d: int) -> int:
    """Days from the DCT to month ``m``, day ``d`` of its year (large when no such day)."""
    day = _date(dct.year, m, d)
    return (day - dct).days if day else 366


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


_EDITION = re.compile(r"(?:['’]s)?\s(?:edition|editions|issue|paper|newspaper|papers)\b")


# A weekday owning a noun ("Saturday's concert") is as far as the noun's own relative clause says
# ("..., which will be broadcast worldwide"), whatever verb the sentence has further on.
_POSSESSIVE_PLAN = re.compile(r"['’]s(?:\s[\w-]+){1,3}(?:,?\s(?:which|that|who))?\s(?:will|is to|are to|is due to|is set to|is scheduled to)\b")


# A date moved to a weekday: "postponed the vote to Friday", "the march was moved to Friday"
# (the new date lies ahead, as rescheduling is news before it happens).
_RESCHEDULED = re.compile(r"(?i)\b(?:moved|postponed|delayed|pushed(?: back)?|rescheduled|put off|deferred|"
                          r"brought forward|adjourned)\s(?:[\w'’-]+\s){0,4}?to\s$")


# A plan told in the past ("was to meet", "were set to visit", "was expected to arrive ... Thursday",
# in the weekday's own sentence with no perfect ("had been due
# to") and no failure after it ("..., but", "never", "instead").
_PAST_PLAN_BEFORE = re.compile(
    r"(?i)\b(?:(?:was|were)\s(?:(?:set|due|scheduled|slated|expected|supposed|planned|poised|going)\s)?to|"
    r"(?<!\bhad\s)(?<!\bhave\s)(?<!\bhas\s)(?:set|due|scheduled|slated)\sto)"
    r"\s(?:be\s)?[a-z]+\b[^.!?;\n]{0,60}$")
_AS_EARLY_AS = re.compile(r"(?i)\bas (?:early|soon) as\s$")
# What was ahead when it was said ("said it would try again Thursday", "had vowed to finish by
# Tuesday", "would not comment Friday"): ahead of a saying that lies before the report
_TOLD_AHEAD = re.compile(r"(?i)\b(?:would|wouldn['’]t|had\s(?:\w+ly\s)?(?:vowed|promised|pledged|planned|hoped|intended|"
                         r"aimed|expected|agreed|wanted))\b(?!\s(?:not\s)?have\b)(?P<rest>[^.!?;\n]{0,100})$")
# A noun of a done act of saying, dated, then what was said ("BP's announcement on Wednesday that it
# will pay"): the act is past, whatever the tense of its content
_ACT_NOUN_BEFORE = re.compile(r"(?i)\b(?:announcement|statement|decision|pledge|promise|warning|admission|ruling|"
                              r"assurance|confirmation|disclosure|claim|insistence|revelation|acknowledgement|"
                              r"acknowledgment|vow|remarks?|comments?)\s(?:on\s|late\s|early\s)?$")
_POSSESSIVE_ACT = re.compile(r"['’]s\s(?:(?!expected|planned|scheduled|upcoming|coming|proposed|awaited|promised)[\w-]+\s)?(?:announcement|statement|decision|pledge|promise|warning|admission|"
                             r"ruling|assurance|confirmation|disclosure|claim|insistence|revelation|vow|remarks?|"
                             r"comments?|report|verdict|finding|agreement|order)\s(?:that)\b")
_POSSESSIVE_AHEAD = re.compile(r"['’]s\s(?:expected|planned|scheduled|upcoming|proposed|awaited)\s")  # "Friday's expected vote"
_NEXT_WEEK_AFTER = re.compile(r"(?i),?\s(?:of\s)?next\sweek\b")
_LATER_ON = re.compile(r"(?i)\b(?:later|earlier)(?:\s(?:on|in))?\s$")  # "could return home later on Tuesday"
_PLAN_FAILED = re.compile(r"(?i)^[^.!?;\n]{0,80}?\b(?:but|never|instead|however)\b")


def _plan_told_in_past(cx: Context, start: int, end: int) -> bool:
    left = cx.text[max(0, start - 90):start]
    m = _PAST_PLAN_BEFORE.search(left)
    if m is None or re.search(r"(?i)\b(?:had|have|has)\s(?:been\s)?$", left[:m.start()]):
        return False
    return not _PLAN_FAILED.match(cx.text, end)


_EVENT_NOUN_BEFORE = re.compile(r"(?i)\b(?P<prep>despite|since|amid|in the wake of|after|following)\s"
                                r"(?:the|an?|his|her|its|their|[\w.&-]+['’]s)\s(?P<words>(?:[\w'’-]+\s){1,3})(?:on\s)?$")
_CLAUSE_FUTURE = re.compile(r"(?i)\b(?:will|['’]ll|shall|going to|is to|are to|due to|set to|expected to|plans? to|would)\b")
# Words that give the noun phrase a verb or a plan of its own: "after the team arrived on Friday",
# "after the planned vote on Friday" (the clause decides those)
_EVENT_NOUN_NOT = frozenset(["will", "would", "is", "are", "has", "have", "can", "could", "may", "might", "shall",
                             "should", "must", "planned", "scheduled", "proposed", "expected", "upcoming", "next",
                             "coming", "met", "meets", "meet", "says", "said", "to", "that", "which", "who"])


# A weekday right after a planned happening that a forward-looking phrase takes ("ahead of talks
# Friday", "before a vote Thursday", "sets the stage for his showdown meeting Wednesday"): the
# happening lies after the clause's time, so it is the coming such day
_PLANNED_HAPPENING = (r"(?:meetings?|talks|negotiations|votes?|ballot|hearings?|summit|session|speech|address|visit|trip|"
                      r"testimony|debate|conference|election|referendum|deadline|showdown|sentencing|trial|"
                      r"launch|ceremony|rally|match|game|final|kickoff|kick-off|announcement|results|briefing|"
                      r"inauguration|funeral|memorial|auction|showing|premiere|opening)")
_AHEAD_OF_HAPPENING = re.compile(
    rf"(?i)\b(?:ahead of|before|on the eve of|in advance of|prior to|in the run-up to|in the lead-up to|pending|"
    rf"(?:stage|way|groundwork|scene|ground)\sfor|(?:prepar\w*|brac\w*|gear\w*\sup|ready\w*|readies)\sfor)\s"
    rf"(?:(?:the|a|an|his|her|its|their|this|next|[\w.&-]+['’]s)\s)?(?:[\w'’-]+\s){{0,3}}?{_PLANNED_HAPPENING}\s(?:on\s)?$")

# A weekday before the planned happening a verb of planning takes ("planned a Sunday trip",
# "scheduled a Monday vote"): the plan lies ahead of its telling, as a plan told in the past does
_PLANNED_WEEKDAY_BEFORE = re.compile(r"(?i)\b(?:planned|planning|plans|scheduled|arranged|organi[sz]ed|announced|called)\s"
                                     r"(?:a|an|his|her|its|their|the)\s$")
_PLANNED_WEEKDAY_AFTER = re.compile(rf"(?i)(?:\s[\w-]+)?\s{_PLANNED_HAPPENING}\b")


_AFTER_DOING = re.compile(r"(?i)\b(?:after|since)\s(?:[a-z]+ly\s)?(?!during\b|morning\b|evening\b|nothing\b|something\b|"
                          r"anything\b|everything\b|bring\b|thing\b|king\b|spring\b|ceiling\b)[a-z]{2,}ing\s"
                          r"(?:[\w'’-]+\s){0,2}(?:on\s)?$")


_WILL_AHEAD = re.compile(r"(?i)\b(?:will|['’]ll|shall|going to|is to|are to|(?:is|are)\s(?:due|set|expected|scheduled)\sto)\b")


def _sentence_around(text: str, start: int, end: int) -> str:
    return re.split(r"[.!?]\s", text[max(0, start - 200):start])[-1] + " " + re.split(r"[.!?](?:\s|$)", text[end:end + 200])[0]


def _weekday(cx: Context, wd: int, start: int, end: int, rel: str = "") -> dt.date:
    base = cx.dct
    rel = rel.lower()
    if rel in ("the previous", "the preceding"):
        base = cx.anchor_or_dct().date - dt.timedelta(days=1)
        return base - dt.timedelta(days=(base.weekday() - wd) % 7)
    if rel in ("the following", "the next"):
        base = cx.anchor_or_dct().date + dt.timedelta(days=1)
        return base + dt.timedelta(days=(wd - base.weekday()) % 7)
    if rel in ("last", "this past"):
        back = (base.weekday() - wd) % 7 or 7
        return base - dt.timedelta(days=back)
    if rel in ("next", "this coming"):
        fwd = (wd - base.weekday()) % 7 or 7
        return base + dt.timedelta(days=fwd)
    if rel == "this":
        return base + dt.timedelta(days=wd - base.weekday())
    a = cx.anchor
    if a is not None and a.precision == "day" and 0 < start - cx.anchor_pos <= 40 \
            and _RANGE_END.search(cx.text[cx.anchor_pos:start]) \
            and _RANGE_START.search(cx.text[max(0, cx.anchor_pos - 9):cx.anchor_pos]) \
            and _WEEKDAY_WORD.match(cx.text, cx.anchor_pos):
        return a.date + dt.timedelta(days=(wd - a.date.weekday()) % 7)  # "from Thursday through Sunday"
    if a is not None and a.precision == "day" and 0 < start - cx.anchor_pos <= 24 \
            and (w := _WEEKDAY_WORD.match(cx.text, cx.anchor_pos)) \
            and _WEEKDAY_PAIR.fullmatch(cx.text, w.end(), start) and a.date != base:
        # "on Tuesday or Wednesday", "made Friday and Thursday": the second day of a pair goes the
        # way the first one went, whatever its own clause lacks ("could be ready on ... or ..."); a
        # first day that is the DCT itself went neither way: the second one's own clause decides
        if a.date > base:
            return base + dt.timedelta(days=(wd - base.weekday()) % 7)
        return base - dt.timedelta(days=(base.weekday() - wd) % 7)
    if _EDITION.match(cx.text, end):
        return base - dt.timedelta(days=(base.weekday() - wd) % 7)  # "in its Saturday edition": one out already
    if _POSSESSIVE_ACT.match(cx.text, end):
        # "Tuesday's announcement that he will return next week": the weekday owns the act of
        # saying, which is done; the "will" is what was said, not when
        return base - dt.timedelta(days=(base.weekday() - wd) % 7)
    if _POSSESSIVE_PLAN.match(cx.text, end) or _POSSESSIVE_AHEAD.match(cx.text, end):
        return base + dt.timedelta(days=(wd - base.weekday()) % 7)  # "Saturday's concert, which will be broadcast"
    if (event := _EVENT_NOUN_BEFORE.search(cx.text, max(0, start - 90), start)) \
            and not any(w in PAST or w in _EVENT_NOUN_NOT or w.endswith("ed") for w in event["words"].lower().split()):
        # "despite the company's pledge on Wednesday", "following Obama's visit on Friday": a day
        # named in a noun phrase with no verb of its own; what "despite", "since" or "amid" take
        # has happened, and "after"/"following" an event, unless the clause says "will", is the
        # nearest such day, not the main verb's direction ("officials head back this week")
        back = (base.weekday() - wd) % 7
        clause = re.split(r"[,;:.!?\n]|\b(?:while|whereas|but|and)\b", cx.text[max(0, start - 200):event.start("prep")])[-1]
        if event["prep"].lower() not in ("after", "following") or not (
                _CLAUSE_FUTURE.search(clause) or (wd - base.weekday()) % 7 < back):
            return base - dt.timedelta(days=back)
    if _AFTER_DOING.search(cx.text, max(0, start - 60), start) and not _WILL_AHEAD.search(_sentence_around(cx.text, start, end)):
        # "After giving up on Saturday an attempt to kill the well, BP is pursuing ...", "since
        # arriving on Monday": what "after"/"since" + a gerund names is done before the main
        # clause's time, which is no later than the report unless the sentence looks ahead
        return base - dt.timedelta(days=(base.weekday() - wd) % 7)
    if _ACT_NOUN_BEFORE.search(cx.text, max(0, start - 30), start) and re.match(r",?\s(?:that)\s", cx.text[end:end + 8]):
        return base - dt.timedelta(days=(base.weekday() - wd) % 7)
    if rel == "" and (told := narrated_weekday(cx, wd, start, end)) is not None:
        return told  # "On Friday, April 24, schools closed. [...] Monday was the first full week", told in May
    tense = cx.toward(start, end, reach=44)  # "snow by Tuesday", "runs through Sunday": ahead unless past
    if _AHEAD_OF_HAPPENING.search(cx.text, max(0, start - 90), start):
        # ahead of the clause's time; told in the past ("set the stage for his meeting Wednesday"),
        # ahead of a day just gone: up to four days ahead, else the days just gone
        ahead = (wd - base.weekday()) % 7
        if tense != "past" or ahead <= 4:
            return base + dt.timedelta(days=ahead)
        return base - dt.timedelta(days=7 - ahead)
    if tense != "past" and _AS_EARLY_AS.search(cx.text, max(0, start - 16), start):
        return base + dt.timedelta(days=(wd - base.weekday()) % 7)  # "could come as early as Friday": a bound ahead
    if tense != "future" and (_plan_told_in_past(cx, start, end) or (
            _PLANNED_WEEKDAY_BEFORE.search(cx.text, max(0, start - 24), start) and _PLANNED_WEEKDAY_AFTER.match(cx.text, end))):
        # "the board was to meet on Monday", "Alex was set to become a hurricane on Tuesday": a plan
        # told in the past tense is still ahead when reported; only a day or two back (yesterday's
        # "was expected to begin Sunday night") or a plan that failed ("was due to begin on
        # Tuesday, but ...") is past
        ahead = (wd - base.weekday()) % 7
        return base + dt.timedelta(days=ahead) if ahead <= 4 else base - dt.timedelta(days=7 - ahead)
    if tense == "future" and (told := _TOLD_AHEAD.search(cx.text, max(0, start - 120), start)) \
            and not re.search(r"(?i)\b(?:will|shall|next)\b|['’]ll\b", told["rest"]) and not _NEXT_WEEK_AFTER.match(cx.text, end):
        # a future seen from a past saying is a plan told in the past: the days just after the
        # saying, which may lie before the report ("said he would chair a meeting on Tuesday", in
        # a report dated Wednesday: the day before, which the DCT's lag puts six days off)
        ahead = (wd - base.weekday()) % 7
        return base + dt.timedelta(days=ahead) if ahead <= 4 else base - dt.timedelta(days=7 - ahead)
    if tense is None and re.search(r"\bto\s$", cx.text[max(0, start - 4):start]):
        # "will be shut to noon on Friday": a limit, as far as its clause says ("was shut to noon
        # on Friday" is past)
        tense = "future" if _RESCHEDULED.search(cx.text, max(0, start - 60), start) else cx.tense(start, end, deadline=False, reach=28)
    if tense in ("future", "present") or (tense is None and cx.possible and cx.text[end:end + 2] not in ("'s", "’s")
                                          and not _LATER_ON.search(cx.text, max(0, start - 16), start)):
        # ("that may take all of Tuesday": a possibility for this week lies ahead; "hoped he could return
        # home later on Tuesday": the day of the telling, which news names only once it has come)
        return base + dt.timedelta(days=(wd - base.weekday()) % 7)
    return base - dt.timedelta(days=(base.weekday() - wd) % 7)


def _relday(cx: Context, word: str) -> dt.date:
    w = word.lower()
    return cx.dct + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(w, 0))


# ------------------------------------------------------------ absolute dates
# A wire page's compact stamp writes the date with spaces ("2009 06 19 22:54 JST"): only with its clock
@rule("iso", rf"{B}(?P<y>\d{{4}})(?:-(?P<m>\d\d)-(?P<d>\d\d)|/(?P<m2>\d\d)/(?P<d2>\d\d)(?![\d/])|[ ](?P<m3>0[1-9]|1[0-2])[ ](?P<d3>[0-3]\d)(?=[ ]\d\d:\d\d))"
             rf"(?:[T ](?P<H>\d\d):(?P<M>\d\d)(?::(?P<S>\d\d))?(?:(?P<off>Z|[+-]\d\d:\d\d)|[ ](?P<zone>{STAMP_ZONE})(?![\w-]))?)?(?![\d:])")
def _iso(m: re.Match[str], cx: Context) -> Result | None:
    d = _date(int(m["y"]), int(m["m"] or m["m2"] or m["m3"]), int(m["d"] or m["d2"] or m["d3"]))
    if d is None:
        return None
    if m["H"]:
        if int(m["H"]) > 23 or int(m["M"]) > 59 or int(m["S"] or 0) > 59:
            return None
        seconds = f":{m['S']}" if m["S"] else ""
        off = m["off"] or (m["zone"] and V.zone_offset(m["zone"], dt.datetime(d.year, d.month, d.day, int(m["H"]), int(m["M"]))))
        return "TIME", f"{d.isoformat()}T{m['H']}:{m['M']}{seconds}{off or ''}", None
    return "DATE", d.isoformat(), None


@rule("numeric", rf"{B}(?:(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])|(?P<d2>3[01]|2\d|1[3-9])[/.](?P<m2>1[0-2]|0?[1-9]))"
                 rf"[/.](?P<y>\d{{4}}|\d\d)(?![\d/])")
def _numeric(m: re.Match[str], cx: Context) -> Result | None:
    """US month-first "2/23/26"; day-first "27/02/2026" (British and European
    news) only when the first number cannot be a month, so nothing is guessed."""
    y = int(m["y"])
    if y < 100:
        y += 1900 if y > (cx.dct.year % 100) + 1 else 2000
    d = _date(y, int(m["m"] or m["m2"]), int(m["d"] or m["d2"]))
    return ("DATE", d.isoformat(), None) if d else None


_DASH_DMY = re.compile(r"(?<![\w-])(?:1[3-9]|2\d|3[01])-(?:0?[1-9]|1[0-2])-(?:1[5-9]|20)\d\d(?![\w-])")
_DASH_MDY = re.compile(r"(?<![\w-])(?:0?[1-9]|1[0-2])-(?:1[3-9]|2\d|3[01])-(?:1[5-9]|20)\d\d(?![\w-])")


@rule("numeric_dash", rf"{B}(?P<a>3[01]|[12]\d|0?[1-9])-(?P<b>3[01]|[12]\d|0?[1-9])-(?P<y>1[5-9]\d\d|20\d\d)(?![\d/-])",
      accept=lambda m, text: not (int(m["a"]) > 12 and int(m["b"]) > 12))
def _numeric_dash(m: re.Match[str], cx: Context) -> Result | None:
    """ "18-3-1869" (day first) or "3-18-1869" (month first): with dashes only when one
    number cannot be a month, or when a neighbour in the same style shows the writer's
    order ("4-3-1867; 18-3-1869"), so the order is read, never guessed."""
    a, b = int(m["a"]), int(m["b"])
    day_first = a > 12
    if a <= 12 and b <= 12:
        near = cx.text[max(0, m.start() - 300):m.end() + 300]
        dmy, mdy = bool(_DASH_DMY.search(near)), bool(_DASH_MDY.search(near))
        if dmy == mdy:
            return None
        day_first = dmy
    d = _date(int(m["y"]), b, a) if day_first else _date(int(m["y"]), a, b)
    return ("DATE", d.isoformat(), None) if d else None


# Modern financial shorthand: "FY2025", "FY26", "1Q26", "Q1'26", "2H25", "H2'25".
@rule("period_code",
      rf"{B}(?:(?i:FY)[ -]?(?P<fy>\d{{4}}|\d\d)|(?P<qn>[1-4])(?P<qk>[QH])[ -]?(?:(?i:FY)[ -]?)?(?P<qy>20\d\d|\d\d)"
      rf"|(?P<qk2>[QH])(?P<qn2>[1-4])[ ]?(?:'|(?i:FY)[ -]?)(?P<qy2>\d\d))(?![\w%-])",
      accept=lambda m, text: not (m["qk"] == "H" and m["qn"] not in ("1", "2")) and not (m["qk2"] == "H" and m["qn2"] not in ("1", "2")))
def _period_code(m: re.Match[str], cx: Context) -> Result | None:
    def year(raw: str) -> int:
        return int(raw) if len(raw) == 4 else cx.dct.year // 100 * 100 + int(raw)
    if m["fy"]:
        return "DATE", str(year(m["fy"])), None
    kind, n, y = (m["qk"], m["qn"], m["qy"]) if m["qk"] else (m["qk2"], m["qn2"], m["qy2"])
    return "DATE", f"{year(y)}-{kind}{n}", None


@rule("ytd", rf"{B}(?:(?P<ytd>YTD)|(?i:year[- ]to[- ]date))(?![\w-])")
def _ytd(m: re.Match[str], cx: Context) -> Result | None:
    """ "Up 14% year-to-date": the current year so far, like "so far this year"."""
    return "DATE", str(cx.dct.year), None


# "9/11" without a year is the 2001 attacks in English news, not a September 11 of the DCT's year.
# "9/11", and "Sept. 11" naming the 2001 attacks ("the Sept. 11 Victim Compensation Fund",
# "the September 11 attacks"): that day, whatever the year of the report
@rule("nine_eleven", r"(?<![\w$/.-])9/11(?![\w/%-]|\.\d)"
      r"|\b(?:Sept\.?|September) 11(?:th)?(?= (?:[Aa]ttacks?|[Tt]error\w*|[Hh]ijack\w*|[Vv]ictims?|Commission|commission)\b)")
def _nine_eleven(m: re.Match[str], cx: Context) -> Result | None:
    return "DATE", "2001-09-11", None


def _nth_weekday(y: int, month: int, wd: int, n: int) -> dt.date:
    """The n-th weekday ``wd`` (0 = Monday) of a month; n = -1 is the last one."""
    if n > 0:
        first = dt.date(y, month, 1)
        return first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(y + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - wd) % 7)


def _easter(y: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 22 * ll) // 451
    month, day = divmod(h + ll - 7 * mm + 114, 31)
    return dt.date(y, month, day + 1)


# Holidays news dates things by; each maps a year to its day in that year.
HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "christmas": lambda y: dt.date(y, 12, 25), "christmas day": lambda y: dt.date(y, 12, 25),
    "christmas eve": lambda y: dt.date(y, 12, 24), "new year's day": lambda y: dt.date(y, 1, 1),
    "new year's eve": lambda y: dt.date(y, 12, 31), "new year's": lambda y: dt.date(y, 1, 1),
    "independence day": lambda y: dt.date(y, 7, 4), "july fourth": lambda y: dt.date(y, 7, 4),
    "fourth of july": lambda y: dt.date(y, 7, 4), "july 4th": lambda y: dt.date(y, 7, 4),
    "juneteenth": lambda y: dt.date(y, 6, 19), "veterans day": lambda y: dt.date(y, 11, 11),
    "halloween": lambda y: dt.date(y, 10, 31), "valentine's day": lambda y: dt.date(y, 2, 14),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4), "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "black friday": lambda y: _nth_weekday(y, 11, 3, 4) + dt.timedelta(days=1),
    "cyber monday": lambda y: _nth_weekday(y, 11, 3, 4) + dt.timedelta(days=4),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1), "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "presidents day": lambda y: _nth_weekday(y, 2, 0, 3), "presidents' day": lambda y: _nth_weekday(y, 2, 0, 3),
    "martin luther king jr. day": lambda y: _nth_weekday(y, 1, 0, 3),
    "martin luther king day": lambda y: _nth_weekday(y, 1, 0, 3), "mlk day": lambda y: _nth_weekday(y, 1, 0, 3),
    "columbus day": lambda y: _nth_weekday(y, 10, 0, 2), "mother's day": lambda y: _nth_weekday(y, 5, 6, 2),
    "father's day": lambda y: _nth_weekday(y, 6, 6, 3),
    # US general elections: the Tuesday after the first Monday of November
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + dt.timedelta(days=1),
    "easter": _easter, "easter sunday": _easter, "good friday": lambda y: _easter(y) - dt.timedelta(days=2),
    "easter monday": lambda y: _easter(y) + dt.timedelta(days=1),
    # British and international days by fixed date
    "may day": lambda y: dt.date(y, 5, 1), "boxing day": lambda y: dt.date(y, 12, 26),
    "st patrick's day": lambda y: dt.date(y, 3, 17), "st. patrick's day": lambda y: dt.date(y, 3, 17),
    "saint patrick's day": lambda y: dt.date(y, 3, 17), "armistice day": lambda y: dt.date(y, 11, 11),
    "remembrance day": lambda y: dt.date(y, 11, 11), "bonfire night": lambda y: dt.date(y, 11, 5),
    "guy fawkes night": lambda y: dt.date(y, 11, 5),
}
_HOLIDAY_RE = "|".join(re.escape(k).replace("'", "['’]").replace(r"\ ", " ").replace("presidents['’]", "presidents['’]?")
                       for k in sorted(HOLIDAYS, key=len, reverse=True))


# a past verb of going or gathering, then a purpose infinitive right before the holiday
_PAST_PURPOSE = re.compile(r"(?i)\b(?:came|went|flew|returned|travell?ed|arrived|gathered|headed|drove|sailed|moved)\b"
                           r"[^.;!?\n]{0,60}?\bto\s[a-z]+(?:\s(?:the|their|his|her|its|our|my))?\s$")
# Holiday names that are no common words, so a date in lower case too ("christmas day",
# "mother's day"); "election day", "labor day", "good friday", "may day" need capitals.
_LOWER_CASE_HOLIDAYS = frozenset(["christmas", "christmas day", "christmas eve", "easter", "easter monday", "easter sunday",
                                  "halloween", "thanksgiving", "thanksgiving day", "juneteenth", "mother's day",
                                  "father's day", "valentine's day", "new year's day", "new year's eve", "boxing day",
                                  "fourth of july", "st patrick's day", "st. patrick's day", "saint patrick's day"])
# A future said in words, not only by a present of a timetable ("returns to Chicago for Memorial
# Day", told in August, is a day's log; "will return for Memorial Day" looks ahead to next year's).
_FUTURE_WORD = re.compile(r"(?i)\b(?:will|'ll|shall|would|next|plans?|planned|planning|expected|hopes?|(?:going|set|due|about) to|until|by)\b")


_BEFORE_HOLIDAY = re.compile(r"(?i)\b(?:before|ahead of|in the run-up to|in the lead-up to|prior to)\s(?:the\s)?$")
_DEADLINE_BEFORE = re.compile(r"(?i)\b(?:deadline|target date|target)\s(?:of|on|for|is|was)\s$")
_HOLIDAY_NAME = re.compile(r"\s(?:[Ii]slands?|[Cc]arols?|Rising|Agreement|Accords?|Offensive|Massacre|[Ee]ggs?|[Bb]unny|"
                           # things named for a holiday, not the day: "a Christmas tree", "his Christmas card list"
                           r"trees?|cards?|crackers?|puddings?|cakes?|decorations?|lights|jumpers?|sweaters?|stockings?|"
                           r"ornaments?|traditions?|songs?|films?|movies?|specials?|editions?|markets?|shoppers?)\b")
_HOLIDAY_NAME_BEFORE = re.compile(r"\b(?:Operation|Project|Camp|Fort|Port|Cape)\s$")  # "Operation Easter": a name


@rule("holiday", rf"{B}(?:(?P<hrel>(?i:that|that same|the same|this past|last|this coming|next)){SP})?(?P<h>(?i:{_HOLIDAY_RE}))(?![\w'’-])(?:,?{SP}(?P<year>{YEAR})|{SP}(?P<we>(?i:holiday weekend|weekend|week))(?![\w-]))?",
      accept=lambda m, text: (m["h"][0].isupper() or bool(m["year"])  # "mother's day 2012": a year makes it a date
                              or m["h"].lower().replace("’", "'") in _LOWER_CASE_HOLIDAYS)
      and (m["h"].lower() != "may day" or m["h"] == "May Day"))  # ("May day be kind": a wish)


def _holiday(m: re.Match[str], cx: Context) -> Result | None:
    """ "Christmas", "Election Day": the holiday in the year the tense points to.
    Part of a name ("the Good Friday Agreement", "Christmas Island") is no date; the
    match still consumes the words, so "Friday" alone is not tagged either."""
    if _HOLIDAY_NAME.match(cx.text, m.end()) or _HOLIDAY_NAME_BEFORE.search(cx.text, max(0, m.start() - 10), m.start()):
        return None
    key = m["h"].lower().replace("’", "'")
    if key == "presidents day" or key == "presidents' day":
        key = "presidents day"
    when = HOLIDAYS[key]
    if m["year"]:
        return "DATE", when(int(m["year"])).isoformat(), None
    if named := _HOLIDAY_YEAR_AFTER.match(cx.text, m.end()):
        return _holiday_value(m, when(int(named["y"])))  # "spent Easter week in 2019 at the lake": that year's
    y0 = cx.dct.year
    rel = (m["hrel"] or "").lower()
    tense = cx.tense(m.start(), m.end())
    if rel in ("this past", "last"):
        tense, rel = "past", ""  # "this past Christmas", "last Easter": the latest one gone
    elif rel in ("this coming", "next"):
        tense, rel = "future", ""
    elif _DEADLINE_BEFORE.search(cx.text, max(0, m.start() - 24), m.start()):
        tense = "future"  # "set a deadline of New Year's Day": a deadline is still to come when set
    if tense == "past" and not rel and _BEFORE_HOLIDAY.search(cx.text, max(0, m.start() - 40), m.start()) \
            and 0 <= (when(y0) - cx.dct).days <= 14:
        # "the plant was shut just before the July Fourth weekend", told on July 2: a past event
        # before a holiday only days away is before this one, not last year's
        tense = None
    if tense == "future" and _PAST_PURPOSE.search(cx.text, max(0, m.start() - 90), m.start()):
        # "came home in 2019 to celebrate Christmas": the purpose of a past journey is as past as
        # the journey, unless the holiday is only days away ("flew in on Monday to spend Christmas")
        coming = when(y0) if when(y0) >= cx.dct else when(y0 + 1)
        tense = "future" if (coming - cx.dct).days <= 14 else "past"
    a = cx.anchor
    if not rel and (told := story_holiday(cx, when, m.start(), tense)) is not None:
        d, cands, tense = told, [told], "anchored"  # "had been due to spend his Easter holidays there", of 1967
    elif rel or (a is not None and a.date.year != y0 and 0 <= m.start() - cx.anchor_pos <= 300 and tense != "future"):
        # "in 2009 ... that Christmas", "the war began in December 1998; at Christmas, ...": the
        # holiday nearest the date the story is telling, not the one nearest the report
        anchor = cx.anchor_or_dct()
        base = anchor.date
        d = when(base.year) if anchor.precision in ("year", "half", "season") else min(
            (when(y) for y in (base.year - 1, base.year, base.year + 1)), key=lambda c: abs((c - base).days))
        y0, cands, tense = d.year, [d], "anchored"
    else:
        cands = [when(y) for y in (y0 - 1, y0, y0 + 1)]
    if tense == "anchored":
        d = cands[0]
    elif tense == "past":
        d = max(c for c in cands if c <= cx.dct)
    elif tense == "future" and not (not m["hrel"] and min(c for c in cands if c >= cx.dct) - cx.dct > dt.timedelta(days=183)
                                    and not _FUTURE_WORD.search(_sentence_before(cx.text, m.start()))):
        d = min(c for c in cands if c >= cx.dct)
    else:
        # no tense, or the present of a timetable or of a day's log ("Obama returns to Chicago for
        # his Memorial Day weekend", told in August): the nearest one
        d = min(cands, key=lambda c: (abs((c - cx.dct).days), c < cx.dct))
    return _holiday_value(m, d)


_HOLIDAY_YEAR_AFTER = re.compile(rf",?{SP}(?i:in|of){SP}(?P<y>{YEAR})(?![\w-])")


def _holiday_value(m: re.Match[str], d: dt.date) -> Result:
    """The holiday's day, or the week or weekend named with it."""
    if m["we"] and m["we"].lower() == "week":
        return "DATE", V.week(d), None  # "Easter week": the week the holiday falls in
    if m["we"]:
        # "Labor Day weekend": the weekend before a Monday holiday; "July Fourth weekend": the one
        # the day falls on, else the nearest (a Friday's is the one after it, a Tuesday's before it)
        sat = d + dt.timedelta(days=(-2, -3, 3, 2, 1, 0, -1)[d.weekday()])
        return "DATE", V.week(sat) + "-WE", None
    return "DATE", d.isoformat(), None


CLOCK_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "eleven": 11, "twelve": 12, "noon": 12, "midnight": 0}
CLOCK_HOUR = r"(?:(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|1[0-2]|0?[1-9])"
AMPM = r"(?i:a\.m\.|p\.m\.|am|pm)(?![a-z])"
TIME_CORE = (
    r"(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?[ ]?(?P<ampm>(?i:a\.m\.|p\.m\.|am|pm))(?![a-z])"
    r"|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?::(?P<s24>[0-5]\d))?(?![\d:])(?:[ ]?(?P<ampm24>(?i:a\.m\.|am|p\.m\.|pm)(?![a-z])))?"
    r"|(?<![\w:])T(?P<th>[01]\d|2[0-3]):(?P<tm>[0-5]\d)(?::(?P<ts>[0-5]\d))?(?![\d:])"  # ISO "T13:23:42"
    # clock phrases: "a quarter past 6", "ten minutes to three", "half past noon", "eleven o'clock"
    rf"|(?P<frac>(?i:a quarter|quarter|half|(?:{NUM_WORD}|[1-5]?\d)(?: minutes?)?)) (?P<dir>(?i:past|after|to|before)) "
    rf"(?P<hh>{CLOCK_HOUR}|(?i:noon|midnight))(?![\w:])(?: (?i:o['’]clock))?(?: ?(?P<ampm2>{AMPM}))?"
    rf"|(?P<hw>{CLOCK_HOUR}) (?i:o['’]clock)(?: ?(?P<ampm3>{AMPM})| in the (?P<hwpod>(?i:morning|afternoon|evening))"
    rf"|(?P<hwnight> at night))?"
    r"|(?P<hwp>(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)) in the (?P<hpod>(?i:morning|afternoon|evening))"
    r"|(?P<named>(?i:noon|midnight|midday))"
    r"|(?P<hm>(?:[01]\d|2[0-3])[0-5]\d)(?=[ ](?:GMT|UTC|BST|CET|CEST|[ECMP][SD]T|local time|hours|hrs)\b|[.,;!?)]|$)"
    r"|(?P<hd>[01]?\d|2[0-3])\.(?P<mid>[0-5]\d)(?=[ ](?:GMT|UTC|BST|CET|CEST)\b)"  # British "14.30 GMT"  # wire-service "1900 GMT"
    # British "at 21.45 on 20 April" with no zone: two-digit hours after a clock preposition,
    # with its day (see _time_ok), since "rose 21.52 points" is a decimal
    r"|(?P<hdp>[01]\d|2[0-3])\.(?P<midp>[0-5]\d)(?=[,;:)]|\.(?:\s|$)|$|\s(?:on|local|hours|hrs|yesterday|today|tonight|this|last|that)\b))"
)


def _clock(m: re.Match[str]) -> tuple[int, int, int | None] | None:
    """Hour, minute and second of a clock phrase ("a quarter past 6", "ten to three")."""
    seconds = None
    if m["th"]:
        hour, minute, seconds = int(m["th"]), int(m["tm"]), int(m["ts"]) if m["ts"] else None
    elif m["hw"]:
        hour, minute = CLOCK_WORDS.get(m["hw"].lower()) or int(m["hw"]), 0
        pm = (m["ampm3"] and m["ampm3"][0].lower() == "p") or (m["hwpod"] and m["hwpod"].lower() != "morning") \
            or (m["hwnight"] and hour >= 6)  # "ten o'clock at night" is 22:00, "two o'clock at night" 02:00
        if pm and hour < 12:
            hour += 12
    elif m["hwp"]:
        hour, minute = CLOCK_WORDS[m["hwp"].lower()], 0
        if m["hpod"].lower() != "morning" and hour < 12:
            hour += 12
    else:
        frac = " ".join(m["frac"].lower().split()).removesuffix(" minutes").removesuffix(" minute")
        minutes = {"a quarter": 15, "quarter": 15, "half": 30}.get(frac)
        if minutes is None:
            n = number(frac)
            if n is None or n != int(n) or not 0 < n < 60:
                return None
            minutes = int(n)
        hh = m["hh"].lower()
        hour = CLOCK_WORDS[hh] if hh in CLOCK_WORDS else int(hh)
        if m["ampm2"] and m["ampm2"][0].lower() == "p" and hour < 12:
            hour += 12
        total = hour * 60 + (minutes if m["dir"].lower() in ("past", "after") else -minutes)
        if m["dir"].lower() in ("to", "before") and minutes == 30:
            return None  # "half to three" is not English; "30 minutes before 3" is a span
        hour, minute = divmod(total % (24 * 60), 60)
    return hour, minute, seconds


_EARLIER_CLOCK = re.compile(r"\b(1[0-2]|0?[1-9])[:.]([0-5]\d)\s?([AaPp])\.?[Mm]\b")


# ("at approximately 21:38 hours", "at about 10:35"): a clock preposition, then how exact the time is
_TIME_PREP_APPROX = re.compile(r"(?i)\b(?:at|by|until|till|from|before|after|since)\s(?:about|around|approximately|"
                               r"roughly|precisely|exactly|just|shortly (?:after|before)|just (?:after|before))\s$")
_TIME_PREP_CLOCK = re.compile(r"(?i)\b(?:at|by|until|till|from|before|after|since)\s$")
_TIME_PREP = re.compile(r"(?i)\b(?:at|by|from|to|until|till|before|after|since|around|about|between|and|@)\s$")


def _time_ok(m: re.Match[str], text: str) -> bool:
    """A bare "12:00" needs a preposition ("at 12:00"): "John 3:16" and "a 2:1 ratio" are no times.
    "ten to three" ends its phrase, where "two to three weeks" is a range."""
    if m["frac"] and not re.search(r"(?i)quarter|half|minute", m["frac"]) and not (
            m["ampm2"] or "clock" in m.group(0) or re.match(r"\s?(?:[.,;:!?)]|$)", text[m.end():m.end() + 2])):
        return False
    if m["frac"] and m["frac"].isdigit() and m["dir"].lower() == "to":
        return False  # "from 1 to 3 p.m.": figures joined by "to" are a range of hours; "ten to three" is written out
    if m["frac"] and not re.search(r"(?i)quarter|half|minute", m["frac"]) and (
            (number(m["frac"].lower()) or 5) % 5 or re.search(r"(?i)\b(?:from|between)\s$", text[max(0, m.start() - 8):m.start()])):
        # "rose from two to 10 on Wednesday", "from nine to five": a range; a clock leaves out
        # "minutes" only for multiples of five ("ten to three", "twenty past six")
        return False
    if m["named"] and m["named"][0].isupper() and re.search(r"[a-z,]\s[A-Z][a-z]+\s$", text[max(0, m.start() - 20):m.start()]):
        return False  # "the After Midnight session", "High Noon": a title's word
    if m["hw"] and m.group(0)[:1].isupper() and re.match(r"\s(?:News|Show|Bulletin|Club|Programme|Program)\b", text[m.end():m.end() + 12]):
        return False  # "the Six O'clock News": a programme's name
    if m["hm"] and not m["zone"] and not re.match(r" (?:GMT|UTC|BST|CET|CEST|[ECMP][SD]T|local time)\b", text[m.end():m.end() + 12]):
        # "at 2200 hours" is a clock time, "logged 1200 hours" an amount; a bare "at 2330" only
        # after a day or a part of one ("Friday night at 2330"), since such numbers are mostly years
        if not re.search(r"(?i)\b(?:at|until|till|from|by|before|after|since)\s$", text[max(0, m.start() - 7):m.start()]):
            return False
        if not re.match(r" (?:hours|hrs)\b", text[m.end():m.end() + 6]) and not re.search(
                r"(?i)\b(?:morning|afternoon|evening|night|today|yesterday|tonight|[a-z]+day)\s(?:at|until|till|from|by|before|after|since)\s$",
                text[max(0, m.start() - 24):m.start()]):
            return False
    if m["hdp"] and not m["zone"] and (
            not (_TIME_PREP_CLOCK.search(text, max(0, m.start() - 7), m.start()) or _TIME_PREP_APPROX.search(text, max(0, m.start() - 30), m.start()))
            or _MARKET.search(re.split(r"[.!?]\s", text[max(0, m.start() - 160):m.start()])[-1])
            or re.search(r"[$£€¥]|\b(?:pence|cents|euros?|dollars?|pounds?|yen|points?|per ?cent|percent)\b", text[max(0, m.start() - 60):m.end() + 16])):
        return False  # "closed at 21.52" in a market report is a price
    if m["hdp"] and not (m["wd"] or m["mon2"] or m["day3"] or m["nm"] or m["rel"]):
        # "at 21.45 on 20 April": the day named with it says it is a clock; a bare "at 21.52" in a
        # story of another day would be dated the report's, a wrong date no reader can detect
        return False
    return bool(m["ampm"] or m["named"] or m["zone"] or m["wd"] or m["rel"] or m["mon2"] or m["mon3"] or m["nm"] or m["hdp"]
                or m["s24"] or m["ampm24"] or m["th"] or m["frac"] or m["hw"] or m["hwp"] or m["anext"] or m["hm"]
                or _TIME_PREP.search(text, max(0, m.start() - 9), m.start())
                or _TIME_PREP_APPROX.search(text, max(0, m.start() - 30), m.start()))


# "12:00 AM Thu, 1 Jan 2099": a short weekday joins a time only with the date after it
_WD_SHORT_BEFORE_DATE = rf"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?=,?{SP}(?:{MOND}{SP}{DAY}|{DAY}{SP}{MOND}))"


@rule("time",
      rf"(?:{B}|{CLOCK_DASH}){TIME_CORE}(?:{SP}(?P<zone>{ZONE})(?![A-Za-z]))?"
      # the day it is on, in any of the ways news writes one: "Friday, Oct. 1, 1999",
      # "Tuesday 1 June 2010", "on 16 Jun 2010", "on 6/12/2008", "today"
      rf"(?:,?{SP}(?:(?i:on){SP})?(?:(?:(?P<wd>(?:{WEEKDAY_FULL})(?![a-z])|{_WD_SHORT_BEFORE_DATE})(?:,?{SP}(?:(?P<mon>{MOND}){SP}(?P<day>{DAY})"
      rf"|(?P<dayb>{DAY}){SP}(?P<monb>{MOND}))(?:,?{SP}(?P<year>{YEAR}))?)?)"
      rf"|(?P<mon2>{MOND}){SP}(?P<day2>{DAY})(?:,?{SP}(?P<year2>{YEAR}))?"
      rf"|(?P<day3>{DAY}){SP}(?P<mon3>{MOND})(?:,?{SP}(?P<year3>{YEAR}))?"
      rf"|(?P<nm>1[0-2]|0?[1-9])/(?P<nd>3[01]|[12]\d|0?[1-9])/(?P<ny>\d{{4}})(?![\d/])"
      rf"|(?P<rel>{RELDAY})(?:{SP}(?P<relpod>(?i:morning|afternoon|evening|night))(?![\w-]))?"
      rf"|(?P<lnight>(?i:last night|this morning|this afternoon|this evening))(?![\w-])"
      rf"|(?P<oday>{ORDINAL_DAY})"  # "at 3 o'clock on the 20th": the day of the month in the story
      # "until 11:45 the next morning": the day after the one the story is telling
      rf"|(?P<anext>(?i:the next|the following|that)){SP}(?P<anpod>(?i:morning|afternoon|evening|night|day))(?![\w-])))?",
      accept=lambda m, text: _time_ok(m, text))
def _time(m: re.Match[str], cx: Context) -> Result | None:
    seconds = None
    if m["th"] or m["frac"] or m["hw"] or m["hwp"]:
        clock = _clock(m)
        if clock is None:
            return None
        hour, minute, seconds = clock
    elif m["named"]:
        n = m["named"].lower()
        hour, minute = (0, 0) if n == "midnight" else (12, 0)
    elif m["h"]:
        hour, minute = int(m["h"]) % 12, int(m["mi"] or 0)
        if m["ampm"].lower().startswith("p"):
            hour += 12
    elif m["hm"]:
        hour, minute = int(m["hm"][:2]), int(m["hm"][2:])
    elif m["hd"]:
        hour, minute = int(m["hd"]), int(m["mid"])
    elif m["hdp"]:
        hour, minute = int(m["hdp"]), int(m["midp"])
    else:
        hour, minute = int(m["h24"]), int(m["mi24"])
        seconds = int(m["s24"]) if m["s24"] else None
        if m["ampm24"] and hour > 12 and m["ampm24"][0].lower() == "a":
            return None  # "13:00 am" is no time; "18:14 PM" is a 24-hour clock with a redundant PM
    mon, day, year = next(((_mon(mo), int(_digits(da)), ye) for mo, da, ye in (
        (m["mon2"], m["day2"], m["year2"]), (m["mon3"], m["day3"], m["year3"]), (m["mon"], m["day"], m["year"]),
        (m["monb"], m["dayb"], m["year"])) if mo), (None, None, None))
    if m["nm"]:
        d = _date(int(m["ny"]), int(m["nm"]), int(m["nd"]))
    elif mon is not None:
        d = _date(int(year) if year else _year_for(cx, mon, day, m.start(), m.end()), mon, day)
    elif m["wd"]:
        d = _weekday(cx, _wd(m["wd"]), m.start(), m.end())
    elif m["rel"] or m["lnight"]:
        # "at 11 p.m. last night", "at 10 o'clock yesterday evening": the part of the day decides
        # the half of a clock without a.m./p.m. and, after midnight, that last night is today
        pod = (m["relpod"] or m["lnight"] or "day").lower().split()[-1]
        d = _relday(cx, m["rel"]) if m["rel"] else cx.dct - dt.timedelta(days=m["lnight"].lower() == "last night")
        if not (m["ampm"] or m["ampm24"] or m["ampm2"] or m["ampm3"]) and hour < 12 and (
                (pod in ("night", "evening") and hour >= 6) or (pod == "afternoon" and hour < 7)):
            hour += 12
        if m["lnight"] and pod == "night" and hour < 6:
            d = cx.dct
    elif m["oday"]:
        d = _ordinal_day(cx, m["oday"], m.start(), m.end())
    elif m["anext"]:
        d = cx.day_anchor_or_anchor(m.start()).date + dt.timedelta(days=0 if m["anext"].lower() == "that" else 1)
        if m["h24"] and hour < 12 and m["anpod"].lower() in ("afternoon", "evening") and not m["ampm24"]:
            hour += 12  # "at 9:30 the next evening"
    elif cx.anchor is not None and cx.anchor.precision == "day" and 0 <= m.start() - cx.anchor_pos < 60 \
            and _same_sentence(cx.text[cx.anchor_pos:m.start()]):
        d = aside_day(cx, m.start(), m["zone"], hour, minute) or cx.anchor.date  # "on March 16 at 10 a.m.": the day named; "8 p.m. EDT (0001 GMT)": the instant's
        if m["named"] and m["named"].lower() == "midnight":
            d = d + dt.timedelta(days=1)  # "began late on Saturday and went on until after midnight": its end
    elif (end_day := _clock_range_day(m, cx)) is not None:
        d = end_day  # "between 2am and 3am on 27 May": both ends on the day written after the range
    elif (later := _DAY_AFTER_ASIDE.match(cx.text, m.end())) is not None:
        # "at 1425 local time (1925 GMT) on Thursday": the day after an aside is both times' day
        d = _weekday(cx, _wd(later["wd"]), later.start("wd"), later.end("wd"))
    elif _habitual_clock(cx, m.start(), m.end()) and not m["zone"]:
        return "TIME", f"XXXX-XX-XXT{hour:02d}:{minute:02d}", None  # "calls at 3am are common": any day's
    else:
        d = (None if m["named"] and m["named"].lower() == "midnight" else _story_day(cx, m.start(), m.end())) or cx.dct
        if d == cx.dct and (period := _story_period(cx, m.start(), m.end())):
            return "TIME", period, None  # "In 1989 the tanker ran aground at 10 p.m.": some day of that year
        if m["named"] and m["named"].lower() == "midnight" and cx.tense(m.start(), m.end()) == "future":
            d = d + dt.timedelta(days=1)  # "will begin after midnight": the coming one, not the one just past
    if d is None:
        return None
    if (start_clock := _CLOCK_RANGE_START.search(cx.text, max(0, m.start() - 12), m.start())) is not None and not (
            m["wd"] or m["rel"] or mon or m["nm"] or m["oday"]):
        h0 = int(start_clock["h"]) % 12 + (12 if start_clock["ap"].lower().startswith("p") else 0)
        if (hour, minute) < (h0, int(start_clock["mi"])):
            d = d + dt.timedelta(days=1)  # "9.00pm-12.30 am": a range that runs past midnight ends the next day
    if m["named"] and m["named"].lower() == "midnight" and (m["wd"] or m["rel"] or mon or m["nm"]):
        d = d + dt.timedelta(days=1)  # "midnight Friday" is the end of Friday
    if m["h24"] and not m["ampm24"] and not m["h24"].startswith("0") and 1 <= hour < 12 \
            and (told := _EARLIER_CLOCK.findall(re.split(r"(?<![AaPp]\.[Mm])[.!?\n]\s", cx.text[max(0, m.start() - 160):m.start()])[-1])):
        # "started at 10:15 a.m. and completed it at 3:15": a clock told after one with its half of
        # the day, in the same sentence, is the first such time after it
        h0 = int(told[-1][0]) % 12 + (12 if told[-1][2].lower() == "p" else 0)
        if (hour, minute) < (h0, int(told[-1][1])) <= (hour + 12, minute):
            hour += 12
    value = f"{d.isoformat()}T{hour:02d}:{minute:02d}" + (f":{seconds:02d}" if seconds is not None else "")
    if m["zone"]:
        off = V.zone_offset(m["zone"], dt.datetime(d.year, d.month, d.day, hour, minute))
        if off:
            value += off
    return "TIME", value, None


def _label_or_market(cx: Context, start: int, end: int) -> bool:
    """Is a clock time a live-page label or a listing ("3.50 pm: The committee ...", "10.45am-6.30
    pm BBC RADIO"), or the time of a market report ("shares traded down 6.8 percent at 1516 GMT")?
    Such a time is on the report's day, whatever day the story was telling."""
    if _LABEL_AFTER.match(cx.text, end) or re.search(r"\d[.:]\d\d\s?[-–]\s?$", cx.text[max(0, start - 8):start]) \
            or re.search(r"(?:^|\n)[ \t]*(?:\d[\d.:apm -]*)?$", cx.text[max(0, start - 12):start]):
        return True
    sentence = re.split(r"(?<=[.!?])\s", cx.text[max(0, start - 160):end + 100])
    return bool(_MARKET.search(" ".join(p for p in sentence if cx.text[start:end] in p)))


def _story_period(cx: Context, start: int, end: int) -> str | None:
    """A past year, month or season the story is telling, named a sentence or two before a clock
    time in a past clause ("In 1989 the tanker ran aground at 10 p.m."): the time is on some day of
    it, not on the report's day."""
    a = cx.anchor
    if a is None or a.precision not in ("year", "month", "season", "quarter", "half") or not 0 < start - cx.anchor_pos <= 320:
        return None
    if a.value[:4] == str(cx.dct.year) and (a.precision == "year" or a.value[:7] == cx.dct.isoformat()[:7]):
        return None  # the report's own year or month holds the report's day
    between = cx.text[cx.anchor_pos:start]
    if "\n\n" in between or len(re.findall(r"[.!?]\s", _unabbreviate_clock(between))) > 1:
        return None
    return a.value if cx.tense(start, end) == "past" and not _label_or_market(cx, start, end) else None


# A clock time in a sentence about what happens as a rule ("calls at 3am are common", "he usually
# wakes at 5 a.m.") is a time of any day (TimeML's XXXX-XX-XX), not one on the report's day.
_HABIT_WORDS = re.compile(r"(?i)\b(?:usually|normally|typically|often|always|routinely|generally|regularly|sometimes|rarely|"
                          r"seldom|never(?!\smind)|every|each|daily|nightly|whenever|common|commonly|customarily|habitually|"
                          r"most (?:days|nights|mornings|evenings)|as a rule)\b")
_NOT_HABIT_WORDS = re.compile(rf"(?i)\b(?:will|would|shall|['’]ll|going to|today|tonight|tomorrow|yesterday|last|next|this|"
                              rf"now|ago|{WEEKDAY_LOWER}|{MONTH_LOWER})\b|\b(?:May|March)\s\d|\d\s(?:May|March)\b")


_RECURRING_DAY = re.compile(rf"(?i)\b(?:{WEEKDAY_FULL})(?:s\b|\s(?:nights|mornings|evenings|afternoons)\b)")


def _habitual_clock(cx: Context, start: int, end: int) -> bool:
    left = _unabbreviate_clock(cx.text[max(0, start - 160):start])
    left = re.split(r"[.!?;:\n]\s", left)[-1]
    right = re.split(r"[.!?;:\n](?:\s|$)", _unabbreviate_clock(cx.text[end:end + 160]))[0]
    sentence = f"{left} {right}"
    recurring = _RECURRING_DAY.search(sentence)  # "on Thursday nights at 7-8pm": every Thursday's
    if not (_HABIT_WORDS.search(sentence) or recurring) or _NOT_HABIT_WORDS.search(_RECURRING_DAY.sub(" ", sentence)):
        return False
    # ("can be heard on Thursday nights": a participle after "be" is no past tense)
    words = re.findall(r"[a-z']+", re.sub(r"(?i)\b(?:be|being)\s[a-z]+", " ", sentence.lower()))
    return not any(w in PAST for w in words) and cx.tense(start, end) != "past"


_RANGE_JOIN = re.compile(r"\s?(?:-|–|\s(?:and|to|until|till)\s)\s?")
# A weekday after an aside closing a clock time: "1425 local time (1925 GMT) on Thursday", "(1925 GMT) on Thursday".
_DAY_AFTER_ASIDE = re.compile(rf"(?:\s?local time)?(?:\s?\([^()\n]{{1,30}}\)|\))\s{{1,2}}(?:on\s)?(?P<wd>{WEEKDAY_FULL})\b")
# The start of a clock range written with a dash: "9.00pm-" before "12.30 am".
_CLOCK_RANGE_START = re.compile(r"\b(?P<h>1[0-2]|0?[1-9])[.:](?P<mi>[0-5]\d)\s?(?P<ap>[ap]\.?m\.?)\s?[-–]\s?$", re.I)


def _clock_range_day(m: re.Match[str], cx: Context) -> dt.date | None:
    """The day of a clock range's end, when the start has none of its own ("from 9 a.m. to noon
    on Friday")."""
    join = _RANGE_JOIN.match(cx.text, m.end())
    if join is None:
        return None
    time_rule = next(r for r in RULES if r.name == "time")
    other = time_rule.regex().match(cx.text, join.end())
    if other is None or not (other["wd"] or other["mon2"] or other["mon3"] or other["mon"] or other["nm"] or other["rel"]):
        return None
    result = _time(other, cx)
    return dt.date.fromisoformat(result[1][:10]) if result else None


_LABEL_AFTER = re.compile(r"\s{0,2}(?:[-–—:|]|\()")


def _story_day(cx: Context, start: int, end: int) -> dt.date | None:
    """The day a bare clock time is on when the story is telling another day than the report's:
    "On Monday, a fire broke out at the mill. Crews arrived at 10:30 p.m." is Monday night. The
    day must be the last date named, a sentence or two before, on the same side of the DCT as
    the time's own clause ("The vote is on Friday. Polls open at 7 a.m."); a live-page label
    ("3.50 pm: ..."), a listing line or a clause that turns to the report's day keeps the DCT."""
    a = cx.anchor
    # a past story told hour by hour ("By 1 a.m., on April 20, ... at 5:44 a.m. ... By 8 p.m.")
    # stays on its day for as long as no other date is named
    hourly = a is not None and a.date < cx.dct and bool(_CLOCKISH.match(cx.text, cx.anchor_pos))
    if a is None or a.precision != "day" or a.date == cx.dct or not 0 < start - cx.anchor_pos <= (4000 if hourly else 320):
        return None
    between = cx.text[cx.anchor_pos:start]
    if "\n\n" in between or (not hourly and len(re.findall(r"[.!?]\s", _unabbreviate_clock(between))) > 2):
        return None
    if _label_or_market(cx, start, end):
        return None
    if re.search(r"(?i)\b(?:since|after|before)\s(?:the\s)?$", cx.text[max(0, cx.anchor_pos - 10):cx.anchor_pos]) \
            or _EVENT_NAMED.match(cx.text, cx.anchor_pos + len(_anchor_text(cx.text, cx.anchor_pos))) \
            or _EVENT_BEFORE.search(cx.text, max(0, cx.anchor_pos - 24), cx.anchor_pos):
        return None  # "since 20 April", "the April 20 blast": a background date, not the story's day
    # the time's own sentence decides (a period after a day number, "March 16.", must end it)
    left = cx.text[max(0, start - 200):start]
    cut = max((b.end() for b in re.finditer(r"[.!?]\s", _unabbreviate_clock(left))), default=0)
    sentence = Context(text=left[cut:] + cx.text[start:end + 200], dct=cx.dct, dct_time=None, timezone=None)
    tense = sentence.toward(len(left) - cut, len(left) - cut + end - start)  # ("By 8 p.m., the test had ended")
    # a story about an earlier day is told in the past; one about a day ahead is not. A date that
    # opens the line and the time's own sentence is the entry's heading ("13 October 2011 Fans
    # line up from 7:30 am"): whatever the tense of a dated log's entry, its clock is that day's
    heading = a.date < cx.dct and len(left) - cut >= start - cx.anchor_pos and _opens_line(cx.text, cx.anchor_pos)
    if not heading and ((a.date < cx.dct and tense != "past") or (a.date > cx.dct and tense == "past")):
        return None
    return a.date


def _opens_line(text: str, pos: int) -> bool:
    """Does the date at ``pos`` open its line (a log entry's or a chronology's heading)?"""
    return not text[text.rfind("\n", 0, pos) + 1:pos].strip(" *-•\t")


_EVENT_NAMED = re.compile(rf"(?:,? \d{{4}})?\s(?:[\w-]+\s){{0,2}}{_DONE_EVENTS}\b")  # "the April 20 rig explosion"
_MARKET = re.compile(r"(?i)\b(?:shares|stocks?|index|pence|traded|trading|futures|crude prices|the dollar|the euro)\b")


def _anchor_text(text: str, pos: int) -> str:
    """The words of a date named at ``pos`` ("April 20", "20 April"), to look at what follows it."""
    m = re.match(rf"(?:{MOND}\.?{SP}{DAY}|{DAY}{SP}{MOND}\.?|\w+)", text[pos:pos + 24])
    return m.group() if m else ""


def _unabbreviate_clock(span: str) -> str:
    """``span`` with blanks for the periods of "a.m.", "p.m." and abbreviations, which end no
    sentence (same length: offsets still hold)."""
    return re.sub(r"(?i)\b(?:[ap]\.m|jan|feb|mar|apr|aug|sept?|oct|nov|dec|mr|mrs|ms|dr|st|gen|gov|sen|rep)\.",
                  lambda m: m.group()[:-1] + " ", span)


# Live pages label each entry with a 24-hour clock time ("2140: Readers write ...", "0946: The
# minister arrives"). The same form opens chronology entries with a year ("1918: Spanish flu"),
# so only a label no news year could be (before 1000, or 2100 and after; "2050:" may open a
# forecast) is a time. The check is in ``accept`` so that a year label falls through to the year rules.
@rule("live_label", rf"{B}(?P<lh>[01]\d|2[0-3])(?P<lm>[0-5]\d)(?=:\s[A-Z\"'‘“])",
      accept=lambda m, text: not 1000 <= int(m["lh"] + m["lm"]) < 2100 and (
          m.start() == 0 or bool(re.search(r"(?:\n|[.!?\"”]\s)$", text[max(0, m.start() - 2):m.start()]))))
def _live_label(m: re.Match[str], cx: Context) -> Result | None:
    return "TIME", f"{cx.dct.isoformat()}T{m['lh']}:{m['lm']}", None


_ABBREVIATIONS = frozenset([*MONTH_ABBREVIATIONS, *WEEKDAY_ABBREVIATIONS, "p.m", "a.m", "mr", "mrs", "ms", "dr", "st", "gen", "gov", "sen", "rep", "no"])


def _same_sentence(span: str) -> bool:
    """No sentence boundary in ``span`` (abbreviations such as "Feb." and "p.m." are not one)."""
    for b in re.finditer(r"[.;!?]\s", span):
        if span[b.start()] != ".":
            return False
        word = re.search(r"([\w.]+)$", span[:b.start()])
        if not word or word.group(1).lower() not in _ABBREVIATIONS:
            return False
    return True


def _digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


# Days that name an event: "the Sept. 11 attacks" is 2001, "the Jan. 6 riot" 2021,
# whatever the DCT; only when the event noun follows, so "on Jan. 6" stays relative.
_FAMOUS_DAYS = {
    (9, 11): (2001, re.compile(r"(?:,|\s)\s?(?:terror(?:ist)?\s)?(?:attacks?|hijack\w*|commission|memorial|museum|"
                               r"victims|responders|anniversary|era|families)\b")),
    (10, 7): (2023, re.compile(r"\s(?:attacks?|massacre|assault|hostages?|raid|invasion)\b")),
    (1, 6): (2021, re.compile(r"\s(?:attack|riot|rioters?|insurrection|committee|panel|defendants?|"
                              r"Capitol|prosecutions?|cases?|pardons?|probe|hearings?)\b")),
}


_SHARED_YEAR = re.compile(rf"(?:{SP}(?i:and|or|to|through)|\s?[-–])\s{{0,3}}{DAY},?\s{{0,3}}(?P<y>{YEAR})")
# Before a full date, weekday abbreviations need no period: "Fri 27 Feb 2026" (online bylines).
WD_DATE = rf"(?:{WD}|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?![\w.]))"


# "December the second, 2020", "June the 14th": a month, "the" and an ordinal day; a lower-case
# word after a bare ordinal means the ordinal belongs to a noun ("in December the second wave hit")
# ("Wednesday January the 12th": the weekday before the date is part of it)
@rule("month_the_day", rf"{B}(?:{WD_DATE},?{SP})?(?P<mon>{MONTH_FULL}){SP}(?i:the){SP}(?P<dayw>{DAY_WORD}|(?:3[01]|[12]\d|0?[1-9])(?i:st|nd|rd|th))"
                       rf"(?![\w-])(?:,?{SP}(?P<year>{YEAR}))?",
      accept=lambda m, text: bool(m["year"]) or not re.match(r"\s[a-z]", text[m.end():m.end() + 2])
      or bool(re.match(r"\s(?:and|or|at|in|on|to|until|when|was|were|is|will|of)\b", text[m.end():m.end() + 7])))
def _month_the_day(m: re.Match[str], cx: Context) -> Result | None:
    mon, w = _mon(m["mon"]), m["dayw"]
    d = int(w[:-2]) if w[0].isdigit() else DAY_WORDS[" ".join(w.lower().split())]
    date = _date(int(m["year"]) if m["year"] else _year_for(cx, mon, d, m.start(), m.end()), mon, d)
    return ("DATE", date.isoformat(), None) if date else None


def _weekday_year(cx: Context, wd: int, mon: int, d: int) -> int | None:
    """A weekday pins the year of a month and day: the closest year in which the date falls on it."""
    for cand in (cx.dct.year, cx.dct.year + 1, cx.dct.year - 1):
        dd = _date(cand, mon, d)
        if dd and dd.weekday() == wd:
            return cand
    return None


@rule("date_mdy", rf"{B}(?:(?P<drel>(?i:last|next|this past|this coming)){SP})?(?:(?P<wd>{WD_DATE}),?{SP})?(?P<mon>{MOND}){SP}(?P<day>{DAY})(?!{SP}(?i:percent|%|p\.m|a\.m))"
                  rf"(?:(?:,?{SP}|,)(?P<year>{FULL_DATE_YEAR})|{SP}{SHORT_YEAR}|{OF_STORY_YEAR})?")
def _date_mdy(m: re.Match[str], cx: Context) -> Result | None:
    mon = _mon(m["mon"])
    d = int(_digits(m["day"])) if m["day"] else DAY_WORDS[" ".join(m["dayw"].lower().split())]
    y = int(m["year"]) if m["year"] else None
    if m["yy"]:  # "'05": the century that puts it at most ten years after the DCT
        y = cx.dct.year // 100 * 100 + int(m["yy"])
        y = y if y <= cx.dct.year + 10 else y - 100
    famous = _FAMOUS_DAYS.get((mon, d))
    if y is None and famous and famous[1].match(cx.text, m.end()):
        return "DATE", f"{famous[0]}-{mon:02d}-{d:02d}", None
    if y is None and m["wd"]:
        y = _weekday_year(cx, _wd(m["wd"]), mon, d)
    if y is None:  # "June 3 and 4, 1989": the year written once for both days
        shared = _SHARED_YEAR.match(cx.text, m.end())
        if shared:
            y = int(shared["y"])
    drel = (m.groupdict().get("drel") or "").lower()
    if y is None and drel:  # "last Oct. 23": the latest one before the DCT; "next June 1" the first after
        y = cx.dct.year
        if drel in ("last", "this past") and (mon, d) >= (cx.dct.month, cx.dct.day):
            y -= 1
        elif drel in ("next", "this coming") and (mon, d) <= (cx.dct.month, cx.dct.day):
            y += 1
    if y is None and m["ayear"]:  # "Dec. 31 of the previous year": counted from the story's date
        y = cx.anchor_or_dct().date.year + _ANAPHORIC_SHIFT.get(" ".join(m["ayear"].lower().split()[:-1]), 0)
    if y is None:
        y = _year_for(cx, mon, d, m.start(), m.end())
    date = _date(y, mon, d)
    return ("DATE", date.isoformat(), None) if date else None


@rule("day_list", rf"{B}(?:(?P<wd>{WD_DATE}),?{SP})?(?P<day>{DAY})(?=(?:,{SP}{DAY}){{0,4}}(?:,?{SP}(?i:and|or|&|to|through|until|till){SP}|\s?[-–]\s?)"
                  rf"(?:{WD_DATE},?{SP})?{DAY}{SP}(?P<lmon>{MOND})"
                  rf"(?:,?{SP}(?P<lyear>{YEAR}))?)", accept=lambda m, text: _range_starts(m, text))
def _day_list(m: re.Match[str], cx: Context) -> Result | None:
    """ "On 14 and 21 May 2010", "from 14 to 21 May", "18-19 May", "Monday 14 to Friday 18 June":
    the first days of a list or range share the month written after the last."""
    mon, d = _mon(m["lmon"]), int(_digits(m["day"]))
    y = int(m["lyear"]) if m["lyear"] else (m["wd"] and _weekday_year(cx, _wd(m["wd"]), mon, d)) or _year_for(cx, mon, d, m.start(), m.end())
    date = _date(y, mon, d)
    return ("DATE", date.isoformat(), None) if date else None


@rule("range_end_day", rf"(?<=\d[-–])(?P<day>{DAY})(?:,?{SP}(?P<year>{YEAR}))?(?!\w|{SP}(?i:percent|million|billion|[ap]\.?m))",
      accept=lambda m, text: bool(_MONTH_DAY_DASH.search(text, max(0, m.start() - 16), m.start()))
      and _range_goes_on(m, text))
def _range_end_day(m: re.Match[str], cx: Context) -> Result | None:
    """ "May 18-19, 2010": the last day of a range keeps the month written before the first."""
    mon = _mon(_MONTH_DAY_DASH.search(cx.text, max(0, m.start() - 16), m.start())["mon"])
    a = cx.anchor
    if m["year"]:
        y = int(m["year"])
    elif a is not None and a.precision == "day" and a.date.month == mon and 0 < m.start() - cx.anchor_pos <= 16:
        y = a.date.year  # the first day's year, however it was decided
    else:
        y = _year_for(cx, mon, int(_digits(m["day"])), m.start(), m.end())
    date = _date(y, mon, int(_digits(m["day"])))
    return ("DATE", date.isoformat(), None) if date else None


def _range_starts(m: re.Match[str], text: str) -> bool:
    """A day before a dash starts a range only if the next day is later ("3-1 May 5" is a score)."""
    after = re.match(r"\s?[-–]\s?(\d{1,2})", text[m.end():m.end() + 6])
    return after is None or int(_digits(m["day"])) < int(after[1])


# "between June 3 and 6", "from May 18 to 21": the last day of a range written with words
_MONTH_DAY_WORDS = re.compile(rf"(?<![\w])(?P<mon>{MOND}){SP}(?P<first>{DAY}){SP}(?i:and|to|through|until|till){SP}$")


# Words that may follow the last day of a range ("found June 23 to 27 near the well"), where a
# number's noun ("June 3 and 6 people") may not.
_AFTER_RANGE_END = (r"(?:when|while|but|in|at|on|as|after|before|with|similar|during|near|off|across|from|by|for|"
                    r"than|that|which|where|is|was|were|are|will|would|has|had|and|or)")


@rule("range_and_day", rf"(?:(?<=\d and )|(?<=\d to )|(?<=\d through )|(?<=\d until )|(?<=\d till ))(?P<day>{DAY})"
                       rf"(?:(?:,?{SP}|,)(?P<year>{YEAR}))?(?![\w%]|\s(?!{_AFTER_RANGE_END}\b)(?:[a-z]|[ap]\.?m\b)|\s?[-–/:.]\d)",
      accept=lambda m, text: bool(_MONTH_DAY_WORDS.search(text, max(0, m.start() - 24), m.start()))
      and int(_MONTH_DAY_WORDS.search(text, max(0, m.start() - 24), m.start())["first"].rstrip("stndrh")) < int(_digits(m["day"])))
def _range_and_day(m: re.Match[str], cx: Context) -> Result | None:
    """ "Conducted between June 3 and 6": the last day keeps the month of the first (and its year)."""
    before = _MONTH_DAY_WORDS.search(cx.text, max(0, m.start() - 24), m.start())
    mon, a = _mon(before["mon"]), cx.anchor
    if m["year"]:
        y = int(m["year"])
    elif a is not None and a.precision == "day" and a.date.month == mon and 0 < m.start() - cx.anchor_pos <= 24:
        y = a.date.year
    else:
        y = _year_for(cx, mon, int(_digits(m["day"])), m.start(), m.end())
    date = _date(y, mon, int(_digits(m["day"])))
    return ("DATE", date.isoformat(), None) if date else None


def _range_goes_on(m: re.Match[str], text: str) -> bool:
    """After a dash, a day ends a range only if it follows the first day ("18-19 May", not a
    score: "won 3-1 May 5")."""
    before = re.search(r"(\d{1,2})[-–]$", text[max(0, m.start() - 3):m.start()])
    return before is None or not m["day"] or int(before[1]) < int(_digits(m["day"]))


_MONTH_DAY_DASH = re.compile(rf"(?<![\w])(?P<mon>{MOND}){SP}{DAY}[-–]$")
# "18-19 May": the second day follows a dash, which elsewhere marks the inside of a number
DASH_DAY = r"(?:(?<=(?<![\w.\-/])\d[-–])|(?<=(?<![\w.\-/])\d\d[-–]))"


# "the 20th of April", "the twentieth of April" own their article; in "the 20 April explosion" it is the noun's
_THE_OWNED = rf"(?:3[01]|[12]\d|0?[1-9])(?i:st|nd|rd|th)|(?:3[01]|[12]\d|0?[1-9]){SP}(?i:of){SP}|{DAY_WORD}"


@rule("date_dmy", rf"(?:{B}|{DASH_DAY})(?:(?P<wd>{WD_DATE}),?{SP})?(?:(?i:the){SP}(?={_THE_OWNED}))?(?:(?P<day>{DAY}){SP}(?:(?i:of){SP})?"
                  rf"|(?P<dayw>{DAY_WORD}){SP}(?i:of){SP})(?P<mon>{MOND})"
                  rf"(?:(?:,?{SP}|,)(?P<year>{FULL_DATE_YEAR})|{SP}{SHORT_YEAR}|{OF_STORY_YEAR})?", accept=lambda m, text: _range_goes_on(m, text)
      # ("the Fourth of July weekend": the holiday's weekend, which the holiday rule reads from "Fourth")
      and not (m["dayw"] and re.match(r"\s(?:holiday\s)?weekend\b", text[m.end():m.end() + 16])))
def _date_dmy(m: re.Match[str], cx: Context) -> Result | None:
    return _date_mdy(m, cx)


@rule("ordinal_day", "(?:" + "|".join(rf"(?<=\b(?i:{w}) )" for w in ("on", "by", "until", "till", "since", "from", "before", "after"))
      + rf"){ORDINAL_DAY}")
def _ordinal_day_rule(m: re.Match[str], cx: Context) -> Result | None:
    d = _ordinal_day(cx, m.group(), m.start(), m.end())
    return ("DATE", d.isoformat(), None) if d else None


def _ordinal_day(cx: Context, text: str, start: int, end: int) -> dt.date | None:
    """"on the 20th": that day of the month the story is in (the last month or day named, as in
    "the April 20 blast ... at 3 o'clock on the 20th"), else of the DCT's month, or the month
    before in a past clause ("it closed on the 28th", told on the 3rd) or after in a future one."""
    n = int(re.search(r"\d+", text)[0])
    a = cx.anchor
    tense = cx.toward(start, end)
    if a is not None and a.precision in ("day", "month") and 0 < start - cx.anchor_pos <= 3000:
        y, mo = a.date.year, a.date.month
        later = tense == "future" and n < a.date.day
        if later:
            y, mo = (y, mo + 1) if mo < 12 else (y + 1, 1)  # "closed on the 28th and will reopen on the 2nd"
        d = _date(y, mo, n)
        if d is None or not ((later and d < cx.dct) or (tense == "past" and d > cx.dct)):
            return d  # (a day on the wrong side of the DCT for its clause is in the DCT's month)
    y, mo = cx.dct.year, cx.dct.month
    if tense == "past" and n > cx.dct.day:
        y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
    elif tense == "future" and n < cx.dct.day:
        y, mo = (y, mo + 1) if mo < 12 else (y + 1, 1)
    return _date(y, mo, n)


@rule("month_year", rf"{B}(?P<mon>{MOND}),?{SP}(?:(?i:of){SP})?(?P<year>{YEAR})")
def _month_year(m: re.Match[str], cx: Context) -> Result | None:
    return "DATE", V.month(int(m["year"]), _mon(m["mon"])), None


SPOKEN_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
SPOKEN_ONES = "one|two|three|four|five|six|seven|eight|nine"


@rule("spoken_year",
      rf"{B}(?:(?P<mon>{MONTH_FULL}){SP})?(?:(?i:the year){SP})?"
      rf"(?:(?i:nineteen){SP}(?P<tens>(?i:{SPOKEN_TENS}))(?:[- ](?P<ones>(?i:{SPOKEN_ONES})))?"
      rf"|(?P<k>(?i:two thousand))(?:(?: and)? (?P<k1>(?i:{SPOKEN_ONES}|ten|eleven|twelve)))?(?![- ]hundred))(?![\w-])",
      accept=lambda m, text: bool(m["tens"]) or bool(re.search(r"(?i)(?:year|in|since|by|until|of)\W{1,3}$",
                                                              text[max(0, m.start() - 12):m.start()])
                                                     or m.group(0).lower().startswith("the year")))
def _spoken_year(m: re.Match[str], cx: Context) -> Result | None:
    if m["tens"]:
        y = 1900 + TENS[m["tens"].lower()] + (int(number(m["ones"]) or 0) if m["ones"] else 0)
    else:
        y = 2000 + (int(number(m["k1"]) or 0) if m["k1"] else 0)
    if m["mon"]:
        return "DATE", V.month(int(y), _mon(m["mon"])), None
    return "DATE", str(int(y)), None


# -------------------------------------------------------------- day words
_TITLE_BEFORE = re.compile(r"[A-Z][\w.'-]*\s$")


_GENERIC_AFTER_TODAY = re.compile(
    r"['’]s\s(?:world|technology|technologies|society|economy|economies|children|youth|young|generation|"
    r"standards|culture|politics|media|workforce|workers|students|families|consumers|military|weapons|"
    r"AI|America|Europe|China|global)\b")


_SHOW_AFTER = re.compile(r"[\"”’']?\s(?:show|programme|program|broadcast)\b")


def _dayword_ok(m: re.Match[str], text: str) -> bool:
    """Not a name ("USA Today", "VOA Today") nor a generic noun ("the people of tomorrow")."""
    before = text[max(0, m.start() - 20):m.start()]
    if m["rel"][0].isupper() and _TITLE_BEFORE.search(before) and not re.search(r"[.!?\"']\s*\S*\s$", before) \
            and not (m["pod"] and m["pod"][0].islower()):
        return False  # ("This Morning" is a show; in "Productions This morning, ..." a new sentence starts)
    if m["rel"][0].isupper() and m.start() > 0 and (
            _SHOW_AFTER.match(text, m.end()) or (text[m.start() - 1] in "\"“‘'" and text[m.end():m.end() + 1] in "\"”’'"
                                                 and not re.match(r"['’]s\b", text[m.end():m.end() + 2]))):
        return False  # NBC's "Today" show, 'Tonight': a programme's name in quotes, not the day ('"Today's deal'
        # opens a quotation: its apostrophe is a possessive, no closing quote)
    return not (m["rel"].lower() == "tomorrow" and not m["pod"] and before.lower().endswith(" of ")
                and not re.match(r"'s|\s(?:morning|afternoon|evening|night)", text[m.end():m.end() + 8]))
def _untold_day(m: re.Match[str], cx: Context, rel: str) -> bool:
    """Is this a day the text refers to but never dated? "that night" with no date told before it:
    a writer names the report's own day "today" or "tonight", not "that day"."""
    return rel.startswith("that") and cx.anchor is None


def _untold_value(m: re.Match[str], cx: Context) -> Result | None:
    """All that is known of an undated day: past or ahead (else it is left untagged)."""
    tense = cx.tense(m.start(), m.end())
    return ("DATE", "PAST_REF", None) if tense == "past" else ("DATE", "FUTURE_REF", None) if tense == "future" else None


@rule("anaphoric_part_of_day",
      rf"{B}(?P<rel>(?i:the next|the following|the previous|the preceding|that same|that very|that|the same)){SP}(?P<pod>{POD})(?![\w-])")
def _anaphoric_part_of_day(m: re.Match[str], cx: Context) -> Result | None:
    """ "The next morning": the part of the day after the date last mentioned."""
    rel = m["rel"].lower()
    shift = {"the next": 1, "the following": 1, "the previous": -1, "the preceding": -1}.get(rel, 0)
    if rel in ("the same", "that", "that same", "that very") and _untold_day(m, cx, rel):
        return _untold_value(m, cx)
    a = cx.day_anchor_or_anchor(m.start())
    if a.precision != "day":
        # "that night" after "in 1988": a night of that year, not the year's mid-point
        return "DATE", a.value, None
    d = a.date + dt.timedelta(days=shift)
    return "TIME", f"{d.isoformat()}T{PARTS[m['pod'].lower()]}", None


# What people do every morning or night ("when I get up in the morning", "goes to bed at night")
_HABIT_BEFORE = re.compile(r"(?i)\b(?:wake|wakes|waking|get up|gets up|getting up|go to bed|goes to bed|going to bed|"
                           r"usually|always|often|normally|typically)\b(?:\s[a-z]+){0,2}\s(?:in|during|at|by)\s(?:the\s)?$")


_ON_DATE_AFTER = re.compile(rf"{SP}(?i:on){SP}(?P<date>(?P<mon>{MOND}){SP}(?P<day>{DAY})|(?P<day2>{DAY}){SP}(?P<mon2>{MOND}))"
                            rf"(?:,?{SP}(?P<year>{YEAR}))?")


@rule("part_of_day",
      rf"{B}(?:(?P<pre>(?i:the|early|late|mid-?|mid)[ -]?))?(?P<pod>{POD})(?:{SP}(?:(?i:of){SP})?(?P<day>{RELDAY}|{WEEKDAY_FULL}))?(?![\w-])"
      rf"(?:(?:,?{SP}|{SP}(?i:of){SP})(?:(?P<pmon>{MOND}){SP}(?P<pday>{DAY})|(?P<pday2>{DAY}){SP}(?P<pmon2>{MOND}))"
      rf"(?:,?{SP}(?P<pyear>{YEAR}))?)?",
      # ("midnight" is the clock's, which the time rule reads or refuses: "the After Midnight session")
      accept=lambda m, text: (m["pre"] or "").lower() + m["pod"].lower() != "midnight" and (
          bool(m["day"] or m["pmon"] or m["pmon2"]) or ((m["pre"] or "").lower().startswith("mid")) or (
          (m["pre"] or "").lower().strip() == "the" and bool(re.search(r"(?i)\b(?:in|during|by|until)\s$", text[max(0, m.start() - 8):m.start()]))
          and not re.match(r"\s(?:of|before|after)\b", text[m.end():m.end() + 8]))))
def _part_of_day(m: re.Match[str], cx: Context) -> Result | None:
    day = (m["day"] or "today").lower()
    a = cx.anchor
    if not (m["day"] or m["pmon"] or m["pmon2"]) and _HABIT_BEFORE.search(cx.text, max(0, m.start() - 40), m.start()):
        return None  # "I wake up in the morning and ...": any morning, a habit, not a day's
    if (m["pmon"] or m["pmon2"]) and (not m["day"] or m["day"].lower() not in ("yesterday", "today", "tomorrow", "tonight")):
        # "the night of Friday, Oct. 23", "the morning of 25 June 2009": the explicit date, not the nearest Friday
        mon, dd = _mon(m["pmon"] or m["pmon2"]), int(_digits(m["pday"] or m["pday2"]))
        y = int(m["pyear"]) if m["pyear"] else (_weekday_year(cx, _wd(m["day"]), mon, dd) if m["day"] else None)
        d = _date(y if y is not None else _year_for(cx, mon, dd, m.start(), m.end()), mon, dd)
        if d is None:
            return None
    elif not m["day"] and (on := _ON_DATE_AFTER.match(cx.text, m.end())):
        # "later in the evening on November 18": the evening of the date that follows (tagged on its own)
        mon, dd = _mon(on["mon"] or on["mon2"]), int(_digits(on["day"] or on["day2"]))
        d = _date(int(on["year"]) if on["year"] else _year_for(cx, mon, dd, on.start("date"), on.end()), mon, dd)
        if d is None:
            return None
    elif not m["day"] and a is not None and a.precision == "day" and (0 <= m.start() - cx.anchor_pos < 300 or (
            _told_day(cx, m.start(), m.end()) is not None)):
        # "crashed Friday. Dealers placed orders in the morning": that day's morning; "happened on
        # the night of April 20 ... [no other date] ... it ignited in the night": the story's day
        d = a.date
    elif day in ("yesterday", "today", "tomorrow", "tonight"):
        d = _relday(cx, day)
    else:
        d = _weekday(cx, _wd(day), m.start(), m.end())
    pre = (m["pre"] or "").lower().strip(" -")
    mod = {"early": "START", "late": "END", "mid": "MID"}.get(pre)
    return "TIME", f"{d.isoformat()}T{PARTS[m['pod'].lower()]}", mod


_ADVERB_AFTER = re.compile(r"\s(?:and|or|to|in|on|at|for|from|since|through|until|by|after|before|as|while|when|amid|but|"
                           r"into|local|Eastern|ET|GMT|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


#: "It doesn't happen overnight", "Attitudes won't change overnight", "can't be fixed overnight", "became famous
#: overnight": "overnight" for "all at once", a manner, no night. A change that is denied or made sudden, up to the
#: word; a night's work ("crews will not work overnight", "the oil did not come ashore overnight", "the attack
#: happened overnight") stays a time.
_CHANGE_VERBS = (r"(?:change|come|go\s+away|disappear|vanish|switch|turn\s+around|solve|fix|cure|build|transform|reverse|"
                 r"recover|rebuild|(?:be|been|get)\s+(?:[a-z]+\s+){0,2}?(?:solved|fixed|done|cured|built|undone|reversed|"
                 r"repaired|restored|replaced|changed|transformed|rebuilt|cleaned\s+up))")
_NOT_YET = r"(?:\b(?:can|cannot|could|will|would|does|do|is|are|wo|ca)(?:\s*not|n['’]?t)|\bnever|\bnot\s+going\s+to)"
_SUDDENLY_BEFORE = re.compile(
    r"(?i)(?:\bhappen(?:s|ing)?|\b(?:did(?:\s+not|n['’]t)|never)\s+happen(?:ed)?|\bfamous|"
    r"\b(?:made|makes|make)\s+(?:his|her|their|its)\s+names?|"
    + _NOT_YET + r"\s+(?:(?:just|simply|really|all)\s+)*" + _CHANGE_VERBS + r"(?:\s+[\w'’-]+){0,6}?)\s+$")


@rule("overnight", rf"{B}(?P<o>(?i:overnight))(?:{SP}(?P<day>{WEEKDAY_FULL}|(?i:yesterday|today)))?(?![\w-])",
      # ("vanished virtually overnight": very fast, no night)
      accept=lambda m, text: not re.search(r"(?i)\b(?:an?|the|virtually|almost|practically|nearly|literally|seemingly)\s$",
                                           text[max(0, m.start() - 12):m.start()])
      and not _SUDDENLY_BEFORE.search(text, max(0, m.start() - 90), m.start())
      and (not re.match(r"\s[a-z]", text[m.end():m.end() + 2]) or bool(_ADVERB_AFTER.match(text, m.end()))))
def _overnight(m: re.Match[str], cx: Context) -> Result | None:
    """ "Oil jumped overnight": the night into the DCT (into the next day if future).
    Only the adverb: "overnight rates", "an overnight stay" are not times."""
    if m["day"]:  # "fell overnight Tuesday": the night of that day
        day = m["day"].lower()
        d = _relday(cx, day) if day in ("yesterday", "today") else _weekday(cx, _wd(day), m.start(), m.end())
        return "TIME", f"{d.isoformat()}TNI", None
    if (told := _told_day(cx, m.start(), m.end())) is not None and told < cx.dct - dt.timedelta(days=1):
        return "TIME", f"{told.isoformat()}TNI", None  # "On April 20 the rig exploded. Overnight, the fire spread"
    d = cx.dct if cx.tense(m.start(), m.end()) == "future" else cx.dct - dt.timedelta(days=1)
    return "TIME", f"{d.isoformat()}TNI", None


def _told_day(cx: Context, start: int, end: int, reach: int = 1000) -> dt.date | None:
    """The day a story in the past is telling, when a night or morning with no day of its own goes
    on telling it: a day was the last date named, a few sentences back, and the clause is past
    ("what happened on the night of April 20 ... it ignited in the night"), not the report's."""
    a = cx.anchor
    if a is None or a.precision != "day" or not 0 <= start - cx.anchor_pos < reach or a.date > cx.dct:
        return None
    if cx.tense(start, end) != "past" or cx.past_plan or reported(cx.text, start):
        return None  # ("Overnight, the Justice Department said": a source's words are the report's news)
    return a.date


@rule("day_beyond", rf"{B}(?i:the day)(?: (?P<dir>(?i:before yesterday|after tomorrow)))(?![\w-])")
def _day_beyond(m: re.Match[str], cx: Context) -> Result | None:
    """ "The day before yesterday", "the day after tomorrow": two days from the DCT."""
    return "DATE", (cx.dct + dt.timedelta(days=-2 if m["dir"].lower().startswith("before") else 2)).isoformat(), None


@rule("day_after_event", rf"{B}(?i:the (?P<unit>day|week|month|year))(?= (?P<dir>(?i:after|before)) (?i:his|her|their|its|the) [a-z])")
def _day_after_event(m: re.Match[str], cx: Context) -> Result | None:
    """ "The day after his death", "the week before the vote": the unit after (before) the date last
    mentioned, the event's, when it was just named at least that precisely; otherwise nothing
    can be said. As in TimeML the span is "the day"; "after ..." is the signal and the event."""
    a = cx.anchor
    unit = m["unit"].lower()
    fine_enough = {"day": ("day",), "week": ("day", "week"), "month": ("day", "week", "month"),
                   "year": ("day", "week", "month", "quarter", "season", "half", "year")}[unit]
    if a is None or a.precision not in fine_enough or not 0 <= m.start() - cx.anchor_pos <= 400:
        return None
    if unit == "day" and re.fullmatch(r"[\w. ]{1,20}[,;]\s", cx.text[cx.anchor_pos:m.start()]):
        return "DATE", a.value, None  # "Oct. 12, the day before the crash": that date itself
    return "DATE", V.shift(a.date, {"day": "D", "week": "W", "month": "M", "year": "Y"}[unit],
                           1 if m["dir"].lower() == "after" else -1)[1], None


@rule("dayword", rf"{B}(?P<rel>(?i:yesterday|today|tomorrow|tonight|this|last))(?:{SP}(?P<pod>{POD}))?{E}",
      accept=lambda m, text: (m["rel"].lower() not in ("this", "last") or bool(m["pod"])) and _dayword_ok(m, text))
def _dayword(m: re.Match[str], cx: Context) -> Result | None:
    rel = m["rel"].lower()
    if rel == "today" and _GENERIC_AFTER_TODAY.match(cx.text, m.end()):
        return "DATE", "PRESENT_REF", None  # "today's technology": the present, not the day
    # ('"We will act today," he said on Monday', printed on Tuesday: the speaker's day)
    day = speech_day(cx.text, m.start(), m.end(), cx.dct) or cx.dct
    if rel == "tonight":
        return "TIME", f"{day.isoformat()}TNI", None
    if rel == "last":
        d = day - dt.timedelta(days=1) if m["pod"].lower() in ("night", "evening") else day
        return "TIME", f"{d.isoformat()}T{PARTS[m['pod'].lower()]}", None
    d = day + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(rel, 0))
    if m["pod"]:
        return "TIME", f"{d.isoformat()}T{PARTS[m['pod'].lower()]}", None
    return "DATE", d.isoformat(), None


# A weekday that heads a name: a paper ("the Sunday Times", "the Saturday Guardian"), a programme
# ("the Sunday Programme", "The Monday Night Club"), a day of the calendar ("Super Tuesday").
_WEEKDAY_NAME_AFTER = re.compile(r"(?:\s(?:Night|Morning|Evening|Afternoon))?\s(?:Programme|Program|Club|Half Hour|Supplement|"
                                 r"Magazine|Feature|Live|Football)\b")
# a paper or a show only after "the" or a possessive: "said Monday Post officials" is a date; the
# paper's name may come between ("the Sunday New York Times")
_WEEKDAY_PAPER_AFTER = re.compile(r"(?:\s[A-Z][a-z]+){0,2}\s(?:Times|Telegraph|Mirror|Express|Post|Herald|Guardian|Observer|Independent|Mail|Sport|"
                                  r"People|Star|Tribune|Review|Edition|Show|Service|League|School|Special|Briefing)\b")
_PAPER_BEFORE = re.compile(r"(?:\b[Tt]he|['’]s)\s$")
_WEEKDAY_NAME_BEFORE = re.compile(r"\b(?:Super|Black|Cyber|Bloody|Manic)\s$")


_EVERY_DAY_LIST = re.compile(rf"\b(?i:every|each){SP}(?:{WEEKDAY_FULL})(?:,{SP}(?:{WEEKDAY_FULL}))*(?:,?{SP}(?:and|or)|,){SP}$")


@rule("weekday",
      rf"{B}(?:(?P<rel>(?i:this past|this coming|last|next|this|the previous|the preceding|the following|the next)){SP})?"
      rf"(?P<wd>{WEEKDAY_FULL}|{WEEKDAY_LOWER})(?P<plural>s)?(?![a-z])(?:{SP}(?P<pod>{POD})(?P<pods>s)?)?(?![a-z])",
      # ("the band Happy Mondays": a plural weekday after a capitalized word inside a sentence is a name)
      accept=lambda m, text: not (m["plural"] and re.search(r"[a-z,]\s[A-Z][a-z]+\s$", text[max(0, m.start() - 24):m.start()]))
      and not (m["wd"][:1].isupper() and (
          _WEEKDAY_NAME_AFTER.match(text, m.end("wd")) or _WEEKDAY_NAME_BEFORE.search(text, max(0, m.start() - 8), m.start())
          or (_WEEKDAY_PAPER_AFTER.match(text, m.end("wd")) and _PAPER_BEFORE.search(text, max(0, m.start() - 6), m.start())))))
def _weekday_rule(m: re.Match[str], cx: Context) -> Result | None:
    wd = _wd(m["wd"])
    if m["plural"] or m["pods"] or _EVERY_DAY_LIST.search(cx.text, max(0, m.start() - 60), m.start()):
        # ("every Tuesday and Thursday", "each Monday, Wednesday or Friday": every day of the list)
        pod = f"T{PARTS[m['pod'].lower()]}" if m["pod"] else ""
        return "SET", f"XXXX-WXX-{wd + 1}{pod}", None
    d = _weekday(cx, wd, m.start(), m.end(), m["rel"] or "")
    if m["pod"]:
        return "TIME", f"{d.isoformat()}T{PARTS[m['pod'].lower()]}", None
    return "DATE", d.isoformat(), None


# ------------------------------------------------------------------ months
_MONTH_PREP = re.compile(
    r"(?i)(?:\b(?:in|since|until|till|by|through|thru|during|from|to|before|after|of|between|and|or|as soon as|as early as|"
    r"early|late|mid|end|beginning|last|next|this|each|every|since|late|until|for)\W{1,3}|mid-)$")


_MONTH_LIST_BEFORE = re.compile(rf"\b(?:{MONTH_FULL})(?:,|,? and|,? or|\s?[-–/])\s?$")
_MONTH_LIST_AFTER = re.compile(rf"(?:,|,? and|,? or|\s?[-–/])\s?(?:{MONTH_FULL})\b")


# A verb of saying or feeling right after a bare month makes the month a person ("June tells ...")
_NAME_VERB_AFTER = re.compile(r"\s(?:says|said|tells|told|explains|explained|describes|described|recalls|recalled|"
                              r"admits|admitted|talks|talked|wrote|writes|remembers|remembered|insists|insisted)\b")


def _month_ok(m: re.Match[str], text: str) -> bool:
    """ "May" and "March" need a temporal preposition; any month followed by a
    capitalized word without one is a first name ("April Ryan", "June Carter")."""
    if m["rel"] or m["yrel"] or m["ayear"]:
        return True
    prep = bool(_MONTH_PREP.search(text[max(0, m.start() - 12):m.start()]))
    if not prep and _NAME_VERB_AFTER.match(text, m.end()):
        return False  # "June tells Kirsty Young about her life": a person who speaks ("in May admitted" is a time)
    if not prep and re.search(r"(?:\b(?i:the|its|their|a)|['’]s)\s$", text[max(0, m.start() - 6):m.start()]):
        # "the March jobs report", "Apple's September event": a month modifying a lowercase
        # noun; "the March for Life", "the May Mobility" continue a capitalized name, unless the
        # name is what the month's event happened to ("the April Deepwater Horizon explosion")
        if _EVENT_AFTER.match(text, m.end()):
            return True
        return bool(re.match(r"\s[a-z]", text[m.end():m.end() + 2])) and not re.match(
            r"\s(?:and|or|of|for|to|is|was|will|has|had|that|who|which)\b", text[m.end():m.end() + 7])
    if m["mon"].islower():
        return prep  # "in december", "since june": lower case needs the preposition a name lacks
    if m["mon"] in ("May", "March"):
        # in a list of months ("in February, March and April") the neighbour is the preposition
        return prep or bool(_MONTH_LIST_BEFORE.search(text, max(0, m.start() - 14), m.start())
                            or _MONTH_LIST_AFTER.match(text, m.end()))
    return prep or not re.match(r"\s[A-Z][a-z]", text[m.end():m.end() + 3])


@rule("month_quarter",
      rf"{B}(?P<det>(?i:the|this|last|its|their|the same|the year-ago|the year-earlier)){SP}"
      # "the July-to-September quarter", "the April-June quarter": named by its months
      rf"(?:(?P<mon0>January|April|July|October|Jan\.|Oct\.)(?:-to-|-|–| to ))?(?P<mon>March|June|September|December|Sept\.|Dec\.)"
      rf"[ -](?i:quarter)(?![\w-])")
def _month_quarter(m: re.Match[str], cx: Context) -> Result | None:
    """ "The December quarter" (how Apple and many non-calendar companies name
    quarters): the quarter ending that month; the year as for the bare month."""
    mon = _mon(m["mon"])
    det = m["det"].lower()
    if det == "this":
        y = cx.dct.year
    elif det == "last":
        y = cx.dct.year if mon < cx.dct.month else cx.dct.year - 1
    elif m["mon0"] and _mon(m["mon0"]) != mon - 2:
        return None  # "the January-September period" is no quarter
    elif m["mon0"] and _mon(m["mon0"]) <= cx.dct.month <= mon:
        y = cx.dct.year  # the quarter under way
    else:
        y = _year_for(cx, mon, None, m.start(), m.end())
    if "year-" in det:
        y -= 1
        cx.comparison = True
    return "DATE", f"{y}-Q{(mon - 1) // 3 + 1}", None


@rule("that_month_day", rf"{B}(?i:that|that same){SP}(?P<mon>{MONTH_FULL}|Sept\.|Aug\.|Oct\.|Nov\.|Dec\.|Jan\.|Feb\.){SP}(?i:day)(?![\w-])")
def _that_month_day(m: re.Match[str], cx: Context) -> Result | None:
    """ "That September day": the day of that month the story last named ("the towers fell on
    Sept. 11, 2001 ... that September day"), else the month "that September" points back to."""
    mon = _mon(m["mon"])
    d = cx.day_anchor_or_anchor(m.start())
    if d.precision == "day" and d.date.month == mon and cx.anchor is not None:
        return "DATE", d.date.isoformat(), None
    return "DATE", V.month(_that_month_year(cx, mon, m.start(), m.end()), mon), None


def _that_month_year(cx: Context, mon: int, start: int, end: int) -> int:
    """The year of "that September": the year the story is in, unless that month is still ahead
    of the report and nothing says future ("on that September day we were unprepared", told in
    January, points back to a time the reader knows, the last such month)."""
    y0, y = cx.dct.year, cx.anchor_or_dct().date.year
    if (y, mon) > (y0, cx.dct.month) and cx.anchor_or_dct().date <= cx.dct and cx.tense(start, end) != "future":
        return y0 if mon <= cx.dct.month else y0 - 1
    return y


@rule("month",
      rf"{B}(?:(?P<rel>(?i:this past|this coming|last|next|this|that)){SP})?(?P<mon>{MONTH_FULL}|{MONTH_LOWER}|Sept\.|Aug\.|Oct\.|Nov\.|Dec\.|Jan\.|Feb\.)"
      rf"(?![a-z])(?!{SP}{DAY}(?![\w,.]?\d))(?!,?{SP}{YEAR}(?![\w-]))(?:{SP}(?P<yrel>(?i:last year|this year|next year))"  # ("this June 2010 photo": the year's)
      rf"|{SP}(?i:of){SP}(?P<ayear>(?i:that year|that same year|the same year|the following year|the next year|the previous year|the year before)))?",
      accept=_month_ok)
def _month(m: re.Match[str], cx: Context) -> Result | None:
    mon = _mon(m["mon"])
    rel = (m["rel"] or "").lower()
    y0 = cx.dct.year
    if m["yrel"]:
        y = y0 + {"last year": -1, "this year": 0, "next year": 1}[m["yrel"].lower()]
    elif m["ayear"]:
        # "by June of that year", "in March of the following year": the year the story is in
        shift = {"the following year": 1, "the next year": 1, "the previous year": -1, "the year before": -1}
        y = cx.anchor_or_dct().date.year + shift.get(" ".join(m["ayear"].lower().split()), 0)
    elif rel in ("last", "this past"):
        y = y0 if mon < cx.dct.month else y0 - 1
        if rel == "last" and (cx.dct.month - mon) % 12 == 1:
            y -= 1  # said in March, "last February" is a year back: last month would be "last month"
    elif rel in ("next", "this coming"):
        y = y0 if mon > cx.dct.month else y0 + 1
    elif rel == "this":
        y = y0
    elif rel == "that":
        y = _that_month_year(cx, mon, m.start(), m.end())
    elif shared := _MONTHS_SHARE_YEAR.match(cx.text, m.end()):
        y = int(shared["y"])  # "in March and August 2006": the year written once for both
    else:
        y = _year_for(cx, mon, None, m.start(), m.end())
    return "DATE", V.month(y, mon), None


_MONTHS_SHARE_YEAR = re.compile(rf"(?:(?:,{SP}(?:{MONTH_FULL})){{0,4}},?{SP}(?:and|or|to|through|until){SP}|\s?[-–/]\s?)"
                                rf"(?:{MONTH_FULL})(?:,|{SP}(?i:of))?{SP}(?P<y>{YEAR})")  # ("March and April of 2008")


# ---------------------------------------------------------- quarters, halves
_PERIOD_DETS = {"the latest", "the same", "the comparable", "the corresponding", "the year-ago", "the year-earlier",
                "the year-before", "the prior-year"} | {f"the {y}" for y in range(1900, 2100)}
QDET = (r"(?i:the|this|last|next|the current|the latest|the same|the comparable|the corresponding|"
        r"the year-ago|the year-earlier|the year-before|the prior-year|the previous|the prior|the first|"
        r"this year's|last year's|next year's|the (?:19|20)\d\d|the fiscal)")


# Words that make a clause habitual: what it names happens every year, not once.
_HABITUAL = re.compile(r"(?i)\b(?:usually|typically|normally|generally|traditionally|customarily|tends?|tended|"
                       r"each year|every year|most years|in most years)\b")


_QUARTER_PAIR = re.compile(r"(?i)\bthe\s(?:(?:first|second|third|1st|2nd|3rd)(?:,\s|\s(?:and|or|&)\s))+$")


def _sentence_before(text: str, start: int) -> str:
    """The words of the sentence before ``start`` (at most 160 characters back)."""
    return re.split(r"[.!?\n]\s", text[max(0, start - 160):start])[-1]


# The month a quarter ends in, written after it: "the quarter that ended in June", "the quarter
# ending June 30", "the quarter to September", "the quarter through the end of March".
_QUARTER_ENDING = re.compile(r"\s(?:(?:that|which)\s)?(?:ended|ending|ends|to|through|thru)\s(?:in\s|on\s)?(?:the end of\s)?"
                             r"(?P<mon>March|June|September|December|Sept?\.|Dec\.)(?![a-z])")


@rule("quarter",
      rf"{B}(?:(?P<det>{QDET}){SP})?(?:(?P<fy>(?:19|20)\d\d){SP})?(?:(?i:fiscal)[ -])?"
      rf"(?:(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final|last))[ -](?i:quarter|qtr)"
      rf"|(?P<q>Q[1-4])|(?P<bare>(?i:quarter|period)))(?P<plural>s)?(?![\w-])"
      rf"(?:{SP}(?:(?i:of){SP})?(?:(?i:fiscal){SP})?(?P<year>{YEAR})|{SP}(?P<ago>(?i:last year|a year ago|a year earlier))|{SP}(?i:of){SP}(?P<yrel>(?i:next year|this year|the year)))?",
      accept=lambda m, text: (not m["bare"] or (m["det"] is not None and m["det"].lower() not in ("the first",)
                                                 and (m["bare"].lower() == "quarter" or m["fy"] is not None
                                                      or m["det"].lower() in _PERIOD_DETS)))
      and not re.match(r"(?i)[ -](?:century|mile|point|of an?\b|of the\b|hour|inch|cent)", text[m.end():m.end() + 10])
      # "the Quarter" mid-sentence is a name (the French Quarter), not a period
      and not (m["bare"] and m["bare"][0].isupper() and not re.search(r"(?:^|[.!?:]\s{1,3}|\n)\S*$", text[max(0, m.start() - 4):m.start()])))
def _quarter(m: re.Match[str], cx: Context) -> Result | None:
    det = (m["det"] or "").lower()
    if m["plural"]:
        if not m["ord"]:
            return None
        o = m["ord"].lower()
        q = ORDINALS.get(o, 4) if o[0].isalpha() else int(o[0])
        if m["year"] or m["fy"]:  # "the second and third quarters of 2010": that year's
            return "DATE", f"{m['year'] or m['fy']}-Q{q}", None
        before = _sentence_before(cx.text, m.start())
        if not (det or _QUARTER_PAIR.search(before)) or _HABITUAL.search(before):
            # "profit in fourth quarters", "is usually conducted in the second and fourth quarters"
            return "SET", f"XXXX-Q{q}", None
        # "sales fell in the second and third quarters": two quarters of one year, found as one is
    if m["ord"] and m["ord"].lower() == "last" and not (m["year"] or m["fy"] or m["yrel"] or m["ago"]) \
            and det in ("", "the"):
        # "a record loss in the last quarter": the latest quarter reported, not the fourth
        y, q = V.quarter_of(V.add_months(cx.dct, -3))
        return "DATE", f"{y}-Q{q}", None
    if m["ord"]:
        o = m["ord"].lower()
        q = int(o[0]) if o[0].isdigit() else ORDINALS[o]
    elif m["q"]:
        q = int(m["q"][1])
    else:
        q = None
    y0, q0 = V.quarter_of(cx.dct)
    year_ago = bool(m["ago"]) or "year-ago" in det or "year-earlier" in det or "year-before" in det or "prior-year" in det or det == "last year's" or det in ("the comparable", "the corresponding")
    cx.comparison = year_ago or (q is None and det[4:5].isdigit())
    if m["yrel"] and q is not None:  # "the first quarter of the year" is this year's, as "the first half of the year"
        return "DATE", f"{y0 + (1 if m['yrel'].lower() == 'next year' else 0)}-Q{q}", None
    if m["year"] or m["fy"]:
        y = int(m["year"] or m["fy"])
        if det.startswith("the 1") or det.startswith("the 2"):
            y = int(det[4:])
    elif det.startswith("the 1") or det.startswith("the 2"):
        y = int(det[4:])
        if q is None:  # "the 1988 quarter", "the 1988 period": the topic quarter in that year
            topic = cx.topic_quarter(m.start())
            q = topic[1] if topic else V.quarter_of(V.add_months(cx.dct, -3))[1]
            return "DATE", f"{y}-Q{q}", None
    elif det == "this year's":
        y = y0
    elif det == "next year's":
        y = y0 + 1
    elif q is None and m["bare"] and m["bare"].lower() == "quarter" \
            and (end_month := _QUARTER_ENDING.match(cx.text, m.end())) is not None \
            and not (cx.topic_quarter(m.start()) and re.search(r"(?i)\bfiscal", cx.text[max(0, m.start() - 1500):m.start()])):
        # "the quarter that ended in June", "the quarter to September": the quarter ending that
        # month, in the year the month itself is read in; a fiscal quarter named before keeps its
        # name ("its fiscal first quarter ... the quarter ended Sept. 29", as TimeML values it)
        mon = _mon(end_month["mon"])
        y = _year_for(cx, mon, None, end_month.start("mon"), end_month.end("mon"))
        return "DATE", f"{y}-Q{(mon - 1) // 3 + 1}", None
    elif q is None:
        # "the quarter", "the latest quarter": the last quarter mentioned, else the last one reported
        topic = cx.topic_quarter(m.start())
        if det == "the latest" and topic is not None and topic >= (y0, q0):
            topic = None  # "the latest quarter" is the last one completed
        a = cx.anchor
        if topic is not None and det not in ("the current", "this", "next"):
            y, q = topic
        elif topic is None and m["bare"] and m["bare"].lower() == "period" and det == "the same":
            # "the same period" with no quarter in view: the month, half or year named just
            # before; "the same period last year" with none is last year; else no guess ("the
            # latest period" of a company report is its last quarter)
            if a is not None and a.precision in ("month", "half", "season", "year") and 0 <= m.start() - cx.anchor_pos <= 200:
                return "DATE", (str(a.date.year - 1) + a.value[4:]) if year_ago else a.value, None
            return ("DATE", str(y0 - 1), None) if year_ago else None
        elif det in ("the current", "this"):
            y, q = y0, q0
        elif det == "next":
            nd = V.add_months(cx.dct, 3)
            y, q = V.quarter_of(nd)
        else:
            y, q = V.quarter_of(V.add_months(cx.dct, -3))
        if year_ago:
            y -= 1
        return "DATE", f"{y}-Q{q}", None
    elif det == "last":
        y = y0 if q < q0 else y0 - 1
    elif det == "next":
        y = y0 if q > q0 else y0 + 1
    elif det in ("this", "the current"):
        y = y0
    else:
        tense = cx.tense(m.start(), m.end())
        # a quarter just ended is still "reported" in the future tense
        if tense == "future" and q != (q0 - 2) % 4 + 1:
            y = y0 if q >= q0 else y0 + 1
        else:
            y = y0 if q <= q0 else y0 - 1
    if year_ago and not (m["year"] or m["fy"]):
        y -= 1
    if q is None:  # "the 1988 quarter", "the 1989 period": the topic quarter in that year
        topic = cx.topic_quarter(m.start())
        q = topic[1] if topic else V.quarter_of(V.add_months(cx.dct, -3))[1]
        cx.comparison = y != cx.dct.year
    return "DATE", f"{y}-Q{q}", None


@rule("half_code", rf"{B}(?P<h>H[12])(?:{SP}|-)?(?P<year>{YEAR})")
def _half_code(m: re.Match[str], cx: Context) -> Result | None:
    return "DATE", f"{m['year']}-{m['h']}", None


@rule("half",
      rf"{B}(?:(?P<det>(?i:the|this|last|next|its)){SP})?(?P<ord>(?i:first|second|last|latter|1st|2nd))(?:[ ]|(?P<adj>-))(?i:half)(?![\w-])"
      rf"(?:{SP}(?i:of){SP}(?:(?P<year>{YEAR})|(?P<yrel>(?i:the year|this year|next year|last year|fiscal {YEAR}))))?",
      accept=lambda m, text: bool(m["year"] or m["yrel"] or (m["det"] and m["det"].lower() != "the")
                                  or ((m["adj"] or not m["det"]) and m["ord"].lower() in ("first", "second")
                                      and bool(re.match(r"\s(?:profit|profits|loss|losses|net|sales|revenue|revenues|earnings|"
                                                        r"results|output|growth|operating|income|figures|performance)\b",
                                                        text[m.end():m.end() + 14])))))
def _half(m: re.Match[str], cx: Context) -> Result | None:
    h = 1 if m["ord"].lower() in ("first", "1st") else 2
    y = cx.dct.year
    if (m["adj"] or not m["det"]) and not m["year"] and not m["yrel"]:
        # "first-half profit", "first half sales" like "fourth-quarter profit": the half the tense points to,
        # a past one only once it has ended
        h0 = 1 if cx.dct.month <= 6 else 2
        if cx.tense(m.start(), m.end()) == "future":
            return "DATE", f"{y if h >= h0 else y + 1}-H{h}", None
        return "DATE", f"{y if h < h0 else y - 1}-H{h}", None
    if m["year"]:
        y = int(m["year"])
    elif m["yrel"]:
        yr = m["yrel"].lower()
        y += {"last year": -1, "next year": 1}.get(yr, 0)
        if yr.startswith("fiscal"):
            y = int(yr[-4:])
    elif (m["det"] or "").lower() == "last":
        y = y if cx.dct.month > 6 and h == 1 else y - 1
    return "DATE", f"{y}-H{h}", None


# ------------------------------------------------------------ years, decades
@rule("fiscal_year", rf"{B}(?:(?P<det>(?i:the|its)){SP})?(?i:fiscal)(?:[ -](?i:year))?{SP}(?P<year>{YEAR}|'\d\d)(?![\w-])")
def _fiscal(m: re.Match[str], cx: Context) -> Result | None:
    y = m["year"]
    if y.startswith("'"):
        yy = int(y[1:])
        y = str((1900 if yy > (cx.dct.year % 100) + 10 else 2000) + yy)
    return "DATE", y, None


DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}


_NOT_DECADE = re.compile(r"(?i)\b(?:temperatures?|degrees|highs?|lows?|mercury|thermometer|aged?|ages|in (?:his|her|their|my|our|your) "
                         r"(?:early |mid-?|late |low |high )?$|over-$|under-$|score|percent|per cent|mph|miles)\b")


def _short_decade(m: re.Match[str], text: str) -> bool:
    """ "In the 80s": a decade written without its apostrophe, after "the" or after another such
    decade ("the 50s and 60s"); not an age ("in their 20s", "over-50s") or a temperature ("highs in the 80s")."""
    before = text[max(0, m.start() - 40):m.start()]
    if _NOT_DECADE.search(before) or re.match(r"\s(?:degrees|percent|mph)\b", text[m.end():m.end() + 10]):
        return False
    return bool(m["the"]) or bool(re.search(r"\bthe (?:1[5-9]|20)?\d0s,?\s(?:and|or|to)\s$", before)) \
        or bool(_DECADE_BEFORE_SLASH.search(before))


_DECADE_PAIR = re.compile(r"\b(?P<c>1[5-9]|20)?\d0['’]?s,?\s(?:and|or|to|into)\s$")  # a decade word after a decade
# "the 1940s/50s", "the 1840/50s": a second decade after a slash, in the first one's century
DECADE_SLASH = r"(?<=\d0s/)|(?<=\d0['’]s/)|(?<=[12]\d\d0/)"
_DECADE_BEFORE_SLASH = re.compile(r"(?:\b|(?<=['’]))(?P<c>1[5-9]|20)?\d0(?:['’]?s)?/$")


@rule("decade",
      rf"(?:{B}|{DECADE_SLASH})(?:(?P<the>(?i:the)){SP})?(?:(?P<mod>(?i:early|mid|late))[- ]?)?"
      rf"(?:(?P<dec>(?:1[5-9]|20)\d0)'?s|['’]?(?P<short>\d0)s|(?P<word>(?i:{'|'.join(DECADE_WORDS)})))(?![\w'’-])",
      accept=lambda m, text: (not m["word"] or bool(m["the"]) or bool(_DECADE_PAIR.search(text, max(0, m.start() - 16), m.start())))
      and (m.group().startswith(("'", "’")) or not m["short"] or _short_decade(m, text)))
def _decade(m: re.Match[str], cx: Context) -> Result | None:
    if m["word"] and (pair := _DECADE_PAIR.search(cx.text, max(0, m.start() - 16), m.start())) and pair["c"]:
        return "DATE", f"{pair['c']}{DECADE_WORDS[m['word'].lower()]}", None  # "the 1920s and thirties": that century
    if m["dec"] and m["dec"].endswith("00") and m["dec"] < "1900":
        v = m["dec"][:2]  # "the 1800s": the century; only from 1900 on is the decade as likely
    elif m["dec"]:
        v = m["dec"][:3]
    elif m["short"] and (slash := _DECADE_BEFORE_SLASH.search(cx.text, max(0, m.start() - 8), m.start())) and slash["c"]:
        v = f"{slash['c']}{m['short'][0]}"  # "the 1940s/50s": the 1950s
    elif m["short"] and (pair := _DECADE_PAIR.search(cx.text, max(0, m.start() - 16), m.start())) and pair["c"]:
        v = f"{pair['c']}{m['short'][0]}"  # "the 1840s and 50s": the 1850s
    elif m["short"]:
        century = cx.dct.year // 100
        v = f"{century if int(m['short'][0]) <= (cx.dct.year % 100) // 10 else century - 1}{m['short'][0]}"
    else:
        v = f"{cx.dct.year // 100 - (1 if DECADE_WORDS[m['word'].lower()] > (cx.dct.year % 100) // 10 else 0)}{DECADE_WORDS[m['word'].lower()]}"
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((m["mod"] or "").lower())
    return "DATE", v, mod


@rule("century",
      rf"{B}(?:(?P<the>(?i:the|this|last|next)){SP})?(?:(?P<mod>(?i:early|mid|late))[- ]?)?"
      rf"(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<w>(?i:{'|'.join(k for k in ORDINALS if k not in ('last', 'final'))}|twenty-first|twenty-second)))"
      rf"(?:[ -](?i:century|centuries)(?![\w-])|(?={SP}(?i:and|or|to|through){SP}(?:(?i:the){SP})?(?:\d{{1,2}}(?:st|nd|rd|th)"
      rf"|(?i:{'|'.join(k for k in ORDINALS if k not in ('last', 'final'))}))[ -](?i:century|centuries)(?![\w-])))(?:{SP}(?P<bc>B\.C\.(?:E\.)?|BCE?(?![\w])))?|{B}(?P<rel>(?i:this|last|next)){SP}(?i:century)(?![\w-])")
def _century(m: re.Match[str], cx: Context) -> Result | None:
    if m["rel"]:
        c = cx.dct.year // 100 + {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
        return "DATE", f"{c:02d}", None
    if m["n"]:
        n = int(m["n"])
    else:
        w = m["w"].lower()
        n = 20 + ORDINALS[w.split("-")[1]] if w.startswith("twenty-") else ORDINALS[w]
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((m["mod"] or "").lower())
    bc = m["bc"] or ("entur" not in m.group() and re.match(r"[\w ]{1,30}?centur(?:y|ies) B\.?C", cx.text[m.end():m.end() + 48]))
    return "DATE", f"{'BC' if bc else ''}{n - 1:02d}", mod  # "the second and third centuries BC": both BC


# ------------------------------------------------------ seasons and "year"
# ("in spring and summer", "our autumn and winter": the first season's word serves both)
_SEASON_PAIR = re.compile(r"(?i)\b(?P<rel>this|next|last|the|this coming|this past|our|their|its|in|during)\s"
                          r"(?:spring|summer|autumn|winter|fall)\s(?:and|or)\s$")


# "come" opening a clause before a season is the subjunctive "when it comes" ("but come the
# autumn it will spread"), not the verb with an object ("did you come the summer before")
_SEASON_NAMES = re.compile(r"\s(?:of|camp|camps|school|schools|house|home|homes|palace|residence|term|olympics|games)\b", re.I)
_SEASON_GOODS = re.compile(r"\s(?:collections?|fashions?|lines?|wear)\b")
_COME_BEFORE = re.compile(r"(?:^|\n|[,;:\"“(—–]\s?|\s-\s|\b(?:[Bb]ut|[Aa]nd|[Oo]r|[Ss]o|that|until|by)\s)(?:[Cc]ome)\s$")


# "It" with a form of "be" and a bare season names the time ("it will be autumn before ...",
# "It was winter when ..."), as "it was 1998" or "it is May" would; the season ends the clause.
_IT_IS_BEFORE = re.compile(r"\b[Ii]t\s(?:is|was|will\sbe|would\sbe|had\sbeen|has\sbeen|may\sbe|could\sbe|might\sbe)\s"
                           r"(?:already\s|nearly\s|almost\s|probably\s|likely\s|still\s)?$|\b[Ii]t['’](?:s|ll\sbe)\s$")
_SEASON_CLAUSE_AFTER = re.compile(r"\s?[,.;:!?)—–]|\s(?:(?:before|when|by|and|or|already|again|now|then|until)\b|in\s(?:the\b|[A-Z]))")


def _season_ok(m: re.Match[str], text: str) -> bool:
    s = m["s"].lower()
    rel = (m["rel"] or "").lower()
    if rel in ("that", "that same", "the same") and s == "fall" and not m["year"]:
        return bool(re.match(r"\s?[,.;:)]", text[m.end():m.end() + 2]))  # "buildings that fall down": a verb
    if m["year"] or rel in ("this", "last", "next", "this past", "this coming", "early", "late", "mid",
                            "that", "that same", "the same"):
        return s != "fall" or not re.match(r"\s(?:of|in|from|to|on|was|is|by)\b", text[m.end():m.end() + 6])
    if rel == "all":  # "all summer"; "they all fall down" is a verb
        return s != "fall" or bool(re.match(r"\s?[,.;:)]", text[m.end():m.end() + 2]))
    if not rel and _SEASON_PAIR.search(text, max(0, m.start() - 30), m.start()):
        # "this autumn and winter": the second season of a pair is as definite as the first ("the
        # fall and winter collections" are clothes)
        return not _SEASON_NAMES.match(text, m.end()) and not _SEASON_GOODS.match(text, m.end())
    if not rel and re.search(r"\ban?\s$", text[max(0, m.start() - 3):m.start()]) and re.match(
            r"\sof\s(?!(?:the|a|an|its|his|her|their|our|this|that|these|those|discontent)\b)[a-z]", text[m.end():m.end() + 16]):
        return True  # "after a summer of lost revenue": the season it went on for ("a winter of discontent" is a saying)
    if not rel and _IT_IS_BEFORE.search(text, max(0, m.start() - 30), m.start()) and _SEASON_CLAUSE_AFTER.match(text, m.end()):
        return True  # "it will be autumn before the doses are ready", "It was spring when they met": the time a clause names
    if not rel and not _SEASON_NAMES.match(text, m.end()) and not _SEASON_GOODS.match(text, m.end()):
        before = text[max(0, m.start() - 24):m.start()]
        if re.search(r"\b(?:their|its|our|his|her|my|your)\s$", before):
            return True  # "when their winter begins": the season of a hemisphere or a people
        if re.search(r"(?i)\b(?:the|an?|this|next|last|its|their|our)\s(?:[a-z]+\s)?$", before) \
                and re.match(r"\s(?:season|months|outbreak|wave|surge|peak)\b", text[m.end():m.end() + 10]):
            return True  # "the prime spring season", "an autumn outbreak": the season as a modifier
        if re.search(r"(?i)\b(?:the|this|next|last|its|their|our)\s(?:[a-z]+\s)?$", before) \
                and re.match(r"\s(?:holidays?|vacation|break|recess|freeze|heatwave|heat wave|drought)\b",
                             text[m.end():m.end() + 12]):
            # "the summer holidays have just started", "the UK winter freeze": a definite one is one
            # season ("a summer holiday abroad" is any)
            return True
    if rel == "the" and re.match(r"['’]s\s[a-z]", text[m.end():m.end() + 4]):
        return True  # "the summer's biggest festival", "the winter's first storm": this one, a possessor
    if rel == "the" or not rel:
        if _COME_BEFORE.search(text, max(0, m.start() - 12), m.start()) and (s != "fall" or rel or text[m.end():m.end() + 1] == ","):
            return True  # "come the autumn", "come spring": when it comes
        if (rel == "the" and re.match(r"\smonths\b", text[m.end():m.end() + 8])) or re.search(
                r"(?i)\b(?:start|beginning|end|middle|height|rest|peak|depths?|dead) of\s$", text[max(0, m.start() - 14):m.start()]):
            # "countries entering the summer months", "at the end of the summer"
            return not _SEASON_NAMES.match(text, m.end())
        if rel == "the" and re.search(r"(?i)\b(?:most|much|part|all) of\s$", text[max(0, m.start() - 10):m.start()]) \
                and re.match(r"\s?(?:[,.;:)!?—–-]|$)|\s(?:and|or|to|in|into|on|at|for|before|after|when|as|while|until|is|was|will|would)\b",
                             text[m.end():m.end() + 8]):
            return True  # "could take most of the summer": how much of it ("most of the summer rentals" is a modifier)
        if s == "fall":
            return bool(re.search(r"(?i)\b(?:in|during|over|until|by|through)\s$", text[max(0, m.start() - 10):m.start()])) \
                and not re.match(r"\s(?:of|in)\b", text[m.end():m.end() + 4]) and rel == "the"
        return bool(re.search(r"(?i)\b(?:in|into|during|over|until|by|through|since|this|last|next|each|every)\s$",
                              text[max(0, m.start() - 10):m.start()])
                    or (rel == "the" and re.search(r"(?i)\b(?:for|before|after|to|from|toward|towards|throughout|till|ahead of|"
                                                   r"spent|spend|spends|spending)\s$",
                                                   text[max(0, m.start() - 12):m.start()]))) \
            and not _SEASON_NAMES.match(text, m.end())  # "to the summer house": a name's first word
    return True


# A season with no year nor "this"/"last"/"next" in a sentence that states what happens as a
# rule: a habit adverb ("usually", "tends to"), or the simple present with no past, future,
# modal, now, saying or plan in it ("flu peaks in the winter", "the beach is quiet in the fall").
# English states habits and general truths in the simple present; a timetable's present
# ("the plant opens in the spring") the tense reader already takes as ahead.
_HABIT = re.compile(r"(?i)\b(?:usually|typically|normally|generally|commonly|traditionally|often|always|rarely|seldom|"
                    r"tends?\sto|tend(?:ed|ing)\sto)\b")
_NOT_HABIT = re.compile(r"(?i)\b(?:will|would|shall|['’]ll|going\sto|may|might|could|should|can|must|this|last|next|"
                        r"today|tonight|now|ago|yet|so\sfar|expects?|expected|plans?|planned|scheduled|due|set\sto|hopes?|"
                        r"ready|available|predicts?|forecasts?|coming|upcoming|\d{4})\b")


_IN_SEASON = re.compile(r"(?i)\b(?:in|during)\s(?:the\s)?(?:(?:spring|summer|autumn|winter|fall)\s(?:and|or)\s)?$")


def _habitual_season(text: str, start: int, end: int, tense: str | None) -> bool:
    left = re.split(r"[.!?;:\n]\s|\n", text[max(0, start - 160):start])[-1]
    right = re.split(r"[.!?;:\n](?:\s|$)|\n", text[end:end + 120])[0]
    if not _IN_SEASON.search(left):
        return False  # ("during our autumn", "an autumn outbreak", "going into autumn": one season)
    if re.search(r"(?i)\b(?:is|are|am|['’]s|['’]re)\s(?:\w+\s)?\w+ing\b", left + right):
        return False  # the progressive is about now ("hotels are recovering after the summer")
    if re.search(r"(?i)\b(?:as|when|until|once|before)\s(?:we|you|they|it)\s(?:\w+\s){1,8}$", left):
        return False  # a time clause's present points ahead ("as we come to the flu season in the winter")
    sentence = f"{left} {right}"
    if (_HABIT.search(left) or _HABIT.match(right.lstrip(", ")) or re.match(r",?\s(?:\w+\s){0,3}(?:usually|typically|tends?\sto)\b", right)) \
            and not re.search(r"(?i)\b(?:will|would|shall|going\sto)\b|['’]ll\b|\b(?:more|less)\soften\b", sentence):
        return True  # ("In winter, people tend to stay indoors"; "will run more often after the autumn" is ahead)
    if tense not in (None, "present"):
        return False
    words = re.findall(r"[a-z']+", sentence.lower())
    return not _NOT_HABIT.search(sentence) and not any(w in PAST or w in SAYS or w == "said" for w in words)


@rule("season",
      rf"{B}(?:(?P<rel>(?i:this past|this coming|this|last|next|that same|that|the same|the|all|early|late|mid)){SP})?"
      rf"(?P<s>(?i:spring|summer|autumn|winter|fall))(?![\w-])(?:{SP}(?:(?i:of){SP})?(?P<year>{YEAR}))?",
      accept=_season_ok)
def _season(m: re.Match[str], cx: Context) -> Result | None:
    s = SEASONS[m["s"].lower()]
    # A winter is the year of its December ("winter 2009" runs Dec 2009 to Feb 2010, as in
    # timeline.when), so January and February belong to the winter of the year before.
    order = ["SP", "SU", "FA", "WI"]
    y = cx.dct.year
    cur_year = y - 1 if cx.dct.month <= 2 else y
    cur = order.index({12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(cx.dct.month, "FA"))
    here = order.index(s)
    if s == "WI":
        y = cur_year  # the winter under way in January is last year's
    rel = (m["rel"] or "").lower()
    if not rel and (pair := _SEASON_PAIR.search(cx.text, max(0, m.start() - 30), m.start())):
        rel = pair["rel"].lower()  # "this autumn and winter": read as "this winter"
        rel = "" if rel in ("the", "our", "their", "its", "in", "during") else rel
    mod = {"early": "START", "late": "END", "mid": "MID"}.get(rel)
    if m["year"]:
        y = int(m["year"])
    elif rel in ("that", "that same", "the same"):
        a = cx.anchor_or_dct()  # "in 2009 ... that summer": the season of the year last named
        y = a.date.year - (1 if s == "WI" and a.date.month <= 2 else 0)
    elif rel in ("last", "this past"):
        y = cur_year - (here >= cur)
    elif rel in ("next", "this coming"):
        y = cur_year + (here <= cur)
    elif rel == "this":
        pass
    else:
        if _COME_BEFORE.search(cx.text, max(0, m.start() - 12), m.start()) or (
                (it_is := _IT_IS_BEFORE.search(cx.text, max(0, m.start() - 30), m.start()))
                and re.search(r"(?:will|would|may|could|might|['’]ll)\sbe\s", it_is.group(0))):
            return "DATE", f"{cur_year + (here <= cur)}-{s}", mod  # the next one to come ("it may be spring before ...")
        tense = cx.tense(m.start(), m.end())
        if _habitual_season(cx.text, m.start(), m.end(), tense):
            return "DATE", f"XXXX-{s}", mod  # "flu peaks in the winter": every winter (TimeML's generic season)
        if tense == "past" and _irrealis(cx.text, m.start()):
            tense = "future"
        if tense == "past" and here > cur:
            y = cur_year - 1
        elif tense == "past":
            y = cur_year
        elif tense == "future" and here < cur:
            y = cur_year + 1
        elif tense == "future":
            y = cur_year
    return "DATE", f"{y}-{s}", mod


# ------------------------------------------------------ relative to DCT/anchor
REL_UNIT = r"(?i:week|month|year|weekend|decade|century|day|fiscal year|financial year|quarter|fortnight)"


_SAID_AT = re.compile(r"\b(?:said|says|told|announced|warned|confirmed|reported|added|wrote)\s(?:at|over|during|on)\s$")


# "the scariest night of the year", "much of the year": in a sentence about what is so as a rule
# (present tense, no past or future), a year's part or rank in any year, not in this one.
_GENERIC_OF_YEAR = re.compile(r"(?i)(?:\b(?:[a-z]{3,}est|most\s[a-z]+|best|worst)\s(?:[\w-]+\s){0,2}(?:nights?|days?|weeks?|"
                              r"weekends?|months?|times?|seasons?|periods?|events?|dates?|holidays?)|\b(?:much|most))\sof\s$")
_PRESENT_COPULA = re.compile(r"(?i)\b(?:is|are|['’]s|['’]re|remains?|becomes?)\b")
_NOT_PRESENT = re.compile(r"(?i)\b(?:was|were|had|did|will|would|shall|['’]ll|been|going to|so far|yet|this|last|next|"
                          r"today|now|ago)\b")


def _generic_present(text: str, start: int, end: int) -> bool:
    """Is the sentence around ``start:end`` a present statement with no past, future or now in it?"""
    left = re.split(r"[.!?;\n]\s", text[max(0, start - 160):start])[-1]
    right = re.split(r"[.!?;\n](?:\s|$)", text[end:end + 120])[0]
    sentence = f"{left} {right}"
    return bool(_PRESENT_COPULA.search(sentence)) and not _NOT_PRESENT.search(sentence) \
        and not any(w in PAST for w in re.findall(r"[a-z']+", sentence.lower()))


def _relunit_ok(m: re.Match[str], text: str) -> bool:
    if m["rel"][0].isupper() and m["unit"][0].isupper() and re.search(r"[\w,]\W?\s?\W?$", text[max(0, m.start() - 4):m.start()]):
        return False  # a title mid-sentence: ABC's "This Week"
    rel = m["rel"].lower()
    unit = m["unit"].lower()
    after = text[m.end():m.end() + 14]
    if rel == "the":
        if unit in ("month", "decade"):
            return bool(re.search(r"(?i)\b(?:of|in)\s$", text[max(0, m.start() - 4):m.start()]))
        if unit not in ("year", "weekend", "fiscal year", "financial year", "day", "week"):
            return False
        if unit in ("day", "week"):  # "earlier in the week": this week, not some week
            # ("until the end of the week": its end, as "the end of the month"; "at the end of the
            # day" is an idiom, "days of the week" any week)
            return bool(re.search(r"(?i)\b(?:later|earlier|early|late) in\s$", text[max(0, m.start() - 12):m.start()])) or (
                unit == "week" and bool(re.search(r"(?i)\bthe (?:end|beginning|start|middle|close) of\s$",
                                                  text[max(0, m.start() - 20):m.start()])))
        if unit == "weekend" and re.match(r"\s(?:before|after|until)\s(?:it|he|she|they|we|I|you)\s", text[m.end():m.end() + 16]):
            return True  # "by the weekend before it knows": "before" opens a clause, not a span from an event
        if unit == "weekend" and re.match(r"\sof\s(?:a|an|the|his|her|its|their|our|[a-z]+s)\s", text[m.end():m.end() + 24]):
            return True  # "over the weekend of a handful of workers", "at the weekend of the final": the weekend itself
        if re.match(r"(?i)\s(?:(?:ago|earlier|before|after|of|that|when|in which|in|to|two)\b|\d)|-|'(?!s\b)", after) and not (
                after.startswith(" that") and _SAID_AT.search(text, max(0, m.start() - 24), m.start())) and not (
                unit == "weekend" and re.match(r"\s(?:that|when|to)\b", after)
                and re.search(r"(?i)\b(?:over|at|during|until|till|by|for)\s$", text[max(0, m.start() - 8):m.start()])):
            # ("said at the weekend that ...": "that" opens what was said, not a relative; "failed
            # over the weekend when ...": the adverbial names the weekend just past)
            return False
        if unit == "year" and re.match(r"\s(?:he|she|they|we|I|you|[A-Z][a-z]+)\s(?!and\b|or\b|of\b)[a-z]{2,}", after) \
                and re.search(r"(?i)\b(?:was|is|be|been|since|until)\s$", text[max(0, m.start() - 7):m.start()]):
            return False  # "This was the year Suzi moved", "since the year he died": the year of another event
        if unit == "year" and re.search(r"(?i)\b(?:times?|parts?|seasons?|periods?) of\s$", text[max(0, m.start() - 12):m.start()]):
            return False  # "the cooler times of the year", "the flu period of the year": any year's season, not this one
        if unit == "year" and re.match(r"\s?[\'\"”’]?\s(?:round|awards?|prizes?|titles?)\b", after):
            return False  # "all the year round"; "player of the year awards": a name of a prize
        return not m["unit"][0].isupper()  # "Man of the Year" is a title
    if unit == "day" and rel == "next" and m["rel"][0].isupper() and after[:1] == ",":
        return True  # "Next day, we flew over the marsh": the day after the story's, as "the next day"
    return not (unit == "day" and rel not in ("the same", "that", "that same", "that very", "the next", "the following", "the previous", "the prior"))


@rule("week_of", rf"{B}(?i:the){SP}(?P<unit>(?i:week|weekend)){SP}(?i:of){SP}(?:(?P<wd>{WD_DATE}),?{SP})?"
      rf"(?:(?P<mon>{MOND}){SP}(?P<day>{DAY})|(?P<day2>{DAY}){SP}(?P<mon2>{MOND}))(?:,?{SP}(?P<year>{YEAR}))?")
def _week_of(m: re.Match[str], cx: Context) -> Result | None:
    """ "The week of July 5", "the weekend of 10 July": the week (or weekend) that day falls in."""
    mon, dd = _mon(m["mon"] or m["mon2"]), int(_digits(m["day"] or m["day2"]))
    d = _date(int(m["year"]) if m["year"] else _year_for(cx, mon, dd, m.start(), m.end()), mon, dd)
    if d is None:
        return None
    if m["unit"].lower() == "week":
        return "DATE", V.week(d), None
    sat = d + dt.timedelta(days=(-2, -3, 3, 2, 1, 0, -1)[d.weekday()])  # a Friday's weekend is the one after it
    return "DATE", V.week(sat) + "-WE", None


_MONTH_WORDS = "|".join(k for k in MONTHS if len(k) > 4 or k in ("may", "june", "july"))


@rule("month_of", rf"{B}(?i:the){SP}(?i:month){SP}(?i:of){SP}(?P<mon>(?i:{_MONTH_WORDS}|(?:jan|feb|mar|apr|aug|sept?|oct|nov|dec)\.))(?![\w-])(?!{SP}{DAY}(?![\w,.]?\d))"
      rf"(?:,?{SP}(?P<year>{YEAR}))?")
def _month_of(m: re.Match[str], cx: Context) -> Result | None:
    """ "In the month of May": that month, one expression, "may" and "march" included, since the
    words before name the month."""
    mon = _mon(m["mon"])
    y = int(m["year"]) if m["year"] else _year_for(cx, mon, None, m.start(), m.end())
    return "DATE", V.month(y, mon), None


@rule("relunit",
      rf"{B}(?P<rel>(?i:this past|this coming|last|this|next|the past|the last|the next|the coming|the current|"
      rf"the present|the previous|the prior|the preceding|the following|the same|that same|that very|that|the full|the entire|the whole|the latest|the)){SP}"
      rf"(?P<unit>{REL_UNIT})(?![\w-])",
      accept=_relunit_ok)
def _relunit(m: re.Match[str], cx: Context) -> Result | None:
    rel = m["rel"].lower()
    if rel in ("that same", "that very"):
        rel = "that"
    if rel == "next" and m["unit"].lower() == "day":
        rel = "the next"  # "Next day, ..." (see _relunit_ok)
    unit = m["unit"].lower()
    if unit in ("fiscal year", "financial year"):  # "financial year": British for fiscal year
        unit = "year"
    if unit == "fortnight":
        return "DURATION", "P2W", None  # "over the past fortnight", "the next fortnight": two weeks
    if rel == "the" and unit == "year" and _GENERIC_OF_YEAR.search(cx.text, max(0, m.start() - 60), m.start()) \
            and _generic_present(cx.text, m.start(), m.end()):
        return None  # "Halloween is the scariest night of the year", "uninhabitable much of the year": any year
    code = UNITS[unit][0]
    if rel == "the coming" or (rel == "the" and re.match(r"\s(?:since|that has passed since)\b", cx.text[m.end():m.end() + 24])):
        # ("in the month since the blowout": the month that has passed since, a period up to now)
        return "DURATION", V.duration(1, code, False), None
    if rel in ("the past", "the last") and unit not in ("year", "decade", "century", "month", "week"):
        return "DURATION", V.duration(1, code, False), None
    if rel in ("the past", "the last") and re.search(r"(?i)\bfor\s$", cx.text[max(0, m.start() - 4):m.start()]):
        return "DURATION", V.duration(1, code, False), None  # "lost money for the past decade": how long
    if rel in ("the past", "the last"):
        rel = "last"  # "over the past year": TimeML values it as the calendar unit before the DCT
    if unit == "day" and rel in ("the same", "that") and _untold_day(m, cx, rel):
        return _untold_value(m, cx)
    if rel in ("the previous", "the prior", "the preceding", "the next", "the following", "the same", "that"):
        a = cx.day_anchor_or_anchor(m.start()) if unit == "day" else cx.anchor_or_dct()
        if unit == "day" and rel != "the same" and rel != "that" and cx.anchor is not None and cx.anchor.value.endswith("-WE") \
                and cx.anchor_pos > cx.day_anchor_pos:
            # "Over the weekend, crews worked. The following day ...": the day after the weekend, its
            # Monday (the day before it, its Friday), not the day after the last day named before it
            sat = cx.anchor.date + dt.timedelta(days=5)
            d = sat + dt.timedelta(days=2 if rel in ("the next", "the following") else -1)
            if d <= cx.dct or cx.tense(m.start(), m.end()) == "future":
                return "DATE", d.isoformat(), None
        if rel == "the next" and unit != "day" and re.search(r"(?i)\b(?:over|within|during|in|for)\s$", cx.text[max(0, m.start() - 8):m.start()]) \
                and (cx.anchor is None or m.start() - cx.anchor_pos > 300) and cx.tense(m.start(), m.end()) in ("future", "present"):
            # "will be implemented over the next month", with no date named just before: the month
            # after the report (TimeBank: "closed over the next year or so" is the DCT's next year)
            a = Anchor(cx.dct.isoformat(), cx.dct, "day")
        if unit == "day" and a.precision != "day":
            return "DATE", a.value, None  # "in 1897 ... the following day": a day of that year, not July 2
        n = {"the previous": -1, "the prior": -1, "the preceding": -1, "the next": 1, "the following": 1}.get(rel, 0)
        if unit == "weekend":
            return "DATE", V.shift(a.date, "W", n)[1] + "-WE", None
        shifted = V.shift(a.date, code, n)
        if unit == "day" and shifted[0] > cx.dct and cx.tense(m.start(), m.end()) == "past":
            # "was announced on the same day", after a date still ahead: a past event is not after
            # the report, so the day last named is not this one's anchor
            return "DATE", "PAST_REF", None
        if unit == "day" and n == 1 and shifted[0] <= cx.dct and cx.tense(m.start(), m.end()) == "future" \
                and not cx.reported_future(m.start()) \
                and not re.search(r"(?i)\bwould\b", re.split(r"[.!?]\s", cx.text[max(0, m.start() - 200):m.start()])[-1]):
            # "will inspect the area the next day", after a day already past: what will happen
            # lies after the report, so the day after the report ("would return the following
            # day" is a future seen from the story's day, which keeps its anchor)
            return "DATE", (cx.dct + dt.timedelta(days=1)).isoformat(), None
        return "DATE", shifted[1], None
    if rel in ("the full", "the entire", "the whole"):
        rel = "the"
    if rel == "the latest":
        rel = "last"  # "the latest fiscal year": the last one completed
    n = {"last": -1, "this past": -1, "next": 1, "this coming": 1}.get(rel, 0)
    if unit == "weekend":
        if rel == "the" and (sat := narrated_weekend(cx, m.start(), m.end())) is not None:
            return "DATE", V.week(sat) + "-WE", None  # "Thursday, July 15 ... Over the weekend, crews ...", told in August
        if rel == "the" or rel == "this":
            tense = cx.toward(m.start(), m.end(), reach=28)
            if tense != "past" and re.search(r"(?i)\bfor\s$", cx.text[max(0, m.start() - 4):m.start()]):
                tense = "future"  # "the bridge is closed for the weekend": the one ahead
            base = cx.dct
            if cx.dct.weekday() >= 5 and (rel == "this" or tense != "future"):
                pass  # written on a Saturday or Sunday, "this weekend" is the one under way
            elif tense == "future" or (rel == "this" and tense != "past"):
                base = cx.dct + dt.timedelta(days=(5 - cx.dct.weekday()) % 7)
            elif cx.dct.weekday() < 5:
                base = cx.dct - dt.timedelta(days=cx.dct.weekday() + 1)
            return "DATE", V.week(base) + "-WE", None
        return "DATE", V.shift(cx.dct, "W", n)[1] + "-WE", None
    if unit == "day":
        # "On May 12, executives testified. Later in the day, ...": the day the story just told,
        # when it was told a sentence or two before; else the report's day
        if d := _story_day(cx, m.start(), m.end()):
            return "DATE", d.isoformat(), None
        if period := _story_period(cx, m.start(), m.end()):
            return "DATE", period, None  # "In March 1989 ... Later in the day": a day of that month
        return "DATE", cx.dct.isoformat(), None
    a = cx.anchor
    if rel == "the" and unit == "month" and a is not None and a.precision == "month" and 0 <= m.start() - cx.anchor_pos <= 240 \
            and cx.tense(m.start(), m.end()) == "past":
        # "Last August ... Early in the month, he gathered a team": in a past story, the month just
        # named; "could be done by the end of the month" is this month
        return "DATE", a.value, None
    year_before = re.search(r"\b(1[5-9]\d\d|20\d\d),\s$", cx.text[max(0, m.start() - 8):m.start()])
    if rel == "the" and unit == "year" and year_before:
        return "DATE", year_before.group(1), None  # "in 1994, the year Democrats lost Congress": that year
    if rel == "the" and unit == "year" and a is not None and a.date.year != cx.dct.year \
            and 0 < m.start() - cx.anchor_pos <= 160 and re.match(r"(?:1[5-9]|20)\d\d\b", cx.text[cx.anchor_pos:cx.anchor_pos + 5]) \
            and _same_sentence(cx.text[cx.anchor_pos:m.start()]):
        return "DATE", str(a.date.year), None  # "1989 -- the programme recreates the year's events": that year
    if rel == "the" and unit in ("year", "fiscal year") and re.match(r"\s(?:ended|ending)\b", cx.text[m.end():m.end() + 8]):
        return "DURATION", "P1Y", None  # "the year ended March 31": a fiscal period
    if unit == "week" and n == 0 and cx.dct.weekday() == 0 and _done_this_week(cx, m.start(), m.end()):
        # written on a Monday, what "was found this week", "earlier in the week" happened in the
        # week just ended (written over the weekend, or a week counted from Sunday): the Monday
        # itself is named as "Monday" or "today"
        return "DATE", V.shift(cx.dct, code, -1)[1], None
    if unit == "week" and n == 0 and cx.dct.weekday() == 6 and _ahead_this_week(cx, m.start(), m.end()):
        # written on a Sunday (the Sunday papers), the ISO week of the report ends that day: what
        # "will be announced this week", "reports this week", "is meeting this week" happens in
        # the coming Monday-to-Sunday week; "fell this week" stays in the week just ending
        return "DATE", V.shift(cx.dct, code, 1)[1], None
    return "DATE", V.shift(cx.dct, code, n)[1], None


# Words that put a clause ahead or in doubt: "hearings this week" before "will", "hoped", "if" is no done deed.
_AHEAD_WORDS = re.compile(r"(?i)\b(?:will|['’]ll|would|may|might|could|can|shall|should|expects?|expected|hopes?|hoped|"
                          r"plans?|planned|due|set to|going to|if|anticipat\w*|ahead|preparing|prepares?|scheduled|"
                          r"stands?|face|faces|tomorrow|next|later|late)\b")


def _done_this_week(cx: Context, start: int, end: int) -> bool:
    """Is "this week" at ``start:end`` in a sentence telling only of what was done (a past verb
    close by, nothing ahead or in doubt)?"""
    left = re.split(r"[.!?;\n]\s", cx.text[max(0, start - 200):start])[-1]
    right = re.split(r"[.!?;\n](?:\s|$)", cx.text[end:end + 160])[0]
    if _AHEAD_WORDS.search(left) or _AHEAD_WORDS.search(right):
        return False
    # the verb before it decides, or the one after when it opens the sentence ("Earlier in the
    # week, officials raised ..."): a verb after a noun phrase is another clause's ("hearings this
    # week, lawmakers said")
    opening = not re.search(r"[^\W\d_]", re.sub(r"(?i)\b(?:earlier|early)(?:\s+in)?\s*$", "", left))
    return cx.tense(start, end, right=opening, reach=6) == "past"


# A verb in the present that tells of what is to come ("Shell, which also reports this week",
# "he still meets unions this week"): an adverb or relative pronoun marks the -s word as a verb.
_PRESENT_AHEAD = re.compile(r"(?i)(?:\b(?:which|who|also|still|then|now|he|she|it)\s+(?:also\s+)?(?!is\b|has\b|was\b)"
                            r"[a-z]{2,}[^s\W]s|\b(?:is|are|am)\s+(?:\w+ly\s+)?[a-z]{3,}ing)\s+(?:[^\s.;!?]+\s+){0,4}$")
_AHEAD_SURE = re.compile(r"(?i)\b(?:will|['’]ll|shall|would|could|might|may|going to|due to|set to|expected to|"
                         r"scheduled to|to be)\b(?!\s(?:not\s)?have\b)")  # ("could have come this week": a past)


def _ahead_this_week(cx: Context, start: int, end: int) -> bool:
    """Does "this week" at ``start:end`` name a time still ahead (a future, or a present telling
    of what is to come), not what was done or is so now ("shares are down this week")?"""
    left = re.split(r"[.!?;\n]\s", cx.text[max(0, start - 200):start])[-1]
    if (re.search(r"(?i)\bof\s$", left) and not re.search(r"(?i)\bthe (?:end|beginning|start|middle|close) of\s$", left)) \
            or cx.text[end:end + 2] in ("'s", "’s"):
        # "the events of this week", "this week's show": the week of a noun, not of the verb ("by
        # the end of the week" is the verb's)
        return False
    if re.search(r"(?i)\bearl(?:y|ier)(?:\s+in)?\s*$", left):
        return False  # "earlier this week": the days just gone
    if re.search(r"(?i)\blater(?:\s+in)?\s*$", left):
        return True
    tense = cx.tense(start, end)
    if tense == "future":
        return True
    if tense == "past":
        return False
    clause = re.split(r",\s|\b(?:but|and|while|although)\s", left)[-1]
    near = " ".join(left.split()[-8:]) + " "  # the verb stands within a few words ("reports its results this week")
    return bool(_AHEAD_SURE.search(clause) or _PRESENT_AHEAD.search(near))


@rule("yearend", rf"{B}(?i:year[- ]end|year['’]s end|the end of the year)(?![\w-])")
def _yearend(m: re.Match[str], cx: Context) -> Result | None:
    tense = cx.tense(m.start(), m.end())
    y = cx.dct.year - 1 if tense == "past" and cx.dct.month <= 3 else cx.dct.year
    return "DATE", str(y), "END"


@rule("yearago_adj",
      rf"{B}(?:(?P<det>(?i:the|a|its)){SP})?(?:(?i:comparable|corresponding|same){SP})?"
      rf"(?P<adj>(?i:year-earlier|year-ago|year earlier|year ago|prior-year|year-before))(?![\w-])"
      rf"(?:{SP}(?P<what>(?i:quarter|period|nine months|six months|three months|month|week|(?:first|second|third|fourth) quarter)))?",
      # ("the year-ago" alone is cut short; "its year-ago third quarter", "year-ago period" are whole:
      # a possessive before it is no trigger, so the match starts at "year-")
      accept=lambda m, text: bool(m["what"]) or not m["det"])
def _yearago_adj(m: re.Match[str], cx: Context) -> Result | None:
    what = (m["what"] or "").lower()
    if what.endswith("months"):
        return "DURATION", V.duration(number(what.split()[0]), "M", False), None
    a = cx.anchor
    topic = cx.topic_quarter(m.start())
    if what.endswith("quarter") and what != "quarter":
        q = ORDINALS[what.split()[0]]
        y = (topic[0] if topic else a.date.year if a else cx.dct.year) - 1
        return "DATE", f"{y}-Q{q}", None
    if what in ("quarter", "period") or (not what and topic is not None):
        y, q = topic or V.quarter_of(V.add_months(cx.dct, -3))
        return "DATE", f"{y - 1}-Q{q}", None
    if what == "month":
        return "DATE", V.shift(cx.dct, "M", -12)[1], None
    if what == "week":
        return "DATE", V.shift(cx.dct, "W", -52)[1], None
    base = a.date if a is not None else cx.dct
    return "DATE", str(base.year - 1), None


AGO_DIR = r"(?i:ago|earlier|later|before|after|from now|hence|back|previously)"
# An amount right before "a day" makes it a rate when the sentence has just given the same
# rate ("siphoning 5,000 barrels per day, from 3,000 barrels a day previously"): the adverb
# modifies the rate, no day lies a day back. Without such a rate it is a comparison ("profit
# of $5 million, from $3 million a year earlier").
_RATE_BEFORE = re.compile(r"(?:[$£€]\s?\d(?:[\d,.]*\d)?(?:\s[a-z]+){0,2}|\d(?:[\d,.]*\d)?\s?(?:%|[a-z]+)(?:\s[a-z]+)?)\s$")


def _is_rate(m: re.Match[str], text: str) -> bool:
    if m["n"].lower() not in ("a", "an") or not _RATE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return False
    if m["dir"].lower() in ("later", "earlier") and re.match(r"(?i)\s(?:this|next|last|that|in|on|today|tonight|tomorrow)\b",
                                                          text[m.end():m.end() + 10]):
        return True  # "to collect 20,000 barrels a day later this month": "later" goes with "this month"
    unit = m["unit"].lower().rstrip("s")
    sentence = re.split(r"[.!?\n]\s", text[max(0, m.start() - 160):m.start()])[-1]
    return bool(re.search(rf"(?i)(?:\b(?:per|a|an|each)\s|/){unit}\b", sentence))


def _unit(word: str) -> tuple[str, bool]:
    """(code, whether it is a time unit) of a unit word, singular or plural."""
    word = word.lower().rstrip("s")
    return UNITS["century" if word == "centurie" else word]


#: Days in a unit that is a whole number of days, for "two weeks and two days".
_DAYS = {"D": 1, "W": 7, "2W": 14}


@rule("ago",
      rf"{B}(?P<n>{NUM}|{FEW}|(?i:an|a|the)){SP}(?:(?i:more|additional|full|straight){SP})?(?P<unit>{UNIT})"
      # a second, finer amount: "two weeks and two days ago" is one moment, sixteen days back
      rf"(?:{SP}(?i:and){SP}(?P<n2>{NUM}|(?i:an|a)){SP}(?P<unit2>{UNIT}))?"
      rf"{SP}(?:(?i:or so){SP})?(?P<dir>{AGO_DIR})(?![\w-])"
      rf"(?:{SP}(?P<base>(?i:today|tomorrow|yesterday)|{WEEKDAY_FULL}))?",
      # ("two weeks earlier than planned": a difference between two times, a duration)
      accept=lambda m, text: m["n"].lower() != "the" and not _is_rate(m, text) and not (
          m["dir"].lower() in ("earlier", "later", "before", "after") and re.match(r"\s(?:than)\b", text[m.end():m.end() + 6])) and (
          m["dir"].lower() not in ("before", "after", "back", "previously")
          # ("a day before, he said": the day before the story's; "two days after "top kill" began",
          # "eight months before and after the spill": a period measured from an event, a duration)
          or bool(re.match(r"\s*(?:[,.;:!?)]|[\"'”’](?![A-Za-z])|$|and\b(?!\s(?:before|after)\b)|but\b)",
                           text[m.end():m.end() + 12]))))
def _ago(m: re.Match[str], cx: Context) -> Result | None:
    code, timey = _unit(m["unit"])
    n = number(m["n"]) if not re.fullmatch(FEW, m["n"]) else None
    if m["unit2"]:
        code2, timey2 = _unit(m["unit2"])
        n2 = number(m["n2"])
        if n is None or n2 is None or n != int(n) or n2 != int(n2) or timey or timey2:
            return None
        sign = 1 if m["dir"].lower() in ("later", "after", "from now", "hence") else -1
        base = cx.dct if m["dir"].lower() in ("ago", "from now", "hence", "back") else cx.anchor_or_dct().date
        if code in _DAYS and code2 in _DAYS:
            return "DATE", V.shift(base, "D", sign * (int(n) * _DAYS[code] + int(n2) * _DAYS[code2]))[1], None
        return "DATE", V.shift(V.shift(base, code, sign * int(n))[0], code2, sign * int(n2))[1], None
    direction = m["dir"].lower()
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    if n is None or n != int(n):
        if sign > 0 and direction in ("later", "after") and cx.tense(m.start(), m.end()) == "past":
            return "DATE", "PAST_REF", None  # "Several days later the agency was split": later in a past story
        return "DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", None
    n = int(n)
    if direction in ("ago", "from now", "hence", "back") or m["base"]:
        base = cx.dct
        if m["base"]:
            b = m["base"].lower()
            base = _relday(cx, b) if b in ("today", "tomorrow", "yesterday") else _weekday(cx, _wd(b), m.start(), m.end())
    else:
        base = cx.anchor_or_dct().date
        a, d = cx.anchor, cx.day_anchor
        if code == "D" and a is not None and d is not None and a.precision in ("week", "month") \
                and (V.week(d.date) if a.precision == "week" else d.date.isoformat()[:7]) == a.value:
            # "said Friday ... named this week ... had said a day earlier": days from the day last
            # named inside that week or month, not from the week's first day
            base = d.date
    topic = cx.topic_quarter(m.start())
    if code == "Y" and n == 1 and topic is not None and not m["base"]:
        # "sales in the quarter rose from $5 million a year ago": the same quarter a year before
        return "DATE", f"{topic[0] + sign}-Q{topic[1]}", None
    if timey and direction in ("later", "earlier", "after", "before") and not m["base"] and cx.clock is not None \
            and cx.clock_pos >= cx.anchor_pos and 0 < m.start() - cx.clock_pos <= 600 \
            and "\n\n" not in cx.text[cx.clock_pos:m.start()]:
        # "The coastguard were at the rig by 23.22. Eleven hours later the rig sank": hours from
        # the clock time just told, the last time named
        w = cx.clock + dt.timedelta(**{{"S": "seconds", "M": "minutes", "H": "hours"}[code]: sign * n})
        if w.date() > cx.dct and _told_as_past(m, cx):
            return "DATE", "PAST_REF", None  # a past story's hours cannot run past the report
        return "TIME", w.strftime("%Y-%m-%dT%H:%M"), None
    if timey and direction not in ("ago", "from now", "hence", "back") and not m["base"] and n < 24 \
            and (d := _story_day(cx, m.start(), m.end())):
        # "On May 12, executives testified. About an hour earlier, ...": hours from the day the
        # story just told, whose hour is not known: that day, not hours from the report
        return "DATE", d.isoformat(), None
    if timey and code == "H" and n % 24 == 0 and n <= 24 * 31 and direction not in ("ago", "from now", "hence", "back") \
            and not m["base"] and (d := _story_day(cx, m.start(), m.end())):
        # "Eight days ago the well blew out. 48 hours later the rig sank": whole days counted in
        # hours from the day the story just told, whose hour is not known
        w = d + dt.timedelta(days=sign * n // 24)
        return ("DATE", "PAST_REF", None) if w > cx.dct and _told_as_past(m, cx) else ("DATE", w.isoformat(), None)
    if timey and direction not in ("ago", "from now", "hence", "back") and not m["base"] and n < 24 \
            and (period := _story_period(cx, m.start(), m.end())):
        return "DATE", period, None  # "In 1989 the tanker ran aground. Two hours later, ...": that year
    if timey:
        t = cx.dct_time or dt.datetime.combine(cx.dct, dt.time(12))
        delta = dt.timedelta(**{{"S": "seconds", "M": "minutes", "H": "hours"}[code]: sign * n})
        w = t + delta
        if ((w.date() > cx.dct or direction in ("later", "after")) and _told_as_past(m, cx)) or (
                direction in ("earlier", "before") and _first_finite(m, cx) not in ("present", "modal")
                and cx.tense(m.start(), m.end()) == "past"):
            # "Eight minutes later, gas shot up the riser": minutes after an event the story told
            # without a clock, not after the report's hour; all that is known is that it is past
            return "DATE", "PAST_REF", None
        return "TIME", w.strftime("%Y-%m-%dT%H:%M"), None
    if code == "2W":
        code, n = "W", 2 * n
    a = cx.anchor
    if direction not in ("ago", "from now", "hence", "back") and not m["base"] and a is not None \
            and code in ("D", "W", "M") and a.precision in ("year", "decade", "half", "season", "quarter") \
            and not (code == "M" and a.precision in ("half", "season", "quarter")):
        # "the 1989 Exxon Valdez spill ... three days later": days from a year are no day; said now
        # ("Three months later, we still have questions"), it is now; else somewhere in that year
        if _told_as_present(m, cx):
            return "DATE", "PRESENT_REF", None
        if a.date.year == cx.dct.year or a.precision == "decade":
            return "DATE", "PAST_REF" if sign < 0 or _told_as_past(m, cx) else "FUTURE_REF", None
        return "DATE", str(a.date.year), None
    if not 0 < base.year + sign * n * {"Y": 1, "E": 10, "C": 100}.get(code, 0) < 10000:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None  # "125,000 years ago": before any calendar year
    shifted = V.shift(base, code, sign * n)
    if sign > 0 and shifted[0] > cx.dct and direction in ("later", "after") and (
            base == cx.dct or (code == "E" and shifted[0].year // 10 > cx.dct.year // 10)
            or (code == "C" and shifted[0].year // 100 > cx.dct.year // 100)):
        # ("The plant opened in 1990. Three decades later, it remains the largest", told in 2010:
        # decades on from the story's year, and still no later than now)
        if _told_as_present(m, cx):
            return "DATE", "PRESENT_REF", None  # "A year later, the town is losing hope": now, after the story
        if _told_as_past(m, cx):
            return "DATE", "PAST_REF", None
    return "DATE", shifted[1], None


@rule("ago_vague", rf"{B}(?P<unit>(?i:years|months|weeks|days|decades|centuries)){SP}(?i:ago)(?![\w-])")
def _ago_vague(m: re.Match[str], cx: Context) -> Result | None:
    return "DATE", "PAST_REF", None  # "could have done this weeks ago": some time back


_PRESENT_MODAL_BEFORE = re.compile(r"(?i)\b(?:may|might|will|['’]ll|shall|should|can|must)\b(?!\s(?:not\s)?have\b)")


@rule("later_vague", rf"{B}(?P<unit>(?i:minutes|hours|days|weeks|months|years|decades)){SP}(?:(?i:or so){SP})?"
                     rf"(?P<dir>(?i:later|earlier))(?![\w-])",
      accept=lambda m, text: not re.search(r"(?i)(?:\d|\b(?:the|few|several|many|some|of|for|in|within|dozen|score))\W{1,2}$",
                                           text[max(0, m.start() - 10):m.start()])
      and not re.match(r"\s(?:than)\b", text[m.end():m.end() + 6]))  # ("weeks earlier than expected": a comparison)
def _later_vague(m: re.Match[str], cx: Context) -> Result | None:
    """ "Hours later, the well was capped", "Days earlier ...": some time from the story's moment.
    Hours from a day the story just told are that day; otherwise all that is known is the side of
    the report the clause is on, most often the past."""
    if m["unit"].lower() in ("minutes", "hours") and (d := _story_day(cx, m.start(), m.end())):
        return "DATE", d.isoformat(), None
    tense = cx.tense(m.start(), m.end())
    left = re.split(r"[.!?;\n]\s", _unabbreviate_clock(cx.text[max(0, m.start() - 200):m.start()]))[-1]
    right = re.split(r"[.!?;\n]\s", cx.text[m.end():m.end() + 200])[0]
    if m["dir"].lower() == "later" and tense == "future" and not _PRESENT_MODAL_BEFORE.search(f"{left} {right}") \
            and re.search(r"(?i)\b(?:would|could)\b", right) and not cx.reported_future(m.start()):
        return "DATE", "PAST_REF", None  # "Weeks later, the company would admit ...": a narrative's future in the past
    if m["dir"].lower() == "later" and (tense == "future" or (tense != "past" and _PRESENT_MODAL_BEFORE.search(left))):
        # "the results will come weeks later"; "the relief wells may not be needed to do the same
        # weeks later": a present modal looks ahead (not "could", "would": often a narrative's past)
        return "DATE", "FUTURE_REF", None
    if m["dir"].lower() == "later" and tense != "past" and _told_as_present(m, cx):
        return "DATE", "PRESENT_REF", None  # "Months later, the company is defending the decision": now
    return "DATE", "PAST_REF", None  # news tells what came later in the past


# Past forms that are also base forms or adverbs: they tell no past of a clause on their own
_NOT_CLEAR_PAST = frozenset(["last", "since", "earlier", "ago", "previously", "set", "put", "cut", "hit", "read", "let",
                             "spread", "cost", "shut", "hurt", "quit", "bet", "cast", "burst", "lay"])


def _first_finite(m: re.Match[str], cx: Context) -> str | None:
    """The tense of the first finite verb of the sentence after ``m``: "present", "modal", "past"."""
    rest = re.split(r"[.!?]\s", cx.text[m.end():m.end() + 200])[0]
    rest = re.sub(r"(?i)\b(?:with|without)\b[^,;]*,", " ", rest)  # ("with the mill still closed,": no verb of its own)
    prev = ""
    for w in re.findall(r"[a-z']+", rest.lower()):
        if w in ("is", "are", "am", "has", "have", "remains", "remain", "stays", "seems", "continues"):
            return "present"
        if prev in ("he", "she", "it", "they", "we", "i") and len(w) > 4 and w.endswith("ed"):
            return "past"  # "she joined a choir": a regular past after its subject
        prev = w
        if w in ("will", "would", "could", "may", "might", "'ll"):
            return "modal"
        if w in PAST and w not in _NOT_CLEAR_PAST:
            return "past"  # "Three weeks later, he found himself in a band he has played in since"
    return None


def _told_as_present(m: re.Match[str], cx: Context) -> bool:
    rest = re.split(r"[.!?]\s", cx.text[m.end():m.end() + 200])[0]
    return _first_finite(m, cx) == "present" and not re.search(r"\b(?:will|would|could|may|might)\b", rest)


def _told_as_past(m: re.Match[str], cx: Context) -> bool:
    """ "48 hours later, they were swept into an isolation ward" with no date told before it: an
    event told in the past tense cannot lie after the report, so the offset from the report's
    date is wrong; all that is known is that it is past."""
    first = _first_finite(m, cx)
    if first in ("present", "modal"):
        return False  # "A month later, with the hole still unplugged, Obama is being forced": now
    return m["dir"].lower() in ("later", "after") and (first == "past" or cx.tense(m.start(), m.end()) == "past")


@rule("from_day", rf"{B}(?P<n>{NUM}|(?i:an?)){SP}(?P<unit>(?i:days?|weeks?)){SP}(?i:from){SP}(?P<base>{WEEKDAY_FULL}|(?i:today|tomorrow))(?![\w-])",
      # ("shut for 14 days from Friday": how long, starting that day; the day is a date of its own)
      accept=lambda m, text: not re.search(r"(?i)\b(?:for|within|over|lasting)\s$", text[max(0, m.start() - 8):m.start()]))
def _from_day(m: re.Match[str], cx: Context) -> Result | None:
    n = number(m["n"])
    if n is None:
        return None
    b = m["base"].lower()
    # "a week from Friday" counts from the coming Friday (today's if it is Friday)
    base = _relday(cx, b) if b in ("today", "tomorrow") else cx.dct + dt.timedelta(days=(_wd(b) - cx.dct.weekday()) % 7)
    days = int(n) * (7 if m["unit"].lower().startswith("week") else 1)
    return "DATE", (base + dt.timedelta(days=days)).isoformat(), None


# -------------------------------------------------------------------- sets
# "two or three days", "12 to 18 months", "every three to five years": a range of numbers is one
# expression, valued at its lower bound (TimeML's "two to three weeks" is P2W). The duration
# rule matches the last number and its unit; :func:`widen_range` then takes in the first number,
# which costs nothing for the many numbers that start no range.
_RANGE_LOW = re.compile(rf"(?:\b(?P<q>(?i:every|each)){SP}|\b(?i:the next|the past|the last|the first|the coming){SP}"
                        rf"|\b(?P<btw>(?i:between)){SP})?(?<![\w,.$£€])(?P<lo>{NUM}){SP}(?P<join>(?i:to|or|and)){SP}$")
_PLAIN_DURATION = re.compile(r"P(T?)(\d+)([A-Z])")


def widen_range(text: str, start: int, value: str) -> tuple[int, str, str, str | None] | None:
    """(start, type, value, mod) of a duration that ends a range of numbers, else None."""
    d = _PLAIN_DURATION.fullmatch(value)
    r = _RANGE_LOW.search(text, max(0, start - 40), start) if d else None
    if r is None or d is None or (r["join"].lower() == "and" and not r["btw"]):
        return None  # "and" joins a range only after "between"
    lo = number(r["lo"].lower())
    if lo is None or lo != int(lo) or not 0 < lo < int(d[2]):
        return None
    low = f"P{d[1]}{int(lo)}{d[3]}"
    if r["q"]:
        return r.start(), "SET", low, None  # "every three to five years": at least every three
    return r.start("lo") if r["btw"] else r.start(), "DURATION", low, "EQUAL_OR_MORE"


# "updated annually", "held annually": how often an event recurs (a SET); after an
# amount ("rise 8% annually", "10,000 units annually") it is a rate, which TimeML leaves out.
_NAME_AFTER = re.compile(r"\s[A-Z](?:[a-z]|[A-Z]{1,2}\b)")  # a name after "daily"/"weekly": a paper ("the daily VG")
_SCHEDULED_BEFORE = re.compile(r"(?:[a-z]{2}ed|\b(?:held|paid|run|done|made|given|taken|set|meets|meet|occurs?|happens?|recurs?|"
                               r"take place|takes place))\s$")


@rule("set",
      rf"{B}(?:(?P<q>(?i:every|each)){SP}(?:(?P<n>(?i:other|a couple of|couple of|few)|{NUM}){SP})?"
      rf"(?P<unit>{UNIT}|{WEEKDAY_FULL}(?:{SP}(?P<wpod>(?i:morning|afternoon|evening|night)))?|{MONTH_FULL}"
      rf"|(?i:morning|evening|night|weekend|spring|summer|fall|autumn|winter))"
      rf"|(?P<adv>(?i:daily|weekly|biweekly|monthly|yearly|annually|hourly|nightly|quarterly|semiannually|annual|every day))"
      rf"|(?P<k>(?i:once|twice|(?:{NUM_WORD}|\d{{1,2}}) times)){SP}(?i:a|per|each|every){SP}(?P<unit2>{UNIT_SG})"
      # "five nights a week", "one day a month": so many days of each week, not a five-day period
      rf"|(?P<days>(?i:[1-7]|one|two|three|four|five|six|seven){SP}(?:days?|nights?|mornings?|afternoons?|evenings?|weekends?))"
      rf"{SP}(?i:a|per|each|every){SP}(?P<unit3>(?i:week|month|year)))(?![\w-])",
      accept=lambda m, text: not (m["adv"] and _NAME_AFTER.match(text, m.end()))  # "the Daily Mail", "Mexico City daily La Jornada"
      and not (m["adv"] and m["adv"][0].isupper() and re.search(r"[a-z,]\s[A-Z][a-z]+\s$", text[max(0, m.start() - 24):m.start()]))
      # ("Matt Daily and Michael Erman": a capitalized "Daily" after a name inside a sentence is a surname)
      and not (m["adv"] and (m["adv"].lower() == "annual" or (
          m["adv"].lower() == "annually" and not _SCHEDULED_BEFORE.search(text[max(0, m.start() - 12):m.start()])) or (
          m["adv"].lower() not in ("annually", "every day") and re.match(r"\s[a-z]", text[m.end():m.end() + 2])
          and not re.match(r"\s(?:and|or|to|in|on|at|for|from|since|through|until|by|basis)\b", text[m.end():m.end() + 10]))))
      and not (m["q"] and re.match(r"\s(?:of|other)\b", text[m.end():m.end() + 4]))
      # "1 million gallons of oil daily", "41 people daily", "10,000 units annually": a rate, as "a day" after an amount
      # ("two times daily", "once weekly" are how often, a SET)
      and not (m["adv"] and m["adv"][-2:].lower() == "ly" and bool(_RATE_AMOUNT.search(text[max(0, m.start() - 40):m.start()]))
               and not re.search(r"(?i)\b(?:times|once|twice)\s$", text[max(0, m.start() - 8):m.start()])))
def _set(m: re.Match[str], cx: Context) -> Result | None:
    if m["adv"]:
        a = m["adv"].lower()
        v = {"daily": "P1D", "every day": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
             "yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M",
             "semiannually": "P6M"}[a]
        return "SET", v, None
    unit = (m["unit"] or m["unit2"] or m["unit3"]).lower()
    if m["wpod"]:  # "every Sunday afternoon"
        return "SET", f"XXXX-WXX-{WEEKDAYS[unit.split()[0]] + 1}T{PARTS[m['wpod'].lower()]}", None
    if unit in WEEKDAYS:
        return "SET", f"XXXX-WXX-{WEEKDAYS[unit] + 1}", None
    if unit in MONTHS:
        return "SET", f"XXXX-{MONTHS[unit]:02d}", None
    if unit in PARTS:
        return "SET", f"XXXX-XX-XXT{PARTS[unit]}", None
    if unit in SEASONS:
        return "SET", f"XXXX-{SEASONS[unit]}", None
    if unit == "weekend":
        return "SET", "XXXX-WXX-WE", None
    u = unit.rstrip("s")
    if u == "centurie":
        u = "century"
    code, timey = UNITS.get(u, ("D", False))
    n: int | None = 1
    if m["n"]:
        w = m["n"].lower()
        n = 2 if w in ("other", "a couple of", "couple of") else None if w == "few" else int(number(w) or 1)
    return "SET", V.duration(n, code, timey), None


# An amount and then "a day", "per year" ("5,000 barrels of oil a day", "$33 million a year",
# "four flights a week", "300 tons per day") is a rate: how much per unit of time, never a day or
# a year of its own, and no time expression either. TimeML marks as SETs the times that recur
# ("each month", "every quarter", "twice a week"); the TimeBank gold annotates 6 of its 6 "each/
# every" units but 2 of its 8 amount-rates (none of "four flights a week", "$500 million a year",
# "358,000 a month"), so a rate is recognized here only to keep its "a day" from being read as a
# span or a day, and yields no tag. The amount is a number
# (with its currency, scale or percent) and at most a two-word noun and an "of" phrase ("barrels of
# oil", "dump trucks", "gallons of oily water"); a bare year ("In 1998 a year of drought began") is
# no amount.
_RATE_AMOUNT = re.compile(
    r"(?:[$£€]\s?\d(?:[\d,.]*\d)?|(?<![\w$£€.,])(?!(?:1[5-9]|20)\d\d(?![\d,.]))\d(?:[\d,.]*\d)?(?![\d,.])|\b(?i:one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds|thousands|millions|dozens|several|a few|a dozen|a hundred))"
    r"(?:\s?(?:million|billion|trillion|thousand|hundred|bn|m|%)\b|\s?%)?"
    r"(?:\s(?!(?:of|and|or|in|on|at|to|for|by|with|without|from|into|as|than|the|that|this|not|he|she|it|they|we|i|you|was|were|is|are|had|has|have)\b)(?![a-z-]*ed\b)[a-z][a-z-]*){0,2}"
    r"(?:\sof\s(?:[a-z-]+\s){0,2}[a-z-]+)?(?:\s\([^()\n]{1,40}\))?\s$")
_SPAN_WORD_BEFORE = re.compile(r"(?i)\b(?:roughly|nearly|about|almost|over|half|just|only|some|than|around|"
                               r"approximately|under|barely|exactly|within|for|in|after|before)\s$")
_SPEED_BEFORE = re.compile(r"(?i)\b(?:miles|kilometers|kilometres|km|feet|meters|metres|knots|words|beats|revolutions)\s$")


def _rate_ok(m: re.Match[str], text: str) -> bool:
    if not m["per"][0].islower() or _SPAN_WORD_BEFORE.search(text, max(0, m.start() - 14), m.start()):
        return False  # "A second group", "2008, roughly a year after": a sentence's start, a span
    if re.match(r"['’]s\b|-|\s(?:or\s(?:two|so)|than|old|of)\b", text[m.end():m.end() + 8]):
        return False  # "a day's pay", "a year-long", "a day or two", "$40 a week of overtime": no rate
    left = text[max(0, m.start() - 40):m.start()]
    return bool(_RATE_AMOUNT.search(left)) and not _SPEED_BEFORE.search(left)


@rule("rate", rf"{B}(?P<per>(?i:a|an|per)){SP}(?P<unit>(?i:second|minute|hour|day|week|month|year))(?![\w-])",
      accept=_rate_ok)
def _rate(m: re.Match[str], cx: Context) -> Result | None:
    return None  # a rate is how much, not when (see above)


# --------------------------------------------------------------- durations
DUR_DET = (r"(?i:the|this|these|those|an additional|another|the first|the last|the past|"
           r"the next|the previous|the following|the coming|the latest|the final|the remaining|the same|the initial|"
           r"the year-earlier|the year-ago|the preceding|the prior|the first|the past|the last|the next|"
           r"the other|the full|the entire|the whole|past|next|first|previous|coming)")


# An amount a few words before "a day" makes it a rate ("2 million gallons of crude a day
# before the cap"), as do "once", "twice", "times"; a clock or a date ("4:37 PM A day after",
# "on May 3 came a week before") does not.
_AMOUNT_BEFORE = re.compile(r"(?:[$£€]\s?\d[\d,.]*\w*|\d[\d,.]*(?:\s(?:million|billion|thousand|hundred))?(?:\s?%|\s(?:people|[a-z]+s)\b)"
                            r"|\b(?:[Oo]nce|[Tt]wice|times))(?:\s\S+){0,3}\s$|(?<![\w,.])\d[\d,.]*\s$")  # ("an average of 40 a month")


def _duration_ok(m: re.Match[str], text: str) -> bool:
    n = m["n"].lower()
    det = (m["det"] or "").lower()
    if (det == "this" and n not in ("one",)) or (det in ("these", "those") and n in ("a", "an")):
        # "had a scare with this a few years ago", "did this two years ago": a pronoun object
        # (a singular "this" takes no article and no plural number), the period begins after it
        return False
    if re.search(r"(?i)\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-$", text[max(0, m.start() - 8):m.start()]):
        return False  # the "four" of "twenty-four hour care", whose whole number was read (and refused) first
    if n in ("24", "twenty-four") and m["unit"].lower() == "hour" and not m["det"] and _ROUND_THE_CLOCK.match(text, m.end()):
        return False  # "a 24 hour centre", as "a 24-hour centre": round the clock, not a period
    if re.match(r"\s(?:olds?|of age)\b|-olds?\b", text[m.end():m.end() + 8]):
        return False  # an age ("four year olds"), not a period
    if m["n"][:1].isupper() and m["unit"][:1].isupper() and re.match(r"\s(?:International|Internationals|Series|Cup)\b", text[m.end():m.end() + 16]):
        return False  # a name: "the third One Day International" is a cricket match
    if n in ("a", "an") and m["unit"].lower() == "quarter":
        return False  # "a quarter of the market", "more than a quarter": a fraction
    if m["unit"].lower().startswith("quarter") and not m["det"] and (
            re.match(r"\s?(?:\(|of (?:the|a|an|its|his|her|their|all|this|that|these|those|it|them|us)\b|[-–]|is\b|are\b|was\b|were\b|ended\b|remains?\b|went\b)", text[m.end():m.end() + 8])
            or not re.search(r"\b(?:for|within|in|over|after|than|lasted|took|takes|spent)\s$", text[max(0, m.start() - 10):m.start()].lower())):
        return False  # "one quarter (25 percent) of the oil", "three quarters ended up ashore": a fraction
    if n in ("a", "an", "one") and m["unit"].lower() == "second":
        return False  # "a second look", "one second-half goal"
    if n in ("a", "an") and not m["det"]:
        before = text[max(0, m.start() - 14):m.start()].lower()
        if re.match(r"\s(?:into|in to)\s(?:the|a|an|its|his|her|their|our)\b", text[m.end():m.end() + 12]) \
                and re.search(r"(?:^|\n|[.!?]\s|\b(?:now|is|was|were|are|been|be|just|only|already|nearly|almost|barely|"
                              r"about|than|well)\s)$", text[max(0, m.start() - 12):m.start()], re.I):
            # ("barrels of oil a day into the sea" is a rate)
            return True  # "now a month into the hurricane season": how long it has run
        if re.match(r"\s(?:after|before)\s(?:the|his|her|its|their|a|an|he|she|they|we|I|[A-Z][a-z]+|[a-z]+(?:ers|ists|ians|ials))\b", text[m.end():m.end() + 24]) \
                and not _AMOUNT_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            return True  # "came a day after the vote", "a day after scientists reported", "a week after she quit": a span from an event
        if re.match(r"\s(?:after|before|or two)\b", text[m.end():m.end() + 8]) and re.search(
                r"(?:^|\n|[.!?,;(—–]\s?|\s-\s|\b(?:just|only|about|nearly|almost|barely|exactly|than|be|is|was)\s)$",
                text[max(0, m.start() - 10):m.start()], re.I):
            return True  # ", a day after the hearing", "will be a day or two before": a span from an event
        if re.match(r"(?i)(?:hour|week|month|year|decade|century)s?\sof\s(?!(?:the|a|an|its|his|her|their|our|this|that|these|those)\b)[a-z]",
                    text[m.end() - len(m["unit"]):m.end() + 16]) and not _AMOUNT_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            return True  # "a decade of growth", "after a year of talks", "an hour of music": how long it went on
        if re.match(r"['’]s\s[a-z]", text[m.end():m.end() + 4]):
            return True  # "a year's salary", "a week's notice": an amount measured in time
        if re.search(r"\b(?:wait|waits|waited|waiting|lasts|lasted|lasting|course of)\s$", before):
            return True  # "diners wait an hour for a table": how long
        if re.match(r"\s(?:ahead|behind|away|early|late|too (?:early|late|soon)|(?:before|after) schedule)\b", text[m.end():m.end() + 16]):
            return True  # "home a month before schedule", "a year ahead of the vote", "a day or so away": how far off
        if re.match(r"\s(?:off|of leave)\b", text[m.end():m.end() + 10]):
            return True  # "took a day off", "taking a week off": time away from work, how long
        return bool(re.search(r"\b(?:for|within|in|over|than|about|by|nearly|almost|least|lasted|lasting|spent|"
                              r"spend|spending|spends|takes?|took|only|just|after|half|full|entire|whole|extra|another|to)\s$", before))
    if n in ("some", "many", "few") and not m["det"]:
        # ("it took many weeks", "spent many years", "waited some months", "it will be some months
        # before ...": how long; "there will be some days when" counts days)
        return bool(re.search(r"\b(?:for|in|over|within|after|took|takes|take|taken|spent|spend|lasted|wait|waits|waited|waiting)\s$",
                              text[max(0, m.start() - 8):m.start()].lower())) or bool(_IT_IS_BEFORE.search(text, max(0, m.start() - 30), m.start()))
    return True


@rule("and_half", rf"{B}(?P<n>{NUM}|(?i:an?)){SP}(?:(?P<u1>{UNIT_SG}){SP}(?i:and a half)|(?i:and a half){SP}(?P<u2>{UNIT}))(?![\w-])",
      # ("a year and a half ago", "two and a half years from now", "two and a half years old": a
      # point or an age, read elsewhere)
      accept=lambda m, text: not re.match(r"\s(?:ago|earlier|later|before|after|old|of age|from now|hence)\b", text[m.end():m.end() + 10])
      and not (m["n"][0].isdigit() and m["u1"]))
def _and_half(m: re.Match[str], cx: Context) -> Result | None:
    """ "an hour and a half", "two and a half years": the number and a half of the unit."""
    raw = m["n"].lower()
    n = 1 if raw in ("a", "an") else number(raw)
    unit_word = (m["u1"] or m["u2"]).lower()
    u = unit_word.rstrip("s") if unit_word != "centuries" else "century"
    if n is None or n != int(n) or u not in UNITS or u == "quarter":
        return None  # ("a quarter and a half" is a fraction)
    code, timey = UNITS[u]
    return "DURATION", V.duration(n + 0.5, code, timey), None


@rule("duration",
      # "within 30-60 days": the end of a range of numbers is the duration's number
      rf"(?:{B}|{DASH_DAY})(?:(?P<det>{DUR_DET}){SP})?(?P<n>{NUM}|{FEW}|(?i:a|an)){SP}"
      rf"(?:(?i:more|additional|full|straight|consecutive|trading|business|calendar|long|short|extra){SP})?"
      rf"(?P<unit>{UNIT})(?P<orso>{SP}(?i:or so))?(?![\w-])",
      accept=_duration_ok)
def _duration(m: re.Match[str], cx: Context) -> Result | None:
    unit_word = m["unit"].lower()
    u = unit_word.rstrip("s") if unit_word != "centuries" else "century"
    code, timey = UNITS[u]
    raw = m["n"].lower()
    n = None if re.fullmatch(FEW, m["n"]) else number(raw)
    if n is None and raw not in ("a few", "a couple of", "couple of", "several", "some", "many", "a number of", "the next few", "few"):
        return None
    if raw in ("a couple of", "couple of"):
        n = 2
    if raw == "one" and u == "day" and not m["det"] and cx.tense(m.start(), m.end()) == "future" and not re.search(
            r"(?i)\b(?:for|in|within|after|over|than|about|nearly|only|just|by|of|last|lasts|take|takes|need|needs)\s$",
            cx.text[max(0, m.start() - 8):m.start()]):
        return "DATE", "FUTURE_REF", None  # "Islam will one day be...": some day, not 24 hours
    mod = "APPROX" if m["orso"] else None
    return "DURATION", V.duration(n, code, timey), mod


_ROUND_THE_CLOCK = re.compile(
    r"\s(?:news|coverage|service|services|access|surveillance|hotlines?|helplines?|care|security|watch|operations?|"
    r"basis|protection|patrols?|monitoring|shops?|stores?|channels?|stations?|supermarkets?|gyms?|pharmac\w+|"
    r"clinics?|desk|cycle|lines?|support|emergency|bars?|restaurants?|diner|opening|guard|vigil|presence|"
    r"cent(?:re|er)s?|facilit(?:y|ies)|drinking|licen[cs]es?|licen[cs]ing|cover|staffing|helpdesk|"
    r"society|party|culture|economy|city|lifestyle|rolling)\b")


@rule("unit_adj", rf"{B}(?<!\d,)(?P<n>\d{{1,3}}(?:,\d{{3}})?(?:\.5)?|(?i:{NUM_WORD}|half|a half|several|multi)|\d{{1,3}} 1/2)-(?P<unit>{UNIT_SG})(?P<old>[- ]olds?(?![\w-]))?(?![\w])(?!-(?!old))")
def _unit_adj(m: re.Match[str], cx: Context) -> Result | None:
    if m["old"]:
        return None  # an age ("a 6-year-old boy", "the 50-year-old alliance"), not a period of time
    u = m["unit"].lower()
    if u == "quarter" and (re.match(r"\s(?:of|stake|share|interest|cut|rise|fall|drop)\b", cx.text[m.end():m.end() + 9])
                           or m["n"].lower() in ("three", "3")):
        return None  # "one-quarter of the cases", "a one-quarter stake", "three-quarter": a fraction
    if u == "hour" and m["n"] == "24" and _ROUND_THE_CLOCK.match(cx.text, m.end()):
        return None  # "24-hour news", "a 24-hour hotline": round the clock, not a period
    code, timey = UNITS[u]
    raw = m["n"].lower()
    if raw in ("several", "multi"):
        return "DURATION", V.duration(None, code, timey), None
    n = 0.5 if raw in ("half", "a half") else number(raw)
    if n is None:
        return None
    if n == 0.5 and u == "hour":
        return "DURATION", "PT30M", None
    return "DURATION", V.duration(n, code, timey), None


# a bare unit's period or recurrence: "another week", "all day", "an hour-long film", "year after year"
rule("another", rf"{B}{ANOTHER}")(one_unit)
rule("all_unit", rf"{B}{ALL_UNIT}")(one_unit)
rule("unit_long", rf"{B}{UNIT_LONG}")(unit_long)
rule("unit_after_unit", rf"{B}{UNIT_AFTER_UNIT}")(unit_after_unit)
rule("units_from_event", rf"{B}{UNITS_FROM_EVENT}", accept=units_from_event_ok)(units_from_event)
rule("units_of_or_away", rf"{B}{UNITS_OF_OR_AWAY}", accept=units_of_or_away_ok)(units_from_event)


@rule("vague_units",
      rf"{B}(?:(?P<det>(?i:recent|the coming|coming|the past few|the last few|the next few|the past several|"
      rf"the last several|the next several|the)){SP})?"
      rf"(?P<unit>(?i:years|months|weeks|days|decades|centuries|quarters|hours|minutes))"
      rf"(?:(?P<ahead>{SP}(?i:ahead|to come(?!{SP}(?:back|in|out|up|down|through|home|from|to|with)\b)))|(?P<long>-long))?(?![\w-])",
      # "a weeks-long strike": an adjective of unspecified length
      accept=lambda m, text: bool(m["long"]) or (bool(m["det"]) and (m["det"].lower() != "the" or bool(m["ahead"]) or bool(
          re.search(r"(?i)\b(?:over|during|through|throughout|down)\s$", text[max(0, m.start() - 12):m.start()]))))
      or (not m["det"] and bool(re.search(r"(?i)\b(?:for|within|in|over|after|of|spent|spend|spends|spending|took|"
                                          r"take|takes|taking|waited|lasted|lasting)\s$",
                                                              text[max(0, m.start() - 12):m.start()]))
      and not re.match(r"\s(?:of|ago|old|later|earlier)\b", text[m.end():m.end() + 8])
      # ("traded after hours", "after-hours dealing": outside business hours, an idiom, not a span)
      and not (m["unit"].lower() == "hours" and bool(re.search(r"(?i)\bafter\s$", text[max(0, m.start() - 6):m.start()])))
      # ("no oil is in Weeks Bay": a capitalized unit before a capitalized word is a name)
      and not (m["unit"][0].isupper() and bool(re.match(r"\s[A-Z][a-z]", text[m.end():m.end() + 3])))))
def _vague_units(m: re.Match[str], cx: Context) -> Result | None:
    det = (m["det"] or "").lower()
    unit_word = m["unit"].lower()
    u = unit_word.rstrip("s") if unit_word != "centuries" else "century"
    code, timey = UNITS[u]
    if det == "recent":
        return "DURATION", V.duration(None, code, timey), None  # "in recent years": an unspecified period
    if det in ("the coming", "coming") and not m["ahead"]:
        return "DATE", "FUTURE_REF", None
    return "DURATION", V.duration(None, code, timey), None


# ------------------------------------------------------------ vague refs
REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "nowadays": "PRESENT_REF", "currently": "PRESENT_REF",
    "these days": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "the present": "PRESENT_REF", "to date": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF",
    "more recently": "PAST_REF", "most recently": "PAST_REF", "the past": "PAST_REF",
    "current": "PRESENT_REF", "future quarters": "FUTURE_REF", "future years": "FUTURE_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF", "soon": "FUTURE_REF",
"the distant future": "FUTURE_REF", "the distant past": "PAST_REF",
    "the recent past": "PAST_REF", "recent": "PAST_REF", "this day": "PRESENT_REF", "future": "FUTURE_REF", "a later date": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF", "the coming days": "FUTURE_REF",
}


def _ref_ok(m: re.Match[str], text: str) -> bool:
    w = m["r"].lower()
    after = text[m.end():m.end() + 24]
    words = m["r"].split()
    if len(words) > 1 and all(x[0].isupper() for x in words) and not re.search(r"(?:^|[.!?:\n]\s{0,3}|\")$", text[max(0, m.start() - 4):m.start()]):
        return False  # a title mid-sentence: "Myths Of The Near Future"
    if m["r"] == "Now" and re.search(r"\b(?!(?:What|So|And|But|Even|Just|Only|Not|Until|Till|Since|Why|How|Where|Who)\b)"
                                     r"[A-Z][\w'’-]* $", text[max(0, m.start() - 30):m.start()]) \
            and not re.match(r"\s[A-Z]", after):
        return False  # "Democracy Now reports", "Apocalypse Now": a capitalised word of a name ("Spill Now Threatens Coast" is a headline's)
    if w == "future":  # "future earnings": an adjective, rarely annotated; "barred in future.", "In future, we ...":
        # British "in future" without its article is "in the future"
        return bool(re.search(r"(?i)\bin\s$", text[max(0, m.start() - 4):m.start()])) and bool(
            re.match(r"\s?(?:$|[.,;:!?)\"”’—–]|\s(?:and|or|but|nor|as|if|when|unless|than|so|the|a|an|this|that|these|those|"
                     r"it|he|she|we|they|I|you|there|all|any|no|such)\b)", after))
    if w == "the present" and re.match(
            r"\s(?!(?:day|days|time|times|moment|era|age|and|or|but|nor|is|was|are|were|has|had|will|would|can|could|may|"
            r"might|should|must|to|in|on|at|of|for|with|from|by|as|than|that|which|who|when|where|while|because|if)\b)[A-Za-z]",
            after):
        return False  # "the present crisis", "the present value": an adjective ("focus on the present", "to the present day")
    if w in ("the long term", "the short term", "the near term") and re.match(r"\s(?!and\b|or\b|is\b|was\b|will\b|yet\b)[a-z]+", after) \
            and not re.search(r"(?i)\b(?:in|over|for|during|into|through|throughout|beyond)\s$", text[max(0, m.start() - 12):m.start()]):
        return False  # "the long term damage", "the short term outlook": an adjective ("in the long term they ..." is a time)
    if w == "this day":  # "injured to this day": until now; "this day last year" is another day
        return bool(re.search(r"(?i)\b(?:to|until|till)\s$", text[max(0, m.start() - 6):m.start()]))
    if w == "recent":  # "the recent surge", "a recent hearing": a time just past, as "current" is the present one
        return bool(re.match(r"\s[\w$]", after))
    if w == "current" and re.match(rf"\s(?:{MONTH_FULL}|{WEEKDAY_FULL}|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)", after):
        return False  # "ahead of the current November 30 deadline": the date is the time, "current" its adjective
    if w == "current" and m["r"] == "current" and re.match(r"\s(?:[A-Z][\w.]|[$£€]\d)", after) \
            and re.search(r"(?i)\b(?:the|its|their|his|her|our|this)\s$", text[max(0, m.start() - 6):m.start()]):
        return True  # "the current BP oil spill", "the current $75m cap": the present one (not "the Loop Current")
    if w == "current":
        return bool(re.match(r"\s[a-z]", after)) and not re.match(
            r"\s(?:account|accounts|affairs|flows?|of|and|is|was|through|from|in|to|at)\b", after) and \
            not re.search(r"(?i)\b(?:then|electric|electrical|ocean|strong|alternating|direct)\s$", text[max(0, m.start() - 14):m.start()])
    if w == "soon":  # "as soon as", "too soon to tell": a degree, not a time
        return not re.search(r"(?i)\b(?:as|too)\s$", text[max(0, m.start() - 5):m.start()]) and not re.match(r"\s(?:after|as)\b", after)
    if w == "these days" and re.search(r"(?i)\b(?:one|some|any) of\s$", text[max(0, m.start() - 8):m.start()]):
        return False  # "one of these days something will break": some day ahead, not the present
    if w == "to date":  # "the largest to date", not the verb in "went to date her"
        # nor "stay up to date" (current, an idiom) or "want to date anyone"
        return not re.match(r"\s(?:her|him|them|someone|somebody|anyone|anybody|a|an|the|his|my|your|their|our|each|other)\b", after) \
            and not re.search(r"(?i)\b(?:up|want|wants|wanted)\s$", text[max(0, m.start() - 7):m.start()])
    if w == "the past":
        return not re.match(r"\s(?:\w+ )?(?:years?|months?|weeks?|days?|decades?|quarters?|hours?|summers?|winters?|springs?|falls?|centur\w+)\b", after) \
            and not (re.match(r"\s(?!(?:and|or|but|as|is|was|were|has|have|had|will|to|for|in|on|at|by|with|when|because|that|"
                              r"which|who|they|we|he|she|it|i|you|there|this|these|of|from|than|so|few|several|two|three|"
                              r"here|where|now|then|before|instead)\b)[a-z]{2,}(?<!ly)(?<!ed)(?<!s)\s", after)
                     and not re.search(r"(?i)\bin\s$", text[max(0, m.start() - 3):m.start()]))
    # ("during the past campaign cycle", "given the past relationship": an adjective; "in the past" is a time)
    if w == "now":
        # "now-defunct" is an adjective; a sentence-initial "Now," is a discourse marker
        # unless the clause it opens tells what is happening now ("Now, crews are drilling")
        return not re.match(r"-|,|\sfor\b", after) or m["r"] == "now" or (
            after[:1] == "," and _now_in_story(text, m.end() + 1))
    if w == "the future":
        nxt = re.match(r"\s([a-z]+)\b", after)
        if nxt and nxt[1] not in _AFTER_THE_FUTURE and not nxt[1].endswith(("s", "ed")):
            return False  # "the future king", "the future climate": an adjective
        if re.match(r"\s(?:Prime Minister|President|King|Queen|Prince|Princess|Duke|Duchess|Pope|Emperor|Empress|"
                    r"Chancellor|Secretary|Senator|Governor|Mayor|Mrs?|Lady|Lord|Sir|Chief)\b", after):
            return False  # "marriage to the future Prime Minister": a title's adjective
    # "the future of our peoples": a noun, not a time
    return not (w in ("the future", "the past") and re.match(r"\sof\b", after))


# "Now, the oil is washing ashore" / "Now, he will face questions": the present set against
# the past. "Now, how much do we know?", "Now, if we take over", "Now, this is a good idea",
# "Now, he would have": a discourse marker that opens an argument, not a time.
_NOW_CLAUSE = re.compile(r"[^.?!;:\n\"“”]{0,200}[.?!;:\n\"“”]?")
_NOW_DISCOURSE = re.compile(r"(?i)\s*(?:how|what|why|who|where|when|whether|if|as|here|there|let|imagine|look|"
                            r"try|consider|remember|mind|okay|ok|well|yes|no|so|of course|again|then|i|you|we|every)\b"
                            r"|\s*(?-i:[A-Z][a-z]+),")  # "Now, Rachel, ...": a name called, not a time
_NOW_STORY = re.compile(r"\b(?:(?:is|are|was|were|be|been|['’]s|['’]re)\s(?:now\s|still\s|also\s|being\s)?[a-z]{2,}ing"
                        r"|(?<!would )(?<!could )(?<!should )(?<!might )(?<!must )(?<!may )(?:has|have)\s(?:just\s|now\s|also\s)?"
                        r"(?:been|[a-z]{2,}ed|shown|taken|given|begun|become|gone|grown|risen|fallen)"
                        r"|(?:will|['’]ll)\s(?!never\b|always\b)[a-z]+|no longer|plans?\sto"
                        r"|(?:is|are)\s(?:now\s|being\s)?(?!(?:based|concerned|interested|supposed|used|related)\b)[a-z]{3,}ed)\b"
                        r"|^\s*it(?:['’]s| is) time\b"
                        # "Now, 53% of voters say ...": a reading taken now, set against an earlier one
                        r"|^\s*(?:only\s|just\s|about\s|some\s|nearly\s)?\d[\d.,]*\s?(?:%|percent\b|per cent\b)")


def _now_in_story(text: str, start: int) -> bool:
    if _NOW_DISCOURSE.match(text, start):
        return False
    clause = _NOW_CLAUSE.match(text, start)
    return clause is not None and not clause.group().endswith("?") and bool(_NOW_STORY.search(clause.group()))


# Words that follow "the future" as a noun ("the future is", "in the future they"); another
# lower-case word after it is the noun it modifies ("the future king").
_AFTER_THE_FUTURE = frozenset(["is", "was", "will", "would", "may", "might", "could", "can", "must", "should", "remains",
                               "of", "for", "and", "or", "but", "as", "at", "in", "on", "to", "with", "by", "from", "if",
                               "when", "that", "which", "who", "where", "than", "so", "too", "it", "they", "we", "he",
                               "she", "i", "you", "there", "this", "the", "a", "an", "not", "looked", "holds", "lies"])


@rule("while", rf"{B}(?P<w>(?i:a while|some time|a long time|a short time|a (?:fairly )?lengthy period))(?![\w-])",
      accept=lambda m, text: bool(re.search(r"(?i)\b(?:for|after|in|within)\s$", text[max(0, m.start() - 8):m.start()]))
      and not re.search(r"(?i)\bonce in\s$", text[max(0, m.start() - 8):m.start()]))  # "once in a while": now and then
def _while(m: re.Match[str], cx: Context) -> Result | None:
    return "DURATION", "PXX", None


@rule("then", r"(?<=(?i:until|since) )(?P<then>then)(?![\w-])")
def _then(m: re.Match[str], cx: Context) -> Result | None:
    """ "Until then", "since then": the date just mentioned."""
    a = cx.anchor
    if a is None or m.start() - cx.anchor_pos > 400:
        return None
    if cx.text[max(0, m.start() - 6):m.start()].lower() == "since " and a.date > cx.dct:
        return "DATE", "PAST_REF", None  # "since then" looks back: a date ahead named before it is not its anchor
    return "DATE", a.value, None


# "Soon" opening a past clause: "Soon we were swimming", "soon after, he left".
_SOON_IN_STORY = re.compile(r"(?:,?\s(?:after|afterwards?|thereafter)\b|\s(?:(?!(?:need|feed|speed|proceed|succeed|exceed|embed)\b)[a-z]{2,}ed|found|became|came|began|saw|left|went|took|made|got|fell|rose)\b|,?\s(?:[A-Za-z]+\s){0,3}(?:was|were|had|did|became|came|began|found|saw)\b)")
# "A cloud of gas was soon all over the ship": a past verb right before it
_SOON_AFTER_PAST = re.compile(r"(?i)\b(?:was|were|had|became|got)\s$")


@rule("ref", rf"{B}(?P<r>(?i:{'|'.join(sorted(REFS, key=len, reverse=True))}))(?![\w-])", accept=_ref_ok)
def _ref(m: re.Match[str], cx: Context) -> Result | None:
    if m["r"].lower() == "soon" and (_SOON_IN_STORY.match(cx.text, m.end(), m.end() + 40)
                                     or _SOON_AFTER_PAST.search(cx.text, max(0, m.start() - 8), m.start()) or (
            cx.text[m.end():m.end() + 1] == "," and re.search(r"(?:^|[.!?\"”]\s+|\n)(?:(?:And|But|Then|Very)\s)?$",
                                                               cx.text[max(0, m.start() - 12):m.start()])
            and cx._right_tense(m.end()) == "past")) \
            and not re.search(r"(?i)\b(?:will|would|'ll|shall|to|should|may|might|could|must|can)\s$", cx.text[max(0, m.start() - 8):m.start()]):
        return None  # "Soon we were swimming": soon after the story's moment, not after the report
    return "DATE", REFS[m["r"].lower()], None


@rule("short_year", r"(?<![\w'’])['’](?P<yy>\d\d)(?![\w'’%-]|\.\d)",
      accept=lambda m, text: bool(re.search(r"(?i)\b(?:since|in|by|until|till|through|from|to|of|before|after|early|late|mid|"
                                            r"spring|summer|fall|autumn|winter)\s$", text[max(0, m.start() - 8):m.start()])))
def _short_year(m: re.Match[str], cx: Context) -> Result | None:
    """ "Since '22", "the class of '98": a clipped year, in the century that puts it at
    most ten years after the DCT."""
    yy = int(m["yy"])
    century = cx.dct.year // 100 * 100
    return "DATE", str(century + yy if century + yy <= cx.dct.year + 10 else century - 100 + yy), None


_ERA_PREP = re.compile(r"(?i)\b(?:in|since|by|from|to|until|till|around|about|before|after|of|c\.|circa|and|between)\s$")


@rule("bc_year", rf"{B}(?:(?P<y>[1-9]\d{{0,3}}){SP}(?:(?P<era>B\.C\.(?:E\.)?|BCE?(?![\w]))|(?P<ad>A\.D\.|AD|CE)(?!\w))"
                 rf"|(?P<ad2>A\.D\.|AD){SP}(?P<y2>[1-9]\d{{0,3}})(?![\w.,]?\d))",
      # "AD" is also a word of its own ("the AD 10 fund"): an era year follows a preposition
      accept=lambda m, text: bool(m["era"]) or bool(_ERA_PREP.search(text, max(0, m.start() - 12), m.start())))
def _bc_year(m: re.Match[str], cx: Context) -> Result | None:
    """ "567 BC": TimeML writes years before the common era with a BC prefix; "AD 476",
    "476 AD" are plain years, written with four digits."""
    if m["era"]:
        return "DATE", f"BC{int(m['y']):04d}", None
    return "DATE", f"{int(m['y'] or m['y2']):04d}", None


# Before "2004-06", a word of running text ("the 2004-06 period", "in 2007-09", "from 2003-09"):
# a span of years, as no writer gives a month as 2004-06 in a sentence.
_SPAN_IN_PROSE = re.compile(r"(?i)\b(?:the|in|of|from|during|since|between|for|over|throughout|through|by|until|and|its|their)\s$")


def _years_in_prose(text: str, start: int, first: int, last: int) -> bool:
    return first < last and not text[start + 7:start + 8].isdigit() and text[start + 7:start + 8] not in "-/" \
        and bool(_SPAN_IN_PROSE.search(text, max(0, start - 12), start))


@rule("year_span_end", rf"{YEAR_DASH}(?P<y>\d(?:\d(?:\d\d)?)?)(?![\d%-]|[.,]\d|'?s\b)")  # ("the 1840/50s": a decade)
def _year_span_end(m: re.Match[str], cx: Context) -> Result | None:
    """ "1918-19", "2008-2011", "1997-8": the last year of a span, written in full or by its last digits."""
    first = int(cx.text[m.start() - 5:m.start() - 1])
    if len(m["y"]) == 1:  # "the crisis of 1997-8": only the next year is written with one digit
        y = first // 10 * 10 + int(m["y"])
        return ("DATE", str(y), None) if y == first + 1 else None
    y = int(m["y"]) if len(m["y"]) == 4 else (first // 100 * 100 + int(m["y"]))
    if len(m["y"]) == 2 and y != first + 1 and int(m["y"]) <= 12 and not _years_in_prose(cx.text, m.start() - 5, first, y):
        return None  # "2008-11" may be a month; the next year or a number no month has is a span
    return ("DATE", str(y), None) if first < y <= first + 100 else None


@rule("year", rf"{B}(?:(?i:the year){SP})?(?P<year>1[6-9]\d\d|20\d\d)(?![\d%]|[A-Za-z](?<!s)|,\d|\.\d|-(?!(?:1[6-9]|20)?\d\d(?![\d-])|\d(?![\d-]))|\s?(?i:percent|per cent|feet|meters|miles|yards|people|employees|"
              rf"workers|troops|soldiers|jobs|students|residents|members|units|homes|cars|shares|acres|tons|barrels|points)\b)"
              # ("born around 1822 and later moved": "later" goes with the verb after it)
              rf"(?:{SP}(?P<beyond>(?i:and beyond|or later|or earlier|and later))(?!\s[a-z]))?",
      accept=lambda m, text: not re.search(r"(?i)(?:no\.|number|flight|route|room|page|model|highway|\d|\$)\s?$",
                                           text[max(0, m.start() - 8):m.start()]))
def _year(m: re.Match[str], cx: Context) -> Result | None:
    if m["year"].endswith("0") and re.match(r"/\d0['’]?s\b", cx.text[m.end():m.end() + 5]):
        return "DATE", m["year"][:3], None  # "the 1840/50s": the 1840s and the 1850s
    after = re.match(r"-(\d+)", cx.text[m.end():m.end() + 6])
    if after and len(after[1]) == 2 and int(after[1]) != (int(m["year"]) + 1) % 100 and int(after[1]) <= 12 \
            and not _years_in_prose(cx.text, m.start(), int(m["year"]), int(m["year"]) // 100 * 100 + int(after[1])):
        return None  # "2008-11" may be a month; "1918-19", "1980-82", "2008-2011" are spans of years
    if after and len(after[1]) == 1 and int(after[1]) != (int(m["year"]) + 1) % 10:
        return None  # "1997-8" is a span; "1997-5" is some code
    mod = None
    if m["beyond"]:
        mod = "ON_OR_AFTER" if m["beyond"].lower() in ("and beyond", "or later", "and later") else "ON_OR_BEFORE"
    if _COMPARED_EVENT.search(cx.text, max(0, m.start() - 40), m.start()) and _EVENT_NAMED.match(cx.text, m.end()):
        cx.comparison = True  # "worse than the 1989 Exxon Valdez spill": an event compared with, not the story's time
    return "DATE", m["year"], mod


_COMPARED_EVENT = re.compile(r"(?i)\b(?:than|like|unlike|compared (?:with|to)|surpass(?:es|ed|ing)?|eclipse[sd]?|rivals?|dwarfs?|dwarfed)"
                             r"\s(?:even\s)?(?:the|a)\s$")


def _early_year_ok(m: re.Match[str], text: str) -> bool:
    if _EARLY_YEAR_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return True
    # "an epidemic of 1347 to 1351": two such numbers a span apart, the later second, are years
    y = int(m["year"])
    later = _EARLY_SPAN_END.match(text, m.end())
    # ("between 1450 and 1600": a period of centuries is still a span of years)
    if later and re.search(r"(?i)\b(?:of|from|between)\s$", text[max(0, m.start() - 8):m.start()]) and y < int(later[1]) <= y + 250:
        return True
    earlier = _EARLY_SPAN_START.search(text, max(0, m.start() - 20), m.start())
    return bool(earlier) and int(earlier[1]) < y <= int(earlier[1]) + 250


_EARLY_SPAN_END = re.compile(r"(?:\s(?:to|and|until)\s|\s?[-–]\s?)(1[0-6]\d\d)(?![\d%]|[.,]\d)"  # (a sentence may end after it)
                             r"(?!\s?(?:[A-Z]{2,4}\b|hours|hrs|h\b|local|people|men|women|children|staff|police|personnel|"
                             r"(?!(?:was|has|is|as|his|this|its|thus)\b)[a-z]+s\b))")  # ("1200 to 1300 barrels", "1100 and 1130 GMT")
_EARLY_SPAN_START = re.compile(r"\b(?:of|from|between)\s(1[0-5]\d\d)(?:\s(?:to|and|until)\s|\s?[-–]\s?)$")


@rule("early_year", rf"{B}(?P<year>1[0-5]\d\d)(?![\d%]|[A-Za-z]|,\d|\.\d|-\d|\s(?!(?:was|has|is|as|his|this|its|thus)\b)[a-z]+s\b)",
      accept=_early_year_ok)
def _early_year(m: re.Match[str], cx: Context) -> Result | None:
    """ "In 1595", "born about 1512": a year before 1600 only after words that introduce a year,
    since such numbers are more often amounts ("around 1200 stations") or clock times ("1100")."""
    if _CLOCK_IN_STORY.search(cx.text, max(0, m.start() - 400), m.start()) and int(m["year"][2:]) < 60 \
            and int(m["year"][:2]) < 24:
        return None  # "stopped breathing shortly after 1100 ... between 1040 and 1050": a 24-hour clock
    return "DATE", m["year"], None


_CLOCK_IN_STORY = re.compile(r"(?i)(?:\bat\s(?:about\s|around\s)?|\b(?:shortly|just|minutes|soon)\s(?:after|before)\s)"
                             r"(?:[01]\d|2[0-3])[0-5]\d(?!\d)(?!\s?(?:BC|AD|B\.C|A\.D|CE|BCE)\b)"
                             r"|\b(?:[01]\d|2[0-3])[0-5]\d\s?(?:GMT|BST|UTC|hours|hrs|local time)\b")


_EARLY_YEAR_BEFORE = re.compile(r"(?i)(?:\b(?:in|since|circa|c\.|born(?: in| about| around| c\.)?)\s|\bc\.)$")


def master_pattern() -> re.Pattern[str]:
    """One alternation of every rule, scanned once over the text.

    Group names are stripped from the parts (they would clash); the matching
    rule's own pattern is re-applied at the found position to read its fields.
    The shared token-start check ``B`` is evaluated once, before the
    alternation, instead of once per rule.
    """
    strip = re.compile(r"\(\?P<\w+>")
    parts = [f"(?P<r{i}>{strip.sub('(?:', r.source.removeprefix(B))})" for i, r in enumerate(RULES)]
    return re.compile("(?:" + B + "|" + DASH_DAY + "|" + CLOCK_DASH + "|" + YEAR_DASH + "|" + DECADE_SLASH + "|(?=(?i:then)))(?:"
                      + "|".join(parts) + ")")


#: Every word that can begin a match of some rule (lowercased); tokens starting
#: with a digit always trigger. tests/test_tagger.py checks this list against
#: a plain scan of the master pattern.
TRIGGERS = frozenset(
    list(MONTHS) + list(WEEKDAYS) + [f"{name}s" for name in WEEKDAY_NAMES] + list(SEASONS) + list(PARTS) + list(ORDINALS)
    + [w for w in NUM_WORD.replace("(?:", "|").replace(")", "|").replace("?", "").replace("[- ]", "|").split("|") if w.isalpha()]
    + ["a", "an", "the", "this", "that", "these", "those", "last", "next", "past", "previous", "prior", "preceding", "coming", "following", "current", "present", "same", "early", "late", "mid", "earlier", "later", "fiscal", "every", "each", "other", "daily", "weekly", "biweekly", "monthly", "yearly", "annually", "hourly", "nightly", "quarterly", "semiannually", "annual", "once", "twice", "noon", "midnight", "midday", "yesterday", "today", "tomorrow", "tonight", "overnight", "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades", "century", "centuries", "quarter", "quarters", "hour", "hours", "minute", "minutes", "second", "seconds", "weekend", "recent", "recently", "lately", "now", "right", "nowadays", "currently", "presently", "at", "as", "soon", "future", "more", "most", "q", "nineteen", "two", "thousand", "half", "several", "multi", "few", "some", "many", "hundred", "hundreds", "thousands", "couple", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties", "comparable", "corresponding", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "then", "long", "short", "lengthy", "while", "h", "t", "to", "fy", "ytd", "ad", "all", "per",
       "christmas", "new", "independence", "juneteenth", "veterans", "halloween", "valentine", "thanksgiving", "black", "cyber",
       "memorial", "labor", "presidents", "martin", "mlk", "columbus", "mother", "father", "election", "easter", "good", "fourth",
       "boxing", "st", "saint", "armistice", "remembrance", "bonfire", "guy"] + UNIT_PHRASE_TRIGGERS
)
