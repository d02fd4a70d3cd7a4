"""A weather forecast is no event: "Seas are expected to build to 13 feet by Saturday night", "The winds will stay
light through Friday", "High seas were forecast through Sunday", "The weather forecast for later this week is fairer".

The weather a forecast promises for a day is what may be, told by no one's act: a timeline carries what the
weather did ("High winds forced the boats back to port on Friday") and a forecaster's warning about the story's
own matter ("Forecasters said the oil could reach the islands by Friday"), but not the outlook itself (the gold's
convention since batch 14: "weather forecasts are not events"). A named storm is a happening of its own and stays
("Tropical storm Alex is expected to make landfall on Thursday").
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, auxiliaries
from timeline.extract.saying_words import SAID_SAYS, alternation

__all__ = ["in_weather_outlook"]

#: The weather as a clause's subject: "Winds in the Gulf region", "High seas", "The current spate of bad weather",
#: "Favorable conditions", "Temperatures".
_WEATHER = (r"(?:(?:the|a)\s+)?(?:[\w'’-]+\s+){0,4}?(?:weather|winds?|seas|waves|swells?|rain(?:fall)?|showers|skies|"
            r"temperatures|tides|(?:weather|sea|favou?rable|calm|rough|stormy)\s+conditions)"
            r"(?:\s+(?:in|on|off|over|across|along|near)\s+[^,;:.!?]{1,40}?)?")
#: What a forecast says of it: expected, forecast, likely, or the future of a verb of the weather's own.
_OUTLOOK = (r"\s+(?:(?:" + auxiliaries(BE_FINITE) + r")\s+(?:also\s+|still\s+)?(?:forecast|expected|predicted|likely|set)\b|"
            r"(?:" + auxiliaries(BE_FINITE) + r")\s+in\s+the\s+forecast\b|"
            r"(?:will|should|could|may|might)\s+(?:also\s+|still\s+)?(?:stay|remain|build|pick\s+up|ease|calm|subside|"
            r"strengthen|weaken|turn|blow|be|become|increase|drop|rise|continue|last)\b)")
_OUTLOOK_CLAUSE = re.compile(rf"(?i)[\s“\"‘]*(?:[A-Z][\w\s,'’-]{{0,60}}?\b(?:{alternation(SAID_SAYS, ('forecast', 'warned', 'predicted'))})"
                             rf"(?:\s+that)?\s+)?{_WEATHER}{_OUTLOOK}[^;:.!?]*$")
#: "The weather forecast for later this week is fairer": the forecast named with the day it is for.
_FORECAST_FOR = re.compile(r"(?i)\bweather\s+(?:forecast|outlook)\s+for\s+$")
#: A named storm: a happening of its own.
_NAMED_STORM = re.compile(r"\b(?:[Hh]urricane|[Ss]torm|[Dd]epression)\s+[A-Z]")


def in_weather_outlook(text: str, sentence_start: int, pos: int) -> bool:
    """Whether the date at ``pos`` is when a forecast says the weather will be so: the main clause, from its start
    (or a forecaster's saying) to the date, has the weather as its subject and a forecast's verb."""
    before = text[sentence_start:pos]
    if _FORECAST_FOR.search(before):
        return True
    return _NAMED_STORM.search(before) is None and _OUTLOOK_CLAUSE.match(before) is not None
