"""A commentator's forecast is no event: "Nansen Saleri, a Gulf drilling expert, said he hoped BP would meet its August
timetable", "Professor Ann Vale, an expert on viruses at Veldt University, says pupils going back after the summer
break would spread the flu".

Who comments on the news does not make it (:mod:`.saying_news`): what an analyst, an expert or a bystander expects of
a later time is a view, and the time it looks to dates no happening. The gold's analysts' expectations that a
preview's lead reports ("Analysts expect BP to pump 3.6m barrels a day this year") are told with no name and stay; a
named commentator's view in its body does not. What stays: the saying's own date ("said on Saturday he had obtained
the transcripts"), and a happening the commentator tells ("said his crew on Wednesday found a plume"), which no
modal of the future or of possibility puts ahead.
"""

from __future__ import annotations

import re

from timeline.extract.saying_news import comments_on_news

__all__ = ["in_commentators_forecast"]

#: A named speaker with an apposition, then a verb of saying or of view: "Nansen Saleri, a Gulf drilling expert, said",
#: "But Ted Vos, an economist at Baltic Bank, predicts".
_NAMED_COMMENTATOR = re.compile(
    r"[\s“\"‘]*(?:(?:but|and|still|yet|however|meanwhile),?\s+)?(?:[A-Z][\w.'’-]*\s+){1,5}?[A-Z][\w.'’-]*,"
    r"(?P<apposition>[^;“”\"]{2,160}?),\s+(?:also\s+)?(?:said|says|told\s+[\w.'’-]+|predicted|predicts|estimated|"
    r"estimates|expects|expected|believes|believed|thinks|thought|forecast|forecasts|warned|warns)\b")
#: What puts a time ahead, as a view of it: a future or a possibility, a hope or an expectation.
_AHEAD = re.compile(r"(?i)\b(?:will|would|could|might|may|should|hopes?|hoped|expects?|expected|likely|unlikely|"
                    r"going\s+to)\b|['’]ll\b")


def in_commentators_forecast(text: str, sentence_start: int, pos: int, sentence_end: int) -> bool:
    """Whether the date at ``pos`` lies in what a named commentator expects, after the verb that tells the view."""
    said = _NAMED_COMMENTATOR.match(text, sentence_start, sentence_end)
    if said is None or pos < said.end() or not comments_on_news(said.group("apposition")):
        return False
    return _AHEAD.search(text, said.end(), pos) is not None
