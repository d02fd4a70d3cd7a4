"""What may happen some time in a year or a season is no event: "The clean-up could last well into the autumn",
"There could be windfall profits this year for the vaccine makers", "The old rule might need some revising in 2032".

A modal of possibility ("could", "might", "may") with a year or a season tells what the writer thinks may come
about over a long stretch: a speculation or a yearly figure's forecast, which the gold's convention leaves out ("weather
and yearly figure forecasts", "hypotheticals"). A day, a week or a month is a schedule's ("the vote could come as early
as Wednesday", "the cap may be fitted in mid-June"), a plan the timeline carries, and stays. So does a saying of the
forecast ("Fitch said costs could top $3bn this year"), which is an act of its day (:mod:`.forecast_sayings` dates
it), and a clause of its own between the modal and the date ("could grow, as it did in 2009").
"""

from __future__ import annotations

import re

from timeline.extract.saying_words import SAY_FORMS, alternation, spoken

__all__ = ["in_possible_year"]

#: A year or a season as the date's words: "this year", "next summer", "2032", "the autumn", "in the northern
#: hemisphere winter" (the tagger's expression starts at the season's word).
_YEAR_OR_SEASON = re.compile(r"(?i)(?:(?:this|next|the\s+coming|the)\s+)?(?:year|summer|autumn|fall|winter|spring)\b|"
                             r"(?:19|20)\d\d\b(?![-/.:]\d)")
#: A modal of possibility ("May" with a capital is the month, and left out).
_MAY_HAPPEN = re.compile(r"\b(?:[Cc]ould|[Mm]ight|may)(?:\s+(?:well|also|even|still|eventually|yet))?\s+(?!have\b|not\b)")
#: Between the modal and the date, a clause of its own or a quotation's end: the date is not the possibility's.
_CLAUSE_BREAK = re.compile(r"(?i)[,;:()“”\"—–]|\s-{1,2}\s|\b(?:which|who|whom|whose|that|when|where|while|after|before|"
                           r"since|because|as|but|than|if|unless)\b")
_SAYING = re.compile(r"(?i)\b(?:" + alternation(SAY_FORMS, spoken("tell", "add", "warn", "predict", "estimate", "write",
                                                                  "state"), {"forecast", "according"}) + r")\b")


def in_possible_year(text: str, sentence_start: int, pos: int, sentence_end: int) -> bool:
    """Whether the date at ``pos`` names a year or a season and lies in a clause that tells, with "could", "might" or
    "may", what may happen then, in a sentence that reports no saying."""
    if _YEAR_OR_SEASON.match(text, pos) is None:
        return False
    before = text[sentence_start:pos]
    modals = list(_MAY_HAPPEN.finditer(before))
    if not modals or _CLAUSE_BREAK.search(before, modals[-1].end()) is not None:
        return False
    return _SAYING.search(text, sentence_start, sentence_end) is None
