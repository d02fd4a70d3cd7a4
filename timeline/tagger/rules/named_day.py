""""The day" that names a day the text has told: "April 20, the day of the spill", "Sunday may be
seen as the day the cry went up", "no alarms went off on the day of the explosion" (after "the
disaster on 20 April"), "prices dipped as the day wore on"; and a day counted from an event's
start, "the sixth day of the hearing". TimeML spans "the day" alone; what follows is the event
that names it.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.english_auxiliaries import MODAL_VERBS, auxiliaries
from timeline.tagger.context import Context, CountedDay, DayTold
from timeline.tagger.lexicon import NUM_WORD, ORDINALS, number
from timeline.tagger.rules.event_nouns import _DONE_EVENTS, EVENT_AFTER, EVENT_BEFORE
from timeline.tagger.rules.fragments import B
from timeline.tagger.rules.recognizer import Result, Rule, registrar
from timeline.tagger.rules.story_day import story_day

RULES: list[Rule] = []
rule = registrar(RULES)

# "the day of the explosion", "the day of Jackson's death", "the day of the singer's death", "the day of the Gulf oil spill"
_OF_EVENT = re.compile(rf"\sof\s(?:the|his|her|their|its|[A-Z][\w.'’-]*['’]s)\s(?:[\w'’-]+\s){{0,2}}(?P<event>{_DONE_EVENTS})\b")
# "the day he died": a death told as a clause
_HE_DIED = re.compile(r"\s(?:that\s|when\s)?(?:he|she)\s(?:died|was killed)\b")
# "prices dipped as the day wore on": the day the story is telling
_WORE_ON = re.compile(r"\s(?:wore|went|drew)\son\b|\sprogressed\b")
# A day named by a clause or an event of its own, after a date set beside it: "July 20, the day the
# prime minister visits", "July 27 is the day the company reports", "May 3, the day of the landslide"
_CLAUSE_AFTER = re.compile(r"\s(?:that\s|when\s)?(?:[A-Z]|(?:the|he|she|they|it|we|I|his|her|its|their|of)\s)")
# Between a date and "the day" it is: a comma, or a copula ("is", "may be seen as"), with at most two
# words of its noun phrase before it ("The July 27 target date is the day")
_APPOSED = re.compile(r",\s|(?:\s[a-z]+){0,2}\s(?:(?:" + auxiliaries(MODAL_VERBS, without={"shall"}) + r")\s(?:also\s)?)?"
                      r"(?:be|is|was|has been|had been|remains|remained|becomes|became)\s"
                      r"(?:(?:seen|remembered|known|regarded|marked|chosen|set)\sas\s)?")
_COPULA_BEFORE = re.compile(r"(?:,|\b(?:be|is|was|been|as|remains|remained|becomes|became))\s$")
_DIED_BEFORE = re.compile(r"\b(?:died|was killed)\s(?:on\s)?$")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_STORY_REACH = 2500  # characters: a dozen sentences of one day's story


def note_told_day(cx: Context, start: int, end: int, typ: str, value: str) -> None:
    """Remember a day the text wrote, and the done event it dated ("the April 20 explosion", "the
    blast on April 20", "died on June 25"), for a later "the day of the blast"."""
    if typ not in ("DATE", "TIME") or not _DAY_VALUE.match(value):
        return
    told = DayTold(start, end, dt.date.fromisoformat(value[:10]))
    cx.last_day = told
    before = cx.text[max(0, start - 40):start]
    named = EVENT_AFTER.match(cx.text, end) or EVENT_BEFORE.search(before)
    if named and re.match(r",\s(?:the\s)?day\s(?:before|after)\b", named.group(0)):
        named = None  # "May 2, the day before the blast": the day next to the event, not its own
    if _DIED_BEFORE.search(before) or (named and "death" in named.group(0).lower()):
        cx.event_days["death"] = told
    elif named:
        cx.event_days["event"] = told


def _day_told_of(cx: Context, start: int, end: int) -> dt.date:
    """The day a story of one day is telling ("saw him resort yesterday to ... As the day wore on"):
    the last day the text wrote, not long before and not an event's background date ("since the
    April 20 blast"), else the report's."""
    told = cx.last_day
    if told is not None and 0 < start - told.end <= _STORY_REACH and told.date <= cx.dct \
            and told not in cx.event_days.values():
        return told.date
    return story_day(cx, start, end) or cx.dct


def _named_ok(m: re.Match[str], text: str) -> bool:
    after = text[m.end():m.end() + 80]
    if _OF_EVENT.match(after) or _HE_DIED.match(after):
        return True
    if re.search(r"\b[Aa]s\s$", text[max(0, m.start() - 3):m.start()]) and _WORE_ON.match(after):
        return True
    # ("earlier in the day that BP had ...": "in the day" is the relative rule's)
    return bool(_CLAUSE_AFTER.match(after)) and bool(_COPULA_BEFORE.search(text, max(0, m.start() - 16), m.start()))


@rule("day_named", rf"{B}(?i:the)\s(?i:day)(?![\w-])", accept=_named_ok)
def _day_named(m: re.Match[str], cx: Context) -> Result | None:
    told = cx.last_day
    if told is not None and 0 < m.start() - told.end <= 40 and _APPOSED.fullmatch(cx.text, told.end, m.start()):
        return "DATE", told.date.isoformat(), None  # "April 20, the day of the spill": that date itself
    after = cx.text[m.end():m.end() + 80]
    if _WORE_ON.match(after) and not (_OF_EVENT.match(after) or _HE_DIED.match(after)):
        return "DATE", _day_told_of(cx, m.start(), m.end()).isoformat(), None
    event = _OF_EVENT.match(after)
    kind = "death" if _HE_DIED.match(after) or (event and event["event"].lower() == "death") else "event" if event else None
    dated: DayTold | None = cx.event_days.get(kind) if kind else None
    return ("DATE", dated.date.isoformat(), None) if dated is not None else None


_TIME_PREP_BEFORE = re.compile(r"(?i)\b(?:on|from|during|by|until|till|since|of|for|after|before)\s$")
_COUNTED = "|".join(w for w in ORDINALS if w not in ("last", "final"))
_DONE_OF = re.compile(rf"\sof\s(?:the|its|their)\s(?:[\w-]+\s){{0,2}}{_DONE_EVENTS}\b")


# "Day one of the hearings", "On Day 83 of the disaster": the same count with the number after "day";
# after "from"/"since"/"to" it is the idiom "from day one" (from the start), no day
_NUMBER_DAY_BEFORE = re.compile(r"(?i)\b(?:from|since|to|until|till)\s$")


@rule("day_of_count", rf"{B}(?:(?i:the)\s(?P<ord>(?i:{_COUNTED})|\d{{1,3}}(?:st|nd|rd|th))\s(?i:day)"
                      rf"|(?P<day>[Dd]ay)\s(?P<card>(?i:{NUM_WORD})|\d{{1,3}}))"
                      rf"(?=\sof\s(?P<of>(?:the|a|an|his|her|its|their|this|[A-Z][\w'’-]*)(?:\s[\w'’-]+){{0,2}}))",
      accept=lambda m, text: not (m["card"] and _NUMBER_DAY_BEFORE.search(text, max(0, m.start() - 7), m.start())))
def _day_of_count(m: re.Match[str], cx: Context) -> Result | None:
    """ "The sixth day of the hearing", "the 85th day of the disaster": a day counted from the start
    of an event. Set beside a date it is that date; counted from a disaster the text dated, or from
    another day of the same event the text counted ("the third day of the trial" ... "the second
    day of the trial"), that day on; else, in a past clause, the day the story tells (news reports
    a hearing's day the day it sat). A disaster never dated, or a schedule's day ("commentary on
    the first day of the third Test"), stays untagged."""
    if m["card"]:
        n = number(m["card"])
        if not n:
            return None
        n = int(n)
    else:
        word = m["ord"].lower()
        n = ORDINALS[word] if word in ORDINALS else int(word[:-2])
    event = " ".join(m["of"].lower().split())
    told = cx.last_day
    if told is not None and 0 < m.start() - told.end <= 4 and re.fullmatch(r",\s", cx.text[told.end:m.start()]):
        day = told.date  # "As of Monday, the 83rd day of the disaster"
    elif not _TIME_PREP_BEFORE.search(cx.text, max(0, m.start() - 8), m.start()) and not (m["day"] == "Day" and m["card"]):
        # ("the third day of the hearings focused on safety": a subject, no time adverbial; but a
        # capital "Day one of the hearings" heads a report as its label, the day it tells)
        return None
    elif (counted := cx.counted_days.get(event)) is not None:
        day = counted.date + dt.timedelta(days=n - counted.n)
    elif _DONE_OF.match(cx.text, m.end()):
        start = cx.event_days.get("event")
        if start is None:
            return None  # ("On the 107th day of the disaster" with the disaster never dated)
        day = start.date + dt.timedelta(days=n - 1)
    elif cx.tense(m.start(), m.end()) == "past" or (m["day"] == "Day" and m["card"]):
        day = _day_told_of(cx, m.start(), m.end())
    else:
        return None
    cx.counted_days[event] = CountedDay(n, day)
    return "DATE", day.isoformat(), None


_RUN_ORDINAL = "|".join(w for w in ORDINALS if w not in ("first", "last", "final"))
# a day word right after: "for a third straight day yesterday", "a second day Friday" (that word dates it)
_DAY_WORD_AFTER = re.compile(r"(?i),?\s(?:on\s)?(?:yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|"
                             r"saturday|sunday)\b")


# a clause looking ahead before it: "the panel will need a second day of hearings"
_AHEAD_BEFORE = re.compile(r"(?i)\b(?:will|['’]ll|shall|would|could|may|might|going to|plans? to|expects? to|needs? to)\b"
                           r"[^.!?;\n]{0,60}$")


#: "a second day", "a third straight day": a day counted in a run, which dates nothing of its own (the story's day does)
RUN_DAY = (rf"(?i:a)\s(?P<ord>(?i:{_RUN_ORDINAL})|\d{{1,2}}(?:nd|rd|th))\s"
           rf"(?:(?i:straight|consecutive|successive|running)\s)?(?i:day)(?![\w-])")


@rule("day_of_run", B + RUN_DAY,
      accept=lambda m, text: not _DAY_WORD_AFTER.match(text, m.end()))
def _day_of_run(m: re.Match[str], cx: Context) -> Result | None:
    """ "Shares fell for a second day", "in a second day of hearings", "a second consecutive day of
    calm seas": the latest day of a run the story tells, as "the sixth day of the hearing" is the
    day it counts; one still to come ("will need a third day") is no day the text can date."""
    if _AHEAD_BEFORE.search(cx.text, max(0, m.start() - 80), m.start()):
        return None
    return "DATE", _day_told_of(cx, m.start(), m.end()).isoformat(), None
