"""Nouns of happenings across the kinds of news, beyond the ones the first stories told.

The nouns :data:`.happenings.EVENT_NOUNS` first held were read on an oil spill, a flu outbreak and a singer's death:
explosions, spills, outbreaks, deaths, trials. News of wars, disasters, elections, markets and courts names its
happenings by nouns of their own ("since the airstrike on March 4", "after the indictment in 2029", "shares rose
after the bailout in January"), and a date next to such a noun is the happening's, not the clause's, as it is for
"since the bombing on March 3". Each family below is the genre's, not one story's words. A state an economy or a
country is in ("recession", "crisis", "pandemic") is no happening of a day: "a recovery from recession at the start
of 2010" dates the recovery. A noun that most often sorts another ("the 1991 Gulf war spill"), or that is a verb
as often ("helped the share price to rally", "continued a sell-off on Tuesday"), is left out.

A happening that goes on for days ("the siege", "the drought", "the crackdown") has no one day that an hour from it
falls on: :data:`LASTING` lists them. A mishap (:data:`MISHAPS`) is one a later act answers or blames ("charged over
the stampede in May"). Some nouns share their first four letters with common words of other meanings ("execution"
and "executive", "conviction" and "convention"): :data:`LONG_STEMS` gives their nouns and verbs a longer stem, so
that merging by stems joins "the indictment in May" to "was indicted in May" and to nothing else.
"""

from __future__ import annotations

__all__ = ["HAPPENING_NOUNS", "LASTING", "LONG_STEMS", "MISHAPS"]

#: Armed conflict and unrest.
_CONFLICT = frozenset([
    "airstrike", "airstrikes", "ambush", "ambushes", "clash", "clashes", "shelling", "bombardment", "offensive",
    "incursion", "siege", "crackdown", "rebellion", "revolt", "revolution", "mutiny", "insurgency",
    "hijacking", "kidnapping", "kidnappings", "abduction", "abductions", "stabbing", "stabbings", "execution",
    "executions", "genocide", "demonstration", "demonstrations", "annexation", "surrender",
])
#: Disasters of nature and of the works of men.
_DISASTER = frozenset([
    "typhoon", "cyclone", "tornado", "landslide", "landslides", "mudslide", "avalanche", "wildfire", "wildfires",
    "drought", "famine", "heatwave", "flooding", "aftershock", "derailment", "stampede", "shipwreck", "capsizing",
    "outage", "blackout", "evacuation",
])
#: Steps of the courts.
_COURT = frozenset(["indictment", "conviction", "acquittal", "sentencing", "impeachment", "extradition", "inquest"])
#: Votes and the steps of government.
_POLITICS = frozenset(["runoff", "by-election", "caucus", "caucuses", "swearing-in", "coronation", "reshuffle"])
#: Money, markets and companies.
_MONEY = frozenset(["bailout", "bailouts", "default", "devaluation",
                    "flotation", "buyout", "recall", "recalls", "rescue"])
#: Work stopped.
_LABOUR = frozenset(["walkout", "walkouts", "lockout", "stoppage"])

#: Every noun above.
HAPPENING_NOUNS = _CONFLICT | _DISASTER | _COURT | _POLITICS | _MONEY | _LABOUR

#: Happenings that go on for days or longer: "the day after the drought" may be any of its days.
LASTING = frozenset([
    "clashes", "shelling", "bombardment", "offensive", "siege", "crackdown", "rebellion", "revolt", "revolution",
    "insurgency", "kidnappings", "abductions", "stabbings", "executions", "genocide",
    "demonstrations", "airstrikes", "ambushes", "landslides", "wildfire", "wildfires", "drought", "famine",
    "heatwave", "flooding", "outage", "blackout", "evacuation",
    "bailouts", "recalls", "walkouts", "lockout", "stoppage", "caucuses", "rescue",
])

#: Mishaps a later act answers, blames or names as its cause.
MISHAPS = frozenset([
    "airstrike", "airstrikes", "ambush", "shelling", "bombardment", "hijacking", "kidnapping", "abduction",
    "stabbing", "stabbings", "typhoon", "cyclone", "tornado", "landslide", "landslides", "mudslide", "avalanche",
    "wildfire", "wildfires", "derailment", "stampede", "shipwreck", "capsizing", "outage", "blackout",
])

#: A longer stem for the words of a happening whose first four letters other common words share.
LONG_STEMS = {
    word: root
    for root, words in {
        "execut": ("execution", "executions", "executed"),
        "convict": ("conviction", "convictions", "convicted"),
        "indict": ("indictment", "indictments", "indicted"),
        "sentenc": ("sentencing", "sentenced"),
        "demonstrat": ("demonstration", "demonstrations", "demonstrated"),
        "offensive": ("offensive",),
        "default": ("default", "defaulted"),
        "recall": ("recall", "recalls", "recalled"),
        "rescue": ("rescue", "rescued"),
    }.items()
    for word in words
}
