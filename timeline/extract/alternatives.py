"""One happening told at two dates of one sentence: as alternatives, or as a change from one date to another.

"Storm Edda could reach the coast Sunday night or early Monday" tells one landfall, whichever the day; "You will
not see ferries sailing the next day or even the next week" one wait. Dates joined by "or" give when one thing may
happen, not two things (a list joined by "and" gives several: "the harbour flooded in 1918 and 1957",
:mod:`.date_lists`). "Cases rose from 12 on Monday to 85 on Thursday" tells one rise, a figure at each end: the
dates close a change, as "from 1 June to 30 September" closes a season. "Oil could reach the marshes Friday night,
the sound on Saturday and the islands on Sunday" tells one forecast of a spread, day by day. :func:`alternative_dates` marks both
mentions as one happening (``Mention.one_of``), and :func:`told_as_one` tells the merger so, whatever their days.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.extract.date_lists import ALTERNATIVE_JOIN
from timeline.extract.mention_groups import mentions_by_sentence
from timeline.extract.once import join_as_one
from timeline.model import Precision

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["KIND", "alternative_dates", "told_as_one"]

#: The kind of ``Mention.one_of`` this reading sets.
KIND = "alternative"
#: A figure, in digits: "12", "2,600", "$3.5bn", "9.1%".
_FIGURE = r"(?:about|around|nearly|almost|roughly|some|over|under|more\s+than|less\s+than|just\s+(?:over|under)\s+)?" \
          r"\s*[$£€]?\d[\d,.]*(?:%|bn|m|k)?"
#: Before a change's first date: "from 12 (cases) on", "from about 900 square miles".
_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+" + _FIGURE + r"(?:\s+[a-z][\w-]*){0,3}?\s*,?\s*(?:on|in|at|by)?\s*$")
#: Between a change's two dates: "to 85 on", "to around 2,600 square miles by".
_TO_BETWEEN = re.compile(r"(?i)\s*,?\s+(?:to|until)\s+" + _FIGURE + r"(?:\s+[a-z][\w-]*){0,3}?\s*,?\s*(?:on|in|at|by)?\s*")
_OR = re.compile(r"(?i)\bor\b")
_AND = re.compile(r"(?i)\band\b(?!/or)")
#: How far before the first date "from" and its figure may stand.
_FROM_REACH = 60


def _joined(a: Mention, b: Mention, text: str) -> bool:
    """Whether the earlier date ``a`` and the later ``b`` of one sentence are alternatives or a change's ends, or the
    days of one forecast's spread (:func:`_spreads`)."""
    if _spreads(a, b, text):
        return True
    if a.date == b.date:  # one list's dates (:mod:`.date_lists`): alternatives when joined by "or", not "and"
        listed = text[a.date[0]:a.date[1]]
        return _OR.search(listed) is not None and _AND.search(listed) is None
    between = text[a.date[1]:b.date[0]]
    if ALTERNATIVE_JOIN.fullmatch(between):
        return True
    return (_TO_BETWEEN.fullmatch(between) is not None
            and _FROM_BEFORE.search(text, max(a.start, a.date[0] - _FROM_REACH), a.date[0]) is not None)


#: Words that may stand between the days of one forecast's spread besides the places it reaches: "Friday night, Breton
#: Sound on Saturday and the Chandeleur Islands on Sunday".
_SPREAD_WORDS = frozenset(["and", "then", "the", "a", "of", "on", "by", "at", "in", "to", "late", "early", "near"])
#: How many days apart a spread's next day may be, and how many characters its places may take.
_SPREAD_DAYS = 2
_SPREAD_GAP = 50


def _spreads(a: Mention, b: Mention, text: str) -> bool:
    """Whether the days ``a`` and ``b`` give where one forecast reaches next, place by place: "oil could reach the Pass
    a Loutre wildlife area Friday night, Breton Sound on Saturday and the Chandeleur Islands on Sunday" is one
    forecast of the slick's spread, one clause told at each day. Only places (capitalised words) stand between
    the days, each a day or two after the one before, in a clause that forecasts (a list of past days, "flooded on
    Monday and on Thursday", tells as many floods)."""
    if (a.start, a.end) != (b.start, b.end) or not (a.predicate.planned and b.predicate.planned):
        return False
    if min(a.when.precision.rank, b.when.precision.rank) < Precision.DAY.rank:
        return False
    if not 0 < (b.when.start.date() - a.when.start.date()).days <= _SPREAD_DAYS or b.date[0] - a.date[1] > _SPREAD_GAP:
        return False
    between = re.findall(r"[\w'’-]+", text[a.date[1]:b.date[0]])
    return any(w[0].isupper() for w in between) and all(w[0].isupper() or w in _SPREAD_WORDS for w in between)


def alternative_dates(found: list[Mention], text: str) -> list[Mention]:
    """``found`` with ``one_of`` set on the mentions of one sentence whose dates stand side by side as alternatives
    or as the ends of a change (see the module's docstring); a mention another reading joined keeps its own."""
    by_sentence = mentions_by_sentence(found, lambda m: 0 < m.date[0] < m.date[1])
    for told in by_sentence.values():
        for a in told:
            for b in told:
                if a.key == b.key or (a.date[1] > b.date[0] and a.date != b.date) or not {a.one_of.split(":")[0], b.one_of.split(":")[0]} <= {"", KIND}:
                    continue
                if _joined(a, b, text):
                    join_as_one(a, b, KIND)
    return found


def told_as_one(a: Mention, b: Mention) -> bool:
    """Whether two mentions are one happening at alternative dates, or a change told between two dates."""
    return a.one_of.startswith(KIND + ":") and a.one_of == b.one_of
