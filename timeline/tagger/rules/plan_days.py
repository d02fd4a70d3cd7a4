"""The day a plan told in the past names: "was due to meet on Monday", "the hearing was scheduled for
Wednesday", "planned to reopen the park on Friday", "called a rally for Sunday".

The verb of planning is past because the planning is done; the day it names is the planned
happening's, which news reports before it comes: ahead of the report when it is a few days off, else the
days just gone. Months read only the infinitive plans ("was due to report in March":
:func:`plan_to_told_in_past`); weekdays read them all (:func:`plan_told_in_past`). A plan called off keeps its day ("was due on Monday, but has been cancelled" in
Thursday's paper is the coming Monday): what failed is the plan, not its date. A perfect ("had been
due to expire Friday", "previously had been scheduled for Monday") tells a plan overtaken, whose
day is as often gone as ahead: the clause's own tense decides it.
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import HAVE_FORMS, auxiliaries
from timeline.tagger.context import Context

# "was set for Tuesday", "were scheduled on Monday", "was expected on Wednesday": the plan's day right
# after its participle
_SET_FOR = re.compile(r"(?i)\b(?:was|were)\s(?:(?:originally|initially|first|tentatively|provisionally)\s)?"
                      r"(?:set|scheduled|slated|due|expected|planned|penciled|pencilled|timetabled|booked)\s"
                      r"(?:for|on)\s(?:(?:late|early)\s)?$")
# "planned to reopen its park on Friday": the infinitive's day, when no saying or new clause comes
# between ("planned to visit, officials said on Friday" dates the saying)
_PLANNED_TO = re.compile(r"(?i)(?<!\bhad\s)(?<!\bhave\s)(?<!\bhas\s)\b(?:planned|intended|arranged|was\splanning|"
                         r"were\splanning)\sto\s(?:be\s)?[a-z]+\b"
                         r"(?:(?!\b(?:said|says|told|announced|but|and|when|after|before|while|because)\b)[^.!?;:,\n]){0,60}$")
# "planned an anti-war rally for Sunday", "called a meeting of experts for Wednesday": the planned
# thing's day after "for"
_PLANNED_FOR = re.compile(r"(?i)(?<!\bhad\s)(?<!\bhave\s)(?<!\bhas\s)\b(?:planned|scheduled|arranged|organi[sz]ed|called|"
                          r"booked|set)\s(?:a|an|the|his|her|its|their)\s(?:[\w'’-]+\s){0,4}?for\s(?:(?:late|early)\s)?$")

# "was summoned to London for talks on Wednesday", "were called in for a meeting Friday": the summons is
# past, the talks it is for come after it; the day is theirs
_SUMMONED_FOR = re.compile(r"(?i)\b(?:summoned|called\sin|invited|recalled)\b(?:(?!\b(?:said|says|told|but|and|when|after|"
                           r"before|while|because)\b)[^.!?;:\n]){0,60}?\bfor\s(?:(?:a|an|the|urgent|emergency|crisis|"
                           r"further|fresh|private|closed-door)\s){0,2}(?:talks|meetings?|consultations|discussions|"
                           r"briefings?|hearings?|questioning|an?\sinterview)\s(?:on\s)?(?:(?:late|early)\s)?$")


#: How far before its date a plan's verb may stand.
_WINDOW = 90

# A plan told in the past ("was to meet", "were set to visit", "was expected to arrive ... Thursday",
# in the date's own sentence with no perfect ("had been due to"). A plan called off after it keeps its
# day ("was due to meet on Monday, but ..."): what failed is the plan.
_PAST_PLAN_BEFORE = re.compile(
    r"(?i)\b(?:(?:was|were)\s(?:(?:set|due|scheduled|slated|expected|supposed|planned|poised|going)\s)?to|"
    r"(?<!\bhad\s)(?<!\bhave\s)(?<!\bhas\s)(?:set|due|scheduled|slated)\sto)"
    r"\s(?:be\s)?[a-z]+\b[^.!?;\n]{0,60}$")


def plan_to_told_in_past(cx: Context, start: int) -> bool:
    """Is the date at ``start`` the day of an infinitive plan told in the past ("was due to meet on Monday")?"""
    left = cx.text[max(0, start - _WINDOW):start]
    m = _PAST_PLAN_BEFORE.search(left)
    return m is not None and re.search(r"(?i)\b(?:" + auxiliaries(HAVE_FORMS) + r")\s(?:been\s)?$", left[:m.start()]) is None


def plan_told_in_past(cx: Context, start: int) -> bool:
    """Is the weekday at ``start`` the day of a plan told in the past, of any of the forms above?"""
    left = cx.text[max(0, start - _WINDOW):start]
    return bool(plan_to_told_in_past(cx, start) or _SET_FOR.search(left) or _PLANNED_TO.search(left)
                or _PLANNED_FOR.search(left) or _SUMMONED_FOR.search(left))
