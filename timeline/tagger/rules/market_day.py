"""The trading day of a market report: "rose 3% in morning trading", "in afternoon trade on
Monday", "ended the day at 389p", "17% down on the day".

A share price is told by the session it moved in. "Morning trading" is that day's morning (as
"the morning session" is), while "early trading" and "late trading" name no part of the day and
stay untagged, as TimeBank leaves them. With no day written next to it, the session is the one
of the sentence's day, else the report's own: a price story is written as the market moves.
"""

from __future__ import annotations

import re

from timeline.tagger.context import Context
from timeline.tagger.lexicon import PARTS, SESSION_NOUNS, SP, WEEKDAY_FULL
from timeline.tagger.rules.fragments import RELDAY, B, _wd
from timeline.tagger.rules.recognizer import Result, Rule, registrar
from timeline.tagger.rules.weekday_choice import _weekday, relday

RULES: list[Rule] = []
rule = registrar(RULES)

# The day written right after the session: "in morning trade on Monday", "in afternoon trading
# in London yesterday" (a market's place may come between).
_DAY_AFTER = re.compile(rf"{SP}{SESSION_NOUNS}(?:{SP}(?i:in|on){SP}[A-Z][\w.]*(?:{SP}[A-Z][\w.]*)?)?"
                        rf"(?:,?{SP}(?i:on){SP}|{SP})(?P<day>{RELDAY}|{WEEKDAY_FULL})\b")
_SENTENCE_START = re.compile(r"[.!?]\s|\n")

#: Words before "the day" that make it the market's day: the price "ended the day", moved "up
#: 5p on the day", "posted strong gains for the day"; not "spent the day", "bused in for the day".
_MARKET_DAY_BEFORE = re.compile(
    r"(?i)(?:\b(?:ended|finished|closed|ending|finishing|closing)\s|\b(?:up|down|higher|lower|gains?|loss(?:es)?|"
    r"rose|fell|\d%|percent)\b(?:[^.;!?\n]|\.\d){0,24}\b(?:on|for)\s)$")


def market_day(text: str, start: int, end: int) -> bool:
    """Is "the day" at text[start:end] the day a price moved in?"""
    return bool(_MARKET_DAY_BEFORE.search(text, max(0, start - 40), start)) and not re.match(r"[\s-](?:care|centre|center)\b", text[end:end + 8])


@rule("trading_session",
      rf"{B}(?:(?P<pre>(?i:early|late|mid))[ -])?(?P<pod>(?i:morning|afternoon|evening))(?={SP}{SESSION_NOUNS}\b)",
      accept=lambda m, text: bool(re.search(r"(?i)\b(?:in|during)\s$", text[max(0, m.start() - 8):m.start()])))
def _trading_session(m: re.Match[str], cx: Context) -> Result | None:
    after = _DAY_AFTER.match(cx.text, m.end())
    if after is not None:
        word = after["day"]
        d = relday(cx, word) if word.lower() in ("yesterday", "today", "tomorrow", "tonight") \
            else _weekday(cx, _wd(word), after.start("day"), after.end("day"))
    elif cx.day_anchor is not None and cx.day_anchor_pos >= 0 \
            and not _SENTENCE_START.search(cx.text, cx.day_anchor_pos, m.start()):
        d = cx.day_anchor.date  # "On Monday, BP shares fell 5% in morning trading": that Monday's
    else:
        d = cx.dct
    mod = {"early": "START", "late": "END", "mid": "MID"}.get((m["pre"] or "").lower())
    return "TIME", f"{d.isoformat()}T{PARTS[m['pod'].lower()]}", mod
