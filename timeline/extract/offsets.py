"""Dates told as a distance from a happening: "two days after a huge explosion", "three months before the disaster".

News dates background by the story's anchor event rather than by the calendar:

    The rig sank on 22 April, two days after a huge explosion that killed 11 workers.
    He told investigators that three months before the disaster he had been warned the valve could fail.

The tagger reads "two days" and "three months" as durations, which place nothing. They do place
something when they measure from a happening whose date the article states: beside a date ("on 22
April, two days after X": X is two days before it), or elsewhere ("three months before the disaster",
the disaster dated in another sentence: what the clause tells happened three months before that day).
The result keeps the precision of the distance: days give a day, weeks a week, months a month.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from timeline.extract.happenings import EVENT_NOUNS, EXPLOSION, PARTICIPLE_WORDS, one_disaster, stem
from timeline.model import When

#: The distance's units and the precision they give.
_DURATION = re.compile(r"^P(\d{1,3})([DWMY])$")
#: "... before the disaster", "... after a huge explosion that killed 11": the happening measured from.
_FROM = re.compile(
    r"[ \t]+(?P<dir>before|after|earlier\s+than|later\s+than|prior\s+to|ahead\s+of)[ \t]+"
    r"(?P<np>(?:the|a|an|this|that|its|his|her|their|[A-Z][\w'’-]*['’]s?)[ \t]+(?P<words>(?:[\w'’-]+[ \t]+){0,3}"
    r"[\w'’-]+))")
#: A span, not a point ("for more than a month after the explosion", "the first 41 days after"), or a participle's phrase set off by commas
#: (", recorded six weeks before his death,"), which dates a thing named, not the clause's happening; or a wait from
#: now ("it will be two weeks before the leak is sealed": the sealing is two weeks ahead, nothing two weeks before it).
_NOT_A_POINT = re.compile(r"(?i)(?:\b(?:for|within|over|throughout)\s+(?:the\s+)?|\b(?:more|less|fewer)\s+than\s+|"
                          r"\bit\s+(?:will|would|could|may|might)\s+(?:still\s+|not\s+)?be\s+(?:another\s+)?|\bit['’]ll\s+be\s+|"
                          r"\b(?:nearly|almost|up\s+to|at\s+least|first|last)\s+|,\s+(?:[a-z]+ed|" + PARTICIPLE_WORDS + r")\s+)$")
_SPAN_TIMEX = re.compile(r"(?i)(?:the\s+)?(?:first|last|past|next|more\s+than)\b")
#: A date right before the distance, as its apposition: "on 22 April, two days after ...".
_APPOSED = re.compile(r"^,[ \t]+(?:just[ \t]+|only[ \t]+|some[ \t]+|about[ \t]+)?$")


@dataclass(frozen=True, slots=True)
class Offset:
    """A distance measured from a happening: "two days after a huge explosion"."""

    start: int  # the distance's start in the text ("two days")
    end: int  # the end of the happening's noun
    np_start: int  # the happening's noun phrase ("a huge explosion ...")
    noun: str  # its stem ("expl")
    sign: int  # +1: the happening lies after what is measured ("before the disaster"), -1: before it
    amount: int
    unit: str  # D, W, M or Y


def offset_at(text: str, start: int, end: int, value: str, sentence_end: int) -> Offset | None:
    """The distance ``text[start:end]`` (a duration ``value``) when it measures from a named happening."""
    d = _DURATION.match(value)
    m = _FROM.match(text, end, sentence_end)
    if d is None or m is None or _NOT_A_POINT.search(text, max(0, start - 30), start) or _SPAN_TIMEX.match(text, start):
        return None
    # The happening's noun: the first of the phrase's words that names one ("a huge explosion").
    words = list(re.finditer(r"[\w'’-]+", m.group("words")))
    noun = next((w for w in words if w.group(0) in EVENT_NOUNS), None)
    told = stem(noun.group(0)) if noun is not None else None
    if noun is None:  # ("two weeks after BP's Macondo well blew out": a clause whose verb tells the disaster names it)
        noun = next((w for w in words if _PAST.fullmatch(w.group(0))), None)
        told = _DISASTER_VERBS[noun.group(0)[:5]] if noun is not None else None
    if noun is None or told is None:
        return None
    sign = 1 if m.group("dir").split()[0] in ("before", "earlier", "prior", "ahead") else -1
    return Offset(start, m.start("words") + noun.end(), m.start("np"), told, sign, int(d.group(1)), d.group(2))


def apposed(text: str, date_end: int, offset: Offset) -> bool:
    """Whether a date ending at ``date_end`` stands right before the distance: "on 22 April, two days after"."""
    return _APPOSED.match(text[date_end:offset.start]) is not None


def shifted(when: When, amount: int, unit: str) -> When | None:
    """``when`` moved by ``amount`` units (negative: earlier), at the unit's precision; None when ``when`` is
    vaguer than the unit (a month moved by days says no day)."""
    need = {"D": "2000-01-01", "W": "2000-01-01", "M": "2000-01", "Y": "2000"}[unit]
    if when.precision.rank < When.parse(need).precision.rank:
        return None
    day = when.start.date()
    if unit == "D":
        return When.parse((day + dt.timedelta(days=amount)).isoformat())
    if unit == "W":
        year, week, _ = (day + dt.timedelta(weeks=amount)).isocalendar()
        return When.parse(f"{year}-W{week:02d}")
    if unit == "M":
        months = day.year * 12 + day.month - 1 + amount
        return When.parse(f"{months // 12:04d}-{months % 12 + 1:02d}")
    return When.parse(f"{day.year + amount:04d}")


#: The past verbs, cut as :func:`.merge.past_verbs` cuts them, that tell a disaster ("the rig exploded on 20 April",
#: "the tanker sank"), with the stem of the happening each tells. A crude four-letter stem of any other verb may
#: match a disaster's by chance ("collected" and "collapse", "fired" a worker and "fire"), and would date "two days after
#: the accident" by a day the crews collected oil.
_DISASTER_VERBS = {"explo": EXPLOSION, "blew": "blow", "blown": "blow", "spill": "spil", "leake": "leak",
                   "crash": "cras", "colla": "coll", "sank": "sink", "sunk": "sink", "erupt": "erup"}


#: The past forms among them, whole ("exploded", "blew"): "the explosion" as a noun is matched apart.
_PAST = re.compile(r"exploded|blew|spilled|leaked|crashed|collapsed|sank|erupted")


def told_by_verb(noun: str, verb: str) -> bool:
    """Whether the past verb ``verb`` (cut to five letters) tells the happening whose stem is ``noun``: "the rig
    exploded" tells the explosion and the accident; "the crews collected oil" tells no collapse."""
    told = _DISASTER_VERBS.get(verb)
    return told is not None and same_happening(noun, told)


#: What may stand before a distance that opens its sentence: "Four weeks after the disaster, ...", "Just 18 days
#: before the explosion, ...", "But a month after the spill, ...".
_OPENING = re.compile(r"(?i)[\s“\"‘'(]*(?:(?:but|and|yet|now|just|only|some|about|roughly|exactly)\s+)*")


def opens_sentence(text: str, sentence_start: int, offset: Offset) -> bool:
    """Whether the distance opens its sentence, before the clause it dates: "Four weeks after the nation's worst
    disaster, the administration saw no need ...". Fronted so, it dates the whole clause, a lead's as well: a lead
    told so is not the news of the page's day but of the day the distance gives."""
    return _OPENING.fullmatch(text, sentence_start, offset.start) is not None


def same_happening(noun: str, other: str) -> bool:
    """Whether a happening's stem measured from names the one another mention dates."""
    return bool(other) and (noun == other or one_disaster(noun, other))


__all__ = ["Offset", "apposed", "offset_at", "opens_sentence", "same_happening", "shifted", "told_by_verb"]
