"""Months, quarters and halves: "in June", "that April", "the third quarter", "the July-to-September
quarter", "the first half", "H1 2010".
"""

from __future__ import annotations

import re

from timeline.tagger import values as V
from timeline.tagger.context import Context
from timeline.tagger.lexicon import MONTH_FULL, MONTH_LOWER, ORDINALS, SP, WEEKDAY_FULL
from timeline.tagger.rules.event_nouns import EVENT_AFTER
from timeline.tagger.rules.fragments import DAY, YEAR, B, _mon
from timeline.tagger.rules.habit_months import habitual_month
from timeline.tagger.rules.recognizer import Result, Rule, registrar
from timeline.tagger.rules.sentence_window import sentence_before
from timeline.tagger.rules.year_choice import year_for

RULES: list[Rule] = []
rule = registrar(RULES)


_MONTH_PREP = re.compile(
    r"(?i)(?:\b(?:in|since|until|till|by|through|thru|during|from|to|before|after|of|between|and|or|as soon as|as early as|"
    r"early|late|mid|end|beginning|last|next|this|each|every|since|late|until|for)\W{1,3}|mid-)$")


_MONTH_LIST_BEFORE = re.compile(rf"\b(?:{MONTH_FULL})(?:,|,? and|,? or|\s?[-–/])\s?$")
_MONTH_LIST_AFTER = re.compile(rf"(?:,|,? and|,? or|\s?[-–/])\s?(?:{MONTH_FULL})\b")


# A verb of saying or feeling right after a bare month makes the month a person ("June tells ...")
_NAME_VERB_AFTER = re.compile(r"\s(?:says|said|tells|told|explains|explained|describes|described|recalls|recalled|"
                              r"admits|admitted|talks|talked|wrote|writes|remembers|remembered|insists|insisted)\b")


# A first name inside a sentence (after a lower-case word or a comma) makes a capitalized month
# right after it a surname ("said spokeswoman Hannah August"); a weekday there is the report's day
# ("said Tuesday July sales fell")
_FIRST_NAME_BEFORE = re.compile(rf"[a-z,]\s(?!(?:{WEEKDAY_FULL})\s$)[A-Z][a-z]+\s$")


def _month_ok(m: re.Match[str], text: str) -> bool:
    """ "May" and "March" need a temporal preposition; any month followed by a
    capitalized word without one is a first name ("April Ryan", "June Carter")."""
    if m["rel"] or m["yrel"] or m["ayear"]:
        return True
    prep = bool(_MONTH_PREP.search(text[max(0, m.start() - 12):m.start()]))
    if not prep and _NAME_VERB_AFTER.match(text, m.end()):
        return False  # "June tells Kirsty Young about her life": a person who speaks ("in May admitted" is a time)
    if not prep and m["mon"][0].isupper() and _FIRST_NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return False  # "spokeswoman Hannah August": a surname
    if not prep and re.search(r"(?:\b(?i:the|its|their|a)|['’]s)\s$", text[max(0, m.start() - 6):m.start()]):
        # "the March jobs report", "Apple's September event": a month modifying a lowercase
        # noun; "the March for Life", "the May Mobility" continue a capitalized name, unless the
        # name is what the month's event happened to ("the April Deepwater Horizon explosion")
        if EVENT_AFTER.match(text, m.end()):
            return True
        return bool(re.match(r"\s[a-z]", text[m.end():m.end() + 2])) and not re.match(
            r"\s(?:and|or|of|for|to|is|was|will|has|had|that|who|which)\b", text[m.end():m.end() + 7])
    if m["mon"].islower():
        return prep  # "in december", "since june": lower case needs the preposition a name lacks
    if m["mon"] in ("May", "March"):
        # in a list of months ("in February, March and April") the neighbour is the preposition
        return prep or bool(_MONTH_LIST_BEFORE.search(text, max(0, m.start() - 14), m.start())
                            or _MONTH_LIST_AFTER.match(text, m.end()))
    return prep or not re.match(r"\s[A-Z][a-z]", text[m.end():m.end() + 3])


@rule("month_quarter",
      rf"{B}(?P<det>(?i:the|this|last|its|their|the same|the year-ago|the year-earlier)){SP}"
      # "the July-to-September quarter", "the April-June quarter": named by its months
      rf"(?:(?P<mon0>January|April|July|October|Jan\.|Oct\.)(?:-to-|-|–| to ))?(?P<mon>March|June|September|December|Sept\.|Dec\.)"
      rf"[ -](?i:quarter)(?![\w-])")
def _month_quarter(m: re.Match[str], cx: Context) -> Result | None:
    """ "The December quarter" (how Apple and many non-calendar companies name
    quarters): the quarter ending that month; the year as for the bare month."""
    mon = _mon(m["mon"])
    det = m["det"].lower()
    if det == "this":
        y = cx.dct.year
    elif det == "last":
        y = cx.dct.year if mon < cx.dct.month else cx.dct.year - 1
    elif m["mon0"] and _mon(m["mon0"]) != mon - 2:
        return None  # "the January-September period" is no quarter
    elif m["mon0"] and _mon(m["mon0"]) <= cx.dct.month <= mon:
        y = cx.dct.year  # the quarter under way
    else:
        y = year_for(cx, mon, None, m.start(), m.end())
    if "year-" in det:
        y -= 1
        cx.comparison = True
    return "DATE", f"{y}-Q{(mon - 1) // 3 + 1}", None


@rule("that_month_day", rf"{B}(?i:that|that same){SP}(?P<mon>{MONTH_FULL}|Sept\.|Aug\.|Oct\.|Nov\.|Dec\.|Jan\.|Feb\.){SP}(?i:day)(?![\w-])")
def _that_month_day(m: re.Match[str], cx: Context) -> Result | None:
    """ "That September day": the day of that month the story last named ("the towers fell on
    Sept. 11, 2001 ... that September day"), else the month "that September" points back to."""
    mon = _mon(m["mon"])
    d = cx.day_anchor_or_anchor(m.start())
    if d.precision == "day" and d.date.month == mon and cx.anchor is not None:
        return "DATE", d.date.isoformat(), None
    return "DATE", V.month(_that_month_year(cx, mon, m.start(), m.end()), mon), None


def _that_month_year(cx: Context, mon: int, start: int, end: int) -> int:
    """The year of "that September": the year the story is in, unless that month is still ahead
    of the report and nothing says future ("on that September day we were unprepared", told in
    January, points back to a time the reader knows, the last such month)."""
    y0, y = cx.dct.year, cx.anchor_or_dct().date.year
    if (y, mon) > (y0, cx.dct.month) and cx.anchor_or_dct().date <= cx.dct and cx.tense(start, end) != "future":
        return y0 if mon <= cx.dct.month else y0 - 1
    return y


@rule("month",
      rf"{B}(?:(?P<rel>(?i:this past|this coming|last|next|this|that)){SP})?(?P<mon>{MONTH_FULL}|{MONTH_LOWER}|Sept\.|Aug\.|Oct\.|Nov\.|Dec\.|Jan\.|Feb\.)"
      rf"(?![a-z])(?!{SP}{DAY}(?![\w,.]?\d))(?!,?{SP}{YEAR}(?![\w-]))(?:{SP}(?P<yrel>(?i:last year|this year|next year))"  # ("this June 2010 photo": the year's)
      rf"|{SP}(?i:of){SP}(?P<ayear>(?i:that year|that same year|the same year|the following year|the next year|the previous year|the year before)))?",
      accept=_month_ok)
def _month(m: re.Match[str], cx: Context) -> Result | None:
    mon = _mon(m["mon"])
    rel = (m["rel"] or "").lower()
    y0 = cx.dct.year
    if m["yrel"]:
        y = y0 + {"last year": -1, "this year": 0, "next year": 1}[m["yrel"].lower()]
    elif m["ayear"]:
        # "by June of that year", "in March of the following year": the year the story is in
        shift = {"the following year": 1, "the next year": 1, "the previous year": -1, "the year before": -1}
        y = cx.anchor_or_dct().date.year + shift.get(" ".join(m["ayear"].lower().split()), 0)
    elif rel in ("last", "this past"):
        y = y0 if mon < cx.dct.month else y0 - 1
        if rel == "last" and (cx.dct.month - mon) % 12 == 1:
            y -= 1  # said in March, "last February" is a year back: last month would be "last month"
    elif rel in ("next", "this coming"):
        y = y0 if mon > cx.dct.month else y0 + 1
    elif rel == "this":
        y = y0
    elif rel == "that":
        y = _that_month_year(cx, mon, m.start(), m.end())
    elif shared := _MONTHS_SHARE_YEAR.match(cx.text, m.end()):
        y = int(shared["y"])  # "in March and August 2006": the year written once for both
    elif habitual_month(cx.text, m.start(), m.end()):
        return "DATE", f"XXXX-{mon:02d}", None  # "hurricanes usually form between June and November": any year's
    else:
        y = year_for(cx, mon, None, m.start(), m.end())
    return "DATE", V.month(y, mon), None


_MONTHS_SHARE_YEAR = re.compile(rf"(?:(?:,{SP}(?:{MONTH_FULL})){{0,4}},?{SP}(?:and|or|to|through|until){SP}|\s?[-–/]\s?)"
                                rf"(?:{MONTH_FULL})(?:,|{SP}(?i:of))?{SP}(?P<y>{YEAR})")  # ("March and April of 2008")


_PERIOD_DETS = {"the latest", "the same", "the comparable", "the corresponding", "the year-ago", "the year-earlier",
                "the year-before", "the prior-year"} | {f"the {y}" for y in range(1900, 2100)}
QDET = (r"(?i:the|this|last|next|the current|the latest|the same|the comparable|the corresponding|"
        r"the year-ago|the year-earlier|the year-before|the prior-year|the previous|the prior|the first|"
        r"this year's|last year's|next year's|the (?:19|20)\d\d|the fiscal)")


# Words that make a clause habitual: what it names happens every year, not once.
_HABITUAL = re.compile(r"(?i)\b(?:usually|typically|normally|generally|traditionally|customarily|tends?|tended|"
                       r"each year|every year|most years|in most years)\b")


_QUARTER_PAIR = re.compile(r"(?i)\bthe\s(?:(?:first|second|third|1st|2nd|3rd)(?:,\s|\s(?:and|or|&)\s))+$")


# The month a quarter ends in, written after it: "the quarter that ended in June", "the quarter
# ending June 30", "the quarter to September", "the quarter through the end of March".
_QUARTER_ENDING = re.compile(r"\s(?:(?:that|which)\s)?(?:ended|ending|ends|to|through|thru)\s(?:in\s|on\s)?(?:the end of\s)?"
                             r"(?P<mon>March|June|September|December|Sept?\.|Dec\.)(?![a-z])")


@rule("quarter",
      rf"{B}(?:(?P<det>{QDET}){SP})?(?:(?P<fy>(?:19|20)\d\d){SP})?(?:(?i:fiscal)[ -])?"
      rf"(?:(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final|last))[ -](?i:quarter|qtr)"
      rf"|(?P<q>Q[1-4])|(?P<bare>(?i:quarter|period)))(?P<plural>s)?(?![\w-])"
      rf"(?:{SP}(?:(?i:of){SP})?(?:(?i:fiscal){SP})?(?P<year>{YEAR})|{SP}(?P<ago>(?i:last year|a year ago|a year earlier))|{SP}(?i:of){SP}(?P<yrel>(?i:next year|this year|the year)))?",
      accept=lambda m, text: (not m["bare"] or (m["det"] is not None and m["det"].lower() not in ("the first",)
                                                 and (m["bare"].lower() == "quarter" or m["fy"] is not None
                                                      or m["det"].lower() in _PERIOD_DETS)))
      and not re.match(r"(?i)[ -](?:century|mile|point|of an?\b|of the\b|hour|inch|cent)", text[m.end():m.end() + 10])
      # "the Quarter" mid-sentence is a name (the French Quarter), not a period
      and not (m["bare"] and m["bare"][0].isupper() and not re.search(r"(?:^|[.!?:]\s{1,3}|\n)\S*$", text[max(0, m.start() - 4):m.start()])))
def _quarter(m: re.Match[str], cx: Context) -> Result | None:
    det = (m["det"] or "").lower()
    if m["plural"]:
        if not m["ord"]:
            return None
        o = m["ord"].lower()
        q = ORDINALS.get(o, 4) if o[0].isalpha() else int(o[0])
        if m["year"] or m["fy"]:  # "the second and third quarters of 2010": that year's
            return "DATE", f"{m['year'] or m['fy']}-Q{q}", None
        before = sentence_before(cx.text, m.start())
        if not (det or _QUARTER_PAIR.search(before)) or _HABITUAL.search(before):
            # "profit in fourth quarters", "is usually conducted in the second and fourth quarters"
            return "SET", f"XXXX-Q{q}", None
        # "sales fell in the second and third quarters": two quarters of one year, found as one is
    if m["ord"] and m["ord"].lower() == "last" and not (m["year"] or m["fy"] or m["yrel"] or m["ago"]) \
            and det in ("", "the"):
        # "a record loss in the last quarter": the latest quarter reported, not the fourth
        y, q = V.quarter_of(V.add_months(cx.dct, -3))
        return "DATE", f"{y}-Q{q}", None
    if m["ord"]:
        o = m["ord"].lower()
        q = int(o[0]) if o[0].isdigit() else ORDINALS[o]
    elif m["q"]:
        q = int(m["q"][1])
    else:
        q = None
    y0, q0 = V.quarter_of(cx.dct)
    year_ago = bool(m["ago"]) or "year-ago" in det or "year-earlier" in det or "year-before" in det or "prior-year" in det or det == "last year's" or det in ("the comparable", "the corresponding")
    cx.comparison = year_ago or (q is None and det[4:5].isdigit())
    if m["yrel"] and q is not None:  # "the first quarter of the year" is this year's, as "the first half of the year"
        return "DATE", f"{y0 + (1 if m['yrel'].lower() == 'next year' else 0)}-Q{q}", None
    if m["year"] or m["fy"]:
        y = int(m["year"] or m["fy"])
        if det.startswith("the 1") or det.startswith("the 2"):
            y = int(det[4:])
    elif det.startswith("the 1") or det.startswith("the 2"):
        y = int(det[4:])
        if q is None:  # "the 1988 quarter", "the 1988 period": the topic quarter in that year
            topic = cx.topic_quarter(m.start())
            q = topic[1] if topic else V.quarter_of(V.add_months(cx.dct, -3))[1]
            return "DATE", f"{y}-Q{q}", None
    elif det == "this year's":
        y = y0
    elif det == "next year's":
        y = y0 + 1
    elif q is None and m["bare"] and m["bare"].lower() == "quarter" \
            and (end_month := _QUARTER_ENDING.match(cx.text, m.end())) is not None \
            and not (cx.topic_quarter(m.start()) and re.search(r"(?i)\bfiscal", cx.text[max(0, m.start() - 1500):m.start()])):
        # "the quarter that ended in June", "the quarter to September": the quarter ending that
        # month, in the year the month itself is read in; a fiscal quarter named before keeps its
        # name ("its fiscal first quarter ... the quarter ended Sept. 29", as TimeML values it)
        mon = _mon(end_month["mon"])
        y = year_for(cx, mon, None, end_month.start("mon"), end_month.end("mon"))
        return "DATE", f"{y}-Q{(mon - 1) // 3 + 1}", None
    elif q is None:
        # "the quarter", "the latest quarter": the last quarter mentioned, else the last one reported
        topic = cx.topic_quarter(m.start())
        if det == "the latest" and topic is not None and topic >= (y0, q0):
            topic = None  # "the latest quarter" is the last one completed
        a = cx.anchor
        if topic is not None and det not in ("the current", "this", "next"):
            y, q = topic
        elif topic is None and m["bare"] and m["bare"].lower() == "period" and det == "the same":
            # "the same period" with no quarter in view: the month, half or year named just
            # before; "the same period last year" with none is last year; else no guess ("the
            # latest period" of a company report is its last quarter)
            if a is not None and a.precision in ("month", "half", "season", "year") and 0 <= m.start() - cx.anchor_pos <= 200:
                return "DATE", (str(a.date.year - 1) + a.value[4:]) if year_ago else a.value, None
            return ("DATE", str(y0 - 1), None) if year_ago else None
        elif det in ("the current", "this"):
            y, q = y0, q0
        elif det == "next":
            nd = V.add_months(cx.dct, 3)
            y, q = V.quarter_of(nd)
        else:
            y, q = V.quarter_of(V.add_months(cx.dct, -3))
        if year_ago:
            y -= 1
        return "DATE", f"{y}-Q{q}", None
    elif det == "last":
        y = y0 if q < q0 else y0 - 1
    elif det == "next":
        y = y0 if q > q0 else y0 + 1
    elif det in ("this", "the current"):
        y = y0
    else:
        tense = cx.tense(m.start(), m.end())
        # a quarter just ended is still "reported" in the future tense
        if tense == "future" and q != (q0 - 2) % 4 + 1:
            y = y0 if q >= q0 else y0 + 1
        else:
            y = y0 if q <= q0 else y0 - 1
    if year_ago and not (m["year"] or m["fy"]):
        y -= 1
    if q is None:  # "the 1988 quarter", "the 1989 period": the topic quarter in that year
        topic = cx.topic_quarter(m.start())
        q = topic[1] if topic else V.quarter_of(V.add_months(cx.dct, -3))[1]
        cx.comparison = y != cx.dct.year
    return "DATE", f"{y}-Q{q}", None


@rule("half_code", rf"{B}(?P<h>H[12])(?:{SP}|-)?(?P<year>{YEAR})")
def _half_code(m: re.Match[str], cx: Context) -> Result | None:
    return "DATE", f"{m['year']}-{m['h']}", None


# the figures a company reports for a period ("first-half profit", "half-year results")
_REPORTED = re.compile(r"\s(?:profit|profits|loss|losses|net|sales|revenue|revenues|earnings|"
                       r"results|output|growth|operating|income|figures|performance)\b")


@rule("half_year", rf"{B}(?i:half-year)(?=\s)", accept=lambda m, text: bool(_REPORTED.match(text, m.end(), m.end() + 14)))
def _half_year(m: re.Match[str], cx: Context) -> Result | None:
    """ "its half-year results": the first half reported on, as TimeBank dates "third-quarter"
    of "third-quarter results" (not six months' length). Reported from July on it is this
    year's; before July, one told in the past is last year's, and one coming ("when it releases
    half-year figures") this year's."""
    y = cx.dct.year
    if cx.dct.month <= 6 and cx.tense(m.start(), m.end()) == "past":
        y -= 1
    return "DATE", f"{y}-H1", None


@rule("half",
      rf"{B}(?:(?P<det>(?i:the|this|last|next|its)){SP})?(?P<ord>(?i:first|second|last|latter|1st|2nd))(?:[ ]|(?P<adj>-))(?i:half)(?![\w-])"
      rf"(?:{SP}(?i:of){SP}(?:(?P<year>{YEAR})|(?P<yrel>(?i:the year|this year|next year|last year|fiscal {YEAR}))))?",
      accept=lambda m, text: bool(m["year"] or m["yrel"] or (m["det"] and m["det"].lower() != "the")
                                  or ((m["adj"] or not m["det"]) and m["ord"].lower() in ("first", "second")
                                      and bool(_REPORTED.match(text, m.end(), m.end() + 14)))))
def _half(m: re.Match[str], cx: Context) -> Result | None:
    h = 1 if m["ord"].lower() in ("first", "1st") else 2
    y = cx.dct.year
    if (m["adj"] or not m["det"]) and not m["year"] and not m["yrel"]:
        # "first-half profit", "first half sales" like "fourth-quarter profit": the half the tense points to,
        # a past one only once it has ended; a half that ended in the last quarter is still "reported" in the
        # future tense ("will report first-half results" in July), as a quarter just ended is
        h0 = 1 if cx.dct.month <= 6 else 2
        just_ended = V.quarter_of(cx.dct)[1] == (3 if h == 1 else 1)
        if cx.tense(m.start(), m.end()) == "future" and not just_ended:
            return "DATE", f"{y if h >= h0 else y + 1}-H{h}", None
        return "DATE", f"{y if h < h0 else y - 1}-H{h}", None
    if m["year"]:
        y = int(m["year"])
    elif m["yrel"]:
        yr = m["yrel"].lower()
        y += {"last year": -1, "next year": 1}.get(yr, 0)
        if yr.startswith("fiscal"):
            y = int(yr[-4:])
    elif (m["det"] or "").lower() == "last":
        y = y if cx.dct.month > 6 and h == 1 else y - 1
    return "DATE", f"{y}-H{h}", None
