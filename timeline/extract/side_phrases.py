"""Side phrases: a date told inside a phrase beside the main clause dates that phrase, never the clause.

A main clause's date is the one its verb takes. A date in a phrase that only names or measures something else
belongs to that phrase: the thing a comparison is measured against, named again in an appositive ("has now
overtaken the longest strike before it, the dock walkout of 1994, union figures show"); an appositive that names
again a date the sentence measures a record from ("the first woman mayor since 1962, the year her father took
office"); the earlier reading a change is counted from ("down six points from early last month").
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, auxiliaries
from timeline.english_verbs import IRREGULAR_PARTICIPLES
from timeline.extract.count_words import numbers_pattern
from timeline.extract.restrictive import FINITE_VERB
from timeline.extract.saying_words import SAY_TELL, alternation

#: A date told straight after a participle ("The yacht, made 10 years ago by ...", "The plant, closed Tuesday, ..."):
#: with a preposition ("built in 1998") the participle is known without it. Not after a participle of publishing: "The
#: report, released August 4, claims ..." says what the report claimed on the day it came out.
DATE_NEXT = (r"(?<!released )(?<!published )(?<!issued )(?<!unveiled )(?<!posted )(?<!announced )(?<!conducted )"
             r"(?<!taken )(?<!filed )(?<!broadcast )(?<!aired )(?:\Z|(?:(?:about|around|circa|some|nearly|early|late)\s+)?(?:\d|"
             r"(?:a|an|" + numbers_pattern(1) + r"|\d+)\s+(?:years?|months?|weeks?|days?|hours?)\s+"
             r"(?:ago|earlier|later|before)\b|"
             r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|June|July|August|September|"
             r"October|November|December)\b))")

#: "1962, the year her father took office": an appositive naming the date just told once more.
_RESTATED = re.compile(r"(?i)the\s+(?:year|day|month|week|date|night|morning)\b")


def restates(text: str, previous_end: int, start: int) -> bool:
    """Whether the date at ``start`` only names again the date that ends at ``previous_end``
    ("since 1962, the year her father took office"): one date, so it is what that one is."""
    return re.fullmatch(r"\s*,\s*", text[previous_end:start]) is not None and _RESTATED.match(text, start) is not None


#: "down six points from early last month", "up sharply from last month": a change counted from an earlier reading,
#: which is the point of comparison, not when anything in the sentence happened. The date follows "from" straight
#: away ("rose from $9.5 billion on September 18" is an amount's reading, left to the comparisons).
_CHANGE_FROM = re.compile(r"(?i)\b(?:up|down)\s+(?:[\w.,%$£€-]+\s+){0,3}?from\s+(?:the\s+)?$")


def change_from(text: str, sentence_start: int, start: int) -> bool:
    """Whether the date at ``start`` is the earlier reading a change is counted from."""
    return _CHANGE_FROM.search(text, max(sentence_start, start - 50), start) is not None


#: A word that measures one thing against another, and the thing measured against, up to the appositive's comma.
_MEASURED_AGAINST = re.compile(
    r"(?i)\b(?:than|unlike|like|compared\s+(?:with|to)|versus|as\s+[a-z]+\s+as|"
    r"(?:surpass|exceed|eclips|dwarf|outstrip|overtak|rival|top)(?:es|ed|ing|e|s|ped|ping)?)\s+"
    r"(?:(?!\b(?:" + auxiliaries(BE_FINITE, HAVE_FORMS) + r"|said|says|told)\b)[^,;:.!?]){1,70}$")
#: A clause inside the appositive ("Katrina, a storm that in 2005 killed ..."): the date is that clause's happening.
_CLAUSE_WORD = re.compile(r"(?i)\b(?:" + alternation(SAY_TELL) + r"|that|which|who|whose|when|where)\b")
_AUXILIARY = re.compile(r"(?i)\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might)\b")
#: The appositive noun phrase from its comma up to the date.
_APPOSITIVE_OPEN = re.compile(r",\s+(?:the|a|an|its|their|his|her)\s+[^,;:()—–“”\"]{0,100}$")


def compared_appositive(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` lies in an appositive naming the thing a comparison measures against
    ("has eclipsed the worst previous spill, the tanker disaster off Alaska in 1989"): the thing's date, not the
    clause's. ("Among people with less than a degree, the rate in January was 7%": a clause's subject, its verb next.)"""
    opening = _APPOSITIVE_OPEN.search(text, max(sentence_start, start - 100), start)
    if opening is None or FINITE_VERB.search(opening.group(0)) or _CLAUSE_WORD.search(opening.group(0)):
        return False
    rest = re.match(r"[^,;:.!?]*", text[end:end + 100])
    if rest is not None and (FINITE_VERB.search(rest.group(0)) or _AUXILIARY.search(rest.group(0))):
        return False
    return _MEASURED_AGAINST.search(text, max(sentence_start, opening.start() - 100), opening.start()) is not None


#: "no better than what was achievable 21 years ago", "the same tools available 20 years ago": what things were like
#: some years back, named to measure the present against; the phrase tells no happening ("what happened two years
#: ago" does, and "the same crew flew it a year ago" has a verb of its own).
_THEN_STATE = re.compile(r"(?i)(?:\bwhat\s+(?:[\w'’-]+\s+)?(?:was|were|had\s+been|used\s+to\s+be)|\bthe\s+same)\s+"
                         r"(?P<rest>(?:(?!(?:" + auxiliaries(BE_FINITE, HAVE_FORMS) + r"|said|says|told)\b)[^\s,;:.!?]+\s+){0,4})$")
_AGO = re.compile(r"(?i)\b(?:ago|earlier|before)\s*$")


def then_state(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]``, some time ago, dates only what things were like then, named to
    measure the present against."""
    found = _THEN_STATE.search(text, max(sentence_start, start - 60), start)
    return _AGO.search(text, start, end) is not None and found is not None and FINITE_VERB.search(found.group("rest")) is None


def measured_against(text: str, sentence_start: int, start: int, end: int, dropped: list[int]) -> bool:
    """Whether the date at ``text[start:end]`` is only a point something is measured against, told in a side phrase;
    ``dropped`` holds the ends of the reference points already left out of the sentence."""
    return ((bool(dropped) and restates(text, dropped[-1], start)) or change_from(text, sentence_start, start)
            or compared_appositive(text, sentence_start, start, end) or then_state(text, sentence_start, start, end))


#: A participle set off by commas inside a clause: "since the rig, leased by BP, exploded on 20 April".
_PARTICIPLE_ASIDE = re.compile(r",\s+(?:[a-z]{3,}ed|" + "|".join(sorted(IRREGULAR_PARTICIPLES)) +
                               r")\s+(?:by|in|on|at|from|for|to|with|under)\s[^,;:.!?]{1,60},")


def without_asides(clause: str) -> str:
    """``clause`` without the participles set off by commas inside it, which do not close it."""
    return _PARTICIPLE_ASIDE.sub("", clause)
