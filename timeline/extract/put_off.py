"""A plan put off or called off is no happening at the time it was set for (issue 16: dates right).

"The ministry postponed a Monday awards lunch", "the White House cancelled the president's scheduled visit Wednesday
to Newark", "Hale cancelled a planned appearance at a London conference on Tuesday", "Harbor Oil said it had delayed
plans to start drilling this week", "the dividend due for payment on June 21 has been cancelled": the day is the
plan's, which did not happen then ("were due on Monday but were delayed by a leak" may tell the delaying's day, and
stays). The news is the cancelling, told on a day of its own (often the story's); a
reader who finds "postpones the lunch" at the Monday it was meant for is misled.

The date is the plan's when it lies in the object of the verb of putting off and the plan is named as one
("scheduled", "planned", "due", "plans to", "what would have been") or the date sorts the object's noun ("a Monday
lunch", "Sunday's shows"). A date told as the new time ("postponed the vote until May", "to July 31") is the plan as
it now stands, and a date of the verb itself ("cancelled classes on Friday", "delayed a decision on Friday") is when
the cancelling happened: both stay.
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import HAVE_FORMS, auxiliaries

__all__ = ["put_off_plan"]

#: A verb of putting off or calling off: "cancelled", "postponing", "called off", "pushed back", "shelved".
_PUT_OFF = (r"(?:cancel(?:s|led|ed|ling|ing)?|postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|call(?:s|ed|ing)?\s+off|"
            r"scrap(?:s|ped|ping)?|shelv(?:e|es|ed|ing)|put(?:s|ting)?\s+off|defer(?:s|red|ring)?|"
            r"push(?:es|ed|ing)?\s+back|scrubb(?:ed|ing)|abandon(?:s|ed|ing)?)")
_PUT_OFF_BEFORE = re.compile(r"(?i)(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)\b" + _PUT_OFF + r"\b")  # ("a delay of": a noun)
#: What names the object as a plan: "scheduled", "planned", "due for", "plans to", "what would have been".
_PLAN = re.compile(r"(?i)\b(?:scheduled|planned|due|slated|set\s+(?:for|to)|plans?\s+(?:to|for)|intended|proposed|"
                   r"what\s+would\s+have\s+been)\b")
#: A clause of its own between the verb and the date: the date is that clause's ("cancelled the talks after the
#: minister fell ill on Monday").
_CLAUSE_BREAK = re.compile(r"(?i)[;:,()]|\s[-–—]\s|\b(?:but|and|after|before|because|as|when|while|since|which|who|"
                           r"said|says|told|until|till)\b")
#: A date told as the plan's new time or an edge of it: "until May", "to July 31", "by next week".
_NEW_TIME = re.compile(r"(?i)\b(?:until|till|to|into|by|through|from|after|before|for\s+at\s+least)\s+(?:the\s+)?$")
#: A date that sorts the noun after it: "a Monday lunch", "Sunday's shows".
_SORTS_NOUN = re.compile(r"(?:['’]s\b|\s+(?!(?:to|and|or|in|at|on|of|for|by|from|as|after|before|because|until|with|"
                         r"when|while|but|that|which|who|where|the|a|an|his|her|its|their|this|is|was|were|are|has|"
                         r"had|have|will|would|could|may|might|should|night|morning|afternoon|evening)\b)"
                         r"(?![a-z]+ed\b)[a-z][a-z-]+)")
_PERIOD_WORD = re.compile(r"(?i)quarter|half|year|\b\d{4}\b|\b[qh][1-4]\b")
#: A phrase after the plan's noun that the date may follow as the verb's time, not the noun's ("for" names the plan's
#: purpose: "scheduled for payment on June 21").
_PREPOSITION = re.compile(r"(?i)\b(?:to|at|in|on|from|with|near|into|over|across|off|by|after|before|during)\b")
#: The plan's date, then its putting off told after it: "was due on Monday, but has now been cancelled", "scheduled
#: for Tuesday, was postponed".
_PUT_OFF_AFTER = re.compile(r"(?i)[^;:.!?]{0,40}?\b(?:" + auxiliaries(HAVE_FORMS) + r")\s+(?:now\s+|since\s+|also\s+|just\s+)?been\s+"
                            + _PUT_OFF + r"\b")
# ("were due on Monday but were delayed by a leak": the delaying may be that Monday's, and the day stays)
#: The plan named after a date in its subject: "The year's first payment of $2 bn was due on Monday".
_PLAN_AFTER_DATE = re.compile(r"(?i)(?:[^;:,.!?]|(?<=\d)\.(?=\d)){0,80}?\b(?:was|were)\s+(?:due|scheduled|set|slated)\b"
                              r"[^;:.!?]{0,30}?(?=,|\s+but\b)")
_PLAN_BEFORE_DATE = re.compile(r"(?i)\b(?:scheduled|planned|due|slated|set)\s+(?:(?:for|on|at|in)\s+)?(?:the\s+)?$|"
                               r"\b(?:was|were)\s+(?:due|scheduled|set|slated)\s+to\s+(?:[^;:,.!?]|(?<=\d)\.(?=\d)){1,60}?\s+(?:on|at|in)?\s*$")


def put_off_plan(text: str, sentence_start: int, start: int, end: int, sentence_end: int) -> bool:
    """Whether the date at ``text[start:end]`` is the time a plan was set for that the sentence tells was put off or
    called off: "postponed a Monday lunch", "cancelled the scheduled visit Wednesday"."""
    before = text[sentence_start:start]
    if _NEW_TIME.search(before[-24:]):
        return False
    if _PLAN_BEFORE_DATE.search(before[-80:]) and _PUT_OFF_AFTER.match(text, end, sentence_end):
        return True
    # "The year's first payment was due on Monday, but has been cancelled": the subject's date is the plan's too
    subject_plan = _PLAN_AFTER_DATE.match(text, end, sentence_end)
    if subject_plan is not None and _PUT_OFF_AFTER.match(text, subject_plan.end(), sentence_end):
        return True
    verbs = list(_PUT_OFF_BEFORE.finditer(before))
    if not verbs:
        return False
    between = before[verbs[-1].end():]
    if len(between) > 100 or _CLAUSE_BREAK.search(between):
        return False
    # ("delay publication of its third-quarter results": a period before a noun is what the noun covers, no plan's time)
    sorts_noun = _SORTS_NOUN.match(text, end, min(sentence_end, end + 30)) is not None and not _PERIOD_WORD.search(
        text, start, end)
    plans = list(_PLAN.finditer(between))
    return sorts_noun or (bool(plans) and _plans_time(plans[-1], between))


def _plans_time(plan: re.Match[str], between: str) -> bool:
    """Whether a date after the plan's word ``plan`` in ``between`` is the plan's: any date in "plans to travel ..."
    is; after "a scheduled visit" only one told right after its noun ("the scheduled visit Wednesday to Newport",
    "the dividend scheduled for payment on June 21"): "cancelled a planned visit to the coast on Tuesday" may tell
    the day of the cancelling, and so stays."""
    if not re.match(r"(?i)(?:scheduled|planned|due|slated|set)\b", plan.group(0)):
        return True
    rest = re.sub(r"(?i)\s(?:on|in|at|for)\s+(?:the\s+)?$", " ", between[plan.end():])
    return _PREPOSITION.search(rest) is None
