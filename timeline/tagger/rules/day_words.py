"""Day words and weekdays: "yesterday", "this morning", "that night", "overnight", "the day
before yesterday", "on Tuesday".
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.tagger import values as V
from timeline.tagger.context import Context
from timeline.tagger.lexicon import PARTS, SP, WEEKDAY_FULL, WEEKDAY_LOWER
from timeline.tagger.narrative import reported
from timeline.tagger.rules.dates import weekday_year
from timeline.tagger.rules.event_days import event_told
from timeline.tagger.rules.fragments import DAY, MOND, POD, RELDAY, YEAR, B, E, _mon, _wd
from timeline.tagger.rules.nowadays import generic_today, nowadays_today
from timeline.tagger.rules.recognizer import Result, Rule, registrar
from timeline.tagger.rules.sentence_window import _digits, same_sentence
from timeline.tagger.rules.story_day import story_day
from timeline.tagger.rules.sun_times import SUN, SUN_PARTS, sun_ok
from timeline.tagger.rules.weekday_choice import _weekday, relday
from timeline.tagger.rules.year_choice import _date, year_for
from timeline.tagger.speech import speech_day

RULES: list[Rule] = []
rule = registrar(RULES)


_TITLE_BEFORE = re.compile(r"[A-Z][\w.'-]*\s$")


_SHOW_AFTER = re.compile(r"[\"”’']?\s(?:show|programme|program|broadcast)\b")


def _dayword_ok(m: re.Match[str], text: str) -> bool:
    """Not a name ("USA Today", "VOA Today") nor a generic noun ("the people of tomorrow")."""
    before = text[max(0, m.start() - 20):m.start()]
    if m["rel"][0].isupper() and _TITLE_BEFORE.search(before) and not re.search(r"[.!?\"']\s*\S*\s$", before) \
            and not (m["pod"] and m["pod"][0].islower()):
        return False  # ("This Morning" is a show; in "Productions This morning, ..." a new sentence starts)
    if m["rel"][0].isupper() and m.start() > 0 and (
            _SHOW_AFTER.match(text, m.end()) or (text[m.start() - 1] in "\"“‘'" and text[m.end():m.end() + 1] in "\"”’'"
                                                 and not re.match(r"['’]s\b", text[m.end():m.end() + 2]))):
        return False  # NBC's "Today" show, 'Tonight': a programme's name in quotes, not the day ('"Today's deal'
        # opens a quotation: its apostrophe is a possessive, no closing quote)
    return not (m["rel"].lower() == "tomorrow" and not m["pod"] and before.lower().endswith(" of ")
                and not re.match(r"'s|\s(?:morning|afternoon|evening|night)", text[m.end():m.end() + 8]))
def untold_day(m: re.Match[str], cx: Context, rel: str) -> bool:
    """Is this a day the text refers to but never dated? "that night" with no date told before it:
    a writer names the report's own day "today" or "tonight", not "that day"."""
    return rel.startswith("that") and cx.anchor is None


def untold_value(m: re.Match[str], cx: Context) -> Result | None:
    """All that is known of an undated day: past or ahead (else it is left untagged)."""
    tense = cx.tense(m.start(), m.end())
    return ("DATE", "PAST_REF", None) if tense == "past" else ("DATE", "FUTURE_REF", None) if tense == "future" else None


@rule("anaphoric_part_of_day",
      rf"{B}(?P<rel>(?i:the next|the following|the previous|the preceding|that same|that very|that|the same)){SP}(?P<pod>{POD})(?![\w-])")
def _anaphoric_part_of_day(m: re.Match[str], cx: Context) -> Result | None:
    """ "The next morning": the part of the day after the date last mentioned."""
    rel = m["rel"].lower()
    shift = {"the next": 1, "the following": 1, "the previous": -1, "the preceding": -1}.get(rel, 0)
    if rel in ("the same", "that", "that same", "that very") and untold_day(m, cx, rel):
        return untold_value(m, cx)
    a = cx.day_anchor_or_anchor(m.start())
    if a.precision != "day":
        # "that night" after "in 1988": a night of that year, not the year's mid-point
        return "DATE", a.value, None
    d = a.date + dt.timedelta(days=shift)
    return "TIME", f"{d.isoformat()}T{PARTS[m['pod'].lower()]}", None


# What people do every morning or night ("when I get up in the morning", "goes to bed at night")
_HABIT_BEFORE = re.compile(r"(?i)\b(?:wake|wakes|waking|get up|gets up|getting up|go to bed|goes to bed|going to bed|"
                           r"usually|always|often|normally|typically)\b(?:\s[a-z]+){0,2}\s(?:in|during|at|by)\s(?:the\s)?$")


_ON_DATE_AFTER = re.compile(rf"{SP}(?i:on){SP}(?P<date>(?P<mon>{MOND}){SP}(?P<day>{DAY})|(?P<day2>{DAY}){SP}(?P<mon2>{MOND}))"
                            rf"(?:,?{SP}(?P<year>{YEAR}))?")


@rule("part_of_day",
      rf"{B}(?:(?P<pre>(?i:the|early|late|mid-?|mid)[ -]?))?(?:(?P<pod>{POD})|(?P<sun>{SUN}))(?:{SP}(?:(?i:of){SP})?(?P<day>{RELDAY}|{WEEKDAY_FULL}))?(?![\w-])"
      rf"(?:(?:,?{SP}|{SP}(?i:of){SP})(?:(?P<pmon>{MOND}){SP}(?P<pday>{DAY})|(?P<pday2>{DAY}){SP}(?P<pmon2>{MOND}))"
      rf"(?:,?{SP}(?P<pyear>{YEAR}))?)?",
      # ("midnight" is the clock's, which the time rule reads or refuses: "the After Midnight session")
      # ("at dawn", "by nightfall": a bare sun word only after a preposition of time, see sun_times)
      accept=lambda m, text: ((m["pre"] or "") + (m["pod"] or "")).lower() != "midnight" and (
          not m["sun"] or bool(m["day"] or m["pmon"] or m["pmon2"])
                              or (not m["pre"] and sun_ok(text, m.start(), m.end()))) and (
          bool(m["day"] or m["pmon"] or m["pmon2"]) or bool(m["sun"]) or ((m["pre"] or "").lower().startswith("mid")) or (
          (m["pre"] or "").lower().strip() == "the" and bool(re.search(r"(?i)\b(?:in|during|by|until)\s$", text[max(0, m.start() - 8):m.start()]))
          and not re.match(r"\s(?:of|before|after)\b", text[m.end():m.end() + 8]))))
def _part_of_day(m: re.Match[str], cx: Context) -> Result | None:
    day = (m["day"] or "today").lower()
    a = cx.anchor
    part = SUN_PARTS[m["sun"]] if m["sun"] else PARTS[m["pod"].lower()]
    if not (m["day"] or m["pmon"] or m["pmon2"]) and _HABIT_BEFORE.search(cx.text, max(0, m.start() - 40), m.start()):
        return None  # "I wake up in the morning and ...": any morning, a habit, not a day's
    if (m["pmon"] or m["pmon2"]) and (not m["day"] or m["day"].lower() not in ("yesterday", "today", "tomorrow", "tonight")):
        # "the night of Friday, Oct. 23", "the morning of 25 June 2009": the explicit date, not the nearest Friday
        mon, dd = _mon(m["pmon"] or m["pmon2"]), int(_digits(m["pday"] or m["pday2"]))
        y = int(m["pyear"]) if m["pyear"] else (weekday_year(cx, _wd(m["day"]), mon, dd, m.start()) if m["day"] else None)
        d = _date(y if y is not None else year_for(cx, mon, dd, m.start(), m.end()), mon, dd)
        if d is None:
            return None
    elif not m["day"] and (on := _ON_DATE_AFTER.match(cx.text, m.end())):
        # "later in the evening on November 18": the evening of the date that follows (tagged on its own)
        mon, dd = _mon(on["mon"] or on["mon2"]), int(_digits(on["day"] or on["day2"]))
        d = _date(int(on["year"]) if on["year"] else year_for(cx, mon, dd, on.start("date"), on.end()), mon, dd)
        if d is None:
            return None
    elif m["sun"] and not m["day"]:
        # ("On Monday the barge left. It sank at dusk": the story's day; "At dusk they screech away",
        # "the boats had gone out at dusk", "since the April 22 sinking ... shortly after dawn": a
        # habit's or no day told, as a report's own day is "this morning", not "at dawn")
        d = story_day(cx, m.start(), m.end())
        if d is None or a is None or a.precision != "day" or not same_sentence(cx.text[cx.anchor_pos:m.start()]):
            return None  # (the day must be told in the sentence: "On Monday, the barge ran aground after sunset")
    elif not m["day"] and a is not None and a.precision == "day" and (0 <= m.start() - cx.anchor_pos < 300 or (
            _told_day(cx, m.start(), m.end()) is not None)):
        # "crashed Friday. Dealers placed orders in the morning": that day's morning; "happened on
        # the night of April 20 ... [no other date] ... it ignited in the night": the story's day
        d = a.date
    elif day in ("yesterday", "today", "tomorrow", "tonight"):
        d = relday(cx, day)
    else:
        d = _weekday(cx, _wd(day), m.start(), m.end())
    pre = (m["pre"] or "").lower().strip(" -")
    mod = {"early": "START", "late": "END", "mid": "MID"}.get(pre)
    return "TIME", f"{d.isoformat()}T{part}", mod


_ADVERB_AFTER = re.compile(r"\s(?:and|or|to|in|on|at|for|from|since|through|until|by|after|before|as|while|when|amid|but|"
                           r"into|local|Eastern|ET|GMT|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


#: "It doesn't happen overnight", "Attitudes won't change overnight", "can't be fixed overnight", "became famous
#: overnight": "overnight" for "all at once", a manner, no night. A change that is denied or made sudden, up to the
#: word; a night's work ("crews will not work overnight", "the oil did not come ashore overnight", "the attack
#: happened overnight") stays a time.
_CHANGE_VERBS = (r"(?:change|come|go\s+away|disappear|vanish|switch|turn\s+around|solve|fix|cure|build|transform|reverse|"
                 r"recover|rebuild|(?:be|been|get)\s+(?:[a-z]+\s+){0,2}?(?:solved|fixed|done|cured|built|undone|reversed|"
                 r"repaired|restored|replaced|changed|transformed|rebuilt|cleaned\s+up))")
_NOT_YET = r"(?:\b(?:can|cannot|could|will|would|does|do|is|are|wo|ca)(?:\s*not|n['’]?t)|\bnever|\bnot\s+going\s+to)"
_SUDDENLY_BEFORE = re.compile(
    r"(?i)(?:\bhappen(?:s|ing)?|\b(?:did(?:\s+not|n['’]t)|never)\s+happen(?:ed)?|\bfamous|"
    r"\b(?:made|makes|make)\s+(?:his|her|their|its)\s+names?|"
    + _NOT_YET + r"\s+(?:(?:just|simply|really|all)\s+)*" + _CHANGE_VERBS + r"(?:\s+[\w'’-]+){0,6}?)\s+$")


@rule("overnight", rf"{B}(?P<o>(?i:overnight))(?:{SP}(?P<day>{WEEKDAY_FULL}|(?i:yesterday|today)))?(?![\w-])",
      # ("vanished virtually overnight": very fast, no night)
      accept=lambda m, text: not re.search(r"(?i)\b(?:an?|the|virtually|almost|practically|nearly|literally|seemingly)\s$",
                                           text[max(0, m.start() - 12):m.start()])
      and not _SUDDENLY_BEFORE.search(text, max(0, m.start() - 90), m.start())
      and (not re.match(r"\s[a-z]", text[m.end():m.end() + 2]) or bool(_ADVERB_AFTER.match(text, m.end()))))
def _overnight(m: re.Match[str], cx: Context) -> Result | None:
    """ "Oil jumped overnight": the night into the DCT (into the next day if future).
    Only the adverb: "overnight rates", "an overnight stay" are not times."""
    if m["day"]:  # "fell overnight Tuesday": the night of that day
        day = m["day"].lower()
        d = relday(cx, day) if day in ("yesterday", "today") else _weekday(cx, _wd(day), m.start(), m.end())
        return "TIME", f"{d.isoformat()}TNI", None
    if (told := _told_day(cx, m.start(), m.end())) is not None and told < cx.dct - dt.timedelta(days=1):
        return "TIME", f"{told.isoformat()}TNI", None  # "On April 20 the rig exploded. Overnight, the fire spread"
    d = cx.dct if cx.tense(m.start(), m.end()) == "future" else cx.dct - dt.timedelta(days=1)
    return "TIME", f"{d.isoformat()}TNI", None


def _told_day(cx: Context, start: int, end: int, reach: int = 1000) -> dt.date | None:
    """The day a story in the past is telling, when a night or morning with no day of its own goes
    on telling it: a day was the last date named, a few sentences back, and the clause is past
    ("what happened on the night of April 20 ... it ignited in the night"), not the report's."""
    a = cx.anchor
    if a is None or a.precision != "day" or not 0 <= start - cx.anchor_pos < reach or a.date > cx.dct:
        return None
    if cx.tense(start, end) != "past" or cx.past_plan or reported(cx.text, start):
        return None  # ("Overnight, the Justice Department said": a source's words are the report's news)
    return a.date


@rule("day_beyond", rf"{B}(?i:the day)(?: (?P<dir>(?i:before yesterday|after tomorrow)))(?![\w-])")
def _day_beyond(m: re.Match[str], cx: Context) -> Result | None:
    """ "The day before yesterday", "the day after tomorrow": two days from the DCT."""
    return "DATE", (cx.dct + dt.timedelta(days=-2 if m["dir"].lower().startswith("before") else 2)).isoformat(), None


@rule("day_after_event", rf"{B}(?i:the (?P<unit>day|week|month|year|{POD}))"
                         rf"(?= (?P<dir>(?i:after|before)) (?P<whose>(?i:his|her|their|its|the)) (?P<noun>[a-z][\w-]*))")
def _day_after_event(m: re.Match[str], cx: Context) -> Result | None:
    """ "The day after his death", "the week before the vote", "the night before his death": the unit
    after (before) the date last mentioned, the event's, when it was just named at least that
    precisely, else the day the text gave that event (:func:`event_told`) for a day or a part of
    one; otherwise nothing can be said. As in TimeML the span is "the day"; "after ..." is the
    signal and the event."""
    a = cx.anchor
    unit = m["unit"].lower()
    step = 1 if m["dir"].lower() == "after" else -1
    part = f"T{PARTS[unit]}" if unit in PARTS else ""
    if a is not None and a.precision == "day" and 0 <= m.start() - cx.anchor_pos <= 400 and unit in ("day", *PARTS) \
            and re.fullmatch(r"[\w. ]{1,20}[,;]\s", cx.text[cx.anchor_pos:m.start()]):
        return ("TIME", f"{a.value}{part}", None) if part else ("DATE", a.value, None)  # "Oct. 12, the day before the crash": that date itself
    # ("Jackson died on 25 June ... due to start on 13 July. The night before his death": the event's day, not the last one told)
    told = event_told(cx, m["whose"], m["noun"], m.start())
    if told is None and part and m["noun"].lower() == "death":
        return None  # ("It was a hot day on 25 June ... due to start on 13 July. The night before his death": an undated death)
    if told is None:
        fine_enough = {"day": ("day",), "week": ("day", "week"), "month": ("day", "week", "month"),
                       "year": ("day", "week", "month", "quarter", "season", "half", "year")}.get(unit, ("day",))
        if a is None or a.precision not in fine_enough or not 0 <= m.start() - cx.anchor_pos <= 400:
            return None
        if _PAGE_STAMP_BEFORE.search(cx.text, max(0, cx.anchor_pos - 80), cx.anchor_pos):
            return None  # "Last updated at 08:14 GMT ... shown rehearsing the day before his death": the page's day, not the event's
        told = a.date
    if part:
        return "TIME", f"{(told + dt.timedelta(days=step)).isoformat()}{part}", None
    return "DATE", V.shift(told, {"day": "D", "week": "W", "month": "M", "year": "Y"}[unit], step)[1], None


# A page's own stamp ("Page last updated at 08:14 GMT, Tuesday, 8 November 2011") dates the page,
# not a happening its text names.
# ("the report was published on May 3. The day after its publication": a happening's verb)
_PAGE_STAMP_BEFORE = re.compile(r"(?i)\b(?:last updated|updated at)\b[^.!?\n]{0,60}$")


@rule("dayword", rf"{B}(?P<rel>(?i:yesterday|today|tomorrow|tonight|this|last))(?:{SP}(?P<pod>{POD}))?{E}",
      accept=lambda m, text: (m["rel"].lower() not in ("this", "last") or bool(m["pod"])) and _dayword_ok(m, text))
def _dayword(m: re.Match[str], cx: Context) -> Result | None:
    rel = m["rel"].lower()
    if rel == "today" and (generic_today(cx.text, m.start(), m.end())
                           or (not m["pod"] and nowadays_today(cx.text, m.start(), m.end()))):
        return "DATE", "PRESENT_REF", None  # "today's technology", "Today, the industry relies on ...": the present, not the day
    # ('"We will act today," he said on Monday', printed on Tuesday: the speaker's day)
    day = speech_day(cx.text, m.start(), m.end(), cx.dct) or cx.dct
    if rel == "tonight":
        return "TIME", f"{day.isoformat()}TNI", None
    if rel == "last":
        d = day - dt.timedelta(days=1) if m["pod"].lower() in ("night", "evening") else day
        return "TIME", f"{d.isoformat()}T{PARTS[m['pod'].lower()]}", None
    d = day + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(rel, 0))
    if m["pod"]:
        return "TIME", f"{d.isoformat()}T{PARTS[m['pod'].lower()]}", None
    return "DATE", d.isoformat(), None


# A weekday that heads a name: a paper ("the Sunday Times", "the Saturday Guardian"), a programme
# ("the Sunday Programme", "The Monday Night Club"), a day of the calendar ("Super Tuesday").
_WEEKDAY_NAME_AFTER = re.compile(r"(?:\s(?:Night|Morning|Evening|Afternoon))?\s(?:Programme|Program|Club|Half Hour|Supplement|"
                                 r"Magazine|Feature|Live|Football)\b")
# a paper or a show only after "the" or a possessive: "said Monday Post officials" is a date; the
# paper's name may come between ("the Sunday New York Times")
_WEEKDAY_PAPER_AFTER = re.compile(r"(?:\s[A-Z][a-z]+){0,2}\s(?:Times|Telegraph|Mirror|Express|Post|Herald|Guardian|Observer|Independent|Mail|Sport|"
                                  r"People|Star|Tribune|Review|Edition|Show|Service|League|School|Special|Briefing)\b")
_PAPER_BEFORE = re.compile(r"(?:\b[Tt]he|['’]s)\s$")
# a weekly show or the day's papers as a kind ("her Sunday show", "the Sunday papers", "his Friday
# talk show"): the show's slot in every week, not one day; a time's own show is that day's
# ("last weekend's Saturday night show")
_WEEKLY_SHOW_AFTER = re.compile(r"(?:\s(?:news|talk|political|morning|evening|night|radio|television|TV))?"
                                r"\s(?:shows?|programmes?|programs?|papers|newspapers)\b")
_WEEKLY_OWNER_BEFORE = re.compile(r"\b[Tt]he\s$|\b(?:[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our)\s"
                                  # after a possessive the station or a habit's adjective may come between: "her
                                  # BBC Radio 2 Sunday show", "her regular Sunday morning show" ("the White House
                                  # Sunday show that ..." is a place and a verb)
                                  r"(?:(?:[A-Z][\w.&-]*|\d+|regular|usual|weekly|popular|own|new)\s){0,3}$"
                                  r"|(?<!week)(?<!weekend)['’]s\s$")
_WEEKDAY_NAME_BEFORE = re.compile(r"\b(?:Super|Black|Cyber|Bloody|Manic)\s$")


_EVERY_DAY_LIST = re.compile(rf"\b(?i:every|each){SP}(?:{WEEKDAY_FULL})(?:,{SP}(?:{WEEKDAY_FULL}))*(?:,?{SP}(?:and|or)|,){SP}$")


@rule("weekday",
      rf"{B}(?:(?P<rel>(?i:this past|this coming|last|next|this|the previous|the preceding|the following|the next)){SP})?"
      rf"(?P<wd>{WEEKDAY_FULL}|{WEEKDAY_LOWER})(?P<plural>s)?(?![a-z])(?:{SP}(?P<pod>{POD})(?P<pods>s)?)?(?![a-z])",
      # ("the band Happy Mondays": a plural weekday after a capitalized word inside a sentence is a name)
      accept=lambda m, text: not (m["plural"] and re.search(r"[a-z,]\s[A-Z][a-z]+\s$", text[max(0, m.start() - 24):m.start()]))
      and not (m["wd"][:1].isupper() and (
          _WEEKDAY_NAME_AFTER.match(text, m.end("wd")) or _WEEKDAY_NAME_BEFORE.search(text, max(0, m.start() - 8), m.start())
          or (_WEEKDAY_PAPER_AFTER.match(text, m.end("wd")) and _PAPER_BEFORE.search(text, max(0, m.start() - 6), m.start()))
          or (not m["rel"] and _WEEKLY_SHOW_AFTER.match(text, m.end("wd"))
              and _WEEKLY_OWNER_BEFORE.search(text, max(0, m.start() - 40), m.start())))))
def _weekday_rule(m: re.Match[str], cx: Context) -> Result | None:
    wd = _wd(m["wd"])
    if m["plural"] or m["pods"] or _EVERY_DAY_LIST.search(cx.text, max(0, m.start() - 60), m.start()):
        # ("every Tuesday and Thursday", "each Monday, Wednesday or Friday": every day of the list)
        pod = f"T{PARTS[m['pod'].lower()]}" if m["pod"] else ""
        return "SET", f"XXXX-WXX-{wd + 1}{pod}", None
    d = _weekday(cx, wd, m.start(), m.end(), m["rel"] or "")
    if m["pod"]:
        return "TIME", f"{d.isoformat()}T{PARTS[m['pod'].lower()]}", None
    return "DATE", d.isoformat(), None
