"""A day counted in a run of days: "In a second day of hearings", "took advantage of a second
consecutive day of calm seas", "spent a third day trying to plug the well", "shut for the fourth
day". The run is the story's: the day counted is the day the sentence tells, as TimeBank dates
"the second day" of a visit. A count that names its event ("the sixth day of the hearing") is
:mod:`named_day`'s; a count with its own day after it ("for a third straight day yesterday",
"held for a second day Friday") leaves the date to that day.
"""

from __future__ import annotations

import re

from timeline.tagger.context import Context
from timeline.tagger.lexicon import WEEKDAY_FULL
from timeline.tagger.rules.fragments import B
from timeline.tagger.rules.named_day import _day_told_of
from timeline.tagger.rules.recognizer import Result, Rule, registrar

RULES: list[Rule] = []
rule = registrar(RULES)

_RUN = r"(?i:straight|consecutive|successive)"
# a time adverbial or a verb of spending time before the count ("in a second day", "spent a third day")
_RUN_BEFORE = re.compile(r"(?i)\b(?:in|into|for|of|on|spent|spend|spends|spending|entered|enters|entering|marked|marks)\s$")
# what names its own day or event after the count
_OWN_DAY_AFTER = re.compile(rf"\s(?:on\s)?(?:{WEEKDAY_FULL}|(?i:yesterday|today|tomorrow|tonight))\b|\s?['’]s\b"
                            r"|\sof\s(?:the|a|an|his|her|its|their|this|that|[A-Z])")


def _run_ok(m: re.Match[str], text: str) -> bool:
    if _OWN_DAY_AFTER.match(text, m.end()) or not _RUN_BEFORE.search(text, max(0, m.start() - 10), m.start()):
        return False
    # ("This is only the second day", "the second day of congressional hearings": "the" counts a
    # run only with its adjective or after "for")
    return m["det"].lower() == "a" or bool(m["run"]) or bool(re.search(r"(?i)\bfor\s$", text[max(0, m.start() - 4):m.start()]))


@rule("run_day", rf"{B}(?P<det>(?i:a|the))\s(?i:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s"
                 rf"(?:(?P<run>{_RUN})\s)?(?i:day)(?![\w-])", accept=_run_ok)
def _run_day(m: re.Match[str], cx: Context) -> Result | None:
    if cx.tense(m.start(), m.end()) == "future":
        return None  # "talks will go into a third day": the day after the report's, left untold
    return "DATE", _day_told_of(cx, m.start(), m.end()).isoformat(), None
