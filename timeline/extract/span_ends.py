"""A date after "through" ends the span a clause covers; it is not when the clause happened (issue 16: dates right).

"The council said it has a plan to keep the ferry crews employed at least through August", "Fishing has been banned
near the wreck through the end of May", "The bill sets aside $2 billion to fund the repairs through September 30":
the saying, the ban and the bill are the news of the page's day; August, May and September 30 are only how far
what they tell reaches. Dated at the span's end, the entry tells of a saying in August that was made in July. The
date dates nothing, and the sentence is left to the news day's own dating (:mod:`.day_sayings`) or to its other
dates.

Only a span inside an infinitive counts: a clause whose own verb reaches through the date ("will report losses
through the third quarter") is told up to that date, as a record to date is. A range keeps its end ("from April through June", "2007 through 2009": a date straight before "through" opens the
range the anchors join), and so does a verb of lasting right before it ("the ban is to last through November", "the
fair runs through Sunday"): the span's end is then that verb's own happening, the ban's end.
"""

from __future__ import annotations

import re

from timeline.calendar_words import MONTH_PATTERN, WEEKDAY_NAME_PATTERN

__all__ = ["span_end"]

#: "through", perhaps "at least" or "right" before it, and "the end of" after it, straight before the date.
_THROUGH = re.compile(r"(?i)\b(?:(?:at\s+least|right|all\s+the\s+way|well)\s+)?through\s+(?:the\s+(?:end|middle)\s+of\s+)?$")
#: What opens a range before "through": a date's last word ("April through June", "2007 through 2009").
_RANGE_OPEN = re.compile(r"(?:\d|\b(?:" + MONTH_PATTERN + "|" + WEEKDAY_NAME_PATTERN +
                         r"|spring|summer|autumn|fall|winter|year|month|week|today|now)\.?)\s*$", re.I)
#: An infinitive: "to" and a verb, not a preposition's object ("up to $90 million", "to the coast").
#: ("to be", and an infinitive after a verb of lasting, tell the clause's own state: "will continue to be a drag on
#: earnings through 1990"; a lower-case word before a name is a place's: "a move to midtown Manhattan")
_INFINITIVE = re.compile(r"(?<!\bcontinue\s)(?<!\bcontinues\s)(?<!\bremain\s)(?<!\bexpected\s)\bto\s+(?!(?:the|a|an|its|"
                         r"his|her|their|this|that|these|those|be)\b)[a-z]{2,}\b(?!\s+[A-Z])")
#: A verb of lasting: the span's end is its own happening.
_LASTING = re.compile(r"(?i)\b(?:last|lasts|lasted|run|runs|ran|continue|continues|continued|extend|extends|extended|"
                      r"remain|remains|remained|stay|stays|stayed|go\s+on|goes\s+on)\s+$")


def span_end(text: str, sentence_start: int, start: int) -> bool:
    """Whether the date at ``start`` only ends a span after "through", dating nothing."""
    through = _THROUGH.search(text, max(sentence_start, start - 40), start)
    if through is None:
        return False
    before = text[max(sentence_start, through.start() - 30):through.start()]
    if _RANGE_OPEN.search(before) or _LASTING.search(before):
        return False
    # Only a span inside an infinitive the clause's verb takes ("has a plan to keep ...", "contains $2 billion to fund
    # ..."): the span is the infinitive's, and the clause's own act is elsewhere in time. A clause whose own verb
    # reaches through the date ("will report losses through the third quarter", "Through Oct. 19, funds had ...") is
    # dated by its end, as a record to date is.
    clause_start = max(sentence_start, *(text.rfind(mark, sentence_start, through.start()) + 1 for mark in ",;:"))
    return _INFINITIVE.search(text, clause_start, through.start()) is not None
