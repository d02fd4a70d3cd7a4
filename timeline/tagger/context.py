"""What the second pass knows while resolving: the reference time, the last
date mentioned, and the tense around an expression.

Deictic expressions ("yesterday", "last year") anchor on the document creation
time; anaphoric ones ("the next day", "a year earlier") on the most recently
mentioned date. Tense is read from the words of the same sentence nearest the
expression, which beats a global past/future preference (dateparser's) because
one article mixes "signed ... in July" with "will vote in July".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_WORD_RE = re.compile(r"[A-Za-z][A-Za-z']{0,30}|\d[\d.,]{0,20}|[.!?;\n,]")
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"])

FUTURE = frozenset(["will", "'ll", "shall", "would", "going", "plans", "intends", "intend", "aims", "aim", "expects", "expect", "expected", "scheduled", "schedule", "due", "until", "upcoming", "next", "hopes", "hope", "seeks", "seek", "to-be", "tomorrow", "ahead", "forecast", "forecasts", "projected", "predicts", "propose", "proposed", "slated", "looming"])
PAST = frozenset(["was", "were", "had", "did", "said", "ago", "last", "since", "earlier", "began", "came", "went", "took", "made", "saw", "told", "got", "gave", "fell", "rose", "won", "lost", "left", "met", "paid", "sold", "bought", "held", "led", "found", "became", "spent", "sent", "ran", "hit", "struck", "fought", "grew", "previously", "set", "knew", "thought", "brought", "built", "caught", "chose", "drew", "drove", "ate", "felt", "flew", "forgot", "froze", "hid", "kept", "laid", "lay", "meant", "quit", "read", "rang", "rode", "sang", "sank", "sat", "shook", "shot", "slept", "spoke", "stood", "stole", "swam", "swore", "taught", "tore", "threw", "understood", "woke", "wore", "wrote", "broke", "began", "closed", "ended"])
_NOT_PAST_ED = frozenset(["need", "speed", "seed", "feed", "bed", "red", "shed", "bleed", "breed", "proceed", "succeed", "exceed", "indeed", "based", "related", "limited", "united", "interested", "concerned", "expected", "scheduled", "planned", "proposed"])


@dataclass
class Anchor:
    """The last absolute date mentioned, at its precision."""

    value: str
    date: dt.date
    precision: str  # year, quarter, month, week, day, season, half, decade


@dataclass
class Context:
    text: str
    dct: dt.date
    dct_time: dt.datetime | None
    timezone: str | None
    anchor: Anchor | None = None
    anchor_pos: int = -1
    #: the last quarter mentioned and where: the topic of an earnings report,
    #: which "a year ago" and "the year-earlier period" compare with
    quarter: tuple[int, int] | None = None
    quarter_pos: int = -1
    #: set by a resolver whose value is a comparison ("the year-ago quarter"),
    #: which must not become the anchor or topic of what follows
    comparison: bool = False
    #: where the last other reporting period was named ("the first nine months"):
    #: after it, "a year earlier" compares with that period, not the quarter
    period_pos: int = -1

    def topic_quarter(self, pos: int, reach: int = 1500) -> tuple[int, int] | None:
        if self.quarter is not None and 0 <= pos - self.quarter_pos <= reach and self.period_pos < self.quarter_pos:
            return self.quarter
        return None

    def anchor_or_dct(self) -> Anchor:
        if self.anchor is not None:
            return self.anchor
        return Anchor(self.dct.isoformat(), self.dct, "day")

    def toward(self, start: int, end: int) -> str | None:
        """Tense for a date after "by"/"until"/"through": such a limit lies ahead
        ("snow by Tuesday", "good through Dec. 31") unless its clause is past
        ("had until Friday"); other dates get :meth:`tense`."""
        if _LIMIT_BEFORE.search(self.text, max(0, start - 9), start):
            if self.tense(start, end, deadline=False) != "past":
                return "future"
            clause = re.split(r"[.!?;\n]", self.text[max(0, start - 120):start])[-1].lower().split()
            if {"has", "have"} & set(clause) and not {"was", "were", "had", "did"} & set(clause):
                return "future"  # "has extended loans through January": the limit is still ahead
            return "past"
        return self.tense(start, end)

    def tense(self, start: int, end: int, deadline: bool = True) -> str | None:
        """'past', 'future' or None from the nearest tense marker in the same sentence.

        Looks left first (the governing verb usually precedes a time adverbial in
        English news), then right; stops at sentence punctuation. With
        ``deadline=False`` a date right after "by"/"to"/"through" still gets the
        clause's tense (callers that pick a direction for it).
        """
        left = self.text[max(0, start - 160):start]
        raw = _WORD_RE.findall(left)[-14:]
        tokens = [t.lower() for t in raw]
        if deadline and tokens and tokens[-1] in _DEADLINE:
            return None  # "extended to Nov. 20", "payable Jan. 2": a deadline, take the nearest date
        weak: tuple[int, str] | None = None  # an -ed word may be an adjective ("preferred shares")
        n = len(tokens)
        for i in range(n - 1, -1, -1):
            t = tokens[i]
            if t in ".!?;\n":
                break
            if t == "," or (t in ("earlier", "later", "sooner") and i + 1 < n and tokens[i + 1] == "than"):
                continue  # "no earlier than March 15": a bound, not a tense
            if t == "to" and i >= n - 3 and i + 1 < n and raw[i + 1].isalpha() and raw[i + 1].islower() \
                    and raw[i + 1] not in _DETERMINERS:
                # an infinitive right before the date: "set to resume Monday", unless a past plan
                return "past" if any(b in _PAST_PLAN for b in tokens[max(0, i - 3):i]) else "future"
            verdict = _classify(t, tokens[max(0, i - 2):i])
            if verdict == "weak-past":
                if i >= n - 2:
                    return "past"
                weak = weak or (i, "past")
                continue
            if verdict:
                return verdict
        if weak:
            return weak[1]
        if self.text[end:end + 2] == "'s":
            return None  # "Friday's session": a noun modifier, say nothing
        right = self.text[end:end + 100]
        tokens = [t.lower() for t in _WORD_RE.findall(right)[:10]]
        for i, t in enumerate(tokens):
            if t in ".!?;\n":
                break
            verdict = _classify(t, tokens[max(0, i - 2):i])
            if verdict:
                return None if verdict == "present" else verdict.removeprefix("weak-")
        return None


_LIMIT_BEFORE = re.compile(r"(?i)\b(?:by|until|till|through|thru)\s$")
_DEADLINE = frozenset(["to", "by", "through", "effective", "payable", "expire", "expires", "expiring", "record"])
_PAST_AUX = frozenset(["was", "were", "had", "been", "has", "have"])
_PAST_PLAN = frozenset(["was", "were", "had", "been"])
_STRONG_PAST = frozenset(["was", "were", "had", "did", "said", "ago", "last", "since", "earlier"])
# Present-tense verbs of schedules: "the trial starts March 3" is ahead.
_SCHEDULE = frozenset(["starts", "begins", "opens", "ends", "closes", "expires", "meets", "runs", "resumes", "arrives", "leaves", "returns", "launches", "airs", "kicks", "takes", "goes", "comes", "meet", "begin", "resume", "vote", "arrive",
                       # fixtures in sports news: "the Chiefs play the Bills on Sunday"
                       "play", "plays", "host", "hosts", "face", "faces", "visit", "visits"])
_MODALS = frozenset(["will", "would", "to", "shall", "'ll", "could", "may", "might", "must", "should", "can"])
_PRESENT = frozenset(["is", "are", "am", "be", "being"])


def _classify(word: str, before: list[str]) -> str | None:
    """Tense signalled by one word, given the (up to two) words before it."""
    if word in FUTURE or word.endswith("'ll"):
        # "was expected to", "had been due": a past plan
        return "past" if any(b in _PAST_PLAN for b in before) else "future"
    if word in PAST:
        if before and before[-1] in ("will", "'ll", "shall", "to", "would"):
            return "future"  # a base form that looks past: "will last", "to set", "will hit"
        if before and before[-1] in _MODALS:
            return None  # "could hit", "may cut": no tense of its own
        if len(before) == 2 and before[-1] == "be" and before[0] in _MODALS and word not in _STRONG_PAST:
            return "future"  # "will be paid Dec. 14"
        if before and before[-1] in _PRESENT and word not in _STRONG_PAST:
            return "present"  # a participle: "will be paid", "is held"
        return "past"
    if len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST_ED:
        if len(before) == 2 and before[-1] == "be" and before[0] in _MODALS:
            return "future"  # "will be named", "to be held"
        if before and (before[-1] in _PRESENT or before[-1] == "will"):
            return "present"  # passive present: "is expected"
        return "weak-past"
    if word in _SCHEDULE:
        if before and (before[-1] in _MODALS or before[-1] in ("did", "not", "didn't")):
            return None  # "to meet demand", "did not meet": the verb's tense is elsewhere
        if before and (before[-1] in _DETERMINERS or before[-1][0].isdigit()):
            return None  # a noun: "in a 51-49 vote", "the opens", "its returns"
        return "future"  # a timetable in the present tense: "the law takes effect in January"
    if word in _PRESENT:
        return "present"
    if word in ("has", "have"):
        return "past"  # present perfect: the event lies before the reference time
    return None
