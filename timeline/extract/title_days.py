"""A title that names a day its event is not dated to.

A sentence with two dates gives an event for each, and each title drops only its own date: "Holder made
the remark June 1, not June 2" gave "[June 2] Holder makes the remark June 1", and "BP and Adm Allen also
discussed on Monday the possibility ... carried out two months ago" gave "[May] BP and Adm Allen also discuss
on Monday ...". When the day left in the title dates the title's own verb, the title tells the other date's
event, and the reader sees one date beside the title and another in it.

A day in the title that dates something else is no disagreement: a noun's ("the April 20 spill", "an estimate
from Thursday", "notes from an interview with Walz on July 29"), a reported or planned clause's ("announces it
would hold a hearing on 29 July", "asks him to a hearing next Thursday"), a denied one ("not June 2"), one of
a list ("Wednesday and Thursday").
"""

from __future__ import annotations

import re

from timeline.calendar_words import MONTH_PATTERN, MONTHS, WEEKDAY_NAME_PATTERN, WEEKDAYS
from timeline.extract.title_words import SPEECH_VERBS
from timeline.when import Precision, When

__all__ = ["names_other_day", "tells_other_day"]

_DAY = re.compile(
    r"\b(?P<weekday>" + WEEKDAY_NAME_PATTERN + r")\b|"
    r"\b(?P<month>" + MONTH_PATTERN + r")\.?\s+(?P<day>\d{1,2})(?!\d|:)\b|"
    r"\b(?P<day2>\d{1,2})\s+(?P<month2>" + MONTH_PATTERN + r")\b")
#: Words that open a clause of its own or a noun's phrase before the day: it dates that, not the title's verb.
_ELSEWHERE = re.compile(
    r"(?i)\b(?:that|to|would|will|could|may|might|should|can|who|which|where|when|whose|if|whether|until|till|"
    r"since|after|before|from|of|dated|due|between|by|than|during|ahead|following|starting|beginning|ending|"
    r"scheduled|slated)\b|,\s*(?:with|[a-z]+ing)\b|[:“\"‘(]")
#: What stands right before a day that modifies a noun or belongs to a list or a denial.
_NOT_VERBS = re.compile(r"(?i)(?:\b(?:the|a|an|its|his|her|their|this|that|not|and|or|each|every|last|next|"
                        r"early|late|mid|of|from)|[-–'’]s?)\s*$")
#: What follows a day that belongs to a list ("Wednesday and Thursday") or to a noun ("Saturday's show", "the
#: July 27 target date").
_AFTER_LIST = re.compile(r"^(?:\s*,?\s*(?:and|or|to|through|-|–)\s|['’]s\b|\s*[a-z]+\s+(?:date|deadline|meeting|hearing)\b)")


#: What opens a second item of the sentence, with its own date: "began the first well on 2 May, and the second on
#: 16 May", "capped the well July 12 and closed the valves three days later"; or the content clause the dated verb
#: opens: "predicted on Monday that gales would last through Sunday" (an event of what is foretold, badly framed).
_NEXT_ITEM = re.compile(r",\s*(?:with|and)\s|^\s*,?\s*that\s")
_BARE_AND = re.compile(r"\sand\s")
#: A subordinate clause before a bare "and": it joins that clause's words, not the sentence's items ("filed on
#: Wednesday as BP and the Coast Guard fought a slick expected to hit on Friday"); a comma's "and" closes the clause.
_SUBORDINATE = re.compile(r"\b(?:as|because|while|after|before|when|since|which|who|whom|whose|where|if|although|"
                          r"though|expected|due)\b")


def tells_other_day(title: str, when: When, text: str, date: tuple[int, int], quote: tuple[int, int],
                    retold: bool) -> bool:
    """Whether an event titled ``title`` at ``when`` tells another date's happening, so that it has no title of its
    own: its title names another day for its verb, and its own date (the span ``date`` of ``text``; ``quote`` is its
    sentence's) is no second item of the sentence, whose title is only badly cut, but a denied day ("not June 2"), a
    noun's ("a procedure carried out two months ago") or a side clause's ("after climbing 7% a day earlier"). A
    lead dated by the publication (no span) tells another's only when its sentence is ``retold`` by a dated
    mention: alone, it is the story's one telling of that happening, at a day to mend rather than a copy to drop."""
    day = names_other_day(title, when)
    if day is None:
        return False
    if date == (0, 0):
        return retold
    at = text.find(day, quote[0], date[0])
    between = text[at + len(day):date[0]]
    if at < 0 or _NEXT_ITEM.search(between):
        return at < 0
    bare = _BARE_AND.search(between)
    return bare is None or _SUBORDINATE.search(between, 0, bare.start()) is not None


def names_other_day(title: str, when: When) -> str | None:
    """The day ("Monday", "June 1") by which ``title`` dates its own verb when it is not ``when``'s, else None."""
    for m in _DAY.finditer(title):
        before, after = title[:m.start()], title[m.end():]
        if _ELSEWHERE.search(before) or _NOT_VERBS.search(before) or _AFTER_LIST.match(after):
            continue
        if any(w.lower() in SPEECH_VERBS for w in re.findall(r"[A-Za-z]+", before)):
            continue  # "announces it held the hearing on Monday": the telling's clause may be dated elsewhere
        words = before.split()
        if words and words[-1].lower() == "on":
            words = words[:-1]
        if not words or words[-1][:1].isupper():
            continue  # "Walz on July 29 ...": inside the subject's phrase, before the verb
        if m.group("weekday"):
            if _weekday_disagrees(WEEKDAYS[m.group("weekday").lower()], when):
                return m.group()
            continue
        month = MONTHS[(m.group("month") or m.group("month2"))[:3].lower()]
        day = int(m.group("day") or m.group("day2"))
        if _month_day_disagrees(month, day, when):
            return m.group()
    return None


def _weekday_disagrees(weekday: int, when: When) -> bool:
    if when.precision == Precision.WEEK:
        return False
    if when.precision.rank < Precision.WEEK.rank:
        return True  # "on Monday" in the title, a month or a year beside it: the date came from elsewhere
    return when.day is not None and when.start.weekday() != weekday


def _month_day_disagrees(month: int, day: int, when: When) -> bool:
    if when.month is None or when.precision == Precision.WEEK:
        return False
    if when.month != month:
        return True
    return when.day is not None and when.day != day
