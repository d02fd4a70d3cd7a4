"""Which year a month and day without one belong to: the tense and words around the date decide
between the year of the report, the year before, and the year after.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.tagger.context import Context
from timeline.tagger.lexicon import MONTH_FULL, PAST
from timeline.tagger.rules.event_nouns import EVENT_AFTER, EVENT_BEFORE, EVENT_IN, EVENT_IN_SINCE
from timeline.tagger.rules.fragments import DAY, MON, _mon
from timeline.tagger.rules.plan_days import plan_to_told_in_past
from timeline.tagger.rules.sentence_window import _digits, same_sentence, sentence_around
from timeline.tagger.story_year import chronology_year, story_year

_MONTH_PAIR = re.compile(rf"(?:{MONTH_FULL}|Sept\.|Aug\.|Oct\.|Nov\.|Dec\.|Jan\.|Feb\.)(?:\s(?:and|or|to|through|into)\s|[-–])$")


RANGE_START = re.compile(r"(?i)\b(?:from|between)\s$")
RANGE_END = re.compile(r"^[\w. ,']{1,30}?\s(?:to|through|thru|until|till|and)\s$|^[\w. ,']{1,30}?\s?[-–]\s?$")


# A range that starts with a clock time ("from midnight to noon on 27 June") is a range of hours.
CLOCKISH = re.compile(r"(?i)(?:noon|midnight|midday|\d{1,2}(?:[:.]\d\d|\s?[ap]\.?m))")


_IF_CLAUSE = re.compile(r"(?i)\b(?:if|unless|suppose|supposing)\s(?![^,;:]*\b(?:had|hadn['’]t|that|which|who|where|when)\b)[^.!?;:]{0,150}$")
_WOULD = re.compile(r"(?i)\b(?:would|could|might)\b(?!\s(?:not\s)?have\b)")


def irrealis(text: str, start: int) -> bool:
    """A past form inside an "if" clause of a sentence with "would" is a supposition about what
    is still to come ("the worst would be if the strain came back in the autumn"), no past;
    "had" or "would have" make it a past counterfactual, and a relative clause inside ("if the
    well that exploded on April 20 ...") tells a real past."""
    if not _IF_CLAUSE.search(text, max(0, start - 150), start):
        return False
    sentence = re.split(r"[.!?]\s", text[max(0, start - 200):start])[-1] + re.split(r"[.!?]\s", text[start:start + 120])[0]
    return bool(_WOULD.search(sentence))


# The present perfect as the last verb of a date's clause ("has canceled holidays until 22 May",
# "have postponed the shows to July 31"): English never gives it a definite past time ("*has left
# on May 3"), so a date it governs that lies ahead of the DCT is ahead, not last year's
_PERFECT_LAST = re.compile(r"(?i)\b(?:has|have|['’]ve)\s(?:\w+ly\s|not\s|also\s|now\s|just\s|already\s)?(?:been\s)?"
                           r"(?:[a-z]+(?:ed|en|wn|un|ut|et|ht)|set|put|shut|cut)\b(?![^,;:.!?\n]*\b(?:had|was|were|did|since|said|told|"
                           r"[a-z]+ed\s(?:on|in)\b))[^,;:.!?\n]{0,80}$")
_YEAR_NAMED_AFTER = re.compile(r",?\s(?:of\s)?(last|this|next)\syear\b(?!['’])", re.I)
# "on 25 June that year", "on March 3 the following year": the year of the story, counted from
# the last date named
_ANAPHORIC_YEAR_AFTER = re.compile(r",?\s(?:of\s)?(that|that same|the same|the following|the next|the previous)\syear\b(?!['’])|"
                                   r",?\s(?:of\s)?the\syear\s(before|after)\b", re.I)
ANAPHORIC_SHIFT = {"the following": 1, "the next": 1, "after": 1, "the previous": -1, "before": -1}
OF_STORY_YEAR = (r"[ \t\n]{1,3}(?i:of)[ \t\n]{1,3}(?P<ayear>(?i:that|that same|the same|the following|the next|the previous)"
                 r"[ \t\n]{1,3}(?i:year))(?![\w'’])")


# A forecast or target whose object is the date: "the prediction of a mid-August completion".
_FORECAST_OF = re.compile(r"(?i)\b(?:predictions?|forecasts?|estimates?|projections?|targets?|timetable|timeline|goal)\s"
                          r"(?:of|for)\s(?:an?\s|the\s|its\s|their\s)?(?:mid-?|early\s|late\s)?$")


def year_for(cx: Context, m: int, d: int | None, start: int, end: int) -> int:
    """Pick the year of a month (and day) stated without one, from tense and the DCT."""
    y0 = cx.dct.year
    if named := _YEAR_NAMED_AFTER.match(cx.text, end):
        return y0 + {"last": -1, "next": 1}.get(named[1].lower(), 0)  # "on 20 April last year": the year named
    if named := _ANAPHORIC_YEAR_AFTER.match(cx.text, end):
        return cx.anchor_or_dct().date.year + ANAPHORIC_SHIFT.get(" ".join((named[1] or named[2]).lower().split()), 0)
    cur = (cx.dct.month, cx.dct.day if d is not None else 0)
    key = (m, d or 0)
    if d is None and cx.text[end:end + 2] in ("'s", "’s") and EVENT_AFTER.match(cx.text, end):
        # "In March 1989 the tanker ran aground ... the worst until April's BP accident": a month in
        # the possessive owning a done event is the writer's own (deictic, as "last April's"), the
        # last such month before the report, not a month of the story told, even one written out
        # in the same sentence
        return y0 if key <= cur else y0 - 1
    a = cx.anchor
    if a is not None and a.precision in ("day", "month") and 0 < start - cx.anchor_pos <= 40 \
            and not CLOCKISH.match(cx.text, cx.anchor_pos) \
            and (_MONTH_PAIR.match(cx.text[cx.anchor_pos:start]) or (RANGE_END.search(cx.text[cx.anchor_pos:start])
                 and RANGE_START.search(cx.text[max(0, cx.anchor_pos - 9):cx.anchor_pos]))):
        # the end of a range ("from June 1 to Nov. 30", "in August and September") is the
        # first such date on or after its start
        y = a.date.year
        return y if (m, d or 0) >= (a.date.month, a.date.day if d is not None and a.precision == "day" else 0) else y + 1
    if a is not None and a.precision in ("day", "month") and a.date.year != y0 and 0 < start - cx.anchor_pos <= 200 \
            and same_sentence(cx.text[cx.anchor_pos:start]) \
            and str(a.date.year) in cx.text[cx.anchor_pos:min(start, cx.anchor_pos + 40)]:
        # "on the morning of 25 June 2009 ... and on the night of 24 June": a date in the same
        # sentence as one with another year written out is told in that year, the nearest occurrence to it
        return min((a.date.year - 1, a.date.year, a.date.year + 1),
                   key=lambda y: abs((y * 12 + m) - (a.date.year * 12 + a.date.month)))
    if (entry := chronology_year(cx, m, d, start, end)) is not None:
        return entry  # "29 May: ... 10 July: ...": a timeline runs in order
    if (story := story_year(cx, m, d, start, end)) is not None:
        return story  # "Jackson died June 25, 2009. He had rehearsed on June 24": that year's
    cur = (cx.dct.month, cx.dct.day if d is not None else 0)
    key = (m, d or 0)
    if EVENT_AFTER.match(cx.text, end) or EVENT_BEFORE.search(cx.text, max(0, start - 24), start) or (
            EVENT_IN.search(cx.text, max(0, start - 24), start) and cx.toward(start, end) != "future") \
            or EVENT_IN_SINCE.search(cx.text, max(0, start - 60), start):
        # "the April 20 explosion", "the blast on 20 April": an event news names only once it has
        # happened, whatever the tense of the clause that mentions it
        return y0 if key <= cur else y0 - 1
    tense = cx.toward(start, end)  # "good through Dec. 31", "by March": ahead unless past
    if tense == "past" and not cx.relative_past and _future_in_phrase(cx.text, start):
        tense = "future"  # "Graham, who with Reilly will testify before [a long committee name] on Jan. 26, said"
    if tense == "past" and _FORECAST_OF.search(cx.text, max(0, start - 40), start):
        tense = None  # "stuck to the prediction of a mid-August completion": what a forecast names is not past
    if tense == "past" and irrealis(cx.text, start):
        tense = "future"
    if tense == "future" and _AHEAD_OF.search(cx.text, max(0, start - 40), start) and _PAST_IN_SENTENCE.search(
            re.split(r"[.!?\n]\s", cx.text[max(0, start - 200):start])[-1] + " " + re.split(r"[.!?\n]\s", cx.text[end:end + 200])[0]):
        # "Last month, ahead of his October 1 start date, Dudley said": ahead of a past clause's
        # time, so on either side of the report: the nearest one
        tense = None
    if tense == "past" and key > cur and (
            (cx.past_plan and _days_after(cx.dct, m, d or 1) <= 92)
            or (_days_after(cx.dct, m, d or 1) <= 92 and _GOAL_BY.search(cx.text, max(0, start - 80), start))
            or (_days_after(cx.dct, m, d or 1) <= 183 and plan_to_told_in_past(cx, start))):
        # "was asked to speak on Sept. 4", told in August: a date planned then, still ahead; a
        # plan's date many months on ("was due to open in May", told in October) had passed
        return y0
    if tense == "past" and key > cur and _days_after(cx.dct, m, d or 1) <= 183 \
            and _PERFECT_LAST.search(cx.text, max(0, start - 120), start) \
            and not re.search(r"(?i)\b(?:the|a|an|its|their|his|her|our|[\w.&-]+['’]s?)\s$", cx.text[max(0, start - 12):start]):
        # (not a date that modifies a noun: "have rebounded from their June low" names a past low)
        return y0
    if tense == "past":
        if d is not None and key > cur and _days_after(cx.dct, m, d) <= (2 if cx.relative_past else 14):
            # past, yet a few days after the DCT: the DCT is the first publication, and updates,
            # photo galleries and time zones run past it; a year back would be far less likely.
            # Past main clauses here are mostly plans ("had set a July 4 deadline"); an event
            # told in a relative clause ("the towns where the May 3 floods killed 40") is done
            return y0
        return y0 if key <= cur else y0 - 1
    if tense == "future" and not cx.reported_future(start):  # "will vote in July", "the trial starts March 3"
        if key < cur and (cx.dct.month - m) % 12 <= 6 and _WOULD_NOT_WILL.search(sentence_around(cx.text, start, end)) \
                and not re.search(r"(?i)\b(?:will|['’]ll|shall|won't)\b", sentence_around(cx.text, start, end)):
            # "under the prior timeline, the target wouldn't be reached until mid-July", told in
            # August; "in his June 15 speech, Obama would fault ...", told in October: "would" looks
            # ahead from a past time, so the nearer of the two, a month gone or one to come
            return y0
        if key < cur and _runs_past_dct(cx, end):
            return y0  # "the season, which runs from June 1 to November 30", said in June: under way
        if key < cur and d is not None and a is not None and a.precision == "day" and a.date.year == y0 \
                and (a.date.month, a.date.day) <= key and 0 < start - cx.anchor_pos <= 200:
            # "June 14 - Obama says he will meet BP on June 16": ahead of the day the story is at,
            # which lies before the report
            return y0
        if key < cur and d is not None and -14 <= (_date(y0, m, d) or cx.dct).toordinal() - cx.dct.toordinal() < 0 \
                and not re.match(r",?\s(?:of\s)?(?:next|the following|the coming)\s(?:year|season)", cx.text[end:end + 24]):
            # "BP starts a pressure test on July 14", told on July 23: a present in a chronology, or
            # a report filed late; no writer names a day a year off without "next"
            return y0
        return y0 if key >= cur else y0 + 1
    # no tense, or a copula that can be either ("the rigs are seen Aug. 14" in a caption, "the
    # hearing is March 3"): the nearest such month/day to the DCT; half a year either way, the
    # DCT's own year ("its record low for January", told in July): a writer who means another
    # year says "next" or "last"
    diff = (m - cx.dct.month) % 12
    if diff == 6:
        return y0
    if diff > 6:
        return y0 if m < cx.dct.month else y0 - 1
    return y0 if m >= cx.dct.month else y0 + 1


# A goal with its limit ("that finishing by 27 July was possible", "aimed to seal it by mid-August"):
# named while the limit lay ahead, so one a few weeks after the report is still to come, however
# past the clause that reports it ("had been strong through December" is a state, not a goal)
# A promise names its limit ahead of the promise ("pledged legislation by August").
_GOAL_BY = re.compile(r"(?i)\b(?:[a-z]{3,}ing|to\s[a-z]+|(?:pledged|promised|vowed))\s(?:[\w'’-]+\s){0,4}by\s"
                      r"(?:the (?:end|middle|start) of\s|early\s|late\s|mid-?)?$")
_WOULD_NOT_WILL = re.compile(r"(?i)\bwould(?:n['’]t|\snot)?\b")
_WILL = re.compile(r"(?i)\b(?:will|shall|['’]ll)\s(?:not\s|also\s|then\s)?(?P<rest>.*)$", re.S)


def _future_in_phrase(text: str, start: int) -> bool:
    """Does a "will" govern the date's own stretch of the sentence (no comma, no clause break
    between), with no past verb after it, however long the words in between?"""
    seg = re.split(r"[,;:.!?\n(]|\b(?:where|which|when|that|who|whom|whose|because|while|if)\b",
                   text[max(0, start - 200):start])[-1]  # (the clause opened last: "villages where the May 3 floods")
    will = _WILL.search(seg)
    return will is not None and not any(w in PAST or (w.endswith("ed") and len(w) > 4)
                                        for w in re.findall(r"[a-z']+", will["rest"].lower()))


_AHEAD_OF = re.compile(r"(?i)\bahead of\s(?:(?:the|his|her|its|their|an?)\s)?(?:[\w'-]+\s){0,2}$")
_PAST_IN_SENTENCE = re.compile(r"(?i)\b(?:said|was|were|had|did|told|last month|last week|ago)\b")


_RANGE_TAIL = re.compile(rf"\s{{0,2}}(?:to|through|thru|until|till|-|–)\s{{0,2}}(?:(?P<mon>{MON})\.?(?:\s(?P<day>{DAY}))?"
                         rf"|(?P<day2>{DAY})\s(?P<mon2>{MON}))")  # ("from 1 June to 30 November")


def _runs_past_dct(cx: Context, end: int) -> bool:
    """Is the date the start of a range whose end ("... to November 30") lies on or after the DCT?"""
    tail = _RANGE_TAIL.match(cx.text, end)
    if tail is None:
        return False
    if tail["mon2"]:
        return (_mon(tail["mon2"]), int(_digits(tail["day2"]))) >= (cx.dct.month, cx.dct.day)
    last = (_mon(tail["mon"]), int(_digits(tail["day"])) if tail["day"] else 31)
    return last >= (cx.dct.month, cx.dct.day)


def _days_after(dct: dt.date, m: int, d: int) -> int:
    """Days from the DCT to month ``m``, day ``d`` of its year (large when no such day)."""
    day = _date(dct.year, m, d)
    return (day - dct).days if day else 366


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None

