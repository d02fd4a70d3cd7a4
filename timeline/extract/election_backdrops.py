"""An election still to come, named as the backdrop of the news: a reference point, not an event (issue 16).

Political reporting places the day's news against a coming vote: "a political liability for the president before
November's congressional elections", "especially with mid-term elections looming in November", "Both are key issues
in November congressional elections", "ahead of this autumn's mid-term elections". The date there is the election's,
and the election has not happened: the clause it sits in tells a worry, a stake or a forecast, and its own news (if
any) is dated elsewhere in the story. Neither the clause nor the bare "The elections" is a happening a timeline
places on the election's day.

A past election is a happening ("Obama's election in November 2008"), and so is a coming one the sentence sets,
calls, moves, holds or tells as due in the election's own clause ("The elections will be held on November 2", "The
premier called an election for May 6", "with the general election due this September", as TimeBank's annotators
date it): those keep their dates. A verb of another clause does not set it ("action on the bill could be delayed
for months as Congress approaches the November elections").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from timeline.extract.merge import Mention
from timeline.extract.present_backdrops import present_backdrop
from timeline.extract.sentences import Sentence
from timeline.model import Document

__all__ = ["election_backdrop", "without_election_backdrops"]

_ELECTION = r"(?:re-?)?elections?|mid-?terms|(?:general|mid-?term)\s+votes?"
#: Words that may stand between the date and the election it modifies: "November's congressional elections", "the
#: Nov. 2 general election", "this autumn's mid-term elections".
_KIND = (r"(?:[a-z-]+(?:al|ary|ive)|mid-?term|state|county|council|city|primary|senate|house|key|crucial|"
         r"upcoming|u\.?s\.?|american|british|european)")
#: The date before the election it modifies.
_DATE_THEN_ELECTION = re.compile(r"(?i)^(?:['’]s?)?\s+(?:" + _KIND + r"\s+){0,3}(?:" + _ELECTION + r")\b")
#: The election before its date: "elections in November", "elections looming in November", "election fights in
#: November", "the elections on November 2", "midterm elections this fall".
_ELECTION_THEN_DATE = re.compile(r"(?i)\b(?:" + _ELECTION + r")(?:\s+(?:fights?|races?|campaigns?|battles?|"
                                 r"contests?))?(?:\s+(?:fast\s+|now\s+)?(?:looming|approaching|coming(?:\s+up)?|"
                                 r"due))?\s+(?:(?:in|on|this|next|later\s+this)\s+)?$")
#: A sentence that sets the election itself: its date fixed, called, moved or held.
_SET = re.compile(r"(?i)\b(?:(?:will|would|is|are|to)\s+be\s+(?:held|hold)|held|takes?\s+place|taking\s+place|"
                  r"call(?:s|ed|ing)?\s+(?:an?\s+|the\s+)?(?:(?:early|snap|general|fresh)\s+)*elections?|"
                  r"set\s+for|scheduled|postpone[sd]?|delay(?:s|ed)|brought\s+forward|moved\s+(?:up|forward)|"
                  # "With the general election due this September": the vote's date told as fixed is its schedule
                  r"(?:" + _ELECTION + r")\s+(?:is\s+|are\s+|now\s+)?due)\b")

#: What opens the clause a date sits in: a clause mark, or a conjunction or preposition that opens an adverbial
#: ("as Congress approaches the November elections", "with the general election due this September").
_CLAUSE_OPENS = re.compile(r"(?i)[,;:()]|\s--?\s|[—–]|\b(?:as|while|when|with|because|before|amid|ahead\s+of)\b")


def election_backdrop(text: str, sentence: Sentence, date: tuple[int, int], start: dt.date, today: dt.date) -> bool:
    """Whether the date at ``text[date[0]:date[1]]``, beginning ``start``, is a coming election's that the sentence
    only sets its news against (see the module's docstring)."""
    if start <= today or date == (0, 0):
        return False
    before, after = text[max(sentence.start, date[0] - 60):date[0]], text[date[1]:min(sentence.end, date[1] + 60)]
    if _DATE_THEN_ELECTION.match(after) is None and _ELECTION_THEN_DATE.search(before) is None:
        return False
    # The setting verb is the election's own clause's: "action on the bill could be delayed for months as Congress
    # approaches the November elections" delays the bill, and the vote stays a backdrop.
    clause = max((m.end() for m in _CLAUSE_OPENS.finditer(text, sentence.start, date[0])), default=sentence.start)
    return _SET.search(text, clause, sentence.end) is None


def without_election_backdrops(doc: Document, sentences: Sequence[Sentence], found: list[Mention]) -> list[Mention]:
    """``found`` without the mentions dated only by a backdrop their sentence is set against: a coming election, or a
    past happening behind a state told in the present progressive (:mod:`.present_backdrops`)."""
    published = doc.published
    if published is None:
        return found
    today = published.date() if isinstance(published, dt.datetime) else published
    return [m for m in found if m.lead or not (election_backdrop(doc.text, sentences[m.sentence], m.date,
                                                                  m.when.start.date(), today)
                                               or present_backdrop(doc.text, m, today))]
