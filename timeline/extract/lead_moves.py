"""An undated lead's market move told again further down with the day of the trading.

A story of a company's bad day, or of a market's, leads with the verdict and gives its day only further down,
sometimes far down, after the news that moved it: "Norlin Bank's stock plunged as regulators opened an inquiry." ...
"Norlin Bank's shares tumbled 14 percent on Tuesday, their worst day in a decade."; "Oil prices jumped above $90 a
barrel." ... "Crude rose $2.10 to settle at $90.45 a barrel in trading on Thursday." The lead has no date of its own
(its publication day only stands in for one), so the retelling's day, the publication day or one just before it,
dates the one move (:func:`lead_moves_retold`).

The later sentence tells the lead's move again when its main clause tells a price of the same kind (a company's
shares, a commodity, an index, a currency) moving the same way with the day right beside the move ("tumbled 14
percent on Tuesday"; a day of something else in the sentence, "climbed 2p following confirmation on Sunday that
...", dates that other thing), the company is the lead's (or either names none), and no two trading places are told
apart ("in London" ... "in New York": two markets' moves).

Two sentences of one day that each tell a company's share move beside its date are that day's one move told twice,
however far apart ("The company's London share price tumbled to its lowest level in 13 years on Tuesday" ... "BP's London-listed
shares hit their lowest level since 1997 on Tuesday"), unless one tells another moment of the day's trading ("later",
"initially", "at the open": :func:`one_days_move_retold`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.extract.happenings import FALL_WORDS, RISE_WORDS, SHARE_NOUNS
from timeline.extract.once import join_as_one
from timeline.extract.predicates import LEAD_DATED, lead_stands_for, one_day

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["lead_moves_retold", "one_days_move_retold"]

#: The kinds of price a move is told of, each by its nouns: shares of a company, one commodity, one named index, one
#: currency (two indices or two commodities moving one way on one day are two moves).
_PRICES = {
    "shares": SHARE_NOUNS,
    "oil": r"(?:oil\s+(?:prices?|futures)|crude|Brent)",
    **{thing: thing + r"\s+(?:prices?|futures)" for thing in ("gas", "gold", "copper", "wheat", "corn")},
    "ftse": r"FTSE(?:\s+100)?", "dow": r"Dow(?:\s+Jones)?", "s&p": r"S&P(?:\s+500)?", "nasdaq": "Nasdaq",
    "nikkei": "Nikkei", "dax": "Dax",
    "pound": r"(?:pound|sterling)", **{money: money for money in ("dollar", "euro", "yen", "peso", "rupee", "yuan")},
}
_UP = RISE_WORDS + r"|(?:hit|touched|reached)\s+(?:\w+\s+){0,3}(?:high|highest|peak)"
_DOWN = FALL_WORDS + r"|(?:hit|touched|reached)\s+(?:\w+\s+){0,3}(?:low|lowest)"
#: A price moving: its noun, then within a clause a verb (or "up", "down") of its way.
_MOVES = {(kind, way): re.compile(r"(?i)\b" + nouns + r"\b[^.;!?]{0,60}?\b(?:" + words + r")\b")
          for kind, nouns in _PRICES.items() for way, words in (("up", _UP), ("down", _DOWN))}
#: How far before its date a retelling's move may begin: "Norlin Bank's shares tumbled 14 percent on Tuesday".
_BESIDE = 60
#: Words between a move and a date that tie the date to something else: "climbed 2p following confirmation on Sunday".
_OTHER_TIE = re.compile(r"(?i)\b(?:following|after|before|when|as|because|amid|despite|ahead|news|that|which|"
                        r"who|while|announce\w*|report\w*|said|says)\b|"
                        r"\bsince\b(?!\s+(?:[A-Z][a-z]+\s+)?\d)")  # ("its lowest level since February 1997": a record's age)
#: The trading places a move is told of: one company's London and New York moves of one day are two.
_MARKET = re.compile(r"\b(?:London|New York|Wall Street|U\.?S\.?-(?:listed|traded)|American depositary|ADRs?|"
                     r"Frankfurt|Paris|Tokyo|Hong Kong|Toronto|Sydney|Nasdaq|NYSE|FTSE)\b")


def _moves(told: str) -> frozenset[tuple[str, str]]:
    """The kinds of price told moving in ``told``, each with its way, when a kind is told moving one way only."""
    found = {key for key, pattern in _MOVES.items() if pattern.search(told)}
    return frozenset((kind, way) for kind, way in found if (kind, "down" if way == "up" else "up") not in found)


def _markets(quote: str) -> frozenset[str]:
    return frozenset(re.sub(r"[.\s-]", "", w).lower()[:6] for w in _MARKET.findall(quote))


#: Words of another moment of a day's trading, a move of its own: "shares later recovered", "initially fell".
_MOMENT = re.compile(r"(?i)\b(?:later|earlier|initially|at\s+first|opened|open|close[ds]?|closing|again|then|recover\w*|"
                     r"pared|rebound\w*|reversed)\b")


def _moved_beside(m: Mention, text: str) -> frozenset[tuple[str, str]]:
    """The market moves ``m`` tells right before its date, nothing else tied to the date between (see the module's
    docstring)."""
    if m.date[1] <= 0:
        return frozenset()
    beside = text[max(m.start, m.date[0] - _BESIDE):m.date[0]]
    return frozenset(move for move in _moves(beside)
                     if not _OTHER_TIE.search(beside, list(_MOVES[move].finditer(beside))[-1].end()))


def _same_instrument(a: Mention, b: Mention, text: str, moves: frozenset[tuple[str, str]]) -> bool:
    """Whether two tellings of one kind of move are of one company (for shares) and one trading place."""
    if {kind for kind, _ in moves} == {"shares"} and a.tags and b.tags and not set(a.tags) & set(b.tags):
        return False  # a rival's shares
    a_markets, b_markets = _markets(text[a.start:a.end]), _markets(text[b.start:b.end])
    return not (a_markets and b_markets and not a_markets & b_markets)


def _day_move(m: Mention, text: str) -> frozenset[tuple[str, str]]:
    """The company share moves ``m``'s main clause tells beside its date, at no other moment of the day's trading (an
    index, a commodity or a currency moving is told of many of them on one day: "the oil service index" and "the
    equipment sector index")."""
    if m.lead or not m.main or m.continued == "beside" or m.date[1] <= 0:
        return frozenset()
    moves = frozenset(move for move in _moved_beside(m, text) if move[0] == "shares")
    return moves if moves and not _MOMENT.search(text, m.start, m.end) else frozenset()


def one_days_move_retold(a: Mention, b: Mention, text: str) -> bool:
    """Whether two main clauses of one day each tell one company's share move beside their date, of one trading place,
    neither at another moment of the day's trading (see the module's docstring)."""
    if a.sentence == b.sentence or not one_day(a, b):
        return False
    moves = _day_move(a, text) & _day_move(b, text)
    return bool(moves) and _same_instrument(a, b, text, moves)


def _retells_move(lead: Mention, told: frozenset[tuple[str, str]], other: Mention, text: str) -> bool:
    """Whether ``other`` tells again with its day the market move ``told`` by the undated ``lead`` (see the module's
    docstring)."""
    if other.lead or not other.main or other.sentence <= lead.sentence or other.continued == "beside":
        return False
    if other.date[1] <= 0 or not lead_stands_for(lead, other):
        return False
    moves = told & _moved_beside(other, text)
    return bool(moves) and _same_instrument(lead, other, text, moves)


def lead_moves_retold(found: list[Mention], text: str) -> list[Mention]:
    """``found`` with ``one_of`` set on an undated lead telling a market move and the first sentence after it that tells
    the move again with its day, and on two tellings of one day's move; mentions another reading already joined keep
    theirs."""
    for lead in found:
        if not lead.lead or lead.date[1] > 0 or lead.predicate.again:
            continue
        told = _moves(text[lead.start:lead.end])
        retold = next((o for o in found if _retells_move(lead, told, o, text)), None) if told else None
        if retold is not None and not (lead.one_of and retold.one_of):
            join_as_one(lead, retold, LEAD_DATED.rstrip(":"))
    moved = [m for m in found if _day_move(m, text)]  # (few: a page of many dates is read once)
    for i, a in enumerate(moved):
        b = next((b for b in moved[i + 1:] if one_days_move_retold(a, b, text)), None)
        if b is not None and not (a.one_of and b.one_of):
            join_as_one(a, b, "move")
    return found
