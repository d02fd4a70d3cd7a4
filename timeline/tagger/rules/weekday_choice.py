"""Which week a bare weekday ("on Tuesday") belongs to: the one before the report or the one
after, read from the tense and plan words around it.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.tagger.context import Context
from timeline.tagger.lexicon import PAST, WEEKDAY_FULL
from timeline.tagger.narrative import narrated_weekday
from timeline.tagger.rules.awaited_days import awaited, named_due
from timeline.tagger.rules.directive_days import directed_day
from timeline.tagger.rules.plan_days import plan_told_in_past
from timeline.tagger.rules.sentence_window import sentence_around
from timeline.tagger.rules.story_weekday import NEXT_WEEK_AFTER, on_story_day, told_before_noun
from timeline.tagger.rules.year_choice import RANGE_END, RANGE_START

_WEEKDAY_WORD = re.compile(rf"(?:{WEEKDAY_FULL})\b")


_WEEKDAY_PAIR = re.compile(r"\s(?:or|and|or on|and on)\s")


_EDITION = re.compile(r"(?:['’]s)?\s(?:edition|editions|issue|paper|newspaper|papers)\b")


# A weekday owning a noun ("Saturday's concert") is as far as the noun's own relative clause says
# ("..., which will be broadcast worldwide"), whatever verb the sentence has further on.
_POSSESSIVE_PLAN = re.compile(r"['’]s(?:\s[\w-]+){1,3}(?:,?\s(?:which|that|who))?\s(?:will|is to|are to|is due to|is set to|is scheduled to)\b")


# A date moved to a weekday: "postponed the vote to Friday", "the march was moved to Friday"
# (the new date lies ahead, as rescheduling is news before it happens).
_RESCHEDULED = re.compile(r"(?i)\b(?:moved|postponed|delayed|pushed(?: back)?|rescheduled|put off|deferred|"
                          r"brought forward|adjourned)\s(?:[\w'’-]+\s){0,4}?to\s$")


# A verb of hoping or planning in the past, then its infinitive's words up to the weekday ("hoped
# to lower the smaller dome by Monday"); not one of trying, which tells what was done then, nor a
# pluperfect's ("had decided to delay action until Monday": decided before a past time, told so)
_HOPED_TO = re.compile(r"(?i)(?<!\bhad\s)\b(?:hoped|aimed|wanted|vowed|promised|pledged|planned|intended|sought|agreed|decided|"
                       r"threatened|offered)\sto\s(?:(?!(?:and|but|after|when|because|while|before|as)\s)[\w'’-]+\s){1,7}"
                       r"(?:(?:on|by|until|till|before|from)\s)?$")
_AS_EARLY_AS = re.compile(r"(?i)\bas (?:early|soon) as\s$")
# What was ahead when it was said ("said it would try again Thursday", "had vowed to finish by
# Tuesday", "would not comment Friday"): ahead of a saying that lies before the report
_TOLD_AHEAD = re.compile(r"(?i)\b(?:would|wouldn['’]t|had\s(?:\w+ly\s)?(?:vowed|promised|pledged|planned|hoped|intended|"
                         r"aimed|expected|agreed|wanted))\b(?!\s(?:not\s)?have\b)(?P<rest>[^.!?;\n]{0,100})$")
# A present shifted back inside a future seen from the past: "predicted the storm would gain strength
# before it was over the site about midday Saturday" (its "was" is the "is" of "before it is over")
_BACKSHIFTED = re.compile(r"(?i)\b(?:before|until|till|when|once|by the time)\s(?:it|they|he|she|we|the\s[\w-]+)\s"
                          r"(?:was|were)\b")
# A noun of a done act of saying, dated, then what was said ("BP's announcement on Wednesday that it
# will pay"): the act is past, whatever the tense of its content
_ACT_NOUN_BEFORE = re.compile(r"(?i)\b(?:announcement|statement|decision|pledge|promise|warning|admission|ruling|"
                              r"assurance|confirmation|disclosure|claim|insistence|revelation|acknowledgement|"
                              r"acknowledgment|vow|remarks?|comments?)\s(?:on\s|late\s|early\s)?$")
_POSSESSIVE_ACT = re.compile(r"['’]s\s(?:(?!expected|planned|scheduled|upcoming|coming|proposed|awaited|promised)[\w-]+\s)?(?:announcement|statement|decision|pledge|promise|warning|admission|"
                             r"ruling|assurance|confirmation|disclosure|claim|insistence|revelation|vow|remarks?|"
                             r"comments?|report|verdict|finding|agreement|order)\s(?:that)\b")
_POSSESSIVE_AHEAD = re.compile(r"['’]s\s(?:expected|planned|scheduled|upcoming|proposed|awaited)\s")  # "Friday's expected vote"
_LATER_ON = re.compile(r"(?i)\b(?:later|earlier)(?:\s(?:on|in))?\s$")  # "could return home later on Tuesday"


_EVENT_NOUN_BEFORE = re.compile(r"(?i)\b(?P<prep>despite|since|amid|in the wake of|after|following)\s"
                                r"(?:the|an?|his|her|its|their|[\w.&-]+['’]s)\s(?P<words>(?:[\w'’-]+\s){1,3})(?:on\s)?$")
_CLAUSE_FUTURE = re.compile(r"(?i)\b(?:will|['’]ll|shall|going to|is to|are to|due to|set to|expected to|plans? to|would)\b")
# Words that give the noun phrase a verb or a plan of its own: "after the team arrived on Friday",
# "after the planned vote on Friday" (the clause decides those)
_EVENT_NOUN_NOT = frozenset(["will", "would", "is", "are", "has", "have", "can", "could", "may", "might", "shall",
                             "should", "must", "planned", "scheduled", "proposed", "expected", "upcoming", "next",
                             "coming", "met", "meets", "meet", "says", "said", "to", "that", "which", "who"])


# A weekday right after a planned happening that a forward-looking phrase takes ("ahead of talks
# Friday", "before a vote Thursday", "sets the stage for his showdown meeting Wednesday"): the
# happening lies after the clause's time, so it is the coming such day
_PLANNED_HAPPENING = (r"(?:meetings?|talks|negotiations|votes?|ballot|hearings?|summit|session|speech|address|visit|trip|"
                      r"testimony|debate|conference|election|referendum|deadline|showdown|sentencing|trial|"
                      r"launch|ceremony|rally|match|game|final|kickoff|kick-off|announcement|results|briefing|"
                      r"inauguration|funeral|memorial|auction|showing|premiere|opening|concert|show|performance|festival|"
                      r"parade|fight|bout|race|service|gig|weigh-in)")
_AHEAD_OF_HAPPENING = re.compile(
    rf"(?i)\b(?:ahead of|before|on the eve of|in advance of|prior to|in the run-up to|in the lead-up to|pending|"
    rf"(?:stage|way|groundwork|scene|ground)\sfor|(?:prepar\w*|brac\w*|gear\w*\sup|ready\w*|readies)\sfor)\s"
    rf"(?:(?:the|a|an|his|her|its|their|this|next|[\w.&-]+['’]s)\s)?(?:[\w'’-]+\s){{0,3}}?{_PLANNED_HAPPENING}\s(?:on\s)?$")

# A weekday owning a planned happening that "for" takes ("written testimony for Tuesday's Senate
# hearing", "preparations are under way for Saturday's concert", "doors open at 4pm for Saturday's
# show"): what is made or done for a happening comes before it, so unless the clause is told in
# the past ("thanked voters for Tuesday's vote") the happening lies ahead
_FOR_HAPPENING_BEFORE = re.compile(r"(?i)\bfor\s$")
_READIED_FOR = re.compile(r"(?i)\b(?:prepar\w*|brac\w*|gear\w*\sup|ready\w*|readies|readied|written|drafted|"
                         r"(?:stage|way|groundwork|scene|ground)|tickets?|preparations?)\sfor\s$")
_POSSESSIVE_HAPPENING = re.compile(rf"(?i)['’]s\s(?:[\w-]+\s){{0,2}}?{_PLANNED_HAPPENING}\b")

# A weekday before the planned happening a verb of planning takes ("planned a Sunday trip",
# "scheduled a Monday vote"): the plan lies ahead of its telling, as a plan told in the past does
_PLANNED_WEEKDAY_BEFORE = re.compile(r"(?i)\b(?:planned|planning|plans|scheduled|arranged|organi[sz]ed|announced|called)\s"
                                     r"(?:a|an|his|her|its|their|the)\s$")
_PLANNED_WEEKDAY_AFTER = re.compile(rf"(?i)(?:\s[\w-]+)?\s{_PLANNED_HAPPENING}\b")


_AFTER_DOING = re.compile(r"(?i)\b(?:after|since)\s(?:[a-z]+ly\s)?(?!during\b|morning\b|evening\b|nothing\b|something\b|"
                          r"anything\b|everything\b|bring\b|thing\b|king\b|spring\b|ceiling\b)[a-z]{2,}ing\s"
                          r"(?:[\w'’-]+\s){0,2}(?:on\s)?$")


_WILL_AHEAD = re.compile(r"(?i)\b(?:will|['’]ll|shall|going to|is to|are to|(?:is|are)\s(?:due|set|expected|scheduled)\sto)\b")


def _weekday(cx: Context, wd: int, start: int, end: int, rel: str = "") -> dt.date:
    told = told_before_noun(cx, wd, start, end) if rel == "" else None
    if told is not None:
        return told  # "on Friday. The Friday trip ...": that Friday
    d = _week_of(cx, wd, start, end, rel)
    if rel == "":
        d = on_story_day(cx, wd, d, end)
        cx.weekdays_told[wd] = d
    return d


def _week_of(cx: Context, wd: int, start: int, end: int, rel: str) -> dt.date:
    base = cx.dct
    rel = rel.lower()
    if rel in ("the previous", "the preceding"):
        base = cx.anchor_or_dct().date - dt.timedelta(days=1)
        return base - dt.timedelta(days=(base.weekday() - wd) % 7)
    if rel in ("the following", "the next"):
        base = cx.anchor_or_dct().date + dt.timedelta(days=1)
        return base + dt.timedelta(days=(wd - base.weekday()) % 7)
    if rel in ("last", "this past"):
        back = (base.weekday() - wd) % 7 or 7
        return base - dt.timedelta(days=back)
    if rel in ("next", "this coming"):
        fwd = (wd - base.weekday()) % 7 or 7
        return base + dt.timedelta(days=fwd)
    if rel == "this":
        return base + dt.timedelta(days=wd - base.weekday())
    a = cx.anchor
    if a is not None and a.precision == "day" and 0 < start - cx.anchor_pos <= 40 \
            and RANGE_END.search(cx.text[cx.anchor_pos:start]) \
            and RANGE_START.search(cx.text[max(0, cx.anchor_pos - 9):cx.anchor_pos]) \
            and _WEEKDAY_WORD.match(cx.text, cx.anchor_pos):
        return a.date + dt.timedelta(days=(wd - a.date.weekday()) % 7)  # "from Thursday through Sunday"
    if a is not None and a.precision == "day" and 0 < start - cx.anchor_pos <= 24 \
            and (w := _WEEKDAY_WORD.match(cx.text, cx.anchor_pos)) \
            and _WEEKDAY_PAIR.fullmatch(cx.text, w.end(), start) and a.date == base and wd == (base.weekday() + 1) % 7:
        return base + dt.timedelta(days=1)  # "Thursday or Friday" told on Thursday: today or tomorrow
    if a is not None and a.precision == "day" and 0 < start - cx.anchor_pos <= 24 \
            and (w := _WEEKDAY_WORD.match(cx.text, cx.anchor_pos)) \
            and _WEEKDAY_PAIR.fullmatch(cx.text, w.end(), start) and a.date != base:
        # "on Tuesday or Wednesday", "made Friday and Thursday": the second day of a pair goes the
        # way the first one went, whatever its own clause lacks ("could be ready on ... or ..."); a
        # first day that is the DCT itself went neither way: the second one's own clause decides
        if a.date > base:
            return base + dt.timedelta(days=(wd - base.weekday()) % 7)
        return base - dt.timedelta(days=(base.weekday() - wd) % 7)
    if _EDITION.match(cx.text, end):
        if (wd - base.weekday()) % 7 == 1:
            # "an early edition of Monday's paper", told on Sunday: a paper's first editions are out the
            # evening before the day they carry
            return base + dt.timedelta(days=1)
        return base - dt.timedelta(days=(base.weekday() - wd) % 7)  # "in its Saturday edition": one out already
    if _POSSESSIVE_ACT.match(cx.text, end):
        # "Tuesday's announcement that he will return next week": the weekday owns the act of
        # saying, which is done; the "will" is what was said, not when
        return base - dt.timedelta(days=(base.weekday() - wd) % 7)
    if _POSSESSIVE_PLAN.match(cx.text, end) or _POSSESSIVE_AHEAD.match(cx.text, end):
        return base + dt.timedelta(days=(wd - base.weekday()) % 7)  # "Saturday's concert, which will be broadcast"
    if (event := _EVENT_NOUN_BEFORE.search(cx.text, max(0, start - 90), start)) \
            and not any(w in PAST or w in _EVENT_NOUN_NOT or w.endswith("ed") for w in event["words"].lower().split()):
        # "despite the company's pledge on Wednesday", "following Obama's visit on Friday": a day
        # named in a noun phrase with no verb of its own; what "despite", "since" or "amid" take
        # has happened, and "after"/"following" an event, unless the clause says "will", is the
        # nearest such day, not the main verb's direction ("officials head back this week")
        back = (base.weekday() - wd) % 7
        clause = re.split(r"[,;:.!?\n]|\b(?:while|whereas|but|and)\b", cx.text[max(0, start - 200):event.start("prep")])[-1]
        if event["prep"].lower() not in ("after", "following") or not (
                _CLAUSE_FUTURE.search(clause) or (wd - base.weekday()) % 7 < back):
            return base - dt.timedelta(days=back)
    if _AFTER_DOING.search(cx.text, max(0, start - 60), start) and not _WILL_AHEAD.search(sentence_around(cx.text, start, end)):
        # "After giving up on Saturday an attempt to kill the well, BP is pursuing ...", "since
        # arriving on Monday": what "after"/"since" + a gerund names is done before the main
        # clause's time, which is no later than the report unless the sentence looks ahead
        return base - dt.timedelta(days=(base.weekday() - wd) % 7)
    if _ACT_NOUN_BEFORE.search(cx.text, max(0, start - 30), start) and re.match(r",?\s(?:that)\s", cx.text[end:end + 8]):
        return base - dt.timedelta(days=(base.weekday() - wd) % 7)
    if rel == "" and (told := narrated_weekday(cx, wd, start, end)) is not None:
        return told  # "On Friday, April 24, schools closed. [...] Monday was the first full week", told in May
    if awaited(cx, start, end) or named_due(cx, start, end):
        # "are anxiously waiting the report late Monday", "Wednesday is the deadline": still to come
        return base + dt.timedelta(days=(wd - base.weekday()) % 7)
    tense = cx.toward(start, end, reach=44)  # "snow by Tuesday", "runs through Sunday": ahead unless past
    if _AHEAD_OF_HAPPENING.search(cx.text, max(0, start - 90), start):
        # ahead of the clause's time; told in the past ("set the stage for his meeting Wednesday"),
        # ahead of a day just gone: up to four days ahead, else the days just gone
        ahead = (wd - base.weekday()) % 7
        if tense != "past" or ahead <= 4:
            return base + dt.timedelta(days=ahead)
        return base - dt.timedelta(days=7 - ahead)
    if _FOR_HAPPENING_BEFORE.search(cx.text, max(0, start - 5), start) and _POSSESSIVE_HAPPENING.match(cx.text, end):
        ahead = (wd - base.weekday()) % 7
        if tense != "past":
            return base + dt.timedelta(days=ahead)
        if _READIED_FOR.search(cx.text, max(0, start - 40), start):
            # "remarks prepared for Tuesday's hearing", told in the past: ahead of a day just gone,
            # as "set the stage for his meeting Wednesday" is
            return base + dt.timedelta(days=ahead) if ahead <= 4 else base - dt.timedelta(days=7 - ahead)
    if tense != "past" and _AS_EARLY_AS.search(cx.text, max(0, start - 16), start):
        return base + dt.timedelta(days=(wd - base.weekday()) % 7)  # "could come as early as Friday": a bound ahead
    if tense != "future" and ((tense == "past" and cx.past_plan) or plan_told_in_past(cx, start) or (
            _PLANNED_WEEKDAY_BEFORE.search(cx.text, max(0, start - 24), start) and _PLANNED_WEEKDAY_AFTER.match(cx.text, end))):
        # "the board was to meet on Monday", "Alex was set to become a hurricane on Tuesday": a plan
        # told in the past tense is still ahead when reported; only a day or two back (yesterday's
        # "was expected to begin Sunday night") or a plan that failed ("was due to begin on
        # Tuesday, but ...") is past
        ahead = (wd - base.weekday()) % 7
        return base + dt.timedelta(days=ahead) if ahead <= 4 else base - dt.timedelta(days=7 - ahead)
    if (tense == "future" or (tense == "past" and (w := _TOLD_AHEAD.search(cx.text, max(0, start - 120), start))
                              and _BACKSHIFTED.search(w["rest"]))) \
            and (told := _TOLD_AHEAD.search(cx.text, max(0, start - 120), start)) \
            and not re.search(r"(?i)\b(?:will|shall|next)\b|['’]ll\b", told["rest"]) and not NEXT_WEEK_AFTER.match(cx.text, end):
        # a future seen from a past saying is a plan told in the past: the days just after the
        # saying, which may lie before the report ("said he would chair a meeting on Tuesday", in
        # a report dated Wednesday: the day before, which the DCT's lag puts six days off)
        ahead = (wd - base.weekday()) % 7
        return base + dt.timedelta(days=ahead) if ahead <= 4 else base - dt.timedelta(days=7 - ahead)
    if (directed := directed_day(cx, wd, start)) is not None:
        return directed  # "On Tuesday the judge ordered BP to appear on Friday": the Friday after the order
    if tense != "future" and _HOPED_TO.search(cx.text, max(0, start - 100), start):
        # "BP said it hoped to lower the dome by Monday or Tuesday", told on Sunday: a plan told in
        # the past lies after its telling, a day or a few ahead, or in the days just gone
        ahead = (wd - base.weekday()) % 7
        return base + dt.timedelta(days=ahead) if ahead <= 4 else base - dt.timedelta(days=7 - ahead)
    if tense is None and re.search(r"\bto\s$", cx.text[max(0, start - 4):start]):
        # "will be shut to noon on Friday": a limit, as far as its clause says ("was shut to noon
        # on Friday" is past)
        tense = "future" if _RESCHEDULED.search(cx.text, max(0, start - 60), start) else cx.tense(start, end, deadline=False, reach=28)
    if tense in ("future", "present") or (tense is None and cx.possible and cx.text[end:end + 2] not in ("'s", "’s")
                                          and not _LATER_ON.search(cx.text, max(0, start - 16), start)):
        # ("that may take all of Tuesday": a possibility for this week lies ahead; "hoped he could return
        # home later on Tuesday": the day of the telling, which news names only once it has come)
        return base + dt.timedelta(days=(wd - base.weekday()) % 7)
    return base - dt.timedelta(days=(base.weekday() - wd) % 7)


def relday(cx: Context, word: str) -> dt.date:
    w = word.lower()
    return cx.dct + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(w, 0))
