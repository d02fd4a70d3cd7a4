"""The time a saying is told at, standing between its verb and the clause it reports.

"The mayor said on Monday the city would double its buses by next month": "on Monday" dates the saying, and the
reported clause begins after it ("the city would ..."). A date further on ("by next month") is the reported
happening's own. Without stepping over the saying's time, the clause's subject is not found right after the verb,
and the later date reads as the saying's, so the title of the happening at next month keeps the saying's frame
("The mayor says the city would be able to double the buses"), a headline of what was said on Monday placed at
April.
"""

from __future__ import annotations

import re

from timeline.calendar_words import MONTH_PATTERN, WEEKDAY_NAME_PATTERN
from timeline.english_auxiliaries import BE_FINITE, auxiliaries
from timeline.extract.count_words import numbers_pattern

__all__ = ["CLAUSE_OPENING", "after_saying_time", "looks_to_a_period"]

#: A day, a part of one, or a near time a saying is told at: "on Monday", "late Tuesday night", "yesterday",
#: "on March 3", "last week", "this morning", "over the weekend".
_SAYING_TIME = re.compile(
    r"\s+(?:(?:late|early|earlier)\s+)?(?:(?:on|in|at|during|over|last|this)\s+)?(?:the\s+)?"
    r"(?:(?:" + WEEKDAY_NAME_PATTERN + r")|(?:" + MONTH_PATTERN + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+(?:"
    + MONTH_PATTERN + r")|yesterday|today|tonight|week|weekend|morning|afternoon|evening)"
    r"(?:\s+(?:morning|afternoon|evening|night))?(?=[\s,])")


def after_saying_time(sentence: str, end: int) -> int:
    """Where the reported clause may begin in ``sentence`` after a verb of saying that ends at ``end``: past the
    saying's own time when one follows the verb ("said on Monday | the city would"), else ``end`` itself."""
    told = _SAYING_TIME.match(sentence, end)
    return told.end() if told else end


#: A reported clause's subject that no determiner opens: a name before an auxiliary ("said BP would be able"), a
#: count ("said two relief wells are on course"). A name alone may be the verb's listener ("told Reuters"), and is
#: a subject only when an auxiliary follows it.
CLAUSE_OPENING = re.compile(r"\s+(?:(?:[A-Z][\w.&'’-]*\s+){1,3}(?:would|will|could|can|may|might|should|had|has|have|"
                            r"" + auxiliaries(BE_FINITE) + r")\s|(?:" + numbers_pattern(2) + r"|dozens|hundreds|thousands|\d[\d,.]*)\s+[a-z])")


#: A year or a season: what a forecast looks to ("would generate $30bn this year", "could recover by 2033").
_PERIOD = re.compile(r"(?i)(?:(?:this|next|last|the)\s+)?(?:year|summer|autumn|fall|winter|spring)|(?:early\s+|late\s+|mid-?)?"
                     r"(?:19|20)\d\d")
#: A modal or a verb of expecting that opens a forecast inside the reported clause.
_AHEAD = re.compile(r"\b(?:will|would|could|may|might|should|expects?|expected|hopes?|hoped|plans?|planned|aims?|"
                    r"likely)\b|['’]ll\b")


def looks_to_a_period(sentence: str, remove: list[tuple[int, int]], clause: int) -> bool:
    """Whether a removed date after ``clause`` (where the reported clause begins) is a year or a season that the
    clause's forecast looks to ("said it would generate $30bn this year"). Such a forecast is the saying's news, of
    the day it was made (:mod:`.forecast_sayings`), and keeps its saying's frame."""
    return any(start >= clause and _PERIOD.fullmatch(sentence[start:end].strip()) is not None
               and _AHEAD.search(sentence, clause, start) is not None for start, end in remove)
