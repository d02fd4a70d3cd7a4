"""Find and normalize temporal expressions in English news text (TIMEX3 style).

Two passes, as in HeidelTime but with better tense handling:

1. *find*: one precompiled alternation of small named recognizers
   (:mod:`timeline.tagger.rules`) scans the text once, left to right; every
   fragment is bounded, so the scan is linear in the length of the text;
2. *resolve*: the candidates are resolved in document order against the
   document creation time (deictic: "yesterday", "last year") or the last date
   mentioned (anaphoric: "the next day", "a year earlier"), reading tense from
   the nearest verb to decide the direction of bare months and weekdays.

Nothing here reads the clock: everything anchors on ``dct``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, WILL_WOULD, auxiliaries
from timeline.errors import DateError
from timeline.model import TIMEX_MOD_TO_QUALIFIER, When, zone
from timeline.tagger.amount_mods import AMOUNT_MOD_VALUE, amount_mod
from timeline.tagger.context import Anchor, Context
from timeline.tagger.counted_lengths import counted_length
from timeline.tagger.lexicon import NUM_WORD
from timeline.tagger.narrative import note_day
from timeline.tagger.rules import RULES, TRIGGERS, master_pattern
from timeline.tagger.rules.ago import story_step
from timeline.tagger.rules.durations import widen_range
from timeline.tagger.rules.foreground_day import note_foreground_day
from timeline.tagger.rules.named_day import note_told_day
from timeline.tagger.stamp_zone import stamp_zone
from timeline.tagger.story_year import note_anchor
from timeline.tagger.tense_words import straight_apostrophes
from timeline.tagger.values import next_day_midnight
from timeline.tagger.week_ending import widen_week_endings
from timeline.tagger.week_weekdays import place_weekdays_in_named_weeks

__all__ = ["Timex", "tag"]

_master = functools.cache(master_pattern)  # compiled on the first call to tag(), not at import
_TOKEN = re.compile(r"[A-Za-z]+|'?\d+")  # "'90s" starts at its apostrophe
# Context windows of the find cache: accept checks look at most 40 characters
# before a match (the amount of a rate) and 24 after its end; matches longer than
# _MAX_MATCH are not cached.
_BACK, _MAX_MATCH = 40, 96
_AHEAD = _MAX_MATCH + 32
_CACHE_SIZE = 4096
_RULE_INDEX = {f"r{i}": i for i in range(len(RULES))}

# "early on" opens the day's early hours ("a pressure test early on Sunday", "said early on Tuesday"),
# except after a verb that "early" itself modifies ("Stores will close early on Memorial Day",
# "get up early on Sunday"): that day, the span without it.
_EARLY_ON = "".join(rf"(?<!\b{verb}\s)" for verb in (
    "close", "closes", "closed", "closing", "leave", "leaves", "left", "leaving", "arrive", "arrives", "arrived",
    "arriving", "up", "home", "retire", "retires", "retired", "open", "opens", "opened", "finish", "finishes",
    "finished", "shut", "shuts", "end", "ends", "ended", "start", "starts", "started", "come", "comes", "came",
    "go", "goes", "went")) + "early on"
# Modifier words written before an expression that TimeML puts inside the span.
_POINT_MODS = re.compile(
    r"(?i)(?:(?<!\btoo )(?<!\bso )\b(?P<m>the beginning of|the start of|the middle of|the end of|the close of|the turn of|"
    r"early in|late in|earlier on|later on|" + _EARLY_ON + r"|late on|earlier|later|early|late|middle|mid)[ -]|"
    r"(?<![a-z])(?P<mid>mid-?))$")
# ... and those it leaves outside while they still say which part is meant: "later in [the day]"
# (TimeBank), "earlier in [the day]", "later in [August]" (our gold throughout)
_MODS_OUTSIDE = re.compile(r"(?i)\b(?P<m>earlier in|later in) $")
_POINT_MOD_VALUE = {"the beginning of": "START", "the start of": "START", "the middle of": "MID",
                    "the end of": "END", "the close of": "END", "earlier in": "START", "later in": "END",
                    "early in": "START", "late in": "END", "earlier on": "START", "later on": "END", "early on": "START",
                    "late on": "END", "earlier": "START", "later": "END",
                    "early": "START", "late": "END", "middle": "MID", "mid": "MID", "mid-": "MID", "the turn of": None}
# Comparisons ("a year earlier", "the year-ago quarter") point back from the topic
# date; they must not replace it as the anchor of what follows.
_PERIOD_RE = re.compile(r"P(?:[2-9]|1[0-2])M|P1Y")
_NOT_ANCHORS = frozenset({"yearago_adj", "ago"})
_PRECISION_BY_SHAPE = [
    (re.compile(r"\d{4}-\d\d-\d\d"), "day"), (re.compile(r"\d{4}-W\d\d"), "week"),
    (re.compile(r"\d{4}-Q\d$"), "quarter"), (re.compile(r"\d{4}-H\d$"), "half"),
    (re.compile(r"\d{4}-\d\d$"), "month"), (re.compile(r"\d{4}-(?:SP|SU|FA|WI)$"), "season"),
    (re.compile(r"\d{4}$"), "year"),
]


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression: offsets into the text given, TIMEX3 type/value/mod."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None

    @property
    def when(self) -> When | None:
        """The interval a DATE/TIME covers, as the project's date model; None for
        durations, sets and vague references (values not starting with a year)."""
        if self.type not in ("DATE", "TIME") or not re.match(r"\d{2}", self.value):
            return None
        qualifier = TIMEX_MOD_TO_QUALIFIER.get(self.mod) if self.mod else None
        try:
            return When.parse(next_day_midnight(self.value), qualifier=qualifier)
        except DateError:
            return None

    def as_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text, "type": self.type,
                "value": self.value, "mod": self.mod}


# A period written as a hyphenated adjective before its noun ("the fourth-quarter bonus", "the
# first-half profit"): TimeBank leaves the article to the noun ("the [third-quarter] earnings").
# A count with a unit in the singular is written the same way without its hyphen ("the three month
# timeframe", "the 90 day estimate"): the article is the noun's there too.
_ARTICLE_OF_NOUN = re.compile(r"(?i:the|a|an)\s((?i:fiscal[ -])?[A-Za-z0-9]+-(?i:quarter|half)"
                              rf"|(?:\d+|(?i:{NUM_WORD})) (?i:year|month|week|day|hour|minute|decade))")
_NOUN_AFTER = re.compile(r"\s(?!(?:of|" + auxiliaries(BE_FINITE, HAVE_FORMS, WILL_WOULD) + r"|ended|ending|ends|to|through|thru|and|or|but|"
                         r"when|in|on|at|for|that|which|as|than|compared|versus|vs|from|with|by|after|before)\b)[a-z]")
_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
# Between a day and its clock time in a dateline ("Friday 25 June 2010 23.16 BST", "Sun May 10,
# 2009 2:51 pm EDT", "Sunday, May 16, 2010; 4:43 PM"): a comma or semicolon and a space at most.
_DAY_CLOCK_GAP = re.compile(r"[,;]?[ \t]{1,2}")


def _day_then_clock(text: str, day: Timex, start: int, typ: str, value: str) -> bool:
    """Is a clock time the time of the day written just before it? TimeML makes the two one TIME,
    as it does a clock before its day ("10 p.m. Wednesday", see the time rule)."""
    return (typ == "TIME" and day.type == "DATE" and len(day.value) == 10 and value.startswith(day.value + "T")
            and _DAY_CLOCK_GAP.fullmatch(text, day.end, start) is not None)
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def _anchor_from(value: str) -> Anchor | None:
    for shape, precision in _PRECISION_BY_SHAPE:
        if shape.match(value):
            y = int(value[:4])
            if y < 1:
                return None
            try:
                if precision == "day":
                    d = dt.date.fromisoformat(value[:10])
                elif precision == "week":
                    d = dt.date.fromisocalendar(y, int(value[6:8]), 1)
                elif precision == "quarter":
                    d = dt.date(y, 3 * int(value[6]) - 2, 1)
                elif precision == "half":
                    d = dt.date(y, 1 if value[6] == "1" else 7, 1)
                elif precision == "month":
                    d = dt.date(y, int(value[5:7]), 1)
                elif precision == "season":
                    d = dt.date(y, {"SP": 4, "SU": 7, "FA": 10, "WI": 12}[value[5:7]], 1)
                else:
                    d = dt.date(y, 7, 1)
            except ValueError:
                return None
            return Anchor(value[:10] if precision == "day" else value, d, precision)
    return None


def _reference(dct: dt.date | dt.datetime, timezone: str | None) -> tuple[dt.date, dt.datetime | None]:
    if isinstance(dct, dt.datetime):
        if dct.tzinfo is not None and timezone:
            dct = dct.astimezone(zone(timezone))  # DateError for an unknown zone name
        return dct.date(), dct.replace(tzinfo=None)
    if isinstance(dct, dt.date):
        return dct, None
    raise TypeError(f"dct must be a date or datetime, not {type(dct).__name__}")


def find(text: str) -> list[tuple[int, int, int]]:
    """Pass 1: (start, end, rule index) for every accepted candidate, left to right, non-overlapping.

    Only tokens that can begin an expression (:data:`TRIGGERS`, digits) are
    tried with the master pattern: most words of a news text ("company",
    "said") cannot start a date, and skipping them with a set lookup is several
    times faster than letting the regex engine try every alternative there.
    """
    master = _master()
    found: list[tuple[int, int, int]] = []
    cache: dict[str, tuple[int, int]] = {}
    pos = 0
    for tok in _TOKEN.finditer(text):
        start = tok.start()
        if start < pos:
            continue
        word = tok.group()
        if not (word[-1].isdigit() or word.lower() in TRIGGERS):
            continue
        # Repetitive text ("May May May ...") is decided once per distinct
        # neighbourhood: every rule looks at most _BACK characters before a
        # start and _AHEAD after it, so equal windows give equal answers.
        key = text[max(0, start - _BACK):start + _AHEAD] if start >= _BACK else None
        if key is not None and key in cache:
            length, i = cache[key]
            if i >= 0:
                found.append((start, start + length, i))
                pos = start + length
            continue
        m = master.match(text, start)
        if m is None:
            if key is not None and len(cache) < _CACHE_SIZE:
                cache[key] = (0, -1)
            continue
        first = _RULE_INDEX[m.lastgroup]
        hit = None
        for i in range(first, len(RULES)):
            r = RULES[i]
            sub = r.regex().match(text, start)
            if sub is None or sub.end() == start:
                continue
            if r.accept is None or r.accept(sub, text):
                hit = (start, sub.end(), i)
                break
        if key is not None and len(cache) < _CACHE_SIZE and (hit is None or hit[1] - start <= _MAX_MATCH):
            cache[key] = (0, -1) if hit is None else (hit[1] - start, hit[2])
        if hit is None:
            continue
        found.append(hit)
        pos = hit[1]
    return found


def tag(text: str, dct: dt.date | dt.datetime, timezone: str | None = None) -> list[Timex]:
    """Every temporal expression in ``text``, resolved against ``dct`` (never the clock).

    ``timezone`` (IANA) is the zone the document was written in: an aware
    ``dct`` is converted to it before "today" is decided.
    """
    if not text:
        return []
    day, moment = _reference(dct, timezone)
    # (rules read both apostrophes; the tense walk's words only the straight one)
    cx = Context(text=straight_apostrophes(text), dct=day, dct_time=moment, timezone=timezone)
    out: list[Timex] = []
    prev_end = 0
    for start, end, i in find(text):
        r = RULES[i]
        m = r.regex().match(text, start)
        cx.comparison = False
        try:
            result = r.resolve(m, cx)
        except (ValueError, OverflowError, KeyError):
            result = None  # an impossible date ("Feb. 30") or a year out of range: not a timex
        if result is None:
            continue
        typ, value, mod = result
        if (length := counted_length(r.name, m, typ, value)) is not None:
            end, typ, value = length.end, "DURATION", length.value  # ("Seven hours later": the length, see counted_lengths)
        if typ == "DURATION" and not mod and (wide := widen_range(text, start, value)) and wide[0] >= prev_end:
            start, typ, value, mod = wide
        # extend left over modifiers TimeML keeps inside the span
        before = text[max(prev_end, start - 24):start]
        if typ in ("DATE", "TIME") and (value[:1].isdigit() or value.startswith("XXXX-")):  # ("after mid-May usually")
            pm = _POINT_MODS.search(before)
            if pm:
                word = (pm["m"] or pm["mid"]).lower()
                if not (r.name == "anaphoric_part_of_day" and "T" not in value):
                    # ("earlier that morning" after "this week": a morning of that week, not its start)
                    mod = mod or _POINT_MOD_VALUE.get(word)
                start -= len(pm.group(0))
                before = text[max(prev_end, start - 24):start]
            elif (outside := _MODS_OUTSIDE.search(before)) is not None:
                mod = mod or _POINT_MOD_VALUE[outside["m"].lower()]
        if typ != "SET" and "REF" not in value and (am := amount_mod(text, before, start, end, typ)):
            mod = mod or AMOUNT_MOD_VALUE[am["m"].lower()]
            start -= len(am.group(0))
        if (art := _ARTICLE_OF_NOUN.match(text, start, end)) and art.end(1) == end and _NOUN_AFTER.match(text, end):
            start = art.start(1)  # "the [fourth-quarter] bonus": the article is the noun's, as TimeBank spans it
        if out and _day_then_clock(text, out[-1], start, typ, value):
            start = out.pop().start
            if (zoned := stamp_zone(text, end, value)) is not None:
                end, value = zoned.end, zoned.value  # "Wed Apr 29, 2009 11:31 pm IST": the stamp's own zone
        out.append(Timex(start, end, text[start:end], typ, value, mod))
        prev_end = end
        note_told_day(cx, start, end, typ, value)
        comparison, cx.comparison = cx.comparison, False
        if typ == "DURATION" and _PERIOD_RE.fullmatch(value):
            cx.period_pos = start
        # ("In May ... A month later, he asked ... Since then": a step of the story is its date
        # from then on, as a named one is)
        step = r.name == "ago" and story_step(m, text)
        clock = next_day_midnight(value.replace("TMI", "T12:00"))  # ("around midday ... two hours later": counted from noon)
        if typ == "TIME" and _CLOCK_VALUE.match(clock) and (r.name not in _NOT_ANCHORS or step):
            cx.clock, cx.clock_pos = dt.datetime.fromisoformat(clock[:16]), start
        # ("Eight days ago the well blew out. 48 hours later ...": a day told by its distance from
        # the report is as much the story's day as a named one; "a year ago" stays a comparison)
        if typ in ("DATE", "TIME") and (r.name not in _NOT_ANCHORS or step
                                        or (r.name == "ago" and m["dir"].lower() == "ago" and _DAY_VALUE.fullmatch(value))) \
                and not comparison:
            anchor = _anchor_from(value)
            if anchor is not None and value[10:16] == "T00:00" and re.fullmatch(r"(?i)(?:[a-z]+ )?midnight", text[start:end]) \
                    and (text[start:end].lower() != "midnight" or anchor.date != day):
                # ("worked until after midnight. The next day, he was found", "to midnight on Thursday
                # ... earlier in the day": a midnight read from a day closes that day, and the next day
                # is the one it opens; a bare one put on the report's day says nothing of the story's; one
                # with its day, "after midnight on March 24", is that day's start, which is that day)
                anchor = _anchor_from((anchor.date - dt.timedelta(days=1)).isoformat())
            if anchor is not None:
                cx.anchor, cx.anchor_pos = anchor, start
                note_anchor(cx, start, end)
                if anchor.precision == "day":
                    cx.day_anchor, cx.day_anchor_pos = anchor, start
                    note_day(cx, start, anchor.date)
                    note_foreground_day(cx, start, end, anchor.date)
                if anchor.precision == "quarter":
                    cx.quarter, cx.quarter_pos = (int(value[:4]), int(value[6])), start
    return widen_week_endings(text, place_weekdays_in_named_weeks(text, out))
