"""An undated lead's share move told again further down with the day of the trading.

A story of a company's bad day leads with the market's verdict and gives its day only further down, sometimes far
down, after the news that moved it: "Norlin's stock plunged as regulators opened an inquiry." ... "Norlin's shares
tumbled 14 percent on Tuesday, their worst day in a decade." The lead has no date of its own (its publication day
only stands in for one), so the retelling's day, the publication day or one just before it, dates the one move
(:func:`lead_moves_retold`).

The later sentence tells the lead's move again when its main clause tells the company's shares moving the same way
with the day right beside the move ("tumbled 14 percent on Tuesday"; a day of something else in the sentence,
"climbed 2p following confirmation on Sunday that ...", dates that other thing), the company is the lead's (or
either names none), and no two trading places are told apart ("in London" ... "in New York": two markets' moves).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.extract.happenings import SHARES_DOWN, SHARES_UP, stems
from timeline.extract.once import join_as_one
from timeline.extract.predicates import LEAD_DATED, lead_stands_for

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["lead_moves_retold"]

_MOVES = (SHARES_UP, SHARES_DOWN)
#: The trading places a move is told of: one company's London and New York moves of one day are two.
_MARKET = re.compile(r"\b(?:London|New York|Wall Street|U\.?S\.?-(?:listed|traded)|American depositary|ADRs?|"
                     r"Frankfurt|Paris|Tokyo|Hong Kong|Toronto|Sydney|Nasdaq|NYSE|FTSE)\b")


def _direction(told: frozenset[str]) -> str:
    """The one way shares move in a text of the stems ``told`` ("" for none or both)."""
    moves = [move for move in _MOVES if move in told]
    return moves[0] if len(moves) == 1 else ""


def _markets(quote: str) -> frozenset[str]:
    return frozenset(re.sub(r"[.\s-]", "", w).lower()[:6] for w in _MARKET.findall(quote))


def _retells_move(lead: Mention, other: Mention, text: str) -> bool:
    """Whether ``other`` tells the undated ``lead``'s share move again with its day (see the module's docstring)."""
    if other.lead or not other.main or other.sentence <= lead.sentence or other.continued == "beside":
        return False
    way = _direction(stems(text[lead.start:lead.end]))  # (a lead is read whole, its stems not kept)
    if not way or _direction(other.stems) != way or way not in other.near or not lead_stands_for(lead, other):
        return False
    if lead.tags and other.tags and not set(lead.tags) & set(other.tags):
        return False  # a rival's shares
    lead_markets, other_markets = _markets(text[lead.start:lead.end]), _markets(text[other.start:other.end])
    return not (lead_markets and other_markets and not lead_markets & other_markets)


def lead_moves_retold(found: list[Mention], text: str) -> list[Mention]:
    """``found`` with ``one_of`` set on an undated lead telling a share move and the first sentence after it that tells
    the move again with its day; mentions another reading already joined keep theirs."""
    for lead in found:
        if not lead.lead or lead.date[1] > 0 or lead.predicate.again:
            continue
        retold = next((o for o in found if _retells_move(lead, o, text)), None)
        if retold is not None and not (lead.one_of and retold.one_of):
            join_as_one(lead, retold, LEAD_DATED.rstrip(":"))
    return found
