"""Seasons: "this summer", "last winter", "in the spring of 2010".
"""

from __future__ import annotations

import re

from timeline.tagger.context import Context
from timeline.tagger.lexicon import PAST, SEASONS, SP
from timeline.tagger.rules.fragments import YEAR, B
from timeline.tagger.rules.recognizer import Result, Rule, registrar
from timeline.tagger.rules.year_choice import irrealis
from timeline.tagger.tense_words import SAYS, classify

RULES: list[Rule] = []
rule = registrar(RULES)


# ("in spring and summer", "our autumn and winter": the first season's word serves both)
_SEASON_PAIR = re.compile(r"(?i)\b(?P<rel>this|next|last|the|this coming|this past|our|their|its|in|during)\s"
                          r"(?:spring|summer|autumn|winter|fall)\s(?:and|or)\s$")


# "come" opening a clause before a season is the subjunctive "when it comes" ("but come the
# autumn it will spread"), not the verb with an object ("did you come the summer before")
_SEASON_NAMES = re.compile(r"\s(?:of|camp|camps|school|schools|house|home|homes|palace|residence|term|olympics|games)\b", re.I)
_SEASON_GOODS = re.compile(r"\s(?:collections?|fashions?|lines?|wear)\b")
_COME_BEFORE = re.compile(r"(?:^|\n|[,;:\"“(—–]\s?|\s-\s|\b(?:[Bb]ut|[Aa]nd|[Oo]r|[Ss]o|that|until|by)\s)(?:[Cc]ome)\s$")


# "It" with a form of "be" and a bare season names the time ("it will be autumn before ...",
# "It was winter when ..."), as "it was 1998" or "it is May" would; the season ends the clause.
IT_IS_BEFORE = re.compile(r"\b[Ii]t\s(?:is|was|will\sbe|would\sbe|had\sbeen|has\sbeen|may\sbe|could\sbe|might\sbe|should\sbe|"
                           # "it is likely to be many months before ...": the same "be" behind a prediction
                           r"(?:is|was|will\sbe|would\sbe|may\sbe|could\sbe|might\sbe)\s(?:likely|expected|going|bound|certain)\sto\sbe)\s"
                           r"(?:already\s|nearly\s|almost\s|probably\s|likely\s|still\s)?$|\b[Ii]t['’](?:s|ll\sbe)\s$")
_NORTHERN_BEFORE = re.compile(r"(?i)\b(?:the|its|this|next|last)\s(?:northern|north)\shemisphere(?:['’]s)?\s$")
_SEASON_CLAUSE_AFTER = re.compile(r"\s?[,.;:!?)—–]|\s(?:(?:before|when|by|and|or|already|again|now|then|until)\b|in\s(?:the\b|[A-Z]))")


def _season_ok(m: re.Match[str], text: str) -> bool:
    s = m["s"].lower()
    rel = (m["rel"] or "").lower()
    if rel in ("that", "that same", "the same") and s == "fall" and not m["year"]:
        return bool(re.match(r"\s?[,.;:)]", text[m.end():m.end() + 2]))  # "buildings that fall down": a verb
    if m["year"] or rel in ("this", "last", "next", "this past", "this coming", "early", "late", "mid",
                            "that", "that same", "the same"):
        return s != "fall" or not re.match(r"\s(?:of|in|from|to|on|was|is|by)\b", text[m.end():m.end() + 6])
    if rel == "all":  # "all summer"; "they all fall down" is a verb
        return s != "fall" or bool(re.match(r"\s?[,.;:)]", text[m.end():m.end() + 2]))
    if not rel and _SEASON_PAIR.search(text, max(0, m.start() - 30), m.start()):
        # "this autumn and winter": the second season of a pair is as definite as the first ("the
        # fall and winter collections" are clothes)
        return not _SEASON_NAMES.match(text, m.end()) and not _SEASON_GOODS.match(text, m.end())
    if not rel and re.search(r"\ban?\s$", text[max(0, m.start() - 3):m.start()]) and re.match(
            r"\sof\s(?!(?:the|a|an|its|his|her|their|our|this|that|these|those|discontent)\b)[a-z]", text[m.end():m.end() + 16]):
        return True  # "after a summer of lost revenue": the season it went on for ("a winter of discontent" is a saying)
    if not rel and IT_IS_BEFORE.search(text, max(0, m.start() - 30), m.start()) and _SEASON_CLAUSE_AFTER.match(text, m.end()):
        return True  # "it will be autumn before the doses are ready", "It was spring when they met": the time a clause names
    if not rel and not _SEASON_NAMES.match(text, m.end()) and not _SEASON_GOODS.match(text, m.end()):
        before = text[max(0, m.start() - 24):m.start()]
        if re.search(r"\b(?:their|its|our|his|her|my|your|whose)\s$", before):
            # "when their winter begins", "a gallery whose summer party was disrupted": the season of
            # a hemisphere, a people or a body
            return True
        if _NORTHERN_BEFORE.search(text, max(0, m.start() - 32), m.start()):
            # "a vaccine ready for the northern hemisphere autumn": the calendar's season (a southern
            # one falls half a year off it, and stays untagged rather than read as the wrong months)
            return True
        if re.search(r"(?i)\b(?:the|an?|this|next|last|its|their|our)\s(?:[a-z]+\s)?$", before) \
                and re.match(r"\s(?:season|months|outbreak|wave|surge|peak)\b", text[m.end():m.end() + 10]):
            return True  # "the prime spring season", "an autumn outbreak": the season as a modifier
        if re.search(r"(?i)\b(?:the|this|next|last|its|their|our)\s(?:[a-z]+\s)?$", before) \
                and re.match(r"\s(?:holidays?|vacation|break|recess|freeze|heatwave|heat wave|drought)\b",
                             text[m.end():m.end() + 12]):
            # "the summer holidays have just started", "the UK winter freeze": a definite one is one
            # season ("a summer holiday abroad" is any)
            return True
    if rel == "the" and re.match(r"['’]s\s[a-z]", text[m.end():m.end() + 4]):
        return True  # "the summer's biggest festival", "the winter's first storm": this one, a possessor
    if rel == "the" or not rel:
        if _COME_BEFORE.search(text, max(0, m.start() - 12), m.start()) and (s != "fall" or rel or text[m.end():m.end() + 1] == ","):
            return True  # "come the autumn", "come spring": when it comes
        if (rel == "the" and re.match(r"\smonths\b", text[m.end():m.end() + 8])) or re.search(
                r"(?i)\b(?:start|beginning|end|middle|height|rest|peak|depths?|dead) of\s$", text[max(0, m.start() - 14):m.start()]):
            # "countries entering the summer months", "at the end of the summer"
            return not _SEASON_NAMES.match(text, m.end())
        if rel == "the" and re.search(r"(?i)\b(?:most|much|part|all) of\s$", text[max(0, m.start() - 10):m.start()]) \
                and re.match(r"\s?(?:[,.;:)!?—–-]|$)|\s(?:and|or|to|in|into|on|at|for|before|after|when|as|while|until|is|was|will|would)\b",
                             text[m.end():m.end() + 8]):
            return True  # "could take most of the summer": how much of it ("most of the summer rentals" is a modifier)
        if s == "fall":
            return bool(re.search(r"(?i)\b(?:in|during|over|until|by|through)\s$", text[max(0, m.start() - 10):m.start()])) \
                and not re.match(r"\s(?:of|in)\b", text[m.end():m.end() + 4]) and rel == "the"
        return bool(re.search(r"(?i)\b(?:in|into|during|over|until|by|through|since|this|last|next|each|every)\s$",
                              text[max(0, m.start() - 10):m.start()])
                    # "a peak coming from autumn onwards": the start of a stretch, as "since autumn" is
                    or (re.search(r"(?i)\bfrom\s$", text[max(0, m.start() - 6):m.start()])
                        and re.match(r"\s(?:onwards?|on)\b", text[m.end():m.end() + 9]))
                    or (rel == "the" and re.search(r"(?i)\b(?:for|before|after|to|from|toward|towards|throughout|across|till|ahead of|"
                                                   r"spent|spend|spends|spending)\s$",
                                                   text[max(0, m.start() - 12):m.start()]))) \
            and not _SEASON_NAMES.match(text, m.end())  # "to the summer house": a name's first word
    return True


# A season with no year nor "this"/"last"/"next" in a sentence that states what happens as a
# rule: a habit adverb ("usually", "tends to"), or the simple present with no past, future,
# modal, now, saying or plan in it ("flu peaks in the winter", "the beach is quiet in the fall").
# English states habits and general truths in the simple present; a timetable's present
# ("the plant opens in the spring") the tense reader already takes as ahead.
_HABIT = re.compile(r"(?i)\b(?:usually|typically|normally|generally|commonly|traditionally|often|always|rarely|seldom|"
                    r"tends?\sto|tend(?:ed|ing)\sto)\b")
_NOT_HABIT = re.compile(r"(?i)\b(?:will|would|shall|['’]ll|going\sto|may|might|could|should|can|must|this|last|next|"
                        r"today|tonight|now|ago|yet|so\sfar|expects?|expected|plans?|planned|scheduled|due|set\sto|hopes?|"
                        r"ready|available|predicts?|forecasts?|coming|upcoming|\d{4})\b")


_IN_SEASON = re.compile(r"(?i)\b(?:in|during)\s(?:the\s)?(?:(?:spring|summer|autumn|winter|fall)\s(?:and|or)\s)?$")


def _habitual_season(text: str, start: int, end: int, tense: str | None) -> bool:
    left = re.split(r"[.!?;:\n]\s|\n", text[max(0, start - 160):start])[-1]
    right = re.split(r"[.!?;:\n](?:\s|$)|\n", text[end:end + 120])[0]
    if not _IN_SEASON.search(left):
        return False  # ("during our autumn", "an autumn outbreak", "going into autumn": one season)
    if re.search(r"(?i)\b(?:is|are|am|['’]s|['’]re)\s(?:\w+\s)?\w+ing\b", left + right):
        return False  # the progressive is about now ("hotels are recovering after the summer")
    if re.search(r"(?i)\b(?:as|when|until|once|before)\s(?:we|you|they|it)\s(?:\w+\s){1,8}$", left):
        return False  # a time clause's present points ahead ("as we come to the flu season in the winter")
    sentence = f"{left} {right}"
    if (_HABIT.search(left) or _HABIT.match(right.lstrip(", ")) or re.match(r",?\s(?:\w+\s){0,3}(?:usually|typically|tends?\sto)\b", right)) \
            and not re.search(r"(?i)\b(?:will|would|shall|going\sto)\b|['’]ll\b|\b(?:more|less)\soften\b", sentence):
        return True  # ("In winter, people tend to stay indoors"; "will run more often after the autumn" is ahead)
    if tense not in (None, "present"):
        return False
    words = re.findall(r"[a-z']+", sentence.lower())
    return not _NOT_HABIT.search(sentence) and not any(w in PAST or w in SAYS or w == "said" for w in words)


#: A clause that looks ahead, right before its season: "will open", "should be released", "is due to start".
_LOOKS_AHEAD = re.compile(r"(?i)(?:\b(?:will|shall|should)|['’]ll|\b(?:going|due|expected|set|scheduled|plans?)\s+to)\s"
                          r"(?:[\w'’-]+\s+){0,6}$")


def _looks_ahead(text: str, start: int) -> bool:
    """The clause before a season looks ahead ("should be released", "will open"), and no past participle between
    hangs the season on something done ("will pay for the damage done this summer")."""
    ahead = _LOOKS_AHEAD.search(text, max(0, start - 80), start)
    if ahead is None:
        return False
    words = re.findall(r"[\w'’-]+", ahead.group(0).lower())
    return not any(classify(w, words[max(0, i - 2):i]) in ("past", "weak-past") for i, w in enumerate(words) if i)


@rule("season",
      rf"{B}(?:(?P<rel>(?i:this past|this coming|this|last|next|that same|that|the same|the|all|early|late|mid)){SP})?"
      rf"(?P<s>(?i:spring|summer|autumn|winter|fall))(?![\w-])(?:{SP}(?:(?i:of){SP})?(?P<year>{YEAR}))?",
      accept=_season_ok)
def _season(m: re.Match[str], cx: Context) -> Result | None:
    s = SEASONS[m["s"].lower()]
    # A winter is the year of its December ("winter 2009" runs Dec 2009 to Feb 2010, as in
    # timeline.when), so January and February belong to the winter of the year before.
    order = ["SP", "SU", "FA", "WI"]
    y = cx.dct.year
    cur_year = y - 1 if cx.dct.month <= 2 else y
    cur = order.index({12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(cx.dct.month, "FA"))
    here = order.index(s)
    if s == "WI":
        y = cur_year  # the winter under way in January is last year's
    rel = (m["rel"] or "").lower()
    if not rel and (pair := _SEASON_PAIR.search(cx.text, max(0, m.start() - 30), m.start())):
        rel = pair["rel"].lower()  # "this autumn and winter": read as "this winter"
        rel = "" if rel in ("the", "our", "their", "its", "in", "during") else rel
    mod = {"early": "START", "late": "END", "mid": "MID"}.get(rel)
    if m["year"]:
        y = int(m["year"])
    elif rel in ("that", "that same", "the same"):
        a = cx.anchor_or_dct()  # "in 2009 ... that summer": the season of the year last named
        y = a.date.year - (1 if s == "WI" and a.date.month <= 2 else 0)
    elif rel in ("last", "this past"):
        y = cur_year - (here >= cur)
    elif rel in ("next", "this coming"):
        y = cur_year + (here <= cur)
    elif rel == "this":
        # "should be released this spring", said in November: a season already over this year can only be the
        # next one when the clause itself looks ahead (not a reported "would", whose season may be the past one:
        # "estimated that the spill this summer would cost $40bn")
        if here < cur and _looks_ahead(cx.text, m.start()):
            y = cur_year + 1
    else:
        if _COME_BEFORE.search(cx.text, max(0, m.start() - 12), m.start()) or (
                (it_is := IT_IS_BEFORE.search(cx.text, max(0, m.start() - 30), m.start()))
                and re.search(r"(?:will|would|may|could|might|['’]ll)\sbe\s", it_is.group(0))):
            return "DATE", f"{cur_year + (here <= cur)}-{s}", mod  # the next one to come ("it may be spring before ...")
        tense = cx.toward(m.start(), m.end())  # "worked through the summer": a past limit, as a month's
        if _habitual_season(cx.text, m.start(), m.end(), tense):
            return "DATE", f"XXXX-{s}", mod  # "flu peaks in the winter": every winter (TimeML's generic season)
        if tense == "past" and irrealis(cx.text, m.start()):
            tense = "future"
        if tense == "past" and here > cur:
            y = cur_year - 1
        elif tense == "past":
            y = cur_year
        elif tense == "future" and here < cur:
            y = cur_year + 1
        elif tense == "future":
            y = cur_year
    return "DATE", f"{y}-{s}", mod
