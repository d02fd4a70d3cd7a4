"""Share-price moves told with no date: "BP's London-listed shares closed down 1.4 percent at 470 pence."

A story that reports the market's reaction seldom names the day of the trading it reports:

    Shares in the company fell 3 percent in London after the announcement.
    In New York, its U.S.-listed shares tumbled nearly 10 percent.
    The stock closed up 2 percent at $41.

Such a sentence has no date expression, so the tagger gives it nothing; but a price move in the simple past,
told as the main clause of the writer's own sentence, is the trading of the story's news day: the latest day of
its news week on which it tells something happened, or else its publication day, as an undated lead's
(:mod:`.implied` dates it). A move told over a span ("have fallen 40 percent since
the spill", "during the crisis"), in a clause of something else ("when its shares slumped", "whose stock price
dropped"), in the past perfect, in a quotation or as a supposition ("if the share price continues to fall") is
background or opinion, no day's trading. The present ("BP shares rise following the news") is a summary's
headline tense near the top of a story; further down it is a timeline's or a listing's, whose items are each
another day's.

The day's market moves beside the shares' are told the same way ("Oil prices fell more than 2 percent", "The MSCI
world equity index fell 0.8 percent", "Shell stock traded up 1.4 percent"), each its own event; a move is told once
only by its mover and its way ("In New York, Kellmar's depositary shares fell" after "Shares in Kellmar fell": one
move; "Transocean shares also tumbled" after BP's fall: another).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from timeline.english_auxiliaries import HAVE_FORMS, auxiliaries
from timeline.english_verbs import IRREGULAR_PAST_WORDS
from timeline.extract.continued import news_day
from timeline.extract.happenings import FALL_WORDS, RISE_WORDS, SHARE_NOUNS, SHARES_DOWN, SHARES_UP
from timeline.extract.merge import Mention
from timeline.extract.sentences import Sentence, quotation_open
from timeline.model import Precision

#: A close tells a move only with its direction: "closed down 5 percent", "ended slightly higher", "traded up 1.4
#: percent".
_CLOSE = frozenset(["closed", "ended", "finished", "traded"])
_CLOSE_MOVED = re.compile(r"\s+(?:[a-z]+\s+)?(?:up|down|higher|lower)\b")
#: The past forms among the words of a price move ("rose", "tumbled"), and the verbs of a close.
_PAST = "|".join(sorted({w for w in (RISE_WORDS + "|" + FALL_WORDS).split("|")
                         if w.endswith("ed") or w in IRREGULAR_PAST_WORDS} | _CLOSE))
#: "In London,", "In New York trading,", "Earlier,", "Meanwhile,": where or when in the day, before the subject.
_OPENER = (r"(?:(?:In|On)\s+(?:[A-Z][\w.'’-]*\s+){0,2}?(?:[A-Z][\w.'’-]*|trading|markets?)(?:\s+trading)?|Earlier|"
           r"Meanwhile|Separately|Elsewhere|At\s+the\s+close)\s*,\s+")
#: Markets moving beside the shares: an index ("The FTSE 100 index", "The MSCI world equity index", "The Dow Jones
#: industrial average") and a commodity's price ("Oil prices", "Crude futures"); a price of no market ("House prices")
#: is no day's trading.
_MARKETS = (r"index|indices|indexes|(?:industrial\s+)?average|Nasdaq|(?:oil|crude|gas|gasoline|petrol|copper|gold|"
            r"commodity)\s+(?:prices?|futures)")
#: The subject: some words naming whose ("BP's London-listed", "The company's", "Transocean") before the
#: shares, and a company after them ("Shares in BP", "shares of the oil giant"); no clause's word between.
_SUBJECT = (r"(?:(?!(?:when|whose|which|that|if|as|because|after|before|while|although|though|and|but|since|"
            r"until|unless|saw|" + auxiliaries(HAVE_FORMS) + r"|[Ww]hen|[Ii]f|[Aa]s|[Aa]fter|[Bb]efore|[Ww]hile)\b)[\w.'’&-]+\s+){0,5}?"
            r"(?i:" + SHARE_NOUNS + r"|" + _MARKETS + r")(?:\s+(?:in|of)\s+(?:the\s+)?(?:[A-Z][\w.'’&-]*|company|firm|group)"
            r"(?:\s+[A-Z][\w.'’&-]*){0,3})?")
_MOVE = re.compile(
    r"^(?:" + _OPENER + r")?(?P<subject>" + _SUBJECT + r")\s+(?:also\s+|initially\s+)?(?P<verb>(?P<past>" + _PAST + r")|"
    r"(?P<present>rise|rises|fall|falls|slide|slides|slump|slumps|jump|jumps)(?=\s+(?:\d|by|to|on|after|following|as|"
    r"in|again|sharply|more|further|slightly)\b|\s*[.,;]|\s*$)|(?:were|was)\s+(?:up|down|higher|lower))\b")
#: A move over a span, not a day's: "since the spill", "so far this year", "over the past two weeks".
_SPAN = re.compile(r"(?i)\b(?:since|so\s+far|over\s+the\s+(?:past|last)|in\s+the\s+(?:past|last)|this\s+year|"
                   r"year\s+to\s+date|all\s+year|during\s+the\s+(?:crisis|year|month|week|spill))\b")
#: A supposition or a forecast.
_SUPPOSED = re.compile(r"(?i)\b(?:if|unless|would|could|might|may|should|will)\b")
#: How far down a story the present tense still tells its news (a summary's first sentences).
SUMMARY_SENTENCES = 3


def market_move(sentence: str, index: int) -> bool:
    """Whether ``sentence`` (the ``index``-th of its story) tells a price move of the story's day with no
    date of its own: the move is its main clause, in the simple past (or the present near the top)."""
    s = sentence.lstrip()
    m = _MOVE.match(s)
    if m is None or (m.group("present") and index >= SUMMARY_SENTENCES):
        return False
    if (m.group("past") or "").lower() in _CLOSE and not _CLOSE_MOVED.match(s, m.end()):
        return False  # "closed unchanged", "closed at $15": a price read, no move
    return not (s[:1] in "“\"‘'" or quotation_open(s) or _SPAN.search(s) or _SUPPOSED.search(s[:m.end()]))


@dataclass(frozen=True, slots=True)
class Move:
    """Whose price moved and which way: ("Transocean", "down"); a mover of "" is told by no name ("The shares fell")."""

    mover: str
    direction: str

    def same(self, other: Move) -> bool:
        """Whether two moves are one told twice: one way, of one mover ("BP's American depositary shares" are BP's; a
        mover told by no name may be any)."""
        ours, theirs = set(self.mover.split()), set(other.mover.split())
        return self.direction == other.direction and (not ours or not theirs or bool(ours & theirs))


#: Capitalised words of a subject that name no mover: "The company's shares", "Its stock", "Shares in the firm".
_NO_MOVER = frozenset(["The", "Its", "Their", "Shares", "Share", "Stock", "Stocks"])
#: A move down: its verb ("fell", "slides", "was lower") or a close's direction ("closed down", "traded lower").
_FALLS = re.compile(r"(?i)(?:" + FALL_WORDS + r"|slides?|slumps?)\b|(?:" + "|".join(sorted(_CLOSE)) + r")\s+(?:[a-z]+\s+)?(?:down|lower)\b|"
                    r"(?:was|were)\s+(?:down|lower)\b")


def move_of(sentence: str, actor: str | None = None) -> Move | None:
    """The move ``sentence`` tells in its main clause (:func:`market_move`'s form), whatever its date: the words that
    name whose price moved ("Transocean", "oil prices", "the MSCI world equity index"), or else the sentence's resolved
    ``actor`` ("The company's shares": BP's), and its direction."""
    m = _MOVE.match(sentence.lstrip())
    if m is None:
        return None
    subject = m.group("subject")
    names = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w.'’&-]+", subject) if w[:1].isupper() and w not in _NO_MOVER
             and not re.search(r"-(?:listed|traded|based)$", w)]  # ("BP's London-listed shares": BP's)
    market = re.search(_MARKETS, subject, re.IGNORECASE)
    direction = "down" if _FALLS.match(sentence.lstrip(), m.start("verb")) else "up"
    return Move(" ".join(names) or (market.group().lower() if market else actor or ""), direction)


def told_moves(found: list[Mention], sentences: list[Sentence], today: dt.date) -> list[Move]:
    """The price moves the story dates in its news week (``today`` its publication day): one told again with no date
    (in New York, in early trading, at an hour) is the same move. A dated sentence's move told in another form than
    :func:`move_of` reads ("BP's shares, which had fallen ..., fell") is of any mover, its way read from its words."""
    moves = []
    for m in found:
        if m.when.precision.rank < Precision.DAY.rank or not news_day(m.when.start.date(), today):
            continue
        move = move_of(sentences[m.sentence].text, m.actor)
        moves += [move] if move else [Move(m.actor or "", "up" if way == SHARES_UP else "down") for way in m.stems & _WAYS]
    return moves


_WAYS = frozenset([SHARES_UP, SHARES_DOWN])
#: How long after a weekend the story may be published and still report the first trading day after it.
_AFTER_WEEKEND = dt.timedelta(days=3)


def trading_day(story_day: dt.date, today: dt.date) -> dt.date | None:
    """The day an undated move of a story whose news day is ``story_day`` traded (``today``: its publication day):
    that day; for a news day on a weekend, when no market trades, the weekday the story was published on just after
    it (a Monday's story of Saturday's news reports Monday's trading); else none."""
    if story_day.weekday() < 5:
        return story_day
    return today if today.weekday() < 5 and story_day < today <= story_day + _AFTER_WEEKEND else None


__all__ = ["SUMMARY_SENTENCES", "Move", "market_move", "move_of", "told_moves", "trading_day"]
