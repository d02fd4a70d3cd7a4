"""A season's calendar: when a recurring season starts, runs or ends, which is no happening (issue 16: precision).

"The Atlantic hurricane season runs from June 1 to November 30", "Hurricane season officially started on 1 June, and a
storm could force the crews to leave", "Tuesday also marked the start of the hurricane season", "the forecast for the
hurricane season starting on 1 June", "the flu season is due to begin in a few months", "the arrival of the hurricane
season last week": the date is the calendar's. A season of nature or of the year (storms, flu, pollen, nesting,
tourists) comes round every year whatever anyone does, so its bounds tell nothing that happened (the gold's convention:
"a season's calendar start is not a happening", as it leaves weather out). A sentence's other dates keep theirs.

A season's bound that dates another act stays, the act's: "the pause would last at least until the rainy season begins
in May", "the work must end before the start of the storm season on June 1" (a temporal conjunction or preposition
before the season).

A season someone opens or closes ("An emergency shrimping season was opened on Thursday", "officials closed the
fishing season on Monday") is an act, and a fishery's season is not in the list; a storm the season brings ("Alex,
the season's first hurricane, formed on Friday") is a happening, and no calendar verb tells it.

The season's outlook is weather that may be, as :mod:`.weather_outlooks` reads a forecast: "meteorologists predict this
year will be very active", "the season, which is forecast to be unusually active this year" date the span forecast
for, no happening. A forecaster's act keeps its own day ("NOAA predicted on Thursday an above-normal season").
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, BE_NONFINITE, HAVE_FORMS, auxiliaries

__all__ = ["season_bound"]

#: A season that comes round by nature or the year, not by anyone's decision.
_SEASON = (r"(?:hurricane|storm|cyclone|typhoon|monsoon|tornado|wildfire|fire|bushfire|flu|influenza|cold\s+and\s+flu|"
           r"allergy|pollen|rainy|dry|wet|breeding|nesting|spawning|migration|growing|tourist|tourism|holiday|"
           r"vacation)\s+season")
_SEASON_END = re.compile(r"(?i)\b" + _SEASON + r"$")
#: The verbs of a season's calendar, each form: "runs", "began", "is approaching", "kicked off".
_VERB = (r"(?:start(?:s|ed|ing)?|begin(?:s|ning)?|began|begun|open(?:s|ed|ing)?|end(?:s|ed|ing)?|clos(?:e|es|ed|ing)|"
         r"run(?:s|ning)?|ran|last(?:s|ed|ing)?|peak(?:s|ed|ing)?|approach(?:es|ed|ing)?|arriv(?:e|es|ed|ing)|"
         r"kick(?:s|ed|ing)?\s+off|(?:gets|got|getting)\s+under\s*way|wind(?:s|ing)?\s+down|wound\s+down)")
_ADVERB = r"(?:officially|formally|typically|usually|normally|generally|traditionally|also|already|just|now|fast|quickly|soon)"
_AUXILIARY = (r"(?:" + auxiliaries(HAVE_FORMS) + r"|having|is|are|was|were|be|will|would|could|may|might|should|"
              r"(?:" + auxiliaries(BE_FINITE) + r")\s+(?:due|set|expected|scheduled|likely)\s+to)")
#: The calendar verb governing the date, with its auxiliaries and preposition; a range's second bound ("runs from June
#: 1 to November 30") has its first before it.
_GOVERNS = re.compile(rf"(?i)\b(?P<aux>(?:{_AUXILIARY}\s+)*)(?:{_ADVERB}\s+)*(?P<verb>{_VERB})(?:\s+{_ADVERB})?\s+"
                      r"(?:(?:on|in|from|through|until|till|to|at|by|around|about|into)\s+)?(?:the\s+)?"
                      r"(?:from\s+[^,;:]{1,30}?\s+(?:to|through|until|till|and|-)\s+(?:the\s+)?)?$")
#: What may stand between the season and its verb, peeled off from the end: "and" before a second verb, a verb phrase
#: of the calendar before it ("began last week, typically peaks in August and ends ..."), a relative clause in commas
#: (", which is forecast to be active this year,"), the relative pronoun, an adverb, an appositive naming the span
#: (", the storm-prone period that runs ..."), a place ("in the region", "in the Gulf").
_BETWEEN = (
    re.compile(r"(?:\s*,\s*|\s+)(?:and|but)$"),
    re.compile(rf"(?i)\s*,?\s*(?:{_ADVERB}\s+)*{_VERB}\b[^,;:.]{{0,40}}$"),
    re.compile(r"(?i)\s*,\s*(?:which|that)\b[^,;:]{0,80}?,?$"),
    re.compile(r"(?i)\s*,?\s*(?:which|that)$"),
    re.compile(rf"(?i)\s+{_ADVERB}$"),
    re.compile(r"(?i)\s*,\s*(?:the|a)\s+(?:[\w-]+\s+){0,3}(?:period|months?|time|stretch)$"),
    re.compile(r"(?i)\s+in\s+(?:the\s+)?(?:[A-Z][\w-]*|region|area|north|south|(?:northern|southern)\s+hemisphere)$"),
)
#: "the start of the hurricane season on June 1", "the arrival of the hurricane season last week".
_BOUND_OF = re.compile(rf"(?i)\b(?:start|beginning|opening|end|close|peak|height|arrival|onset)\s+of\s+(?:the\s+)?"
                       rf"[^,;:.]{{0,30}}?{_SEASON}\s*,?\s*(?:(?:on|in|at)\s+)?(?:the\s+)?$")
#: "Tuesday also marked the start of the hurricane season", "Tuesday was the official start of the 2010 Atlantic
#: hurricane season".
_MARKS_BOUND = re.compile(rf"(?i)\s*(?:also\s+|officially\s+)*(?:marked|marks|will\s+mark|was|is|will\s+be|saw)\s+"
                          rf"(?:also\s+)?(?:the\s+)?(?:official\s+|formal\s+)?(?:start|beginning|opening|first\s+day|end|"
                          rf"last\s+day|close)\s+of\s+(?:the\s+)?[^,;:.]{{0,40}}?{_SEASON}")
#: How active a season is forecast to be.
_ACTIVITY = (r"(?:(?:very|unusually|extremely|exceptionally|particularly|especially|quite|more|less|most|highly|"
             r"potentially|hyper)[\s-]+)*(?:active|busy|quiet|stormy|severe|mild|intense|destructive|dangerous|normal|"
             r"(?:above|below|near)[\s-]+(?:average|normal))\b")
#: "forecast to be unusually active this year": the span forecast for follows.
_FORECAST_BEFORE = re.compile(rf"(?i)\b(?:forecast|predicted|expected|projected)\s+to\s+be\s+(?:an?\s+)?{_ACTIVITY}"
                              r"(?:\s+one)?\s+$")
#: "predict this year will be very active", "predict this year's to be an active one": the span is the subject.
_PREDICTS = re.compile(r"(?i)\b(?:predict|forecast|expect|project)(?:s|ed)?\s+(?:that\s+)?$")
_WILL_BE = re.compile(rf"(?i)(?:['’]s)?\s+(?:[a-z]+\s+season\s+)?(?:will|would|could|may|might|to)\s+be\s+"
                      rf"(?:an?\s+)?{_ACTIVITY}")
#: A temporal conjunction or preposition before the season (and its bound's noun): the season's bound dates another act.
_DATES_ANOTHER = re.compile(r"(?i)\b(?:until|till|before|after|when|once|by\s+the\s+time)\s+(?:the\s+)?(?:(?:start|beginning|"
                            r"opening|end|close|peak|height|arrival|onset)\s+of\s+(?:the\s+)?)?(?:[\w'’-]+\s+){0,3}$")
_SEASON_ANYWHERE = re.compile(r"(?i)\b" + _SEASON + r"\b")
#: How many pieces may stand between a season and its verb.
_MOST_BETWEEN = 6


def season_bound(text: str, sentence_start: int, start: int, end: int, sentence_end: int) -> bool:
    """Whether the date ``text[start:end]`` is when a recurring season starts, runs to or ends, or the span its outlook
    is for, in a sentence that names the season."""
    before = text[sentence_start:start]
    if "season" not in text[sentence_start:sentence_end].lower():
        return False
    season = max(_SEASON_ANYWHERE.finditer(before), key=lambda m: m.start(), default=None)  # the nearest before
    if season is not None and _DATES_ANOTHER.search(before, 0, season.start()):
        return False  # "until the rainy season begins in May": the pause's end
    if _BOUND_OF.search(before) or _MARKS_BOUND.match(text, end, sentence_end) or _FORECAST_BEFORE.search(before) or (
            _PREDICTS.search(before) and _WILL_BE.match(text, end, sentence_end)):
        return True
    governs = _GOVERNS.search(before)
    if governs is None:
        return False
    if re.search(r"(?i)\b(?:" + auxiliaries(BE_FINITE, BE_NONFINITE) + r")\s+$", governs.group("aux")) and re.search(
            r"(?i)(?:ed|begun|run)$", governs.group("verb")):
        return False  # "was opened on Thursday": someone opened it
    head = before[:governs.start()].rstrip()
    for _ in range(_MOST_BETWEEN):
        if _SEASON_END.search(head):
            return True
        peeled = next((m for m in (p.search(head) for p in _BETWEEN) if m is not None), None)
        if peeled is None:
            return False
        head = head[:peeled.start()].rstrip()
    return _SEASON_END.search(head) is not None
