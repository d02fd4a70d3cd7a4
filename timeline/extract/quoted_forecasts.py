"""A near day a speaker looks ahead to inside a quotation, dated by the saying instead (issue 16).

'"We will finish the repairs tomorrow," the mayor said': the quotation tells a plan, and the news is the saying,
made on its own day. Dated tomorrow, the statement "The mayor says: “We will finish the repairs”" is placed at a day
when nothing was said, as if the saying were tomorrow's. The gold dates such a saying by its day (a time word
inside the speaker's words is the speaker's, not the saying's); so does an aside ('"It would be like a foot of
snow falling here tomorrow," said a spokesman').

Only a near day told from the speaker's moment counts ("tomorrow", "next week", "in the coming days"), ahead of the
page's day, inside quotation marks that open the statement and whose saying verb stands outside them, in a sentence
that dates nothing else: a clause told outside the marks ('The slick will reach the delta "later tomorrow," she said')
is the forecast's own headline, and keeps its day. A
day or a date the speaker names ("will testify on Aug. 4") is a scheduled happening's own and stays; so does a
forecast told in reported speech ("said the leak should be down to a drip by Monday"), whose clause the headline
tells. The saying's day is the one its speaker was told speaking at a few sentences before, else the page's
(:func:`.forecast_sayings.speaker_day`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from timeline.extract.bare_sayings import bare_sayings
from timeline.extract.forecast_sayings import date_as_said, days_told, saying_day
from timeline.extract.saying_pasts import inside_quotation, saying_pasts
from timeline.extract.supposed_sayings import supposed_sayings
from timeline.model import Precision

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["quoted_forecasts"]

#: A near day told from the speaker's moment.
_NEAR = re.compile(r"(?i)^(?:(?:by|until|from|on|in|as\s+early\s+as|as\s+soon\s+as)\s+)?(?:(?:early|late|later)\s+)?"
                   r"(?:tomorrow(?:\s+(?:morning|afternoon|evening|night))?|next\s+week|later\s+this\s+week|"
                   r"the\s+(?:coming|next)\s+(?:few\s+)?days|a\s+(?:day|week)\s+or\s+two)$")


def quoted_forecasts(found: list[Mention], text: str, published: dt.date | dt.datetime | None) -> list[Mention]:
    """``found`` with each statement dated only by a near day inside its speaker's quotation dated by the saying, and
    without those titled by their speaker alone and dated by any time inside it (:mod:`.bare_sayings`)."""
    if published is None:
        return found
    if isinstance(published, dt.datetime):
        published = published.date()
    stated = days_told(found)
    for m in found:
        if m.lead or m.date[1] <= 0 or not _NEAR.match(text[m.date[0]:m.date[1]].strip()):
            continue
        ahead = m.when.start.date() > published or (m.when.precision == Precision.WEEK and m.when.end.date() > published)
        if not ahead or not inside_quotation(text, m):
            continue
        if any(o is not m and o.sentence == m.sentence and o.key != m.key for o in found):
            continue  # another date of the sentence may be the saying's
        date_as_said(m, saying_day(m, stated, text, published))
    found = bare_sayings(found, text, published)  # (a saying titled by its speaker alone, dated inside its quotation)
    found = supposed_sayings(found, text)  # (a speaker's hypothetical whose condition no title holds)
    return saying_pasts(found, text, published)  # ("four years ago" inside a saying, or in its speaker's description)
