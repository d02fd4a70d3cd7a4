"""A disaster named with its place, told as a headline: "the 2004 tsunami in Southeast Asia" -> "Tsunami strikes
Southeast Asia".

A storm, a quake or a fire has no verb of its own that makes what it befell the subject (as "the explosion of the rig"
does, :mod:`.title_nominal`); headlines give it the verb of its kind: a storm, a flood or a quake "strikes" the place
it hit, a fire "breaks out" where it started, a blast "hits" the building it tore through. The phrase's own words stay
in their order; a phrase without a place ("the 2003 outbreak", "Hurricane Katrina") is left for the article's fuller
telling, since without a place the verb would say no more than the noun.
"""

from __future__ import annotations

import re

from timeline.calendar_words import MONTH_NAMES, WEEKDAY_NAMES
from timeline.english_auxiliaries import BE_FINITE, DO_FORMS, HAVE_FORMS, MODAL_VERBS, auxiliaries

__all__ = ["struck_title"]

#: The verb of each kind of disaster, for one and for several, and whether the place's preposition goes ("strikes
#: Southeast Asia", not "strikes in Southeast Asia") or stays ("breaks out at the depot").
_STRIKE = ("strikes", "strike", True)
_BREAK_OUT = ("breaks out", "break out", False)
_HIT = ("hits", "hit", True)
_VERBS = {
    **dict.fromkeys(("tsunami", "earthquake", "quake", "hurricane", "typhoon", "cyclone", "tornado", "storm", "flood",
                     "mudslide", "landslide", "avalanche", "drought"), _STRIKE),
    **dict.fromkeys(("tsunamis", "earthquakes", "quakes", "hurricanes", "typhoons", "cyclones", "tornadoes", "storms",
                     "floods", "mudslides", "landslides"), _STRIKE),
    **dict.fromkeys(("fire", "blaze", "wildfire", "fires", "blazes", "wildfires"), _BREAK_OUT),
    **dict.fromkeys(("explosion", "blast", "explosions", "blasts"), _HIT),
}
#: The places each verb takes: a storm strikes a region ("in", "on"), a fire breaks out "at" or "in" a building, a blast
#: hits the building it was "at", "in" or "on" ("an explosion off the coast" is no blast hitting the coast).
_PREPOSITIONS = {_STRIKE: ("in", "on", "across"), _BREAK_OUT: ("at", "in", "on", "aboard"), _HIT: ("at", "in")}
#: Buildings a blast "in" them hits: "an explosion in the company's refinery".
_BUILDING = re.compile(r"\b(?:refinery|plant|factory|mine|facility|building|station|depot|warehouse|house|hotel|"
                       r"restaurant|market|mosque|church|school|hospital|office|tower|mill|terminal|platform|rig)\b")
_DATE_OWNER = re.compile(r"(?i)(?:(?:last|this)\s+)?(?:" + "|".join(WEEKDAY_NAMES + MONTH_NAMES) +
                         r"|yesterday|today|tonight|week|weekend|month|year)['’]s\s+")
_PHRASE = re.compile(r"(?P<det>(?:[Tt]he|[Aa]n?)\s+)?(?P<mods>(?:(?!(?:of|in|at|on|off|near|and|or|that|which)\b)[\w-]+\s+)"
                     r"{0,3}?)(?P<noun>[A-Za-z]+)\s+(?P<prep>[a-z]+)\s+(?P<place>\S.*)")
#: Words before the noun that say it did not (yet) happen: "the feared hurricane", "a possible tsunami".
_UNDONE = re.compile(r"(?i)\b(?:feared|possible|potential|expected|predicted|forecast|threatened|planned|next|"
                     r"future|likely|imminent|approaching|no|any)\b")


def struck_title(title: str) -> str:
    """``title``, a disaster's noun phrase with its place, told with its kind's verb ("Fire at the depot in Leith" ->
    "Fire breaks out at the depot in Leith"); ``title`` itself when it is no such phrase or has a verb already."""
    phrase = _PHRASE.fullmatch(_DATE_OWNER.sub("", title, count=1) if _DATE_OWNER.match(title) else title)
    if phrase is None or _UNDONE.search(phrase.group("mods")):
        return title
    verb = _VERBS.get(phrase.group("noun").lower()) if phrase.group("noun")[1:].islower() else None
    if verb is None or phrase.group("prep") not in _PREPOSITIONS[verb]:
        return title
    place = phrase.group("place")
    if verb is _HIT and phrase.group("prep") == "in" and not _BUILDING.search(place):
        return title  # ("an explosion in the Gulf of Mexico": a blast hits a building, not a sea)
    if re.search(r"\b(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, DO_FORMS, MODAL_VERBS, without={"shall"}) + r"|not|"
                 r"killed|kills|left|leaves|caused|causes)\b", place):
        return title  # "Fire at the depot killed four": a clause with its own verb
    singular, plural, drops = verb
    told = plural if phrase.group("noun").endswith("s") else singular
    # ("The floods strike ...": a headline names the disaster without its definite article)
    det = "" if (phrase.group("det") or "").lower().startswith("the") else phrase.group("det") or ""
    head = det + phrase.group("mods") + phrase.group("noun")
    where = place if drops else f"{phrase.group('prep')} {place}"
    return f"{head[:1].upper()}{head[1:]} {told} {where}"
