"""A day's happening named again by the day's possessive: "Wednesday's move", "Wednesday's decline" (issue 16).

News tells the day's act in its lead and names it again further down by the day in the possessive, to say more of
it: "The Justice Department on Wednesday sued the firm ..." ... "Wednesday's move by the Justice Department follows
...". "The stock price plunged more than 15 percent Wednesday ..." ... "Wednesday's decline was attributed to ...";
"The showdown Wednesday at the White House turned into a business meeting ..." ... "Wednesday's meeting came a day
after ...". The possessive is a definite description: it picks up a happening of that day the reader has been told,
and the page's top tells the day's news. So a sentence opening with a day's possessive is the top's happening of that
day when its noun names an act whatever it is (:data:`_ANY_ACT`: "move", "decision", "decline"), or names the top's
own happening by one of its words ("meeting", "hearing", "study").

A possessive whose noun the top does not tell ("Tuesday's visitors included ..."), one set beside the top's act
("Also, Tuesday's vote ..."), and a happening the top tells at another day are left apart.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline.calendar_words import WEEKDAY_NAME_PATTERN
from timeline.extract.once import join_as_one
from timeline.model import Precision

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["DAY_POSSESSIVE", "NAMED_BY_DAY", "day_possessives", "named_by_day"]

#: The kind of ``Mention.one_of`` this reading gives: the title chooser passes over the telling that points back.
NAMED_BY_DAY = "named-by-day"

#: A day's possessive opening a sentence or a title: "Wednesday's", "Last night's".
DAY_POSSESSIVE = r"(?:" + WEEKDAY_NAME_PATTERN + r"|Today|Yesterday|Tonight|Last\s+night)['’]s\s+"
#: A sentence opening with a day's possessive and the words of its noun phrase up to its head, before any complement:
#: "Wednesday's Obama-BP meeting", "Tuesday's visitors" (of "Tuesday's visitors to the tunnel").
_DAY_POSSESSIVE = re.compile(DAY_POSSESSIVE + r"(?P<noun>(?:[\w-]+\s+){0,2}?[a-z][\w-]*)(?=\s+(?:by|of|in|at|on|to|for|with|from|was|were|is|are|has|"
                             r"had|will|came|comes|follows|followed|also)\b|[,.;:])")
#: Nouns that name an act whatever it was: the day's act named again without its verb.
_ANY_ACT = frozenset(["move", "decision", "action", "step", "announcement", "news", "decline", "drop", "fall", "rise",
                      "gain", "plunge", "slide", "rally", "ruling", "verdict"])
_WORD = re.compile(r"[A-Za-z][\w-]*")
#: "Also, Tuesday's vote ...", "Meanwhile, ...": another happening beside the one told.
_BESIDE = re.compile(r"(?i)\b(?:also|meanwhile|separately)\b")


def named_by_day(top: Mention, later: Mention, text: str) -> bool:
    """Whether ``later``, opening with a day's possessive, names again ``top``'s happening of that day (see the
    module's docstring)."""
    if later.sentence <= top.sentence or later.lead or "beside" in (top.continued, later.continued):
        return False
    if top.key[:10] != later.key[:10] or min(top.when.precision.rank, later.when.precision.rank) < Precision.DAY.rank:
        return False
    quote = text[later.start:later.end]
    found = _DAY_POSSESSIVE.match(quote)
    if found is None or _BESIDE.search(quote):
        return False
    nouns = {w.lower() for w in _WORD.findall(found.group("noun"))}
    if nouns & _ANY_ACT:
        return True
    told = {w.lower()[:5] for w in _WORD.findall(text[top.start:top.end])}
    return any(len(n) > 3 and n[:5] in told for n in nouns)


def day_possessives(found: list[Mention], text: str) -> list[Mention]:
    """``found`` with ``one_of`` set on a sentence opening with a day's possessive and the first mention of the page's
    top dated to that day that it names again."""
    from timeline.extract.merge import TOP  # merge calls this module: import when called
    tops = [m for m in found if m.sentence <= TOP and m.when.precision.rank >= Precision.DAY.rank]
    for later in found:
        if later.sentence <= TOP or _DAY_POSSESSIVE.match(text, later.start) is None:
            continue
        top = next((m for m in tops if named_by_day(m, later, text)), None)
        if top is not None and not (top.one_of and later.one_of and top.one_of != later.one_of):
            join_as_one(top, later, NAMED_BY_DAY)
    return found
