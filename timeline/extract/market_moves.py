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
"""

from __future__ import annotations

import re

from timeline.english_verbs import IRREGULAR_PAST_WORDS
from timeline.extract.happenings import FALL_WORDS, RISE_WORDS, SHARE_NOUNS
from timeline.extract.sentences import quotation_open

#: A close tells a move only with its direction: "closed down 5 percent", "ended slightly higher".
_CLOSE = frozenset(["closed", "ended", "finished"])
_CLOSE_MOVED = re.compile(r"\s+(?:[a-z]+\s+)?(?:up|down|higher|lower)\b")
#: The past forms among the words of a price move ("rose", "tumbled"), and the verbs of a close.
_PAST = "|".join(sorted({w for w in (RISE_WORDS + "|" + FALL_WORDS).split("|")
                         if w.endswith("ed") or w in IRREGULAR_PAST_WORDS} | _CLOSE))
#: "In London,", "In New York trading,", "Earlier,", "Meanwhile,": where or when in the day, before the subject.
_OPENER = (r"(?:(?:In|On)\s+(?:[A-Z][\w.'’-]*\s+){0,2}?(?:[A-Z][\w.'’-]*|trading|markets?)(?:\s+trading)?|Earlier|"
           r"Meanwhile|Separately|Elsewhere|At\s+the\s+close)\s*,\s+")
#: The subject: some words naming whose ("BP's London-listed", "The company's", "Transocean") before the
#: shares, and a company after them ("Shares in BP", "shares of the oil giant"); no clause's word between.
_SUBJECT = (r"(?:(?!(?:when|whose|which|that|if|as|because|after|before|while|although|though|and|but|since|"
            r"until|unless|saw|has|have|had|[Ww]hen|[Ii]f|[Aa]s|[Aa]fter|[Bb]efore|[Ww]hile)\b)[\w.'’&-]+\s+){0,5}?"
            r"(?i:" + SHARE_NOUNS + r")(?:\s+(?:in|of)\s+(?:the\s+)?(?:[A-Z][\w.'’&-]*|company|firm|group)"
            r"(?:\s+[A-Z][\w.'’&-]*){0,3})?")
_MOVE = re.compile(
    r"^(?:" + _OPENER + r")?" + _SUBJECT + r"\s+(?:also\s+|initially\s+)?(?:(?P<past>" + _PAST + r")|"
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
    """Whether ``sentence`` (the ``index``-th of its story) tells a share-price move of the story's day with no
    date of its own: the move is its main clause, in the simple past (or the present near the top)."""
    s = sentence.lstrip()
    m = _MOVE.match(s)
    if m is None or (m.group("present") and index >= SUMMARY_SENTENCES):
        return False
    if (m.group("past") or "").lower() in _CLOSE and not _CLOSE_MOVED.match(s, m.end()):
        return False  # "closed unchanged", "closed at $15": a price read, no move
    return not (s[:1] in "“\"‘'" or quotation_open(s) or _SPAN.search(s) or _SUPPOSED.search(s[:m.end()]))


__all__ = ["SUMMARY_SENTENCES", "market_move"]
