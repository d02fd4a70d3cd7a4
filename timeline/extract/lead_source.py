"""An undated lead and the dated statement right after it that is its source.

A lead dated only by the page's publication tells the news; the sentence after it often gives the statement the
news comes from, with the day it was made: "City councillors have begun drafting a ban on night flights." /
'"We're working on it," council leader Ana Hale told Reuters on Tuesday.' The lead has no date of its own,
so the saying's day is the news's, and the two are one happening told twice (a saying and what it reports are one
event when only one of them is dated). The statement must be told within a sentence or two of the lead, dated
as a saying within a few days before the publication, and tie itself to the lead: a content word of the lead, or
the listener being a news outlet ("told Reuters", "told this newspaper"): an interview the page's own
reporter held is where its lead comes from (:func:`lead_sources`). A lead that is a named person's statement ("The
minister, Ina Vos, has told MPs that the port will close") is the statement that person is quoted making further down
with its day ('"We had no choice," Vos told the committee on Tuesday'), as one named speaker's statements of one day
are one event (:func:`.merge.merge_mentions`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from timeline.extract.lead_retold import undated_lead
from timeline.extract.names import looks_personal
from timeline.extract.once import join_as_one
from timeline.extract.one_voice import voice
from timeline.extract.predicates import LEAD_LAG
from timeline.model import Precision

if TYPE_CHECKING:
    from timeline.extract.merge import Mention

__all__ = ["lead_sources"]

#: How many sentences after the lead its source may be told: the next, or the one after a line of detail.
_NEXT = 2
#: A statement given to the page's own outlet: "told Reuters", "told the Associated Press", "told this newspaper".
_TOLD_OUTLET = re.compile(r"\b(?:told|tells|telling|said\s+to)\s+(?:Reuters|the\s+Associated\s+Press|The\s+Associated\s+"
                          r"Press|the\s+AP|AP|the\s+BBC|BBC\s+News|the\s+Guardian|The\s+Guardian|Fox\s+News|"
                          r"FoxNews\.com|The\s+Washington\s+Post|the\s+Washington\s+Post|the\s+Post|The\s+Post|"
                          r"this\s+newspaper)\b")


def _source_of(lead: Mention, other: Mention, text: str) -> bool:
    if other.lead or not (other.main and other.told) or other.predicate.again:
        return False
    if not 0 < other.sentence - lead.sentence <= _SPEAKER_NEXT or other.when.precision.rank < Precision.DAY.rank:
        return False
    if not dt.timedelta(0) <= lead.when.start - other.when.start <= LEAD_LAG:
        return False
    if _speaker_again(lead, other, text):
        return True
    return other.sentence - lead.sentence <= _NEXT and _TOLD_OUTLET.search(text, other.start, other.end) is not None


#: How far down the page the lead's own speaker may be quoted again with the day of the statement.
_SPEAKER_NEXT = 12


def _surname(name: str | None) -> str:
    return name.split()[-1] if name else ""


def _speaker_again(lead: Mention, other: Mention, text: str) -> bool:
    """Whether the lead is a named person's statement ("Ina Vos has told MPs that ...") and ``other`` that person's
    statement told with its day ('"We will be thorough," Vos told reporters yesterday'): one person's statement of one
    day is one event, however many of its sentences the page quotes."""
    if not (lead.is_statement and lead.actor and looks_personal(lead.actor)):
        return False
    speaker = voice(text[lead.start:lead.end])
    if speaker is None or speaker.surname != _surname(lead.actor):
        return False  # "Ina Vos will extend the ban, the ministry said": the ministry speaks
    return _surname(other.source or other.actor) == _surname(lead.actor)


def lead_sources(found: list[Mention], text: str) -> list[Mention]:
    """``found`` with ``one_of`` set on an undated lead and the statement right after it that is its source (see
    the module's docstring); mentions another reading of the article already joined keep theirs."""
    for lead in found:
        if not undated_lead(lead):
            continue
        source = next((o for o in found if _source_of(lead, o, text)), None)
        if source is not None and not (lead.one_of and source.one_of):
            join_as_one(lead, source, "source")
            # The lead's day only stood in for a date: its source's day is the news's (and the lead, dated so, can
            # give the news its title)
            lead.when, lead.key = source.when, source.key
    return found
