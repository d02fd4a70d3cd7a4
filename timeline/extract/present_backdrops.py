"""A past date in a clause told only in the present progressive: the backdrop of a state, not its date (issue 16).

"Louisiana, which is still recovering from the ravages of Hurricane Katrina in 2005", "BP is facing new fines in
connection with its criminal conviction for a huge oil spill on Alaska's North Slope in 2006", "Descendants of the
1918 pandemic are still infecting human beings", "The NHC is predicting much more favourable winds this year than
last year": what the clause tells goes on as the article is written (the present progressive), and a date months or
years before it cannot be when it happens. The date belongs to a thing the clause names (the hurricane, the spill,
the pandemic, the year compared with), which is the backdrop the state is set against; the clause itself is a
standing state, no happening of that date. A timeline that places "Louisiana is still recovering" in 2005 states a
falsehood.

Only a clause with no past verb at all counts: "a leak that began on April 20 and is causing a disaster" tells the
beginning, "the firm said it is continuing to try to sell itself, under a June agreement" and "Thad Allen, who is
coordinating the response, said on June 11 ..." the saying, and "Officials are inspecting pigs (about 420 were
imported in 2008)" the import, each dated by its own verb. A date near the
article's day ("is heading to Boise this week"), or still to come ("is holding its last hearings before the report
in January"), is the progressive's own time and stays.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.english_verbs import IRREGULAR_PAST_PATTERN
from timeline.extract.merge import Mention
from timeline.extract.saying_words import alternation, spoken

__all__ = ["present_backdrop"]

#: The present progressive: "is still recovering", "are going on", "'re facing" ("is being", "is going to" tell a
#: passive or a plan; "BP's managing" is a possessive).
_PROGRESSIVE = re.compile(r"(?i)\b(?:is|are|am)\s+(?:(?:still|now|also|currently|already|even|only)\s+)?"
                          r"(?!being\b|going\s+to\b)[a-z]{2,}ing\b")
#: A past verb anywhere in the clause: what it tells happened, and may be what the date belongs to.
_PAST = re.compile(r"(?i)\b(?:was|were|had|did|wasn['’]t|weren['’]t|hadn['’]t|didn['’]t|[a-z]{2,}ed|"
                   + alternation(spoken("say", "tell", present=False)) + "|" + IRREGULAR_PAST_PATTERN + r")\b")
#: How long before the article's day a date must end to be no time of a progressive of the article's day.
_LONG_BEFORE = dt.timedelta(days=60)


def present_backdrop(text: str, m: Mention, today: dt.date) -> bool:
    """Whether ``m`` is told only in the present progressive and dated long before ``today`` (see the module's
    docstring): its date is the backdrop's, not the clause's."""
    if m.lead or m.date == (0, 0) or m.when.end.date() > today - _LONG_BEFORE:
        return False
    quote = text[m.start:m.end]
    progressive = _PROGRESSIVE.search(quote)
    if progressive is None or _PAST.search(quote) is not None:
        return False
    # ("The failure of the valve on 20 April means that oil is gushing": the progressive is a that-clause's, which
    # another verb governs, and the date is its subject's happening)
    return not re.search(r"(?i)\bthat\b", text[m.date[1]:m.start + progressive.start()])
