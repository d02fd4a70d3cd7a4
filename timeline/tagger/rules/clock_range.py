"""The start of a clock range told with its end's half of the day: "7.00-9.00 pm", "from 7 to 9
p.m.", "between 8 and 10 pm", "7:30-9:30 p.m. ET".

News writes a.m. or p.m. once, after the end; the start is still a clock time of its own (TimeML
tags both ends). It takes the end's day, zone and half of the day, unless it would then come
after the end: "11-1 pm" starts at 11 a.m., "11-2 am" the evening before.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.tagger.context import Context
from timeline.tagger.lexicon import SP
from timeline.tagger.rules.clock import RULES as CLOCK_RULES
from timeline.tagger.rules.clock import _time
from timeline.tagger.rules.fragments import B
from timeline.tagger.rules.recognizer import Result, Rule, registrar

RULES: list[Rule] = []
rule = registrar(RULES)

# what joins the two ends; "and" only after "between" (see _ok)
_JOIN = rf"(?P<join>\s?[-–]\s?|{SP}(?P<word>(?i:to|and|until|till)){SP})"
_END = r"(?P<eh>1[0-2]|0?[1-9])(?:[.:][0-5]\d)?\s?(?P<eap>[AaPp])\.?[Mm](?![a-z])"


def _ok(m: re.Match[str], text: str) -> bool:
    before = text[max(0, m.start() - 9):m.start()]
    if m["word"] and m["word"].lower() == "and" and not re.search(r"(?i)\bbetween\s$", before):
        return False  # "aged 8 and 10 pm"-like lists: "and" joins a range only after "between"
    if re.search(r"[\d.,:/$£€-]\s?$|(?i:\b(?:no|number|page|chapter|section|room|gate|platform|flight|route|"
                 r"score|scored|won|lost|beat|by|of|than))\s$", before):
        return False  # "won 3-1 pm"-like scores, "Room 4 to 6 pm", "by 2 to 3 pm": a count or a score, not a clock
    return int(m["eh"]) != 12 or m["eap"].lower() == "p"  # ("10-12 am" is written for a morning as often as a night)


@rule("clock_range_start", rf"{B}(?P<h>1[0-2]|0?[1-9])(?:[.:](?P<mi>[0-5]\d))?(?={_JOIN}{_END})", accept=_ok)
def _clock_range_start(m: re.Match[str], cx: Context) -> Result | None:
    end_at = m.end() + len(m["join"])
    time_rule = next(r for r in CLOCK_RULES if r.name == "time")
    end = time_rule.regex().match(cx.text, end_at)
    found = _time(end, cx) if end is not None else None
    if found is None or found[0] != "TIME" or not re.fullmatch(r"[\dX-]+T\d\d:\d\d.*", found[1]):
        return None
    day, clock = found[1].split("T", 1)
    end_hour, zone = int(clock[:2]), clock[5:]  # zone: what follows "HH:MM" ("-04:00", "Z" or nothing)
    hour = int(m["h"]) % 12 + (12 if end_hour >= 12 else 0)
    minute = int(m["mi"] or 0)
    if (hour, minute) > (end_hour, int(clock[3:5])):
        hour -= 12  # "11-1 pm": the start is in the morning
        if hour < 0:  # "11-2 am": the evening before
            hour += 24
            if day[:1].isdigit():
                day = (dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat()
    return "TIME", f"{day}T{hour:02d}:{minute:02d}{zone}", None
