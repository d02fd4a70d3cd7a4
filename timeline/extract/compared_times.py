"""A time a comparative measures against, named after "than" with no clause of its own (issue 16: dates right).

"Airlines could face an even bumpier landing than during the 2003 SARS crisis", "the spill may cause more damage than
the Ixtoc blowout 30 years ago", "turnout was higher than in 2008", "a bigger role than last year": the date is the
time or the happening the clause is set against, not when anything the clause tells happened; the forecast, the view
or the figure is of the story's own time. :mod:`.comparisons` reads "than" before an amount or an elliptical clause
("than the 258,000 barrels leaked in 1989", "than it was 30 years ago"); this reads it before a time, bare or after a
preposition ("than in 2008", "than during the crisis of 2003"), or before a noun phrase the date closes or modifies
("than the 2003 SARS crisis", "than the Ixtoc I blowout 30 years ago"), and "any" time or thing since one ("closer to
a pandemic than at any point since 1968").

"No later than Friday", "sooner than next week" set a limit, and keep their date; so do words between "than" and the
date that make a clause ("higher than expected in the third quarter", "more than the company paid in 2009").
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import (
    BE_FINITE,
    BE_NONFINITE,
    DO_FORMS,
    HAVE_FORMS,
    WILL_WOULD,
    auxiliaries,
)
from timeline.english_verbs import IRREGULAR_PAST_PATTERN

__all__ = ["than_a_time"]

#: A comparative and its "than": "bumpier landing than", "more damage than", "higher than", "worse than". Not a limit
#: ("later than", "earlier than", "sooner than", "longer than") nor a word that only ends in -er.
_COMPARATIVE = (r"\b(?!(?:other|rather|order|after|never|under|over|later|earlier|sooner|longer|whether|either|neither|"
                r"per|her|ever|together|however|number|member|water|oil|power|border|paper|letter|matter|quarter|"
                r"officer|manager|leader|partner|customer|producer|driller|operator)\b)"
                r"(?:(?:less|more|fewer)\s+[a-z]+|[a-z]{3,}er|worse|better|farther|further)"
                # up to five words of its own phrase: "a bigger loss in the second quarter than"
                r"(?:\s+(?!(?:than|" + auxiliaries(BE_FINITE, HAVE_FORMS, WILL_WOULD) + r"|that|which|who|when|and|but|it|they|he|she|"
                r"we)\b)(?![a-z]+ed\b)[\w'’-]+){0,5}?\s+than\s+")
#: The words of the thing measured against, up to its date: no verb, no clause word ("than the Ixtoc blowout").
_THING_WORD = (r"(?!(?:" + auxiliaries(BE_FINITE, BE_NONFINITE, HAVE_FORMS, DO_FORMS, WILL_WOULD, without={"being"}) + r"|that|which|who|when|while|and|or|"
               r"but|it|they|he|she|we|you|there|" + IRREGULAR_PAST_PATTERN + r")\b)(?![a-z]+ed\b)[\w'’.-]+\s+")
_THAN_A_TIME = re.compile(r"(?i)" + _COMPARATIVE + r"(?:(?:in|during|at|on|for)\s+)?"
                          r"(?P<thing>(?:the|a|an|its|their|this|that|any)\s+(?:" + _THING_WORD + r"){0,4}?(?:(?:in|of|during|since)\s+)?)?$")
#: A past time that dates a thing measured against: a year, "30 years ago", "last year" ("closer to us than the moon
#: tonight" is the clause's own night).
_PREPOSITION_LAST = re.compile(r"(?i)\b(?:in|during|at|on|for)\s+$")
_PAST_POINT = re.compile(r"(?i)\d{4}|\bago\b|\blast\b|\byesterday\b")


def than_a_time(before: str, date: str) -> bool:
    """Whether ``date``, after ``before`` (its sentence up to the date), is what a comparative measures against."""
    m = _THAN_A_TIME.search(before[-160:])
    if m is None:
        return False
    if m.group("thing"):
        return _PAST_POINT.search(date) is not None
    # "than in 2008", "than during the crisis"; a bare "than a year ago" is a figure's point of comparison, which
    # :mod:`.comparisons` marks and lets stand for the clause when it has no date of its own
    return _PREPOSITION_LAST.search(m.group(0)) is not None
